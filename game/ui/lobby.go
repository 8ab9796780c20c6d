package ui

import (
	"fmt"
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// lobbyScene is the room before the game, shown on the projector: the
// address and code the teams join by, in type readable from the back of
// the room, a QR code of the address, and the delegations with who has
// taken each. The teacher seats AI delegates, moves or removes devices,
// locks the room and starts the game from here.
type lobbyScene struct {
	a *App
	c *class
	// ver is the table's version the model was read at: the model is
	// read again only when the table says something changed.
	ver   uint64
	model lobbyModel
	qr    *qrCode
	// sheet is the delegation whose seat sheet is open, or -1; moveTo is
	// where the sheet would move a device.
	sheet  int
	moveTo int
	// confirm is the close-the-room question being asked.
	confirm bool
	// msg is what went wrong with the teacher's last action.
	msg string
}

func newLobby(a *App, c *class) *lobbyScene {
	l := &lobbyScene{a: a, c: c, sheet: -1}
	if len(c.joinURLs) > 0 {
		// A code that cannot be made leaves the address and room code,
		// which are enough to join.
		l.qr, _ = newQR(c.joinURLs[0])
	}
	l.refresh()
	if a.opt.Trace != nil && len(c.urls) > 0 {
		// The e2e test joins its teams by the address the lobby shows.
		fmt.Fprintf(a.opt.Trace, "bindingwords-trace class url=%s code=%s\n", c.urls[0], c.code)
	}
	return l
}

// refresh reads the lobby again. The version is read first, so a change
// made while the lobby is read is caught on the next frame.
func (l *lobbyScene) refresh() {
	l.ver = l.c.t.Version()
	l.model = modelOf(l.c.t.Lobby())
}

// Busy asks for a frame only when the table has changed: an idle lobby
// costs one atomic read a tick.
func (l *lobbyScene) Busy() bool { return l.c.t.Version() != l.ver }

// shownAddress is an address as a student types it: browsers add the
// http:// themselves.
func shownAddress(url string) string {
	return strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/")
}

func (l *lobbyScene) Update(u *widget.UI) Outcome {
	if l.Busy() {
		l.refresh()
	}
	if l.model.started {
		return goTo(ToProjector)
	}
	modal := l.confirm || l.sheet >= 0
	th := u.Th
	head := u.Size(theme.Head)
	u.Text(margin, 18, i18n.T("lobby.title"), widget.SansBold, head, th.Text)
	tw := u.Measure(i18n.T("lobby.title"), widget.SansBold, head)
	u.TextFit(margin+tw+24, 18+(widget.LineHeight(head)-widget.LineHeight(u.Size(theme.Large)))/2, u.W-2*margin-tw-24,
		l.c.sc.Title, widget.Sans, u.Size(theme.Large), th.TextMuted)
	top := 18 + widget.LineHeight(head) + 8
	u.Fill(widget.R(margin, top, u.W-2*margin, 2), th.Line)
	top += 16

	hintSize := u.Size(theme.Small)
	hintY := u.H - margin - widget.LineHeight(hintSize)
	footY := hintY - 10 - 52
	lw := min(620, u.W*0.46)
	l.drawJoin(u, widget.R(margin, top, lw, footY-16-top))
	rx := margin + lw + 40
	l.drawSeats(u, widget.R(rx, top, u.W-margin-rx, footY-16-top), !modal)

	out := stay()
	if !modal {
		out = l.drawFooter(u, widget.R(margin, footY, u.W-2*margin, 52))
		u.TextFit(margin, hintY, u.W-2*margin, i18n.T("lobby.keys"), widget.Sans, hintSize, th.TextMuted)
	}
	// A modal opened in this frame is drawn from the next, which is built
	// at once: the key that opened it must not also answer it.
	switch {
	case !modal:
	case l.confirm:
		return l.drawConfirm(u)
	case l.sheet >= 0:
		l.drawSheet(u)
		return stay()
	}
	return out
}

// drawJoin is the left of the screen: how to join, for the whole room.
func (l *lobbyScene) drawJoin(u *widget.UI, r widget.Rect) {
	th := u.Th
	y := r.Y
	large := u.Size(theme.Large)
	u.Text(r.X, y, i18n.T("lobby.open"), widget.Sans, large, th.TextMuted)
	y += widget.LineHeight(large)
	addr := u.Size(48)
	if len(l.c.urls) > 0 {
		u.TextFit(r.X, y, r.W, shownAddress(l.c.urls[0]), widget.SansBold, addr, th.Text)
	}
	y += widget.LineHeight(addr)
	small := u.Size(theme.Small)
	if len(l.c.urls) > 1 {
		var more []string
		for _, url := range l.c.urls[1:] {
			more = append(more, shownAddress(url))
		}
		y += u.Para(r.X, y, r.W, i18n.T("lobby.also", "addresses", strings.Join(more, "  ·  ")), widget.Sans, small, th.TextMuted)
	}
	y += 14

	if !l.c.onNetwork {
		y += u.Para(r.X, y, r.W, i18n.T("lobby.offline"), widget.SansBold, small, th.Warn) + 8
	}
	codeH := widget.LineHeight(large) + widget.LineHeight(u.Size(96))
	if l.model.locked {
		codeH += u.ParaHeight(r.W, i18n.T("lobby.locked"), widget.SansBold, u.Size(theme.Body)) + 4
	}
	// The room code with the QR code beside it; on a tall screen (4:3)
	// the code goes above a larger QR code.
	codeW := r.W
	if l.qr != nil {
		below := r.Bottom() - y - codeH - 12
		var p qrPlace
		if below >= r.W*0.62 {
			side := min(below, r.W*0.8)
			p = l.qr.place(r.X, y+codeH+12, side, l.a.scale)
		} else {
			side := min(r.Bottom()-y, r.W*0.55)
			p = l.qr.place(r.X, y, side, l.a.scale)
			p = l.qr.place(r.Right()-p.side(l.qr), y, side, l.a.scale)
			codeW = p.x - r.X - 20
		}
		l.qr.draw(u, p)
		sx, sw := r.X, codeW
		if codeW == r.W {
			sx, sw = p.x+p.side(l.qr)+16, r.Right()-p.x-p.side(l.qr)-16
		}
		u.Para(sx, p.y+p.side(l.qr)-u.ParaHeight(sw, i18n.T("lobby.scan"), widget.Sans, small), sw, i18n.T("lobby.scan"), widget.Sans, small, th.TextMuted)
	}
	u.Text(r.X, y, i18n.T("lobby.code"), widget.Sans, large, th.TextMuted)
	y += widget.LineHeight(large)
	l.drawCode(u, r.X, y, codeW)
	if l.model.locked {
		y += widget.LineHeight(u.Size(96)) + 4
		u.Para(r.X, y, codeW, i18n.T("lobby.locked"), widget.SansBold, u.Size(theme.Body), th.Warn)
	}
}

// drawCode draws the room code very large, its letters spaced apart so
// that none is mistaken for its neighbour from the back of the room.
func (l *lobbyScene) drawCode(u *widget.UI, x, y, w float64) {
	size := u.Size(96)
	gap := size * 0.12
	total := 0.0
	for _, ch := range l.c.code {
		total += u.Measure(string(ch), widget.SansBold, size) + gap
	}
	if total > w && total > 0 {
		size = u.Size(96) * w / total
		gap = size * 0.12
	}
	for _, ch := range l.c.code {
		s := string(ch)
		u.Text(x, y, s, widget.SansBold, size, u.Th.Accent)
		x += u.Measure(s, widget.SansBold, size) + gap
	}
}

// drawSeats lists the delegations and who has taken each; a row opens
// the delegation's seat sheet. Under a modal it is drawn without
// controls, so the keyboard stays in the modal.
func (l *lobbyScene) drawSeats(u *widget.UI, r widget.Rect, live bool) {
	th := u.Th
	small := u.Size(theme.Small)
	u.Text(r.X, r.Y, i18n.T("lobby.delegations"), widget.SansBold, small, th.TextMuted)
	u.TextRight(r.Right(), r.Y, l.model.summary(), widget.Sans, small, th.TextMuted)
	y := r.Y + widget.LineHeight(small) + 6
	rows := l.model.rows
	if len(rows) > 0 {
		u.DefaultFocus("lobby.seat." + strconv.Itoa(rows[0].party))
	}
	rh := min(72, (r.Bottom()-y)/float64(max(1, len(rows)))-6)
	for _, row := range rows {
		rr := widget.R(r.X, y, r.W, rh)
		id := "lobby.seat." + strconv.Itoa(row.party)
		hot, act := false, false
		if live {
			hot, act = u.Interact(id, rr)
		}
		bg := th.Surface
		if hot {
			bg = th.ButtonHover
		}
		u.Fill(rr, bg)
		u.Fill(widget.R(rr.X, rr.Y, 8, rr.H), th.Party(row.party))
		name := u.Size(theme.Large)
		ty := rr.Y + (rr.H-widget.LineHeight(name))/2
		nameW := min(rr.W*0.42, u.Measure(row.name, widget.SansBold, name)+8)
		u.TextFit(rr.X+22, ty, nameW, row.name, widget.SansBold, name, th.Text)
		c := th.Text
		if row.empty() {
			c = th.Warn
		} else if row.kind.Role == match.AI {
			c = th.TextMuted
		}
		body := u.Size(theme.Body)
		sy := rr.Y + (rr.H-widget.LineHeight(body))/2
		sw := rr.W - nameW - 22 - 16 - 14
		u.Text(rr.X+22+nameW+16, sy, row.fitStatus(u, widget.Sans, body, sw), widget.Sans, body, c)
		if live && u.Focused(id) {
			u.FocusRing(rr)
		}
		// No tip on the rows: on a projector it would cover the QR code
		// the class is scanning; the line of keys below says what Enter
		// does.
		if act {
			l.openSheet(row.party)
			u.RequestAgain()
		}
		y += rh + 6
	}
}

// drawFooter is the teacher's row: close the room, lock it, start.
func (l *lobbyScene) drawFooter(u *widget.UI, r widget.Rect) Outcome {
	th := u.Th
	btn := footerButtons(r, 240, 240, 280)
	lock := i18n.T("lobby.lock")
	if l.model.locked {
		lock = i18n.T("lobby.unlock")
	}
	// What stops the start, or what went wrong last, on the left.
	note, c := i18n.T("lobby.ready"), th.Good
	switch n := len(l.model.empty); {
	case n > 3:
		note, c = i18n.T("lobby.empty.many", "n", n), th.Warn
	case n > 0:
		note, c = i18n.T("lobby.empty", "delegations", strings.Join(l.model.empty, ", ")), th.Warn
	}
	if l.msg != "" {
		note, c = l.msg, th.Bad
	}
	// Two lines at most, smaller type before that, cut short last.
	nw := btn[0].X - r.X - 20
	size := u.Size(theme.Body)
	if len(u.Fonts.Wrap(note, widget.Sans, size, nw)) > 2 {
		size = u.Size(theme.Small)
	}
	lines := u.Fonts.Wrap(note, widget.Sans, size, nw)
	if len(lines) > 2 {
		lines = []string{lines[0], u.Fonts.Fit(strings.Join(lines[1:], " "), widget.Sans, size, nw)}
	}
	ly := r.Y + max(0, (r.H-float64(len(lines))*widget.LineHeight(size))/2)
	for i, line := range lines {
		u.Text(r.X, ly+float64(i)*widget.LineHeight(size), line, widget.Sans, size, c)
	}

	typed := func(ch rune) bool {
		for _, t := range u.In.Chars {
			if t == ch || t == ch-'a'+'A' {
				return true
			}
		}
		return false
	}
	if u.Button("lobby.close", btn[0], i18n.T("lobby.close"), widget.ButtonStyle{Tip: i18n.T("lobby.close.tip")}) || u.In.Back {
		l.confirm = true
		u.SetFocus("lobby.keep")
		u.RequestAgain()
		return stay()
	}
	if u.Button("lobby.lock", btn[1], lock, widget.ButtonStyle{Tip: i18n.T("lobby.lock.tip")}) || typed('l') {
		l.c.t.Lock(!l.model.locked)
		l.msg = ""
	}
	ready := l.model.canStart()
	tip := i18n.T("lobby.start.tip")
	if !ready {
		tip = i18n.T("lobby.start.wait")
	}
	if u.Button("lobby.start", btn[2], i18n.T("lobby.start"), widget.ButtonStyle{Primary: ready, Disabled: !ready, Tip: tip}) || (ready && typed('s')) {
		if err := l.c.start(); err != nil {
			l.msg = i18n.T("lobby.startfailed", "error", err.Error())
			return stay()
		}
		return goTo(ToProjector)
	}
	return stay()
}

// drawConfirm asks before closing the room: closing disconnects every
// team. The safe answer has the focus.
func (l *lobbyScene) drawConfirm(u *widget.UI) Outcome {
	th := u.Th
	u.Fill(widget.R(0, 0, u.W, u.H), th.Overlay)
	w := min(640, u.W-2*margin)
	size := u.Size(theme.Large)
	q, sub := i18n.T("lobby.confirm"), i18n.T("lobby.confirm.sub")
	body := u.Size(theme.Body)
	qh := u.ParaHeight(w-56, q, widget.SansBold, size)
	h := qh + 10 + u.ParaHeight(w-56, sub, widget.Sans, body) + 28 + 52 + 56
	p := widget.R((u.W-w)/2, (u.H-h)/2, w, h)
	u.Fill(p, th.Surface)
	u.Stroke(p, 2, th.Accent)
	u.Para(p.X+28, p.Y+28, w-56, q, widget.SansBold, size, th.Text)
	u.Para(p.X+28, p.Y+28+qh+10, w-56, sub, widget.Sans, body, th.TextMuted)
	btn := footerButtons(p.Inset(28), 230, 230)
	u.DefaultFocus("lobby.keep")
	if u.Button("lobby.keep", btn[0], i18n.T("lobby.keep"), widget.ButtonStyle{}) || u.In.Back {
		l.confirm = false
		u.SetFocus("lobby.close")
		u.RequestAgain()
		return stay()
	}
	if u.Button("lobby.closeyes", btn[1], i18n.T("lobby.closeyes"), widget.ButtonStyle{Primary: true}) {
		// The route to the title closes the class, saving the table.
		return goTo(ToTitle)
	}
	return stay()
}

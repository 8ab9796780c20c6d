package ui

import (
	"strconv"

	"bindingwords/game/host"
	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// roundLengths are the round lengths the timer chooser offers, in
// minutes; 0 is no timer.
var roundLengths = []int{3, 4, 5, 6, 7, 8, 10, 12, 15, 0}

// drawOpen draws the open chooser or overlay over the projector.
func (p *projectorScene) drawOpen(u *widget.UI) {
	if p.open == panelNone {
		return
	}
	u.Fill(widget.R(0, 0, u.W, u.H), u.Th.Overlay)
	defer func() {
		if p.closing {
			p.closing = false
			p.close()
		}
	}()
	switch p.open {
	case panelHelp:
		p.helpOverlay(u)
	case panelTimer:
		p.timerChooser(u)
	case panelNews:
		p.newsReader(u)
	case panelInject:
		p.newsChooser(u)
	case panelSeats:
		p.seatsChooser(u)
	case panelDevices:
		p.devicesChooser(u)
	case panelConfirm:
		p.confirmBox(u)
	}
}

// box draws a chooser's frame, its title and a Close button (Esc), and
// returns the area inside. The button closes the chooser once this frame
// is drawn.
func (p *projectorScene) box(u *widget.UI, w, h float64, title string) widget.Rect {
	th := u.Th
	w, h = min(w, u.W-40), min(h, u.H-40)
	r := widget.R((u.W-w)/2, (u.H-h)/2, w, h)
	u.Fill(r, th.Surface)
	u.Stroke(r, 2, th.Accent)
	head := u.Size(pjHead)
	u.Text(r.X+24, r.Y+16, title, widget.SansBold, head, th.Text)
	bw := 170.0
	if u.Button("pj.close", widget.R(r.Right()-bw-16, r.Y+16, bw, 48), i18n.T("proj.close"), widget.ButtonStyle{Tip: i18n.T("proj.close.tip")}) {
		p.closing = true
	}
	top := r.Y + 16 + max(widget.LineHeight(head), 48) + 12
	inner := widget.R(r.X+24, top, r.W-48, r.Bottom()-top-16)
	if p.err != "" {
		small := u.Size(theme.Body)
		eh := u.ParaHeight(inner.W, p.err, widget.Sans, small)
		u.Para(inner.X, inner.Bottom()-eh, inner.W, p.err, widget.Sans, small, th.Bad)
		inner.H -= eh + 8
	}
	return inner
}

// helpOverlay lists every control with its keys; each line is also a
// button, so the mouse reaches every control from here.
func (p *projectorScene) helpOverlay(u *widget.UI) {
	th := u.Th
	cs := controls()
	label := u.Size(pjLabel)
	rowH := widget.LineHeight(label) + 16
	perCol := (len(cs) + 1) / 2
	in := p.box(u, 1220, float64(perCol)*(rowH+8)+180, i18n.T("proj.help.title"))
	sub := i18n.T("proj.help.sub")
	if len(p.c.urls) > 0 {
		sub = i18n.T("proj.help.join", "url", p.c.urls[0], "code", p.c.code) + " " + sub
	}
	y0 := in.Y + u.Para(in.X, in.Y, in.W, sub, widget.Sans, u.Size(theme.Body), th.TextMuted) + 12
	colW := (in.W - 20) / 2
	keyW := 0.0
	for _, c := range cs {
		keyW = max(keyW, u.Measure(c.keys, widget.SansBold, label))
	}
	for i, c := range cs {
		col, row := i/perCol, i%perCol
		r := widget.R(in.X+float64(col)*(colW+20), y0+float64(row)*(rowH+8), colW, rowH)
		id := "pj.c." + c.id
		hot, act := u.Interact(id, r)
		bg := th.Button
		if hot {
			bg = th.ButtonHover
		}
		u.Fill(r, bg)
		ty := r.Y + (r.H-widget.LineHeight(label))/2
		u.Text(r.X+14, ty, c.keys, widget.SansBold, label, th.Accent)
		u.TextFit(r.X+28+keyW, ty, r.W-42-keyW, c.label, widget.Sans, label, th.ButtonText)
		if u.Focused(id) {
			u.FocusRing(r)
		}
		if act {
			if c.id != "help" {
				p.close()
			}
			c.run(p)
		}
	}
}

// timerChooser sets the round length.
func (p *projectorScene) timerChooser(u *widget.UI) {
	in := p.box(u, 900, 380, i18n.T("proj.timer.title"))
	body := u.Size(theme.Body)
	now := i18n.T("proj.timer.none")
	if m := p.pm.Clock.Minutes; m > 0 {
		now = i18n.T("proj.timer.now", "n", m)
	}
	u.Para(in.X, in.Y, in.W, now+" "+i18n.T("proj.timer.sub"), widget.Sans, body, u.Th.TextMuted)
	y := in.Y + u.ParaHeight(in.W, now+" "+i18n.T("proj.timer.sub"), widget.Sans, body) + 16
	cols := 5
	bw := (in.W - float64(cols-1)*12) / float64(cols)
	for i, n := range roundLengths {
		r := widget.R(in.X+float64(i%cols)*(bw+12), y+float64(i/cols)*64, bw, 52)
		label := i18n.T("proj.timer.min", "n", n)
		if n == 0 {
			label = i18n.T("proj.timer.off")
		}
		if u.Button("pj.timer."+strconv.Itoa(n), r, label, widget.ButtonStyle{Selected: n == p.pm.Clock.Minutes}) {
			p.setTimer(n)
			p.close()
		}
	}
	u.DefaultFocus("pj.timer." + strconv.Itoa(max(p.pm.Clock.Minutes, 3)))
}

// newsReader shows the round's news card in full, in large type, for the
// teacher to read aloud.
func (p *projectorScene) newsReader(u *widget.UI) {
	th := u.Th
	n := p.pm.News
	if n == nil {
		in := p.box(u, 1160, 300, i18n.T("proj.news.tag"))
		u.Para(in.X, in.Y, in.W, i18n.T("proj.news.none"), widget.Sans, u.Size(pjBody), th.TextMuted)
		return
	}
	// The box is as tall as the card, in the largest type that fits.
	w := min(1160, u.W-40) - 48
	head, body := u.Size(40), u.Size(32)
	chrome := 16 + max(widget.LineHeight(u.Size(pjHead)), 48) + 12 + 16 + 16
	need := func() float64 {
		return u.ParaHeight(w, n.Headline, widget.SansBold, head) + 16 + u.ParaHeight(w, n.Text, widget.Serif, body) + chrome
	}
	if need() > u.H-60 {
		head, body = u.Size(pjHead), u.Size(pjBody)
	}
	in := p.box(u, 1160, need(), i18n.T("proj.news.tag"))
	y := in.Y + u.Para(in.X, in.Y, in.W, n.Headline, widget.SansBold, head, th.Text) + 16
	u.Para(in.X, y, in.W, n.Text, widget.Serif, body, th.Text)
}

// newsChooser lists the scenario's news cards by headline; the chosen one
// goes on the table now.
func (p *projectorScene) newsChooser(u *widget.UI) {
	th := u.Th
	in := p.box(u, 1000, u.H-60, i18n.T("proj.inject.title"))
	small := u.Size(theme.Body)
	u.Para(in.X, in.Y, in.W, i18n.T("proj.inject.sub"), widget.Sans, small, th.TextMuted)
	top := in.Y + u.ParaHeight(in.W, i18n.T("proj.inject.sub"), widget.Sans, small) + 10
	view := widget.R(in.X, top, in.W, in.Bottom()-top)
	y := u.BeginScroll("pj.inject", view)
	w := view.W - widget.ScrollbarW - 8
	for i, c := range p.pm.sc.News {
		if p.pm.Away[i] {
			continue // about a delegation not at the table
		}
		label := c.Headline
		if p.pm.told(i) {
			label = i18n.T("proj.inject.told", "headline", c.Headline)
		}
		h := u.WrapHeight(label, w)
		if u.WrapButton("pj.card."+strconv.Itoa(i), widget.R(view.X, y, w, h), label, widget.ButtonStyle{Tip: c.Text}) {
			p.inject(i)
		}
		y += h + 6
	}
	u.EndScroll(y)
}

// seatsChooser lists the delegations: who plays each, whether its team is
// silent (people play it and no device of theirs is connected), and
// buttons to hand it to an AI delegate of the chosen level, or back.
func (p *projectorScene) seatsChooser(u *widget.UI) {
	th := u.Th
	lobby := p.c.t.Lobby()
	in := p.box(u, 1160, u.H-60, i18n.T("proj.seats.title"))
	body := u.Size(theme.Body)
	levels := match.LevelNames()
	p.level = min(max(p.level, 0), len(levels)-1)
	if step := u.Choice("pj.level", widget.R(in.X, in.Y, min(520, in.W), 48), i18n.T("proj.seats.level"), levels[p.level], i18n.T("proj.seats.level.tip"), nil); step != 0 {
		p.level = (p.level + step + len(levels)) % len(levels)
	}
	y := in.Y + 60
	lh := widget.LineHeight(body)
	for _, st := range p.pm.Seats {
		party := p.pm.sc.Parties[st.Party]
		ls := lobbySeat(lobby, st.Party)
		kind := i18n.T("proj.seats.people")
		if st.AI {
			kind = i18n.T("proj.seats.ai", "level", ls.Kind.Level)
		}
		silent := !st.AI && !seatConnected(ls)
		if silent {
			kind += " · " + i18n.T("proj.seats.silent")
		}
		u.Fill(widget.R(in.X, y, 10, 48), th.Party(st.Party))
		u.TextFit(in.X+20, y+(48-lh)/2, 300, party.Name, widget.SansBold, body, th.Text)
		col := th.TextMuted
		if silent {
			col = th.Warn
		}
		u.TextFit(in.X+330, y+(48-lh)/2, in.W-330-420, kind, widget.Sans, body, col)
		id := "pj.seat." + party.ID
		if st.AI {
			if u.Button(id+".people", widget.R(in.Right()-400, y, 400, 48), i18n.T("proj.seats.back"), widget.ButtonStyle{}) {
				p.setSeat(st.Party, match.HumanSeat())
			}
		} else {
			if u.Button(id+".ai", widget.R(in.Right()-400, y, 400, 48), i18n.T("proj.seats.toai", "level", levels[p.level]), widget.ButtonStyle{Primary: silent}) {
				p.setSeat(st.Party, match.AISeat(levels[p.level]))
			}
		}
		y += 56
	}
}

// lobbySeat is party's seat in a lobby snapshot.
func lobbySeat(l host.Lobby, party int) host.LobbySeat {
	for _, s := range l.Seats {
		if s.Party == party {
			return s
		}
	}
	return host.LobbySeat{Party: party}
}

// seatConnected reports whether any device of the seat's team is
// connected now.
func seatConnected(s host.LobbySeat) bool {
	for _, d := range s.Devices {
		if d.Connected {
			return true
		}
	}
	return false
}

// devicesChooser lists the joined devices by seat; each can be moved to
// another seat (with its team) or removed from the room.
func (p *projectorScene) devicesChooser(u *widget.UI) {
	th := u.Th
	lobby := p.c.t.Lobby()
	in := p.box(u, 1160, u.H-60, i18n.T("proj.devices.title"))
	body := u.Size(theme.Body)
	lh := widget.LineHeight(body)
	if p.device != "" {
		u.Para(in.X, in.Y, in.W, i18n.T("proj.devices.moveto", "device", p.device), widget.Sans, body, th.Text)
		y := in.Y + lh + 14
		for _, st := range p.pm.Seats {
			party := p.pm.sc.Parties[st.Party]
			if u.Button("pj.to."+party.ID, widget.R(in.X, y, min(600, in.W), 48), party.Name, widget.ButtonStyle{Chip: partyColour(u, st.Party)}) {
				p.moveDevice(p.device, st.Party)
			}
			y += 56
		}
		if u.Button("pj.to.cancel", widget.R(in.X, y+8, 300, 48), i18n.T("common.cancel"), widget.ButtonStyle{}) {
			p.device = ""
		}
		return
	}
	view := widget.R(in.X, in.Y, in.W, in.H)
	y := u.BeginScroll("pj.devices", view)
	w := view.W - widget.ScrollbarW - 8
	n := 0
	for _, s := range lobby.Seats {
		for _, d := range s.Devices {
			n++
			state := i18n.T("proj.devices.on")
			if !d.Connected {
				state = i18n.T("proj.devices.off")
			}
			team := d.Team
			if team == "" {
				team = i18n.T("proj.devices.noteam")
			}
			u.Fill(widget.R(view.X, y, 10, 48), th.Party(s.Party))
			u.TextFit(view.X+20, y+(48-lh)/2, w-20-420, i18n.T("proj.devices.row", "device", d.Handle, "team", team, "party", s.Name, "state", state), widget.Sans, body, th.Text)
			if u.Button("pj.dev.move."+d.Handle, widget.R(view.X+w-410, y, 200, 48), i18n.T("proj.devices.move"), widget.ButtonStyle{}) {
				p.device = d.Handle
				p.a.ui.ResetFocus()
			}
			if u.Button("pj.dev.rm."+d.Handle, widget.R(view.X+w-200, y, 200, 48), i18n.T("proj.devices.remove"), widget.ButtonStyle{}) {
				p.removeDevice(d.Handle)
			}
			y += 56
		}
	}
	if n == 0 {
		y += u.Para(view.X, y, w, i18n.T("proj.devices.none"), widget.Sans, body, th.TextMuted)
	}
	u.EndScroll(y)
}

// confirmBox asks before a control that cannot be undone.
func (p *projectorScene) confirmBox(u *widget.UI) {
	th := u.Th
	title, text := i18n.T("proj.advance.title"), i18n.T("proj.advance.text", "parties", p.names(p.waiting()))
	switch p.confirm {
	case confirmEnd:
		title, text = i18n.T("proj.end.title"), i18n.T("proj.end.text")
	case confirmLeave:
		title, text = i18n.T("proj.leave.title"), i18n.T("proj.leave.text")
	}
	in := p.box(u, 900, 380, title)
	u.Para(in.X, in.Y, in.W, text, widget.Sans, u.Size(pjBody*0.85), th.Text)
	u.DefaultFocus("pj.yes")
	if u.Button("pj.yes", widget.R(in.X, in.Bottom()-52, 320, 52), i18n.T("proj.confirm.yes"), widget.ButtonStyle{Primary: true}) {
		p.confirmed()
	}
	if u.Button("pj.no", widget.R(in.X+340, in.Bottom()-52, 240, 52), i18n.T("proj.confirm.no"), widget.ButtonStyle{}) {
		p.close()
	}
}

// waiting lists the delegations the table waits for.
func (p *projectorScene) waiting() []int {
	var out []int
	for _, st := range p.pm.Seats {
		if st.Waiting {
			out = append(out, st.Party)
		}
	}
	return out
}

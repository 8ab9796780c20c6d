package ui

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/widget"
)

// pjWriter lays out a column of paragraphs; with draw unset it only
// measures them, so a panel can be sized before it is drawn.
// Drawing, it sets only whole lines above bottom, so a panel too small
// for its text loses lines, never halves of them.
type pjWriter struct {
	u       *widget.UI
	x, y, w float64
	draw    bool
	bottom  float64
}

func (pw *pjWriter) para(s string, f widget.Font, size float64, c color.RGBA) {
	if !pw.draw {
		pw.y += pw.u.ParaHeight(pw.w, s, f, size)
		return
	}
	lh := widget.LineHeight(size)
	for _, l := range pw.u.Fonts.Wrap(s, f, size, pw.w) {
		if pw.y+lh <= pw.bottom {
			pw.u.Text(pw.x, pw.y, l, f, size, c)
		}
		pw.y += lh
	}
}

// fits reports whether a block of height h still fits, drawing.
func (pw *pjWriter) fits(h float64) bool { return !pw.draw || pw.y+h <= pw.bottom }

// itemPanel draws (or, with draw unset, measures) what is on the table:
// the item in plain words and who tabled it, who has voted, and once it is
// decided the result and who voted how (with the proposer's reason
// while it is being voted on, if reason is set). It returns the height it
// needs.
func (p *projectorScene) itemPanel(u *widget.UI, r widget.Rect, draw, reason bool) float64 {
	th := u.Th
	sc := p.pm.sc
	body, label, head := u.Size(pjBody), u.Size(pjLabel), u.Size(pjHead)
	pw := &pjWriter{u: u, x: r.X + 18, y: r.Y + 10, w: r.W - 36, draw: draw, bottom: r.Bottom() - 4}
	if draw {
		u.Fill(r, th.Surface)
		u.PushClip(r)
		defer u.PopClip()
	}
	// At the together pace the statements are revealed only as the round
	// ends, so until then the press phase keeps the round's last vote on
	// show, for the class to talk about while it chooses.
	lastVote := p.pm.Together && len(p.pm.Said) == 0 && p.pm.Item != nil && p.pm.Item.Decided
	if p.pm.Phase == rules.PhasePress && !lastVote {
		return p.pressPanel(pw, r)
	}
	it := p.pm.Item
	if it == nil {
		pw.para(i18n.T("proj.item.head"), widget.SansBold, head, th.Text)
		pw.y += 4
		pw.para(p.noItem(), widget.Sans, body, th.TextMuted)
		return pw.y - r.Y + 14
	}
	if draw {
		u.Fill(widget.R(r.X, r.Y, 8, r.H), th.Party(it.Party))
	}
	if it.Prev > 0 && !it.Decided {
		prev, col := i18n.T("proj.item.prev.adopted", "n", it.Prev), th.Good
		if !it.PrevAdopted {
			prev, col = i18n.T("proj.item.prev.rejected", "n", it.Prev), th.Bad
		}
		pw.para(prev, widget.SansBold, body, col)
	}
	pw.para(i18n.T("proj.item.by", "n", it.N, "party", sc.Parties[it.Party].Name), widget.SansBold, body*1.1, th.Text)
	pw.y += 4
	for _, c := range it.Changes {
		change := i18n.T("act.change", "slot", c.Slot, "from", c.From, "to", c.To)
		if c.From == c.To {
			// A change to the wording it already has only lifts the
			// brackets: "X" → "X" would read as nonsense.
			change = i18n.T("proj.item.settle", "slot", c.Slot, "to", c.To)
		}
		pw.para(change, widget.Sans, body, th.Text)
	}
	if reason && it.Reason != "" && !it.Decided {
		pw.para(quotedReason(it.Reason), widget.SerifItalic, label, th.TextMuted)
	}
	pw.y += 8
	if !it.Decided && p.pm.Together {
		// The strip below ticks each delegation that has voted.
		return pw.y - r.Y + 6
	}
	if !it.Decided {
		pw.para(i18n.T("proj.item.votes", "n", len(it.Voted), "of", len(p.pm.Seats)), widget.SansBold, body, th.Accent)
		return pw.y - r.Y + 14
	}
	verdict, col := "✓ "+i18n.T("proj.item.adopted"), th.Good
	if !it.Adopted {
		verdict, col = "✗ "+i18n.T("proj.item.rejected"), th.Bad
	}
	if draw && pw.fits(widget.LineHeight(head)+6) {
		bw := u.Measure(verdict, widget.SansBold, head) + 32
		u.Fill(widget.R(pw.x, pw.y, bw, widget.LineHeight(head)+6), col)
		u.Text(pw.x+16, pw.y+3, verdict, widget.SansBold, head, th.Bg)
	}
	pw.y += widget.LineHeight(head) + 14
	if it.Secret {
		pw.para(i18n.T("proj.item.tally", "yes", it.YesN, "no", it.NoN), widget.Sans, body, th.Text)
		return pw.y - r.Y + 14
	}
	if len(it.Yes) > 0 {
		pw.para(i18n.T("proj.item.yes", "parties", p.names(it.Yes)), widget.Sans, body, th.Text)
	}
	if len(it.No) > 0 {
		pw.para(i18n.T("proj.item.no", "parties", p.names(it.No)), widget.Sans, body, th.Text)
	}
	return pw.y - r.Y + 14
}

// pressPanel is the middle panel in the press phase: what each
// delegation has told its public this round, once it is public.
func (p *projectorScene) pressPanel(pw *pjWriter, r widget.Rect) float64 {
	u := pw.u
	th := u.Th
	body, head := u.Size(pjBody), u.Size(pjHead)
	pw.para(i18n.T("proj.press.head"), widget.SansBold, head, th.Text)
	pw.y += 4
	if len(p.pm.Said) == 0 {
		msg := i18n.T("proj.press.none")
		if p.pm.Together {
			msg = i18n.T("proj.press.together")
		}
		pw.para(msg, widget.Sans, body, th.TextMuted)
		return pw.y - r.Y + 14
	}
	for _, s := range p.pm.Said {
		top := pw.y
		pw.para(s.Text, widget.Sans, body, th.Text)
		if pw.draw && pw.y <= pw.bottom {
			u.Fill(widget.R(r.X+6, top+4, 6, pw.y-top-8), th.Party(s.Party))
		}
		pw.y += 6
	}
	return pw.y - r.Y + 8
}

// noItem says what the table is doing while nothing is on it.
func (p *projectorScene) noItem() string {
	pm := &p.pm
	if pm.Phase != rules.PhaseTable {
		return i18n.T("proj.item.none")
	}
	if pm.Together {
		return i18n.T("proj.item.together")
	}
	for _, st := range pm.Seats {
		if st.Waiting {
			return i18n.T("proj.item.may", "party", pm.sc.Parties[st.Party].Name)
		}
	}
	return i18n.T("proj.item.none")
}

// names lists delegations by name.
func (p *projectorScene) names(parties []int) string {
	out := make([]string, len(parties))
	for i, q := range parties {
		out[i] = p.pm.sc.Parties[q].Name
	}
	return strings.Join(out, ", ")
}

// newsCard draws the round's news as a card to read aloud, marked as
// simulated. What does not fit is a click (or R) away, in full.
func (p *projectorScene) newsCard(u *widget.UI, r widget.Rect) {
	th := u.Th
	body, label := u.Size(pjBody), u.Size(pjLabel)
	u.Fill(r, th.SurfaceAlt)
	tag := i18n.T("proj.news.tag")
	tw := u.Measure(tag, widget.SansBold, label) + 24
	u.Fill(widget.R(r.X, r.Y, tw, widget.LineHeight(label)+8), th.Primary)
	u.Text(r.X+12, r.Y+4, tag, widget.SansBold, label, th.PrimaryText)
	if p.pm.News != nil {
		hint := i18n.T("proj.news.hint")
		if hw := u.Measure(hint, widget.Sans, label); tw+hw+30 < r.W {
			u.Text(r.Right()-hw-14, r.Y+4, hint, widget.Sans, label, th.TextMuted)
		}
	}
	x, w := r.X+18, r.W-36
	y := r.Y + widget.LineHeight(label) + 16
	n := p.pm.News
	if n == nil {
		msg := i18n.T("proj.news.none")
		if p.pm.NewsHeld {
			msg = i18n.T("proj.news.held")
		}
		u.Para(x, y, w, msg, widget.Sans, body, th.TextMuted)
		return
	}
	if p.open == panelNone {
		if _, act := u.Interact("pj.news", r); act {
			p.toggle(panelNews)
		}
		if u.Focused("pj.news") {
			u.FocusRing(r)
		}
	}
	// The headline always; the text as far as it fits, and a pointer to
	// the whole card in large type when it does not.
	headSize := body * 1.1
	// Wrap's lines are its cache's: copies are cut short, never they.
	heads := slices.Clone(u.Fonts.Wrap(n.Headline, widget.SansBold, headSize, w))
	hl := widget.LineHeight(headSize)
	fitHeads := max(0, min(len(heads), int((r.Bottom()-4-y)/hl)))
	if fitHeads == 0 {
		return
	}
	if fitHeads < len(heads) {
		heads[fitHeads-1] = u.Fonts.Fit(strings.Join(heads[fitHeads-1:], " "), widget.SansBold, headSize, w)
		heads = heads[:fitHeads]
	}
	for _, l := range heads {
		u.Text(x, y, l, widget.SansBold, headSize, th.Text)
		y += hl
	}
	y += 6
	lh := widget.LineHeight(body)
	lines := slices.Clone(u.Fonts.Wrap(n.Text, widget.Serif, body, w))
	if room := int((r.Bottom() - 8 - y) / lh); room < len(lines) {
		// Cut short: the last line that fits ends in an ellipsis, and the
		// hint above says how to read the whole card.
		lines = lines[:max(0, room)]
		if room > 0 {
			lines[room-1] = u.Fonts.Fit(lines[room-1]+" …", widget.Serif, body, w)
		}
	}
	for i, l := range lines {
		u.Text(x, y+float64(i)*lh, l, widget.Serif, body, th.Text)
	}
}

// publicsPanel draws one bar per public: its support now (0–100) with the
// threshold it must reach to ratify marked, and its change this round.
// Rows are set in body type when they all fit so, else as large as they
// can be.
func (p *projectorScene) publicsPanel(u *widget.UI, r widget.Rect) {
	th := u.Th
	body, label, head := u.Size(pjBody), u.Size(pjLabel), u.Size(pjHead)
	u.Fill(r, th.Surface)
	x, w := r.X+14, r.W-28
	y := r.Y + 8
	rows := p.pm.Publics
	if len(rows) == 0 {
		return
	}
	n := float64(len(rows))
	legend := i18n.T("proj.publics.legend")
	legendH := u.ParaHeight(w, legend, widget.Sans, label) + 4
	headH := widget.LineHeight(head)
	avail := r.Bottom() - 8 - y - headH
	need := func(size, gap float64) float64 { return (widget.LineHeight(size) + gap) * n }
	size := body
	switch {
	case need(body, 6)+legendH <= avail:
		u.Text(x, y, i18n.T("proj.publics"), widget.SansBold, head, th.Text)
		y += headH
		y += u.Para(x, y, w, legend, widget.Sans, label, th.TextMuted) + 4
		avail -= legendH
	case need(body, 6) <= avail:
		u.Text(x, y, i18n.T("proj.publics"), widget.SansBold, head, th.Text)
		y += headH
	default:
		// Seven delegations have fourteen publics: the legend and the
		// heading give way (the bars speak for themselves) before the
		// rows' type gets smaller than the body's.
		avail += headH
		if need(body, 2) > avail {
			size = max(label*0.9, avail/n/1.38)
		}
	}
	rowH := min(widget.LineHeight(size)+10, avail/n)
	// One size for every name: the row's, or a little smaller so that the
	// longest fits, before any is shortened.
	vw, dw := 0.0, 0.0
	for _, q := range rows {
		vw = max(vw, u.Measure(supportText(q), widget.SansBold, size))
		dw = max(dw, u.Measure(signed(q.Delta), widget.Sans, size))
	}
	nw := w - 16 - dw - vw - 30
	ns := size
	for _, q := range rows {
		if m := u.Measure(q.Name, widget.Sans, ns); m > nw {
			ns = max(size*0.76, math.Floor(ns*nw/m*0.97*2)/2)
		}
	}
	for _, pr := range rows {
		p.publicRow(u, pr, widget.R(x, y, w, rowH-4), size, ns, vw, dw)
		y += rowH
	}
}

// publicRow is one public: the row is its bar, filled to its support, with
// the threshold as bright ticks above and below the name; the support and
// its change on the right, in columns vw and dw wide. Numbers are set in
// size, the name in ns.
func (p *projectorScene) publicRow(u *widget.UI, pr projPublic, r widget.Rect, size, ns, vw, dw float64) {
	th := u.Th
	below := pr.Threshold >= 0 && wholePoints(pr.Support) < pr.Threshold
	fill := mix(th.Good, th.Surface, 0.45)
	if below {
		fill = mix(th.Bad, th.Surface, 0.45)
	}
	u.Fill(r, th.SurfaceAlt)
	u.Fill(widget.R(r.X, r.Y, r.W*min(float64(pr.Support)/1000, 1), r.H), fill)
	u.Fill(widget.R(r.X, r.Y, 8, r.H), th.Party(pr.Party))
	nameW := r.W - 16 - dw - vw - 30
	nameY := r.Y + (r.H-widget.LineHeight(ns))/2
	if pr.Threshold >= 0 {
		mx := r.X + r.W*min(float64(pr.Threshold)/100, 1)
		tick := r.H * 0.22
		if end := r.X + 16 + min(u.Measure(pr.Name, widget.Sans, ns), nameW); mx > r.X+12 && mx < end+4 {
			// The mark falls within the name: it stops short of the
			// letters, or a tick across "Rada" reads as "Ra|da" from the
			// back of the room.
			tick = max(3, nameY+widget.LineHeight(ns)*0.16-r.Y)
		}
		u.Fill(widget.R(mx-2, r.Y-2, 4, tick+2), th.Text)
		u.Fill(widget.R(mx-2, r.Bottom()-tick, 4, tick+2), th.Text)
	}
	ty := r.Y + (r.H-widget.LineHeight(size))/2
	u.TextRight(r.Right()-6, ty, signed(pr.Delta), widget.Sans, size, deltaColour(u, pr.Delta))
	u.TextRight(r.Right()-dw-16, ty, supportText(pr), widget.SansBold, size, th.Text)
	u.TextFit(r.X+16, nameY, nameW, pr.Name, widget.Sans, ns, th.Text)
}

// supportText is a public's support in whole points, with ✗ when it is
// below what ratification needs.
func supportText(pr projPublic) string {
	val := strconv.Itoa(wholePoints(pr.Support))
	if pr.Threshold >= 0 && wholePoints(pr.Support) < pr.Threshold {
		val = "✗ " + val
	}
	return val
}

func deltaColour(u *widget.UI, d int) color.RGBA {
	switch {
	case d > 0:
		return u.Th.Good
	case d < 0:
		return u.Th.Bad
	}
	return u.Th.TextMuted
}

// mix blends a into b: t of a, the rest b.
func mix(a, b color.RGBA, t float64) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(float64(x)*t + float64(y)*(1-t)) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xff}
}

// seatsLine is whose move it is: a heading for the step, then each
// delegation concerned, ticked once it has made its choice.
func (p *projectorScene) seatsLine() (string, []seatChip) {
	pm := &p.pm
	var chips []seatChip
	for _, st := range pm.Seats {
		name := pm.sc.Parties[st.Party].Name
		switch {
		case pm.Together && (st.Waiting || st.Chosen):
			chips = append(chips, seatChip{st.Party, name, st.Chosen})
		case st.Waiting:
			chips = append(chips, seatChip{st.Party, name, false})
		}
	}
	if pm.Over {
		return i18n.T("proj.phase.over"), nil
	}
	if len(chips) == 0 {
		return i18n.T("proj.wait.none"), nil
	}
	if pm.Together {
		return i18n.T("proj.wait.choosing"), chips
	}
	switch {
	case pm.Phase == rules.PhaseTable && pm.Item != nil && !pm.Item.Decided:
		return i18n.T("proj.wait.vote"), chips
	case pm.Phase == rules.PhaseTable:
		return i18n.T("proj.wait.table"), chips
	case pm.Phase == rules.PhasePress:
		return i18n.T("proj.wait.press"), chips
	case pm.Phase == rules.PhaseSigning:
		return i18n.T("proj.wait.sign"), chips
	}
	return i18n.T("proj.wait.other"), chips
}

type seatChip struct {
	party int
	name  string
	done  bool
}

// seatsFlow lays the strip out (drawing it when draw is set) and returns
// its height: the heading, then a chip per delegation, wrapping.
func (p *projectorScene) seatsFlow(u *widget.UI, r widget.Rect, draw bool) float64 {
	th := u.Th
	body := u.Size(pjBody)
	lh := widget.LineHeight(body)
	head, chips := p.seatsLine()
	x0 := r.X + 18
	x, y := x0, r.Y+8
	if draw {
		u.Text(x, y, head, widget.SansBold, body, th.Text)
	}
	x += u.Measure(head, widget.SansBold, body) + 14
	for _, c := range chips {
		txt := c.name
		if c.done {
			txt = "✓ " + txt
		}
		cw := min(u.Measure(txt, widget.Sans, body)+34, r.W-36)
		if x+cw > r.Right()-8 && x > x0 {
			x, y = x0, y+lh+6
		}
		if draw {
			bg := th.SurfaceAlt
			if c.done {
				bg = mix(th.Good, th.Surface, 0.35)
			}
			u.Fill(widget.R(x, y, cw-10, lh), bg)
			u.Fill(widget.R(x, y, 6, lh), th.Party(c.party))
			u.TextFit(x+14, y, cw-28, txt, widget.Sans, body, th.Text)
		}
		x += cw
	}
	return y + lh + 8 - r.Y
}

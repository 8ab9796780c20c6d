package ui

import (
	"image/color"
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/widget"
)

// pjWriter lays out a column of paragraphs; with draw unset it only
// measures them, so a panel can be sized before it is drawn.
type pjWriter struct {
	u       *widget.UI
	x, y, w float64
	draw    bool
}

func (pw *pjWriter) para(s string, f widget.Font, size float64, c color.RGBA) {
	if pw.draw {
		pw.y += pw.u.Para(pw.x, pw.y, pw.w, s, f, size, c)
		return
	}
	pw.y += pw.u.ParaHeight(pw.w, s, f, size)
}

// itemPanel draws (or, with draw unset, measures) what is on the table:
// the item in plain words and who tabled it, who has voted, and once it is
// decided the result and who voted how. It returns the height it needs,
// at most most of r.
func (p *projectorScene) itemPanel(u *widget.UI, r widget.Rect, draw bool) float64 {
	th := u.Th
	sc := p.pm.sc
	body, label, head := u.Size(pjBody), u.Size(pjLabel), u.Size(pjHead)
	pw := &pjWriter{u: u, x: r.X + 18, y: r.Y + 10, w: r.W - 36, draw: draw}
	if draw {
		u.Fill(r, th.Surface)
		u.PushClip(r)
		defer u.PopClip()
	}
	pw.para(i18n.T("proj.item.head"), widget.SansBold, head, th.Text)
	pw.y += 4
	it := p.pm.Item
	if it == nil {
		pw.para(p.noItem(), widget.Sans, body, th.TextMuted)
		return min(pw.y-r.Y+14, r.H*0.6)
	}
	if draw {
		u.Fill(widget.R(r.X, r.Y, 8, r.H), th.Party(it.Party))
	}
	pw.para(i18n.T("proj.item.by", "n", it.N, "party", sc.Parties[it.Party].Name), widget.SansBold, body, th.Text)
	for _, c := range it.Changes {
		pw.para(i18n.T("act.change", "slot", c.Slot, "from", c.From, "to", c.To), widget.Sans, body, th.Text)
	}
	if it.Reason != "" {
		pw.para("“"+it.Reason+"”", widget.SerifItalic, label, th.TextMuted)
	}
	pw.y += 8
	if !it.Decided {
		voted := p.names(it.Voted)
		if voted == "" {
			voted = i18n.T("proj.nobody")
		}
		pw.para(i18n.T("proj.item.voted", "parties", voted, "n", len(it.Voted), "of", len(p.pm.Seats)), widget.Sans, body, th.Text)
		return min(pw.y-r.Y+14, r.H*0.75)
	}
	verdict, col := "✓ "+i18n.T("proj.item.adopted"), th.Good
	if !it.Adopted {
		verdict, col = "✗ "+i18n.T("proj.item.rejected"), th.Bad
	}
	if draw {
		bw := u.Measure(verdict, widget.SansBold, head) + 32
		u.Fill(widget.R(pw.x, pw.y, bw, widget.LineHeight(head)+6), col)
		u.Text(pw.x+16, pw.y+3, verdict, widget.SansBold, head, th.Bg)
	}
	pw.y += widget.LineHeight(head) + 14
	if len(it.Yes) > 0 {
		pw.para(i18n.T("proj.item.yes", "parties", p.names(it.Yes)), widget.Sans, body, th.Text)
	}
	if len(it.No) > 0 {
		pw.para(i18n.T("proj.item.no", "parties", p.names(it.No)), widget.Sans, body, th.Text)
	}
	return min(pw.y-r.Y+14, r.H*0.75)
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
		hot, act := u.Interact("pj.news", r)
		if act {
			p.toggle(panelNews)
		}
		if hot {
			u.TipFor("pj.news", r, i18n.T("proj.news.tip"))
		}
		if u.Focused("pj.news") {
			u.FocusRing(r)
		}
	}
	headSize := body * 1.1
	y += u.Para(x, y, w, n.Headline, widget.SansBold, headSize, th.Text) + 6
	lh := widget.LineHeight(body)
	lines := u.Fonts.Wrap(n.Text, widget.Serif, body, w)
	room := int((r.Bottom() - 8 - y) / lh)
	if room < len(lines) {
		more := i18n.T("proj.news.more")
		lines = lines[:max(0, room-1)]
		defer u.Text(x, y+float64(len(lines))*lh, more, widget.SansBold, u.Size(pjLabel), th.Accent)
	}
	for i, l := range lines {
		u.Text(x, y+float64(i)*lh, l, widget.Serif, body, th.Text)
	}
}

// publicsPanel draws one bar per public: its support now (0–100) with the
// threshold it must reach to ratify marked, and its change this round.
func (p *projectorScene) publicsPanel(u *widget.UI, r widget.Rect) {
	th := u.Th
	body, label, head := u.Size(pjBody), u.Size(pjLabel), u.Size(pjHead)
	u.Fill(r, th.Surface)
	x, w := r.X+14, r.W-28
	y := r.Y + 10
	u.Text(x, y, i18n.T("proj.publics"), widget.SansBold, head, th.Text)
	y += widget.LineHeight(head)
	u.TextFit(x, y, w, i18n.T("proj.publics.legend"), widget.Sans, label, th.TextMuted)
	y += widget.LineHeight(label) + 6
	rows := p.pm.Publics
	if len(rows) == 0 {
		return
	}
	// Body size when every public fits so; else a size that does.
	size := body
	rowH := widget.LineHeight(size) + 6
	if avail := r.Bottom() - 8 - y; rowH*float64(len(rows)) > avail {
		size = max(label, body*avail/(rowH*float64(len(rows))))
		rowH = widget.LineHeight(size) + 6
	}
	for _, pr := range rows {
		p.publicRow(u, pr, widget.R(x, y, w, rowH-6), size)
		y += rowH
	}
}

// publicRow is one public: the row is its bar, filled to its support, with
// the threshold as a bright tick; the support and its change on the right.
func (p *projectorScene) publicRow(u *widget.UI, pr projPublic, r widget.Rect, size float64) {
	th := u.Th
	below := pr.Threshold >= 0 && wholePoints(pr.Support) < pr.Threshold
	fill := mix(th.Good, th.Surface, 0.45)
	if below {
		fill = mix(th.Bad, th.Surface, 0.45)
	}
	u.Fill(r, th.SurfaceAlt)
	u.Fill(widget.R(r.X, r.Y, r.W*min(float64(pr.Support)/1000, 1), r.H), fill)
	u.Fill(widget.R(r.X, r.Y, 8, r.H), th.Party(pr.Party))
	if pr.Threshold >= 0 {
		mx := r.X + r.W*min(float64(pr.Threshold)/100, 1)
		u.Fill(widget.R(mx-2, r.Y-3, 4, r.H+6), th.Text)
	}
	ty := r.Y + (r.H-widget.LineHeight(size))/2
	delta := signed(pr.Delta)
	dw := u.Measure("+00", widget.Sans, size)
	val := strconv.Itoa(wholePoints(pr.Support))
	vw := u.Measure("100", widget.SansBold, size)
	mark := ""
	if below {
		mark = "✗ "
	}
	u.TextRight(r.Right()-6, ty, delta, widget.Sans, size, deltaColour(u, pr.Delta))
	u.TextRight(r.Right()-dw-14, ty, mark+val, widget.SansBold, size, th.Text)
	u.TextFit(r.X+16, ty, r.W-16-dw-vw-40-u.Measure(mark, widget.SansBold, size), pr.Name, widget.Sans, size, th.Text)
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
		if st.AI {
			name = i18n.T("proj.ai", "party", name)
		}
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

// seatsHeight is the height the strip of whose move it is needs at width w.
func (p *projectorScene) seatsHeight(u *widget.UI, w float64) float64 {
	return p.seatsFlow(u, widget.R(0, 0, w, 0), false)
}

func (p *projectorScene) seatsStrip(u *widget.UI, r widget.Rect) {
	u.Fill(r, u.Th.Surface)
	p.seatsFlow(u, r, true)
}

// seatsFlow lays the strip out (drawing it when draw is set) and returns
// its height: the heading, then a chip per delegation, wrapping.
func (p *projectorScene) seatsFlow(u *widget.UI, r widget.Rect, draw bool) float64 {
	th := u.Th
	body := u.Size(pjBody)
	lh := widget.LineHeight(body)
	head, chips := p.seatsLine()
	x, y := r.X+16, r.Y+8
	hw := u.Measure(head, widget.SansBold, body)
	if draw {
		u.Text(x, y, head, widget.SansBold, body, th.Text)
	}
	x += hw + 18
	for _, c := range chips {
		txt := c.name
		if c.done {
			txt = "✓ " + txt
		}
		cw := u.Measure(txt, widget.Sans, body) + 34
		if x+cw > r.Right()-8 && x > r.X+16+hw+18 {
			x, y = r.X+16+hw+18, y+lh+6
		}
		if draw {
			bg := th.SurfaceAlt
			if c.done {
				bg = mix(th.Good, th.Surface, 0.35)
			}
			u.Fill(widget.R(x, y, cw-10, lh), bg)
			u.Fill(widget.R(x, y, 6, lh), th.Party(c.party))
			u.Text(x+14, y, txt, widget.Sans, body, th.Text)
		}
		x += cw
	}
	return y + lh + 8 - r.Y
}

package ui

import (
	"image/color"

	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// threshold is what party p's public pub must reach to ratify the draft
// as it stands (the highest requirement over the documents' current legal
// forms), or -1 when that public has no vote on it.
func threshold(sc *rules.PublicScenario, v rules.View, p, pub int) int {
	t, _ := thresholdForm(sc, v, p, pub)
	return t
}

// thresholdForm is [threshold] and the legal form it comes from.
func thresholdForm(sc *rules.PublicScenario, v rules.View, p, pub int) (int, int) {
	text, present := v.Text(), v.Present()
	best, form := -1, -1
	for d := range sc.Documents {
		f := sc.DocumentForm(d, text, present)
		for i, req := range sc.Parties[p].Ratification[f] {
			if req.Public == pub {
				if t := v.Threshold(p, f, i); t > best {
					best, form = t, f
				}
			}
		}
	}
	return best, form
}

// delegations draws each delegation taking part: whether it has acted,
// its call for signature and public commitments, and its publics' support
// against what ratification needs, with the trend of the polls.
func (t *tableScene) delegations(u *widget.UI, r widget.Rect) {
	th := u.Th
	s := t.s
	sc := s.Scenario()
	v := s.Public()
	phase := v.Phase()
	inner := u.Panel(r, i18n.T("table.delegations"))
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	y := u.BeginScroll("tbl.side", widget.R(inner.X, inner.Y, inner.W+8, inner.H))
	w := inner.W - widget.ScrollbarW + 4
	toAct := v.ToAct()
	commits := v.Commitments()
	for _, p := range v.Parties() {
		party := &sc.Parties[p]
		rowY := y
		u.Fill(widget.R(inner.X, y+5, 14, widget.LineHeight(size)-10), th.Party(p))
		status, scol := "", th.TextMuted
		waiting := false
		for _, q := range toAct {
			waiting = waiting || q == p
		}
		switch {
		case waiting && p == s.Actor():
			status, scol = "▶", th.Warn
		case waiting:
			status = "…"
		case phase == rules.PhaseTable && v.Tabled(p), phase == rules.PhasePress && v.Spoke(p):
			status, scol = "✓", th.Good
		case phase == rules.PhaseSigning && v.Decision(p) == rules.VoteYes:
			status, scol = "✓", th.Good
		case phase == rules.PhaseSigning && v.Decision(p) == rules.VoteNo:
			status, scol = "✗", th.Bad
		}
		sw := u.Measure(status, widget.SansBold, size)
		u.TextRight(inner.X+w, y, status, widget.SansBold, size, scol)
		var tags []string
		if !s.Human(p) {
			tags = append(tags, i18n.T("table.tag.ai"))
		}
		if v.Calling(p) {
			tags = append(tags, i18n.T("table.tag.calling"))
		}
		var mine []string
		for _, c := range commits {
			if c.Party == p {
				mine = append(mine, t.d.Press(p, rules.Press{Kind: rules.Commit, Slot: c.Slot, Option: c.Option, Stance: c.Stance}))
			}
		}
		if len(mine) > 0 {
			tags = append(tags, i18n.T("table.tag.commitments", "n", len(mine)))
		}
		if tr := v.Trust(p); tr < 100 {
			tags = append(tags, i18n.T("table.tag.trust", "n", tr))
		}
		// The name, then as many of its tags as fit on the same line; the
		// rest wrap on the lines below: nothing is cut short.
		nameW := w - 22 - sw - 8
		nw := u.Measure(party.Name, widget.SansBold, size)
		if nw <= nameW {
			u.Text(inner.X+22, y, party.Name, widget.SansBold, size, th.Text)
			n := 0
			for n < len(tags) && nw+12+u.Measure(strings.Join(tags[:n+1], " · "), widget.Sans, small) <= nameW {
				n++
			}
			if n > 0 {
				u.Text(inner.X+22+nw+12, y+widget.LineHeight(size)-widget.LineHeight(small)-1, strings.Join(tags[:n], " · "), widget.Sans, small, th.TextMuted)
				tags = tags[n:]
			}
			y += widget.LineHeight(size)
		} else {
			y += u.Para(inner.X+22, y, nameW, party.Name, widget.SansBold, size, th.Text)
		}
		if len(tags) > 0 {
			y += u.Para(inner.X+22, y, w-22, strings.Join(tags, " · "), widget.Sans, small, th.TextMuted)
		}
		for _, pub := range party.Publics {
			y = t.pollRow(u, v, p, pub, inner.X+22, y, w-22)
		}
		row := widget.R(inner.X, rowY, w, y-rowY)
		if hot, _ := u.Interact("party."+party.ID, row); hot {
			tip := party.Name
			if len(mine) > 0 {
				tip += "\n" + strings.Join(mine, "\n")
			}
			tip += "\n" + i18n.T("table.tip.trust", "n", v.Trust(p))
			u.TipFor("party."+party.ID, row, tip)
		}
		if u.Focused("party." + party.ID) {
			u.FocusRing(row)
		}
		y += 4
	}
	u.EndScroll(y)
}

// pollRow draws one public as a bar: its name, a bar of its support in
// its delegation's colour with the threshold its vote needs marked, and
// the figure with ✓ or ✗ (the symbol says it, not a colour alone). On one
// line when the name fits in half the width, else the name wraps above
// the bar: never cut short.
func (t *tableScene) pollRow(u *widget.UI, v rules.View, p, pub int, x, y, w float64) float64 {
	th := u.Th
	sc := t.s.Scenario()
	small := u.Size(theme.Small)
	thr := threshold(sc, v, p, pub)
	val := rules.Tenths(v.Support(pub), false) + "%"
	vcol := th.Text
	switch {
	case thr < 0:
	case v.Support(pub) >= thr*10:
		val, vcol = "✓ "+val, th.Good
	default:
		val, vcol = "✗ "+val, th.Bad
	}
	valW := u.Measure(val, widget.SansBold, small)
	// The name on the left (wrapped, never cut, when the figure leaves
	// too little room), the figure on the right, the bar under both.
	name := sc.Publics[pub].Name
	u.TextRight(x+w, y, val, widget.SansBold, small, vcol)
	y += u.Para(x, y, w-valW-10, name, widget.Sans, small, th.Text)
	// The bar sits in the foot of the line box, below the letters.
	pollBar(u, widget.R(x, y-3, w, 6), v.Support(pub), thr, th.Party(p))
	return y + 5
}

// pollBar draws support (tenths) as a bar in the delegation's colour on
// a track outlined in the line colour, with the threshold (whole points,
// -1 for none) as a tall mark in the text colour: readable in both themes.
func pollBar(u *widget.UI, r widget.Rect, support, thr int, col color.RGBA) {
	th := u.Th
	u.Fill(r, th.Track)
	u.Stroke(r, 1, th.Line)
	u.Fill(widget.R(r.X, r.Y, r.W*min(max(float64(support)/1000, 0), 1), r.H), col)
	if thr >= 0 {
		mx := r.X + r.W*min(float64(thr)/100, 1)
		u.Fill(widget.R(mx-1.5, r.Y-3, 3, r.H+6), th.Text)
	}
}

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
	text, present := v.Text(), v.Present()
	best := -1
	for d := range sc.Documents {
		f := sc.DocumentForm(d, text, present)
		for i, req := range sc.Parties[p].Ratification[f] {
			if req.Public == pub {
				best = max(best, v.Threshold(p, f, i))
			}
		}
	}
	return best
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
		u.TextFit(inner.X+22, y, w-22-sw-8, party.Name, widget.SansBold, size, th.Text)
		u.TextRight(inner.X+w, y, status, widget.SansBold, size, scol)
		y += widget.LineHeight(size)
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
		if len(tags) > 0 {
			u.TextFit(inner.X+22, y, w-22, strings.Join(tags, " · "), widget.Sans, small, th.TextMuted)
			y += widget.LineHeight(small)
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
		y += 12
	}
	u.EndScroll(y)
}

// pollRow draws one public: name, trend line, support and a bar with
// the ratification threshold marked.
func (t *tableScene) pollRow(u *widget.UI, v rules.View, p, pub int, x, y, w float64) float64 {
	th := u.Th
	sc := t.s.Scenario()
	small := u.Size(theme.Small)
	val := rules.Tenths(v.Support(pub), false) + "%"
	vw := u.Measure(val, widget.SansBold, small)
	u.TextFit(x, y, w-vw-10, sc.Publics[pub].Name, widget.Sans, small, th.Text)
	u.TextRight(x+w, y, val, widget.SansBold, small, th.Text)
	y += widget.LineHeight(small)
	// The trend of the polls beside the bar.
	sparkW := 44.0
	sparkline(u, v.Polls(pub), widget.R(x+w-sparkW, y-3, sparkW, 16), th.TextMuted)
	w -= sparkW + 10
	thr := threshold(sc, v, p, pub)
	marker := -1.0
	col := th.Accent
	if thr >= 0 {
		marker = float64(thr)
		if v.Support(pub) < thr*10 {
			col = th.Bad
		} else {
			col = th.Good
		}
	}
	u.Bar(widget.R(x, y+2, w, 9), float64(v.Support(pub))/10, 100, col, marker, th.Text)
	return y + 18
}

// sparkline draws a poll series (tenths) as a small line in r, 0–100.
func sparkline(u *widget.UI, series []int, r widget.Rect, c color.RGBA) {
	// Scale to the series, with at least ten points of range, so a
	// trend shows even in a small box.
	lo, hi := series[0], series[0]
	for _, v := range series {
		lo, hi = min(lo, v), max(hi, v)
	}
	if hi-lo < 100 {
		mid := (hi + lo) / 2
		lo, hi = mid-50, mid+50
	}
	yOf := func(v int) float64 { return r.Bottom() - r.H*float64(v-lo)/float64(hi-lo) }
	if len(series) < 2 {
		u.Line(r.X, yOf(series[0]), r.Right(), yOf(series[0]), 2, c)
		return
	}
	n := float64(len(series) - 1)
	for i := 1; i < len(series); i++ {
		x0 := r.X + r.W*float64(i-1)/n
		x1 := r.X + r.W*float64(i)/n
		u.Line(x0, yOf(series[i-1]), x1, yOf(series[i]), 2, c)
	}
}

package ui

import (
	"image/color"

	"bindingwords/game/i18n"
	"bindingwords/game/report"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// A cellData is one public on the polls screen: its polls, and the
// support its vote at home needed at each of them.
type cellData struct {
	pub, party  int
	name, owner string
	// values are the polls (tenths), from the start to the round shown.
	values []int
	// needs is the threshold (whole points) at each poll, -1 where the
	// public had no vote on the draft: news can move it mid-game.
	needs   []int
	reasons []string
}

// pollCells gathers every public of the delegations taking part, in the
// table's order, with its polls up to round upto.
func pollCells(sc *rules.PublicScenario, v rules.View, upto int) []cellData {
	var out []cellData
	for _, p := range v.Parties() {
		for _, pub := range sc.Parties[p].Publics {
			polls := v.Polls(pub)
			polls = polls[:min(len(polls), upto+1)]
			out = append(out, cellData{pub: pub, party: p, name: sc.Publics[pub].Name, owner: sc.Parties[p].Name,
				values: polls, needs: thresholdHistory(sc, v, p, pub, len(polls))})
		}
	}
	return out
}

// thresholdHistory is the threshold of party p's public pub at each of n
// polls, for the legal form the draft has now, as news moved it: the
// report's [report.ThresholdSteps], so the polls screen and the debrief
// draw the same bar. It is -1 throughout when the public has no vote on
// the draft.
func thresholdHistory(sc *rules.PublicScenario, v rules.View, p, pub, n int) []int {
	if _, form := thresholdForm(sc, v, p, pub); form >= 0 {
		for i, req := range sc.Parties[p].Ratification[form] {
			if req.Public == pub {
				return report.ThresholdSteps(sc, v.Events(), p, form, i, n)
			}
		}
	}
	out := make([]int, n)
	for k := range out {
		out[k] = -1
	}
	return out
}

// pollCellHeight is the height pollCell takes at width w.
func pollCellHeight(u *widget.UI, c cellData, w float64) float64 {
	return pollCellLayout(u, c, widget.R(0, 0, w, 0), false)
}

// pollCell draws one public as a small chart of its own: its delegation's
// colour, its name, its support now and the change since the last poll,
// how far it is from what its vote needs (with a symbol, not colour
// alone), its polls as a line against the threshold as it moved, and what
// moved it this round.
func pollCell(u *widget.UI, c cellData, r widget.Rect) {
	pollCellLayout(u, c, r, true)
}

// pollCellLayout lays out a cell, drawing it when draw is set, and
// returns its height: one walk for measuring and drawing, so the two
// cannot disagree. Every text wraps; none is cut short.
func pollCellLayout(u *widget.UI, c cellData, r widget.Rect, draw bool) float64 {
	th := u.Th
	body, small, large := u.Size(theme.Body), u.Size(theme.Small), u.Size(theme.Large)
	col := th.Party(c.party)
	if draw {
		u.Fill(r, th.Surface)
		u.Stroke(r, 1, th.Line)
		u.Fill(widget.R(r.X, r.Y, r.W, 6), col)
	}
	const pad = 12.0
	x, w := r.X+pad, r.W-2*pad
	y := r.Y + 6 + 8
	para := func(s string, f widget.Font, size float64, cl color.RGBA) {
		if draw {
			y += u.Para(x, y, w, s, f, size, cl)
		} else {
			y += u.ParaHeight(w, s, f, size)
		}
	}
	// The public's name, and its delegation's after it when both fit on
	// one line, else below it.
	if nw := u.Measure(c.name, widget.SansBold, body); nw+12+u.Measure(c.owner, widget.Sans, small) <= w {
		if draw {
			u.Text(x, y, c.name, widget.SansBold, body, th.Text)
			u.Text(x+nw+12, y+widget.LineHeight(body)-widget.LineHeight(small)-1, c.owner, widget.Sans, small, th.TextMuted)
		}
		y += widget.LineHeight(body)
	} else {
		para(c.name, widget.SansBold, body, th.Text)
		para(c.owner, widget.Sans, small, th.TextMuted)
	}
	now := c.values[len(c.values)-1]
	val := rules.Tenths(now, false) + "%"
	change := ""
	if len(c.values) > 1 {
		change = i18n.T("polls.cell.change", "delta", rules.Tenths(now-c.values[len(c.values)-2], true))
	}
	vw := u.Measure(val, widget.SansBold, large)
	if draw {
		u.Text(x, y, val, widget.SansBold, large, th.Text)
	}
	if change != "" && vw+12+u.Measure(change, widget.Sans, body) <= w {
		if draw {
			u.Text(x+vw+12, y+widget.LineHeight(large)-widget.LineHeight(body)-1, change, widget.Sans, body, th.Text)
		}
		y += widget.LineHeight(large)
	} else {
		y += widget.LineHeight(large)
		if change != "" {
			para(change, widget.Sans, small, th.TextMuted)
		}
	}
	need := c.needs[len(c.needs)-1]
	switch {
	case need < 0:
		para(i18n.T("polls.cell.novote"), widget.Sans, small, th.TextMuted)
	case now >= need*10:
		para(i18n.T("polls.cell.above", "n", need, "by", rules.Tenths(now-need*10, false)), widget.SansBold, small, th.Good)
	default:
		para(i18n.T("polls.cell.short", "n", need, "by", rules.Tenths(need*10-now, false)), widget.SansBold, small, th.Bad)
	}
	y += widget.LineHeight(small) / 2
	chartH := 64.0
	if draw {
		miniChart(u, c, widget.R(x, y, w, chartH), col)
	}
	y += chartH + widget.LineHeight(small) + 8
	for _, s := range c.reasons {
		if draw {
			y += bullet(u, x, y, w, s, widget.Sans, small, th.TextMuted)
		} else {
			y += u.ParaHeight(w-22, s, widget.Sans, small)
		}
	}
	return y + pad - r.Y
}

// miniChart draws a public's polls in r as a line in its delegation's
// colour, with the threshold its vote needed at each poll as a dashed
// line in the text colour, on a scale fitted to both (at least twenty
// points high) so a change of one or two points shows. The scale's ends
// are written on the left, the polls' numbers under the line.
func miniChart(u *widget.UI, c cellData, r widget.Rect, col color.RGBA) {
	th := u.Th
	small := u.Size(theme.Small)
	lo, hi := c.values[0], c.values[0]
	for i, v := range c.values {
		lo, hi = min(lo, v), max(hi, v)
		if c.needs[i] >= 0 {
			lo, hi = min(lo, c.needs[i]*10), max(hi, c.needs[i]*10)
		}
	}
	lo, hi = max(0, (lo-30)/50*50), min(1000, (hi+79)/50*50)
	if hi-lo < 200 {
		hi = min(1000, lo+200)
		lo = hi - 200
	}
	lw := u.Measure("100", widget.Sans, small) + 8
	plot := widget.R(r.X+lw, r.Y+4, r.W-lw-8, r.H-8)
	u.Fill(plot, th.SurfaceAlt)
	u.TextRight(plot.X-6, plot.Y-widget.LineHeight(small)/2+2, rules.Tenths(hi, false), widget.Sans, small, th.TextMuted)
	u.TextRight(plot.X-6, plot.Bottom()-widget.LineHeight(small)/2-2, rules.Tenths(lo, false), widget.Sans, small, th.TextMuted)
	n := len(c.values)
	xOf := func(i int) float64 {
		if n == 1 {
			return plot.X + plot.W/2
		}
		return plot.X + 10 + (plot.W-20)*float64(i)/float64(n-1)
	}
	yOf := func(v int) float64 { return plot.Bottom() - plot.H*float64(v-lo)/float64(hi-lo) }
	// The threshold: one dashed stretch per run of polls at the same
	// value, with a step where news moved it.
	for i := 0; i < n; {
		j := i
		for j+1 < n && c.needs[j+1] == c.needs[i] {
			j++
		}
		if c.needs[i] >= 0 {
			x0, x1 := plot.X, plot.Right()
			if i > 0 {
				x0 = (xOf(i-1) + xOf(i)) / 2
			}
			if j < n-1 {
				x1 = (xOf(j) + xOf(j+1)) / 2
			}
			y := yOf(c.needs[i] * 10)
			styledLine(u, x0, y, x1, y, 2, th.Text, dashed)
			if i > 0 && c.needs[i-1] >= 0 {
				u.Line(x0, yOf(c.needs[i-1]*10), x0, y, 2, th.Text)
			}
		}
		i = j + 1
	}
	for i := range n {
		y := yOf(c.values[i])
		if i > 0 {
			u.Line(xOf(i-1), yOf(c.values[i-1]), xOf(i), y, 3, col)
		}
		u.Dot(xOf(i), y, 4.5, col)
		u.TextCenter(xOf(i), plot.Bottom()+4, itoa(i), widget.Sans, small, th.TextMuted)
	}
}

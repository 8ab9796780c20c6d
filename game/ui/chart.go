package ui

import (
	"image/color"
	"math"
	"strconv"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// lineStyle tells a delegation's publics apart on a chart: its first
// public is a solid line, its second dashed, its third dotted. Colour
// says the delegation, the style says which of its publics.
type lineStyle uint8

const (
	solid lineStyle = iota
	dashed
	dotted
)

// A series is one line of a poll chart: one public.
type series struct {
	values []int // tenths
	col    color.RGBA
	style  lineStyle
	label  string
	// threshold is what the public must reach to ratify the draft as it
	// stands, in whole points, or -1 when it has no vote on it.
	threshold int
	// bars, when set, is that threshold at each poll, as news moved it:
	// the debrief draws it across the chart where it changed.
	bars []int
}

// pollSeries gathers every public of the delegations taking part, with
// its polls up to the given poll (all of them when upto < 0) and its
// ratification threshold for the draft as it stands.
func pollSeries(th *theme.Theme, sc *rules.PublicScenario, v rules.View, upto int) []series {
	var out []series
	for _, p := range v.Parties() {
		for i, pub := range sc.Parties[p].Publics {
			polls := v.Polls(pub)
			if upto >= 0 {
				polls = polls[:min(len(polls), upto+1)]
			}
			out = append(out, series{values: polls, col: th.Party(p), style: lineStyle(min(i, 2)),
				label: sc.Publics[pub].Name, threshold: threshold(sc, v, p, pub)})
		}
	}
	return out
}

// styledLine draws a line in a series' style.
func styledLine(u *widget.UI, x0, y0, x1, y1, w float64, c color.RGBA, st lineStyle) {
	if st == solid {
		u.Line(x0, y0, x1, y1, w, c)
		return
	}
	on, off := 12.0, 7.0
	if st == dotted {
		on, off = w, 6
	}
	dx, dy := x1-x0, y1-y0
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	for d := 0.0; d < n; d += on + off {
		e := min(d+on, n)
		if st == dotted {
			u.Dot(x0+dx*d/n, y0+dy*d/n, w/2+0.5, c)
			continue
		}
		u.Line(x0+dx*d/n, y0+dy*d/n, x0+dx*e/n, y0+dy*e/n, w, c)
	}
}

// pollChart draws support (tenths, 0–100 points) over the polls, one line
// per public, with a grid every 25 points and the polls numbered. Each
// public's ratification threshold is a short mark in its colour and style
// on the right edge, beside the scale.
func pollChart(u *widget.UI, r widget.Rect, lines []series, from int) {
	th := u.Th
	small := u.Size(theme.Small)
	u.Fill(r, th.SurfaceAlt)
	lw := u.Measure("100", widget.Sans, small) + 12
	const markW = 30
	plot := widget.R(r.X+lw, r.Y+14, r.W-lw-markW-18, r.H-widget.LineHeight(small)-24)
	for v := 0; v <= 100; v += 25 {
		y := plot.Bottom() - plot.H*float64(v)/100
		u.Fill(widget.R(plot.X, y, plot.W, 1), th.Line)
		u.TextRight(plot.X-6, y-widget.LineHeight(small)/2, strconv.Itoa(v), widget.Sans, small, th.TextMuted)
	}
	// The thresholds' column: a mark per public at the support it needs.
	mx := plot.Right() + 10
	u.Fill(widget.R(mx-4, plot.Y, 1, plot.H), th.Line)
	for _, s := range lines {
		if s.threshold >= 0 {
			y := plot.Bottom() - plot.H*float64(s.threshold)/100
			styledLine(u, mx, y, mx+markW-6, y, 4, s.col, s.style)
		}
	}
	n := 0
	for _, s := range lines {
		n = max(n, len(s.values))
	}
	if n == 0 {
		return
	}
	xOf := func(i int) float64 {
		if n == 1 {
			return plot.X + plot.W/2
		}
		return plot.X + plot.W*float64(i)/float64(n-1)
	}
	for i := range n {
		u.TextCenter(xOf(i), plot.Bottom()+6, strconv.Itoa(i+from), widget.Sans, small, th.TextMuted)
	}
	for _, s := range lines {
		drawBars(u, plot, s, xOf)
	}
	for _, s := range lines {
		for i := range s.values {
			y := plot.Bottom() - plot.H*float64(s.values[i])/1000
			if i > 0 {
				y0 := plot.Bottom() - plot.H*float64(s.values[i-1])/1000
				styledLine(u, xOf(i-1), y0, xOf(i), y, 3, s.col, s.style)
			}
			u.Dot(xOf(i), y, 4, s.col)
		}
	}
}

// drawBars draws a bar that changed over the game as a thin dotted step
// line across the plot, level around each poll and stepping halfway to
// the poll that first felt the change, broken where the draft needed no
// vote (-1). A bar that never changed is only the mark on the right edge.
func drawBars(u *widget.UI, plot widget.Rect, s series, xOf func(int) float64) {
	changed := false
	for _, b := range s.bars {
		changed = changed || b != s.bars[len(s.bars)-1]
	}
	if !changed {
		return
	}
	yOf := func(v int) float64 { return plot.Bottom() - plot.H*float64(v)/100 }
	for r, v := range s.bars {
		if v < 0 {
			continue
		}
		from, to := xOf(r), plot.Right()
		if r > 0 {
			from = (xOf(r-1) + xOf(r)) / 2
			if prev := s.bars[r-1]; prev >= 0 && prev != v {
				styledLine(u, from, yOf(prev), from, yOf(v), 3, s.col, dotted)
			}
		}
		if r+1 < len(s.bars) {
			to = (xOf(r) + xOf(r+1)) / 2
		}
		styledLine(u, from, yOf(v), to, yOf(v), 3, s.col, dotted)
	}
}

// pollLegend explains a chart's lines in columns: each public's line
// sample, its name and the threshold it must reach. It returns its height.
func pollLegend(u *widget.UI, x, y, w float64, lines []series, cols int) float64 {
	th := u.Th
	small := u.Size(theme.Small)
	lh := widget.LineHeight(small) + 2
	colW := w / float64(cols)
	rows := (len(lines) + cols - 1) / cols
	for i, s := range lines {
		cx := x + colW*float64(i/rows)
		cy := y + lh*float64(i%rows)
		styledLine(u, cx, cy+lh/2, cx+34, cy+lh/2, 3, s.col, s.style)
		label := s.label
		switch {
		case s.threshold >= 0 && len(s.bars) > 0 && s.bars[0] >= 0 && s.bars[0] != s.threshold:
			label = i18n.T("chart.legend.moved", "public", s.label, "n", s.threshold, "from", s.bars[0])
		case s.threshold >= 0:
			label = i18n.T("chart.legend.needs", "public", s.label, "n", s.threshold)
		}
		u.TextFit(cx+44, cy, colW-52, label, widget.Sans, small, th.Text)
	}
	return float64(rows) * lh
}

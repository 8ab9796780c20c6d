package ui

import (
	"image/color"
	"strconv"

	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// A series is one line of a poll chart.
type series struct {
	values []int // tenths
	col    color.RGBA
}

// pollChart draws support (tenths, 0–100 points) over the polls, one line
// per public, with a grid every 25 points and the polls numbered.
func pollChart(u *widget.UI, r widget.Rect, lines []series, from int) {
	th := u.Th
	small := u.Size(theme.Small)
	u.Fill(r, th.SurfaceAlt)
	lw := u.Measure("100", widget.Sans, small) + 12
	plot := widget.R(r.X+lw, r.Y+14, r.W-lw-18, r.H-widget.LineHeight(small)-24)
	for v := 0; v <= 100; v += 25 {
		y := plot.Bottom() - plot.H*float64(v)/100
		u.Fill(widget.R(plot.X, y, plot.W, 1), th.Line)
		u.TextRight(plot.X-6, y-widget.LineHeight(small)/2, strconv.Itoa(v), widget.Sans, small, th.TextMuted)
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
		for i := range s.values {
			y := plot.Bottom() - plot.H*float64(s.values[i])/1000
			if i > 0 {
				y0 := plot.Bottom() - plot.H*float64(s.values[i-1])/1000
				u.Line(xOf(i-1), y0, xOf(i), y, 3, s.col)
			}
			u.Dot(xOf(i), y, 4, s.col)
		}
	}
}

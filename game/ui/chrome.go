package ui

import (
	"image/color"

	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// margin is the space around every screen's content.
const margin = 32

// screenFrame draws a screen's heading and returns the area below it.
func screenFrame(u *widget.UI, title, sub string) widget.Rect {
	size := u.Size(theme.Head)
	y := float64(margin - 6)
	u.Text(margin, y, title, widget.SansBold, size, u.Th.Text)
	y += widget.LineHeight(size)
	if sub != "" {
		s := u.Size(theme.Body)
		u.TextFit(margin, y, u.W-2*margin, sub, widget.Sans, s, u.Th.TextMuted)
		y += widget.LineHeight(s)
	}
	u.Fill(widget.R(margin, y+6, u.W-2*margin, 2), u.Th.Line)
	y += 20
	return widget.R(margin, y, u.W-2*margin, u.H-y-margin)
}

// partyColour is the delegation's colour in the current theme.
func partyColour(u *widget.UI, p int) *color.RGBA {
	c := u.Th.Party(p)
	return &c
}

// footerButtons lays out buttons right-aligned along the bottom of r and
// returns their rectangles, left to right.
func footerButtons(r widget.Rect, widths ...float64) []widget.Rect {
	const h, gap = 52, 14
	total := 0.0
	for _, w := range widths {
		total += w + gap
	}
	x := r.Right() - total + gap
	out := make([]widget.Rect, len(widths))
	for i, w := range widths {
		out[i] = widget.R(x, r.Bottom()-h, w, h)
		x += w + gap
	}
	return out
}

// bullet draws a bulleted paragraph and returns its height.
func bullet(u *widget.UI, x, y, w float64, s string, f widget.Font, size float64, c color.RGBA) float64 {
	u.Text(x, y, "•", f, size, u.Th.Accent)
	return u.Para(x+22, y, w-22, s, f, size, c)
}

package widget

import (
	"image/color"

	"bindingwords/game/ui/theme"
)

// ButtonStyle says how a button looks and behaves.
type ButtonStyle struct {
	Primary  bool
	Disabled bool
	Selected bool
	// Left aligns the label left instead of centring it.
	Left bool
	// Tip is shown while the button is hovered or focused.
	Tip string
	// Chip draws a colour swatch before the label.
	Chip *color.RGBA
}

// Button draws a button and reports whether it was pressed. A disabled
// button can still be focused, so its tooltip can say why it is disabled.
func (u *UI) Button(id string, r Rect, label string, st ButtonStyle) bool {
	hot, act := u.Interact(id, r)
	th := u.Th
	bg, fg := th.Button, th.ButtonText
	switch {
	case st.Disabled:
		bg, fg = th.Disabled, th.DisabledText
	case st.Primary && hot:
		bg, fg = th.PrimaryHover, th.PrimaryText
	case st.Primary:
		bg, fg = th.Primary, th.PrimaryText
	case st.Selected:
		bg = th.Selected
	case hot:
		bg = th.ButtonHover
	}
	if act && !st.Disabled && u.In.Held {
		bg = th.Selected
	}
	u.Fill(r, bg)
	switch {
	case st.Disabled:
		u.Stroke(r, 1, th.Line)
	case th.ButtonEdge.A > 0 && !st.Primary:
		u.Stroke(r, 2, th.ButtonEdge)
	}
	if st.Selected {
		u.Fill(Rect{r.X, r.Y, 5, r.H}, th.Accent)
	}
	size := u.Size(theme.Body)
	font := Sans
	if st.Primary {
		font = SansBold
	}
	pad := 14.0
	x := r.X + pad
	if st.Chip != nil {
		u.Fill(Rect{x, r.Y + r.H/2 - 8, 16, 16}, *st.Chip)
		x += 26
	}
	avail := r.Right() - pad - x
	ty := r.Y + (r.H-LineHeight(size))/2
	text := u.Fonts.Fit(label, font, size, avail)
	if st.Left || st.Chip != nil {
		u.Text(x, ty, text, font, size, fg)
	} else {
		u.TextCenter(x+avail/2, ty, text, font, size, fg)
	}
	if u.Focused(id) {
		u.FocusRing(r)
	}
	u.TipFor(id, r, st.Tip)
	return act && !st.Disabled
}

// WrapHeight is the height a [UI.WrapButton] of width w needs for label.
func (u *UI) WrapHeight(label string, w float64) float64 {
	size := u.Size(theme.Small)
	return max(44, u.ParaHeight(w-28, label, Sans, size)+14)
}

// WrapButton is a left-aligned button whose label wraps over as many
// lines as it needs, for wordings too long to cut short.
func (u *UI) WrapButton(id string, r Rect, label string, st ButtonStyle) bool {
	hot, act := u.Interact(id, r)
	th := u.Th
	bg, fg := th.Button, th.ButtonText
	switch {
	case st.Disabled:
		bg, fg = th.Disabled, th.DisabledText
	case st.Selected:
		bg = th.Selected
	case hot:
		bg = th.ButtonHover
	}
	u.Fill(r, bg)
	if th.ButtonEdge.A > 0 && !st.Disabled {
		u.Stroke(r, 2, th.ButtonEdge)
	}
	if st.Selected {
		u.Fill(Rect{r.X, r.Y, 5, r.H}, th.Accent)
	}
	size := u.Size(theme.Small)
	u.Para(r.X+14, r.Y+7, r.W-28, label, Sans, size, fg)
	if u.Focused(id) {
		u.FocusRing(r)
	}
	u.TipFor(id, r, st.Tip)
	return act && !st.Disabled
}

// Choice draws "label    ◀ value ▶" and returns −1 or +1 when the player
// steps the value (arrows while focused, or a click on either half).
func (u *UI) Choice(id string, r Rect, label, value, tip string, chip *color.RGBA) int {
	hot, act := u.Interact(id, r)
	th := u.Th
	bg := th.Surface
	if hot {
		bg = th.ButtonHover
	}
	u.Fill(r, bg)
	if th.ButtonEdge.A > 0 {
		u.Stroke(r, 2, th.ButtonEdge)
	}
	size := u.Size(theme.Body)
	ty := r.Y + (r.H-LineHeight(size))/2
	x := r.X + 14
	if chip != nil {
		u.Fill(Rect{x, r.Y + r.H/2 - 8, 16, 16}, *chip)
		x += 26
	}
	// The value takes up to 45% of the row, or more when the label is
	// short and the value would otherwise be cut (a scenario's title).
	valW := min(r.W*0.45, 300)
	if need := u.Measure(value, SansBold, size) + 84; need > valW {
		valW = max(valW, min(need, r.Right()-x-u.Measure(label, Sans, size)-30))
	}
	u.TextFit(x, ty, r.Right()-valW-x-10, label, Sans, size, th.Text)
	vx := r.Right() - valW
	u.Text(vx, ty, "◀", Sans, size, th.Accent)
	u.TextCenter(vx+valW/2, ty, u.Fonts.Fit(value, SansBold, size, valW-60), SansBold, size, th.Text)
	u.TextRight(r.Right()-12, ty, "▶", Sans, size, th.Accent)
	step := 0
	if act {
		step = 1
		if !u.In.Activate && !u.In.Space && u.In.X < vx+valW/2 {
			step = -1
		}
	}
	if u.Focused(id) {
		if u.In.Left {
			step = -1
		}
		if u.In.Right {
			step = 1
		}
		u.FocusRing(r)
	}
	u.TipFor(id, r, tip)
	if step != 0 {
		u.again = true
	}
	return step
}

// Panel fills r as a surface and draws a heading; it returns the area
// below the heading.
func (u *UI) Panel(r Rect, title string) Rect {
	u.Fill(r, u.Th.Surface)
	if title == "" {
		return r.Inset(12)
	}
	size := u.Size(theme.Small)
	u.Text(r.X+12, r.Y+8, title, SansBold, size, u.Th.TextMuted)
	head := LineHeight(size) + 12
	return Rect{r.X + 12, r.Y + head, r.W - 24, r.H - head - 10}
}

// Bar draws a horizontal bar of value 0–max in r, with an optional marker.
func (u *UI) Bar(r Rect, value, maxv float64, fill color.RGBA, marker float64, markerC color.RGBA) {
	// The track is a dark trough outlined in the line colour, so in high
	// contrast (white lines) the bar is not a white slab.
	u.Fill(r, u.Th.Track)
	u.Stroke(r, 1, u.Th.Line)
	w := r.W * min(max(value/maxv, 0), 1)
	u.Fill(Rect{r.X, r.Y, w, r.H}, fill)
	if marker >= 0 {
		mx := r.X + r.W*min(marker/maxv, 1)
		u.Fill(Rect{mx - 1.5, r.Y - 4, 3, r.H + 8}, markerC)
	}
}

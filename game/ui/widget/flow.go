package widget

import (
	"image/color"
	"strings"
)

// Flow sets s word by word starting at (x, y) and wrapping back to x0 at
// x0+w, so differently styled pieces can follow one another in one
// paragraph. It returns where the next piece starts.
func (u *UI) Flow(x0, x, y, w float64, s string, f Font, size float64, c color.RGBA) (float64, float64) {
	space := u.Measure(" ", f, size)
	lh := LineHeight(size)
	for i, word := range strings.Fields(s) {
		ww := u.Measure(word, f, size)
		sp := space
		if x == x0 || (i == 0 && !strings.HasPrefix(s, " ")) {
			sp = 0
		}
		if x+sp+ww > x0+w && x > x0 {
			x, y, sp = x0, y+lh, 0
		}
		u.Text(x+sp, y, word, f, size, c)
		x += sp + ww
	}
	return x, y
}

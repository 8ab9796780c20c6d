package ui

import (
	"image/color"
	"math"

	qr "github.com/piglig/go-qr"

	"bindingwords/game/ui/widget"
)

// qrQuiet is the light margin around a QR symbol, in modules: the four
// the standard asks for, without which phones fail to find the code.
const qrQuiet = 4

// A qrCode is a join address as a QR symbol. The library (a port of
// Nayuki's generator) stays behind this type, so the scenes speak of
// modules and runs, not of its API.
type qrCode struct {
	size int
	// runs are the dark modules, row by row, each horizontal stretch of
	// them as one rectangle in module units (without the quiet zone):
	// the few hundred fills a frame draws instead of a thousand squares.
	runs []qrRun
}

// A qrRun is a horizontal stretch of dark modules: row y, from x, n wide.
type qrRun struct{ x, y, n int }

// newQR encodes text at the medium error-correction level: a code
// photographed from the back of a room, slightly askew or with a glare
// on the screen, still reads. An upper-case address (see host.JoinURL)
// fits the alphanumeric mode, which makes a smaller symbol with larger
// modules at the same size on screen.
func newQR(text string) (*qrCode, error) {
	c, err := qr.EncodeText(text, qr.Medium)
	if err != nil {
		return nil, err
	}
	q := &qrCode{size: c.Size()}
	for y := range q.size {
		for x := 0; x < q.size; {
			if !c.Module(x, y) {
				x++
				continue
			}
			start := x
			for x < q.size && c.Module(x, y) {
				x++
			}
			q.runs = append(q.runs, qrRun{start, y, x - start})
		}
	}
	return q, nil
}

// version is the symbol's version (1 to 40): 21 modules a side for 1,
// four more for each version after.
func (q *qrCode) version() int { return (q.size - 17) / 4 }

// span is the side of the symbol with its quiet zone, in modules.
func (q *qrCode) span() int { return q.size + 2*qrQuiet }

// qrPlace is where a symbol goes on screen: its top-left corner and the
// side of one module, in logical pixels, chosen so that on the physical
// screen every module is a whole number of pixels and starts on a pixel.
type qrPlace struct{ x, y, module float64 }

// place fits the symbol with its quiet zone into a square of side at most
// side logical pixels at (x, y), for the screen scale s (physical pixels
// per logical one). A module is never less than two physical pixels; the
// result may then exceed side a little, which is better than a code no
// phone can read. Blurred edges would be worse still: a module of 3.6
// pixels drawn as 3 or 4 pixels at random confuses some readers.
func (q *qrCode) place(x, y, side, s float64) qrPlace {
	if s <= 0 {
		s = 1
	}
	m := max(2, math.Floor(side*s/float64(q.span())))
	return qrPlace{x: math.Round(x*s) / s, y: math.Round(y*s) / s, module: m / s}
}

// side is the placed symbol's side with its quiet zone, in logical pixels.
func (p qrPlace) side(q *qrCode) float64 { return p.module * float64(q.span()) }

// draw paints the symbol dark on white with its quiet zone, whatever the
// theme: scanners expect dark modules on a light ground, and the high
// contrast theme's black background would otherwise eat the quiet zone.
func (q *qrCode) draw(u *widget.UI, p qrPlace) {
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	black := color.RGBA{0, 0, 0, 0xff}
	u.Fill(widget.R(p.x, p.y, p.side(q), p.side(q)), white)
	for _, r := range q.runs {
		u.Fill(p.rect(r), black)
	}
}

// rect is a run's rectangle on screen.
func (p qrPlace) rect(r qrRun) widget.Rect {
	m := p.module
	return widget.R(p.x+float64(qrQuiet+r.x)*m, p.y+float64(qrQuiet+r.y)*m, float64(r.n)*m, m)
}

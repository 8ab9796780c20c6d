package ui

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"

	qr "github.com/piglig/go-qr"
)

// alphanumericMode is the QR mode indicator of the alphanumeric mode.
const alphanumericMode = 0x2

// raster paints the symbol as the screen does: each run's rectangle
// scaled by s and rounded to whole pixels (the toolkit's fills), over the
// white square with its quiet zone.
func raster(q *qrCode, p qrPlace, s float64) *image.Gray {
	px := func(v float64) int { return int(math.Round(v * s)) }
	x0, y0 := px(p.x), px(p.y)
	side := px(p.x+p.side(q)) - x0
	img := image.NewGray(image.Rect(0, 0, side, side))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for _, r := range q.runs {
		rr := p.rect(r)
		for y := px(rr.Y); y < px(rr.Bottom()); y++ {
			for x := px(rr.X); x < px(rr.Right()); x++ {
				img.SetGray(x-x0, y-y0, color.Gray{})
			}
		}
	}
	return img
}

// The join address the lobby shows reads back from the drawn symbol, in
// the alphanumeric mode, at the screen scales of 1280×720, 1024×768
// (0.8) and 1920×1080 (1.5), with every module a whole number of
// physical pixels starting on a pixel.
func TestQRReadsBackAtEveryScale(t *testing.T) {
	const url = "HTTP://192.168.100.200:8080/KBTR"
	q, err := newQR(url)
	if err != nil {
		t.Fatal(err)
	}
	if q.version() != 2 || q.size != 25 {
		t.Errorf("%s: want version 2 (25 modules), got version %d (%d modules)", url, q.version(), q.size)
	}
	for _, s := range []float64{1, 0.8, 1.5, 1.25} {
		p := q.place(433.3, 217.7, 260, s)
		m := p.module * s
		if m != math.Round(m) || m < 2 {
			t.Errorf("scale %g: module is %g physical pixels, want a whole number ≥ 2", s, m)
		}
		if o := p.x * s; math.Abs(o-math.Round(o)) > 1e-9 {
			t.Errorf("scale %g: symbol starts at x=%g physical, not on a pixel", s, o)
		}
		if p.side(q) > 260+1e-9 {
			t.Errorf("scale %g: symbol is %g wide, more than the 260 asked", s, p.side(q))
		}
		img := raster(q, p, s)
		res, err := qr.DecodeDetailed(img, qr.WithFastPathOnly())
		if err != nil {
			t.Fatalf("scale %g: the drawn symbol does not decode: %v", s, err)
		}
		if res.Text != url {
			t.Errorf("scale %g: decoded %q, want %q", s, res.Text, url)
		}
		if len(res.Segments) != 1 || res.Segments[0].Mode != alphanumericMode {
			t.Errorf("scale %g: want one alphanumeric segment, got %+v", s, res.Segments)
		}
	}
}

// An upper-case address never makes a larger symbol than the same
// address in lower case, and for a typical one a smaller.
func TestQRUpperCaseIsSmaller(t *testing.T) {
	smaller := false
	for _, url := range []string{
		"HTTP://192.168.1.5:8080/KBTR",
		"HTTP://192.168.100.200:8080/KBTR",
		"HTTP://10.0.0.12:8090/ZXQW",
		"HTTP://172.16.254.254:54321/MNPR",
	} {
		up, err := newQR(url)
		if err != nil {
			t.Fatal(err)
		}
		low, err := newQR(strings.ToLower(url))
		if err != nil {
			t.Fatal(err)
		}
		if up.size > low.size {
			t.Errorf("%s: upper case makes %d modules, lower case %d", url, up.size, low.size)
		}
		smaller = smaller || up.size < low.size
	}
	if !smaller {
		t.Error("upper case never made a smaller symbol: is the alphanumeric mode used?")
	}
}

// A module never shrinks below two physical pixels, even in a box too
// small for the symbol: a code no phone can read is no use.
func TestQRModuleFloor(t *testing.T) {
	q, err := newQR("HTTP://192.168.1.5:8080/KBTR")
	if err != nil {
		t.Fatal(err)
	}
	p := q.place(0, 0, 20, 1)
	if p.module != 2 {
		t.Errorf("module %g in a 20-pixel box, want 2", p.module)
	}
}

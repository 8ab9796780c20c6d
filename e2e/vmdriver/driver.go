package main

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/vmhost"
)

type driver struct {
	g      *guest
	guest  *vmhost.GuestSession
	screen *ebiten.Image
	img    *image.RGBA
	rep    Report
	err    error
	done   bool
	// afterPass is set once a pass screen was passed: the table that
	// follows is a human turn. sawAI is set once an AI turn was shown.
	afterPass, sawAI bool
	// s converts the game's logical pixels (a 1280×720 layout scaled to
	// the window) to window pixels.
	s, lw, lh float64
}

func (d *driver) Update() error {
	if d.done {
		return ebiten.Termination
	}
	defer func() { d.done = true }()
	d.screen = ebiten.NewImage(*logicalW, *logicalH)
	if err := d.attach(); err != nil {
		d.err = err
		return ebiten.Termination
	}
	pw, ph := float64(d.screen.Bounds().Dx()), float64(d.screen.Bounds().Dy())
	d.s = min(pw/1280, ph/720)
	d.lw, d.lh = pw/d.s, ph/d.s
	d.err = d.play()
	return ebiten.Termination
}

// attach gives the current guest the screen to draw into.
func (d *driver) attach() error {
	d.guest = d.g.session
	return d.guest.SetOutsideScreen(d.screen)
}

func (d *driver) Draw(*ebiten.Image)                     {}
func (d *driver) Layout(w, h int) (int, int)             { return w, h }
func (d *driver) tick(n int)                             { d.guest.AdvanceTicks(n); d.rep.Ticks += n }
func (d *driver) failf(format string, args ...any) error { return fmt.Errorf(format, args...) }
func (d *driver) logf(format string, args ...any)        { fmt.Fprintf(os.Stderr, format+"\n", args...) }
func (d *driver) at(x, y float64) (float64, float64)     { return x * d.s, y * d.s }
func (d *driver) scene(name string)                      { d.rep.Scenes = append(d.rep.Scenes, name) }
func near(a, b color.RGBA, tol int) bool {
	return abs(int(a.R)-int(b.R)) <= tol && abs(int(a.G)-int(b.G)) <= tol && abs(int(a.B)-int(b.B)) <= tol
}
func abs(v int) int                          { return max(v, -v) }
func rgb(v uint32) color.RGBA                { return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255} }
func (d *driver) px(x, y float64) color.RGBA { return d.img.RGBAAt(int(x*d.s), int(y*d.s)) }

// key presses and releases a key, then lets the game settle.
func (d *driver) key(k ebiten.Key) {
	d.guest.PressKey(k)
	d.tick(1)
	d.guest.ReleaseKey(k)
	d.tick(14)
}

func (d *driver) shiftTab() {
	d.guest.PressKey(ebiten.KeyShiftLeft)
	d.key(ebiten.KeyTab)
	d.guest.ReleaseKey(ebiten.KeyShiftLeft)
	d.tick(1)
}

// click moves the mouse to a point of the 1280×720-based layout and clicks.
func (d *driver) click(x, y float64) {
	d.guest.MoveCursor(d.at(x, y))
	d.tick(2)
	d.guest.PressMouseButton(ebiten.MouseButtonLeft)
	d.tick(1)
	d.guest.ReleaseMouseButton(ebiten.MouseButtonLeft)
	d.tick(14)
	// Move away so hover highlights do not linger in screenshots.
	d.guest.MoveCursor(d.at(d.lw-2, d.lh/2))
	d.tick(2)
}

// frame renders the current state and reads it back.
func (d *driver) frame() error {
	d.guest.AdvanceFrame()
	if !d.guest.WaitFrame() {
		return fmt.Errorf("the game stopped: %v", d.guest.Err())
	}
	if !d.guest.CompositeFrame() {
		return errors.New("compositing the frame failed")
	}
	b := d.screen.Bounds()
	if d.img == nil || d.img.Bounds() != b {
		d.img = image.NewRGBA(b)
	}
	d.screen.ReadPixels(d.img.Pix)
	return nil
}

// shot saves the current frame and checks it is a real screen: many
// colours and plenty of text-coloured pixels, not a blank or a single fill.
func (d *driver) shot(name string) error {
	if err := d.frame(); err != nil {
		return err
	}
	colours := map[color.RGBA]int{}
	light := 0
	b := d.img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			c := d.img.RGBAAt(x, y)
			colours[c]++
			if int(c.R)+int(c.G)+int(c.B) > 600 {
				light++
			}
		}
	}
	if len(colours) < 40 {
		return fmt.Errorf("%s: only %d colours on screen: blank or broken", name, len(colours))
	}
	if light < 150 {
		return fmt.Errorf("%s: almost no text or paper on screen", name)
	}
	return d.save(name)
}

// save writes the frame read last as a screenshot.
func (d *driver) save(name string) error {
	path := filepath.Join(*outDir, *prefix+name+".png")
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := png.Encode(f, d.img); err != nil {
		return err
	}
	d.rep.Shots = append(d.rep.Shots, path)
	d.logf("shot %s", path)
	return nil
}

// The standard theme's colours the checks look for.
var (
	colBg      = rgb(0x1b2230)
	colSurface = rgb(0x252e3f)
	colPaper   = rgb(0xfaf6ec)
	colAccent  = rgb(0x56b4e9)
	colBad     = rgb(0xe8763a)
	colPrimary = rgb(0x0072b2)
)

type kind int

const (
	kOther kind = iota
	kPass
	kTable
	kPolls
	kNews
	kDebrief
)

// isResult tells a vote's public result in hot-seat from the other
// screens that are neither the table nor the polls: a band across the top
// in the "good" (adopted) or "bad" (failed) colour, none below. A private
// brief has a band too, in its delegation's colour, but never shows
// while the game is played on (see playUntil).
func (d *driver) isResult() bool {
	top, bottom := d.px(d.lw/2, 3), d.px(d.lw/2, d.lh-3)
	return (near(top, colAccent, 8) || near(top, colBad, 8)) && near(d.px(d.lw/2, 14), colBg, 8) && near(bottom, colBg, 8)
}

// share is the fraction of pixels in a logical box near colour c.
func (d *driver) share(x0, y0, x1, y1 float64, c color.RGBA) float64 {
	n, hit := 0, 0
	for y := y0; y < y1; y += 3 {
		for x := x0; x < x1; x += 3 {
			n++
			if near(d.px(x, y), c, 6) {
				hit++
			}
		}
	}
	return float64(hit) / float64(max(n, 1))
}

// classify tells the scenes apart by what a player sees: the pass screen's
// coloured bands, the table's paper draft, the polls' chart, the
// debrief's tabs.
func (d *driver) classify() kind {
	top, bottom := d.px(d.lw/2, 3), d.px(d.lw/2, d.lh-3)
	if !near(top, colBg, 8) && near(top, bottom, 4) && near(d.px(10, 3), top, 4) && near(d.px(d.lw-10, d.lh-3), top, 4) {
		return kPass
	}
	if near(d.px(20, 20), colSurface, 6) && d.share(d.lw*0.35, d.lh*0.3, d.lw*0.6, d.lh*0.8, colPaper) > 0.45 {
		return kTable
	}
	if near(d.px(34, 150), colAccent, 10) && d.share(50, 130, 280, 160, rgb(0x2f5f8a)) > 0.5 {
		return kDebrief
	}
	// The polls: a grid of cells on the surface colour under the title.
	if near(d.px(20, 20), colBg, 6) && d.share(40, 150, 300, 420, colSurface) > 0.45 {
		return kPolls
	}
	// A round's news card: the blue "simulated news" strip over paper.
	for y := 0.0; y < d.lh-60; y += 4 {
		if near(d.px(d.lw*0.3, y), colPrimary, 8) && near(d.px(d.lw*0.3, y+50), colPaper, 8) && near(d.px(20, 20), colBg, 6) {
			return kNews
		}
	}
	return kOther
}

// crossFade leaves the screen on show with Enter and checks that the
// frame halfway through the change is a true cross-fade: across the
// screen, wherever the two scenes differ, its pixels lie between the
// scene left and the scene arrived at, not on either, and not on the
// background colour a plain fade would pass through.
func (d *driver) crossFade(name string) error {
	if err := d.frame(); err != nil {
		return err
	}
	from := append([]byte(nil), d.img.Pix...)
	d.guest.PressKey(ebiten.KeyEnter)
	d.tick(1)
	d.guest.ReleaseKey(ebiten.KeyEnter)
	d.tick(5)
	if err := d.frame(); err != nil {
		return err
	}
	mid := append([]byte(nil), d.img.Pix...)
	if err := d.save(name); err != nil {
		return err
	}
	d.tick(30)
	if err := d.frame(); err != nil {
		return err
	}
	to := d.img.Pix
	differ, between := 0, 0
	for i := 0; i+2 < len(mid); i += 4 * 97 {
		a, b, m := int(from[i]), int(to[i]), int(mid[i])
		if abs(a-b) < 60 {
			continue
		}
		differ++
		lo, hi := min(a, b), max(a, b)
		if m > lo+8 && m < hi-8 {
			between++
		}
	}
	if differ < 100 || float64(between) < 0.8*float64(differ) {
		return d.failf("%s: the frame halfway is not a blend of the two scenes (%d of %d differing pixels between them)", name, between, differ)
	}
	d.logf("cross-fade: %d of %d differing pixels blended", between, differ)
	return nil
}

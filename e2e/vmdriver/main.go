// Command vmdriver plays Binding Words from the title screen to the
// debrief with input events only — key presses and mouse clicks — as a
// class would, through Ebitengine's exp/vmhost: the game runs unmodified
// as a guest process, this program is the (hidden) host that injects the
// input and reads every frame back. It checks what is on screen at each
// scene and saves a screenshot of each; it exits non-zero on the first
// failed check. The e2e test runs it under Xvfb; scripts/screenshots.sh
// runs it at several window sizes for docs/screenshots.
//
//	vmdriver -guest ./bindingwords-guest -out shots -w 1280 -h 720
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/vmhost"
)

var (
	guestBin = flag.String("guest", "", "the game built with -tags ebitenginevmguest")
	outDir   = flag.String("out", "shots", "folder for the screenshots and report.json")
	logicalW = flag.Int("w", 1280, "window width")
	logicalH = flag.Int("h", 720, "window height")
	seed     = flag.Uint64("seed", 7, "the game's seed")
	prefix   = flag.String("prefix", "", "prefix of the screenshot names")
)

// Report is what the run saw, written to report.json for the test.
type Report struct {
	Scenes      []string `json:"scenes"`
	Shots       []string `json:"shots"`
	HumanTurns  int      `json:"human_turns"`
	PassScreens int      `json:"pass_screens"`
	Polls       int      `json:"polls"`
	Amended     bool     `json:"amended"`
	Debrief     bool     `json:"debrief"`
	Ticks       int      `json:"ticks"`
	Error       string   `json:"error,omitempty"`
}

type driver struct {
	guest  *vmhost.GuestSession
	screen *ebiten.Image
	img    *image.RGBA
	rep    Report
	err    error
	done   bool
	closed bool
	// s converts the game's logical pixels (a 1280×720 layout scaled to
	// the window) to window pixels.
	s, lw, lh float64
}

func (d *driver) Update() error {
	if d.done {
		return ebiten.Termination
	}
	defer func() {
		d.done = true
		if err := d.guest.Close(); err != nil && d.err == nil {
			d.err = err
		}
		d.closed = true
	}()
	d.screen = ebiten.NewImage(*logicalW, *logicalH)
	if err := d.guest.SetOutsideScreen(d.screen); err != nil {
		d.err = err
		return ebiten.Termination
	}
	pw, ph := float64(d.screen.Bounds().Dx()), float64(d.screen.Bounds().Dy())
	d.s = min(pw/1280, ph/720)
	d.lw, d.lh = pw/d.s, ph/d.s
	d.err = d.play()
	return ebiten.Termination
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
	colAlt     = rgb(0x2e3a4f)
	colPaper   = rgb(0xfaf6ec)
	colAccent  = rgb(0x56b4e9)
)

type kind int

const (
	kOther kind = iota
	kPass
	kTable
	kPolls
	kDebrief
)

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
	if d.share(40, 150, 400, 420, colAlt) > 0.6 {
		return kPolls
	}
	if near(d.px(34, 150), colAccent, 10) && d.share(50, 130, 280, 160, rgb(0x2f5f8a)) > 0.5 {
		return kDebrief
	}
	return kOther
}

func (d *driver) play() error {
	d.tick(30)
	if err := d.shot("01-title"); err != nil {
		return err
	}
	d.scene("title")
	// Keyboard: New game is focused; Enter opens the set-up screen.
	d.key(ebiten.KeyEnter)
	if err := d.shot("02-newgame"); err != nil {
		return err
	}
	d.scene("newgame")
	// Seats: the US is human by default; make Ukraine human too (two
	// steps left from "AI · normal"), keep Germany, France and Poland as
	// AI, and leave the optional UK and Italy out (two steps right).
	d.key(ebiten.KeyTab)
	d.key(ebiten.KeyTab)
	d.key(ebiten.KeyArrowLeft)
	d.key(ebiten.KeyArrowLeft)
	for range 4 {
		d.key(ebiten.KeyTab)
	}
	d.key(ebiten.KeyArrowRight)
	d.key(ebiten.KeyArrowRight)
	d.key(ebiten.KeyTab)
	d.key(ebiten.KeyArrowRight)
	d.key(ebiten.KeyArrowRight)
	if err := d.shot("03-newgame-seats"); err != nil {
		return err
	}
	// Mouse: the Start button, bottom right.
	d.click(d.lw-32-130, d.lh-32-26)
	if err := d.shot("04-briefing"); err != nil {
		return err
	}
	if d.classify() != kOther {
		return d.failf("after Start: want the public briefing, got scene kind %d", d.classify())
	}
	d.scene("briefing")
	d.key(ebiten.KeyEnter)

	// The private briefs, each behind its pass screen.
	for i := range 2 {
		if err := d.frame(); err != nil {
			return err
		}
		if d.classify() != kPass {
			return d.failf("brief %d: want a pass-the-device screen", i+1)
		}
		d.rep.PassScreens++
		if i == 0 {
			if err := d.shot("05-pass"); err != nil {
				return err
			}
		}
		d.scene("pass")
		// Mouse: the big button in the middle of the pass screen.
		d.click(d.lw/2, d.findButton())
		if err := d.frame(); err != nil {
			return err
		}
		if k := d.classify(); k != kOther {
			return d.failf("brief %d: want the private brief after the pass screen, got kind %d", i+1, k)
		}
		if i == 0 {
			if err := d.shot("06-brief"); err != nil {
				return err
			}
		}
		d.scene("brief")
		d.key(ebiten.KeyEnter)
	}

	// The negotiation: AI moves are skipped with Space, every human turn
	// starts behind a pass screen and is played with the keyboard.
	afterPass, sawAI, firstTurn := false, false, true
	var last []byte
	same := 0
	for step := 0; step < 4000; step++ {
		if err := d.frame(); err != nil {
			return err
		}
		// A table that no longer changes while Space is pressed is waiting
		// for a human: Enter plays the focused default move.
		if last != nil && string(last) == string(d.img.Pix) {
			same++
		} else {
			same = 0
		}
		last = append(last[:0], d.img.Pix...)
		if same >= 4 {
			same = 0
			d.key(ebiten.KeyEnter)
			continue
		}
		switch d.classify() {
		case kPass:
			d.rep.PassScreens++
			d.scene("pass")
			d.key(ebiten.KeyEnter)
			afterPass = true
		case kTable:
			if !afterPass {
				if !sawAI {
					sawAI = true
					if err := d.shot("09-table-ai"); err != nil {
						return err
					}
				}
				d.key(ebiten.KeySpace)
				d.tick(30)
				continue
			}
			afterPass = false
			d.rep.HumanTurns++
			d.scene("table")
			if firstTurn {
				// Round 1 opens with the United States tabling: amend a
				// clause. Shift+Tab from Pass reaches the draft's last
				// clause, Enter selects it, Tab reaches its first other
				// wording, Enter picks it and Enter tables it.
				firstTurn = false
				if err := d.shot("07-table-human"); err != nil {
					return err
				}
				d.shiftTab()
				d.key(ebiten.KeyEnter)
				d.key(ebiten.KeyTab)
				d.key(ebiten.KeyEnter)
				if err := d.shot("08-table-amend"); err != nil {
					return err
				}
				d.key(ebiten.KeyEnter)
				d.rep.Amended = true
				continue
			}
			// Enter plays the focused default move: vote yes, pass, no
			// comment, sign (or decline when a red line forbids signing).
			d.key(ebiten.KeyEnter)
		case kPolls:
			d.rep.Polls++
			d.scene("polls")
			if d.rep.Polls == 1 {
				if err := d.shot("10-polls"); err != nil {
					return err
				}
			}
			d.key(ebiten.KeyEnter)
		case kDebrief:
			d.rep.Debrief = true
			d.scene("debrief")
			for i := range 6 {
				// Mouse: each tab of the debrief in turn.
				d.click(32+130, 121+float64(i)*58+25)
				if err := d.shot(fmt.Sprintf("12-debrief-%d", i)); err != nil {
					return err
				}
			}
			return nil
		default:
			// The signing and ratification result.
			d.scene("ratification")
			if err := d.shot("11-ratification"); err != nil {
				return err
			}
			d.key(ebiten.KeyEnter)
		}
	}
	return errors.New("the game did not reach the debrief in 4000 steps")
}

// findButton finds the y of the pass screen's primary button by its colour
// along the screen's vertical centre line.
func (d *driver) findButton() float64 {
	prim := rgb(0x0072b2)
	for y := d.lh * 0.3; y < d.lh-20; y += 2 {
		if near(d.px(d.lw/2-150, y), prim, 30) {
			return y + 20
		}
	}
	return d.lh * 0.7
}

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "vmdriver:", err)
		os.Exit(1)
	}
}

func run() error {
	if *guestBin == "" {
		return errors.New("-guest is required")
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "bw")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ln, err := net.Listen("unix", filepath.Join(dir, "g.sock"))
	if err != nil {
		return err
	}
	defer ln.Close()
	endpoint, err := vmhost.EndpointURLFromAddr(ln.Addr())
	if err != nil {
		return err
	}
	cmd := exec.Command(*guestBin, "--seed", fmt.Sprint(*seed))
	cmd.Env = append(os.Environ(), "EBITENGINE_VM_ENDPOINT="+endpoint)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	if dl, ok := ln.(interface{ SetDeadline(time.Time) error }); ok {
		_ = dl.SetDeadline(time.Now().Add(20 * time.Second))
	}
	conn, err := ln.Accept()
	if err != nil {
		return fmt.Errorf("the game did not connect: %w", err)
	}
	_ = ln.Close()
	guest, err := vmhost.NewGuestSession(conn, &vmhost.NewGuestSessionOptions{IdleTimeout: 60 * time.Second})
	if err != nil {
		return err
	}
	d := &driver{guest: guest}
	ebiten.SetWindowVisible(false)
	ebiten.SetWindowSize(*logicalW, *logicalH)
	runErr := ebiten.RunGame(d)
	if d.err != nil {
		d.rep.Error = d.err.Error()
	}
	b, _ := json.MarshalIndent(d.rep, "", "  ")
	_ = os.WriteFile(filepath.Join(*outDir, *prefix+"report.json"), b, 0o644)
	if runErr != nil {
		return runErr
	}
	return d.err
}

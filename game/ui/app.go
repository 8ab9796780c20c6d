// Package ui is the game on screen: the scenes from the title to the
// debrief, the hot-seat flow between them and the pacing of AI moves. It
// shows what [rules.View] says and sends [rules.Action]s through
// [rules.Game.Apply]; it holds no rules of its own.
package ui

import (
	"errors"
	"io"
	"math"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui/input"
	"bindingwords/game/ui/prefs"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// BaseW and BaseH are the logical size every layout is designed at.
const (
	BaseW = 1280
	BaseH = 720
)

// fadeTicks is the length of the cross-fade between scenes: 13 ticks,
// about 220 ms at 60 ticks per second.
const fadeTicks = 13

// Options configure the game from the command line.
type Options struct {
	// Scenarios lists the built-in scenario ids; Load loads one (or a
	// scenario file by its path).
	Scenarios []string
	Load      func(id string) (*rules.Scenario, error)
	// Scenario preselects a scenario on the New game screen.
	Scenario string
	// Seed fixes the games' seed (0: a new seed for every game).
	Seed uint64
	// Fullscreen and Scale, when set, override the saved settings for
	// this run (Scale 0 keeps the saved one).
	Fullscreen bool
	Scale      float64
	// Store keeps saves and autosaves; nil when there is nowhere to keep
	// them, and StoreErr then says why (shown calmly on the title).
	Store    *save.Store
	StoreErr error
	// Prefs keeps the settings between runs; nil keeps them for this run
	// only.
	Prefs prefs.Store
	// Trace, when set, receives a line whenever a game starts or resumes
	// and whenever its round or phase changes, with its state hash: the
	// e2e test follows the game from outside with it.
	Trace io.Writer
}

// A Scene is one screen. Update handles the input and describes the
// screen through the toolkit, whose display list Draw replays; it returns
// where to go next. Busy reports that the scene needs ticks even without
// input (a timer, AI moves being played out).
type Scene interface {
	Update(u *widget.UI) Outcome
	Busy() bool
}

// App is the ebiten.Game: it owns the scenes, the settings and the
// current session, and draws only when the screen has changed.
type App struct {
	opt Options
	// titleCase is the title screen's line about the case to be played,
	// worked out once (it loads the scenario); see [titleCase].
	titleCase     string
	titleCaseRead bool
	fonts         *widget.Fonts
	ui            *widget.UI
	set           Settings
	in            input.Reader
	scene         Scene
	back          Scene
	// backRuns is whether the round went on on the scene the settings
	// return to.
	backRuns bool
	session  *Session
	table    *tableScene
	debrief  *debriefScene
	saves    *save.Store
	// saved is where the session stood at its last autosave.
	saved   progress
	saveErr string
	note    notice
	// timer names the delegations the round timer moved on in this phase.
	timer    []string
	physW    int
	physH    int
	outW     int
	outH     int
	dsf      float64
	scale    float64
	sizeGen  int
	lastHash uint64
	// drawn is what the screen shows now; Draw skips when it matches.
	drawn drawKey
	// fade counts the cross-fade down; from is the scene it fades out of,
	// drawn once into fromImg when the fade starts.
	fade       int
	from       *widget.Frame
	fromImg    *ebiten.Image
	quit       bool
	fullscreen bool // what the window was last asked for
	primed     bool

	// class is the game served to the teams' devices, while hosting.
	class *class
	// picked are the scenario files opened in the scenario picker this
	// session, listed after the built-in ones (scenariopick_open.go).
	picked []pickedFile
}

// progress is a point of a game: the session playing it, its round and
// its phase. It names the game by its session, not by the game itself,
// which the screens see only through views. (Not the number of moves:
// the autosave follows phases, not moves.)
type progress struct {
	s     *Session
	round int
	phase rules.Phase
}

// progressOf is where s stands now.
func progressOf(s *Session) progress {
	v := s.Public()
	return progress{s, v.Round(), v.Phase()}
}

// NewApp loads the fonts and the saved settings, and opens the title
// screen.
func NewApp(opt Options) (*App, error) {
	if opt.Load == nil || len(opt.Scenarios) == 0 {
		return nil, errors.New("no scenario to play")
	}
	fonts, err := widget.LoadFonts()
	if err != nil {
		return nil, err
	}
	a := &App{opt: opt, fonts: fonts, set: DefaultSettings(), saves: opt.Store}
	if a.saves != nil {
		a.saves.SetFinder(a.findScenario)
	}
	a.ui = widget.NewUI(theme.Standard(), fonts)
	a.loadSettings()
	if opt.Scale > 0 {
		a.set.UIScale = opt.Scale
	}
	if opt.Fullscreen {
		a.set.Fullscreen = true
	}
	a.applySettings()
	a.scene = newTitle(a)
	return a, nil
}

// Run opens the window and plays until the player quits.
func Run(opt Options) error {
	a, err := NewApp(opt)
	if err != nil {
		return err
	}
	ebiten.SetWindowTitle(i18n.T("app.title"))
	ebiten.SetWindowSize(BaseW, BaseH)
	ebiten.SetWindowSizeLimits(640, 400, -1, -1)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	// Closing the window autosaves first.
	ebiten.SetWindowClosingHandled(true)
	// Skip drawing when nothing changed: the screen keeps the last frame.
	ebiten.SetScreenClearedEveryFrame(false)
	a.fullscreen = a.set.Fullscreen
	ebiten.SetFullscreen(a.fullscreen)
	return noDisplay(ebiten.RunGameWithOptions(a, &ebiten.RunGameOptions{}))
}

func (a *App) applySettings() {
	th := theme.Standard()
	if a.set.HighContrast {
		th = theme.HighContrast()
	}
	a.ui.Th = th
	a.ui.TextScale = a.set.TextSize
	i18n.SetLanguage(a.set.Language)
	a.primed = false
}

// newSeed picks a game's seed: the fixed one, or one from the clock
// (cosmetic entropy only: the game itself is a function of this seed).
func (a *App) newSeed() uint64 {
	if a.opt.Seed != 0 {
		return a.opt.Seed
	}
	return uint64(time.Now().UnixNano())
}

// Layout works in physical pixels so text is drawn crisply; the scenes
// work in logical pixels of a layout scaled from 1280×720.
func (a *App) Layout(outsideW, outsideH int) (int, int) {
	dsf := a.dsf
	if outsideW != a.outW || outsideH != a.outH || dsf == 0 {
		// The device scale only matters when the window changes.
		a.outW, a.outH = outsideW, outsideH
		dsf = ebiten.Monitor().DeviceScaleFactor()
		a.dsf = dsf
	}
	w, h := int(math.Ceil(float64(outsideW)*dsf)), int(math.Ceil(float64(outsideH)*dsf))
	if w != a.physW || h != a.physH {
		// A new size: the screen image is new too, so everything is
		// laid out and drawn again.
		a.physW, a.physH = w, h
		a.primed = false
		a.sizeGen++
	}
	return w, h
}

func (a *App) logical() (w, h, s float64) {
	pw, ph := float64(a.physW), float64(a.physH)
	s = math.Min(pw/BaseW, ph/BaseH) * a.set.UIScale
	if s <= 0 {
		s = 1
	}
	return pw / s, ph / s, s
}

// Update reads the input and, when anything happened, rebuilds the
// current scene's frame. An idle screen costs one input read per tick.
func (a *App) Update() error {
	if ebiten.IsWindowBeingClosed() {
		a.leaveGame()
		a.closeClass()
		return ebiten.Termination
	}
	in := a.in.Read()
	if in.Fullscreen {
		a.set.Fullscreen = !a.set.Fullscreen
		a.saveSettings()
	}
	// Only on a change: asking the window every tick would cost an idle
	// screen a round trip to the windowing system.
	if a.set.Fullscreen != a.fullscreen {
		a.fullscreen = a.set.Fullscreen
		ebiten.SetFullscreen(a.fullscreen)
	}
	if a.fade > 0 {
		a.fade--
	}
	if a.note.tick() {
		a.primed = false
	}
	if a.tickTimer() {
		a.primed = false
	}
	if a.physW == 0 {
		return nil // Layout has not told us the size yet
	}
	w, h, s := a.logical()
	if s != a.scale {
		a.scale = s
		a.fonts.SetScale(s)
		a.primed = false
	}
	if !in.Any() && a.primed && !a.scene.Busy() && !a.ui.Again() {
		return nil
	}
	a.primed = true
	in.X /= s
	in.Y /= s
	a.frame(in, w, h)
	a.autosave()
	if a.quit {
		return ebiten.Termination
	}
	return nil
}

// frame runs the scene once; when it leaves, the next scene's first frame
// is built at once, so no blank or stale frame is ever shown.
func (a *App) frame(in input.Snapshot, w, h float64) {
	left := false
	for range 4 {
		a.ui.Begin(in, w, h)
		out := a.scene.Update(a.ui)
		a.drawNotice(a.ui)
		a.ui.End()
		if out.To == Stay {
			break
		}
		if !left {
			// What the screen shows now, to fade out of: the frame
			// before this one (the scene may have left before drawing
			// anything), or, while a fade is still running, the scene
			// that fade left, so two quick changes read as one.
			left = true
			if a.fade == 0 || a.from == nil {
				a.dropFadeImage()
				a.from = a.ui.Shown()
			}
		}
		a.route(out)
		if a.quit {
			return
		}
		a.ui.ResetFocus()
		a.fade = fadeTicks
		in = input.Snapshot{X: in.X, Y: in.Y}
	}
	a.lastHash = a.ui.Hash()
}

type drawKey struct {
	hash    uint64
	fade    int
	sizeGen int
}

// Draw repaints only when the frame changed; otherwise the screen keeps
// what it shows. During a cross-fade the scene being left is drawn over
// the new one, more transparent every tick.
func (a *App) Draw(screen *ebiten.Image) {
	k := drawKey{a.lastHash, a.fade, a.sizeGen}
	if k == a.drawn {
		return
	}
	// The only state Draw keeps is a note of what the screen shows, and
	// the picture of the scene being left, made once per fade.
	a.drawn = k
	screen.Fill(a.ui.Th.Bg)
	a.ui.Draw(screen, a.scale)
	if a.fade == 0 || a.from == nil {
		a.dropFade()
		return
	}
	b := screen.Bounds()
	if a.fromImg == nil || a.fromImg.Bounds() != b {
		a.dropFadeImage()
		a.fromImg = ebiten.NewImage(b.Dx(), b.Dy())
		a.fromImg.Fill(a.ui.Th.Bg)
		a.ui.DrawFrame(a.fromImg, a.scale, a.from)
	}
	t := float64(a.fade) / fadeTicks
	var op ebiten.DrawImageOptions
	op.ColorScale.ScaleAlpha(float32(t * t * (3 - 2*t)))
	screen.DrawImage(a.fromImg, &op)
}

// dropFade forgets the scene being faded out of.
func (a *App) dropFade() {
	a.from = nil
	a.dropFadeImage()
}

func (a *App) dropFadeImage() {
	if a.fromImg != nil {
		a.fromImg.Deallocate()
		a.fromImg = nil
	}
}

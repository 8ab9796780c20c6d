package ui

import (
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// projShot is one screenshot of the projector: its file name, the
// window's size, and how to bring a class to the moment it shows.
type projShot struct {
	name  string
	w, h  int
	setup func(t *testing.T) *App
}

// shotGame runs the shots one after the other in a real window, each at
// its own size, and writes every frame it captures as a PNG.
type shotGame struct {
	t     *testing.T
	dir   string
	shots []projShot
	i     int
	app   *App
	ticks int
	err   error
}

func (g *shotGame) Update() error {
	if g.i == len(g.shots) {
		return ebiten.Termination
	}
	if g.app == nil {
		g.app = g.shots[g.i].setup(g.t)
		g.app.note = notice{}
		g.ticks = 0
		// The window's size only reaches Layout when it changes: the new
		// app is told at once.
		g.app.Layout(g.shots[g.i].w, g.shots[g.i].h)
	}
	g.ticks++
	return g.app.Update()
}

func (g *shotGame) Draw(screen *ebiten.Image) {
	if g.app == nil {
		return
	}
	g.app.Draw(screen)
	if g.ticks < 4 || g.app.drawn.hash == 0 {
		return
	}
	b := screen.Bounds()
	img := image.NewRGBA(b)
	screen.ReadPixels(img.Pix)
	f, err := os.Create(filepath.Join(g.dir, g.shots[g.i].name+".png"))
	if err == nil {
		err = png.Encode(f, img)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	g.err = errors.Join(g.err, err)
	g.i++
	g.app = nil
}

func (g *shotGame) Layout(w, h int) (int, int) {
	if g.i < len(g.shots) {
		w, h = g.shots[g.i].w, g.shots[g.i].h
	}
	if g.app != nil {
		g.app.Layout(w, h)
	}
	return w, h
}

// TestProjectorScreenshots writes screenshots of the projector to the
// folder $BW_PROJECTOR_SHOTS, in a real window (run it under Xvfb):
// a vote result, the news card, the help overlay and the seats chooser at
// 1280×720 and 1024×768, and a class of seven at the together pace at
// 1920×1080.
func TestProjectorScreenshots(t *testing.T) {
	dir := os.Getenv("BW_PROJECTOR_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_PROJECTOR_SHOTS to a folder and run under Xvfb to take the projector's screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var shots []projShot
	for _, size := range [][2]int{{1280, 720}, {1024, 768}} {
		w, h := size[0], size[1]
		suffix := "-" + itoa(w) + "x" + itoa(h)
		shots = append(shots,
			projShot{"projector-vote-result" + suffix, w, h, func(t *testing.T) *App { return shotVoteResult(t, panelNone) }},
			projShot{"projector-news-card" + suffix, w, h, func(t *testing.T) *App { return shotVoteResult(t, panelNews) }},
			projShot{"projector-help" + suffix, w, h, func(t *testing.T) *App { return shotVoteResult(t, panelHelp) }},
			projShot{"projector-seats" + suffix, w, h, func(t *testing.T) *App { return shotVoteResult(t, panelSeats) }},
			projShot{"projector-together-vote" + suffix, w, h, shotTogetherVote},
		)
	}
	shots = append(shots,
		projShot{"projector-7-delegations-choosing-1920x1080", 1920, 1080, shotSeven},
		projShot{"projector-press-1280x720", 1280, 720, shotPress},
		projShot{"projector-news-chooser-1280x720", 1280, 720, func(t *testing.T) *App { return shotVoteResult(t, panelInject) }},
		projShot{"projector-7-delegations-paused-1280x720", 1280, 720, func(t *testing.T) *App {
			a := shotSeven(t)
			a.scene.(*projectorScene).togglePause()
			return a
		}},
	)
	takeShots(t, dir, shots)
}

// shotVoteResult is a class of five, one item tabled and voted on in
// round 1, a news card on the table; open is the chooser shown over it.
func shotVoteResult(t *testing.T, open panel) *App {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 2), TimerMinutes: 6, Seed: 5})
	do(t, c, func(m *match.Match) {
		v := m.Public()
		proposer := v.Proposer()
		if _, err := m.Submit(proposer, rules.Action{Party: proposer, Kind: rules.Table,
			Changes: []rules.Change{{Slot: 1, Option: 0}}, Reason: "An attack must be met at once."}); err != nil {
			t.Fatal(err)
		}
	})
	playUntil(t, c, func(v rules.View) bool { return v.NumItems() > 0 && v.Item(0).Decided })
	if err := c.t.Do(func(m *match.Match) { _ = m.Extend(-75) }); err != nil {
		t.Fatal(err)
	}
	p.refresh()
	p.open = open
	return a
}

// shotSeven is Berlin with all seven delegations at the together pace,
// two of them people, in the middle of round 2's tabling.
func shotSeven(t *testing.T) *App {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 7, 3), TimerMinutes: 5, Together: true, Seed: 9})
	playUntil(t, c, func(v rules.View) bool { return v.Round() == 2 && v.Phase() == rules.PhaseTable })
	// One of the people has chosen; the others are still thinking.
	do(t, c, func(m *match.Match) {
		for _, q := range m.Humans() {
			if m.Public().MustAct(q) {
				_, _ = m.Submit(q, plainMove(m, q))
				return
			}
		}
	})
	p.refresh()
	return a
}

// shotTogetherVote is a class of seven at the together pace, voting on
// the first proposal of round 1: the AI delegates and one team have voted
// (sealed), two teams are still choosing.
func shotTogetherVote(t *testing.T) *App {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 7, 3), TimerMinutes: 5, Together: true, Seed: 3})
	do(t, c, func(m *match.Match) {
		if _, err := m.Submit(0, rules.Action{Party: 0, Kind: rules.Table, Changes: []rules.Change{{Slot: 8, Option: 2}},
			Reason: "A reaction force next door deters without our troops in Ukraine."}); err != nil {
			t.Fatal(err)
		}
	})
	playUntil(t, c, func(v rules.View) bool { _, ok := v.Pending(); return ok })
	do(t, c, func(m *match.Match) {
		for _, q := range m.Humans() {
			if m.Public().MustAct(q) {
				_, _ = m.Submit(q, plainMove(m, q))
				return
			}
		}
	})
	if err := c.t.Do(func(m *match.Match) { _ = m.Extend(-130) }); err != nil {
		t.Fatal(err)
	}
	p.refresh()
	return a
}

// shotPress is a class of five in round 1's press phase, after three
// statements.
func shotPress(t *testing.T) *App {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 2), TimerMinutes: 6, Seed: 5})
	playUntil(t, c, func(v rules.View) bool {
		n := 0
		for _, e := range v.Events() {
			if e.Kind == rules.EvStatement {
				n++
			}
		}
		return n >= 3
	})
	p.refresh()
	return a
}

// takeShots runs the game window once, taking each shot into dir in turn
// (see shotGame), and fails the test if any was not taken.
func takeShots(t *testing.T, dir string, shots []projShot) {
	t.Helper()
	ebiten.SetWindowSize(1280, 720)
	ebiten.SetScreenClearedEveryFrame(false)
	g := &shotGame{t: t, dir: dir, shots: shots}
	if err := ebiten.RunGame(g); err != nil {
		t.Fatal(err)
	}
	if g.err != nil {
		t.Fatal(g.err)
	}
	if g.i != len(shots) {
		t.Fatalf("%d of %d shots taken", g.i, len(shots))
	}
}

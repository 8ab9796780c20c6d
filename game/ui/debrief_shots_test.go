package ui

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"bindingwords/game/match"
	"bindingwords/scenarios"
)

// debriefAt plays a Berlin game of AI delegates (level, seed, the
// optional delegations in or out) to its end and opens the debrief on a
// tab, scrolled down by scroll pixels.
func debriefAt(t *testing.T, seed uint64, level string, all bool, tab int, scroll float64) *App {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat(level)
		if sc.Parties[p].Optional && !all {
			seats[p] = match.OutSeat()
		}
	}
	a := storeApp(t, t.TempDir(), nil)
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Seed: seed}})
	a.route(goTo(ToTable))
	for playMove(t, a) {
	}
	a.route(goTo(ToDebrief))
	d := a.debrief
	d.an = <-d.anDone
	d.tab = tab
	if scroll > 0 {
		// The pane knows its content's height once it has been laid out.
		frame(a, d)
		a.ui.ScrollTo("db.pane", scroll)
		frame(a, d)
	}
	return a
}

// TestDebriefScreenshots writes screenshots of the window's debrief to
// the folder $BW_DEBRIEF_SHOTS, in a real window (run it under Xvfb): a
// game whose agreement entered into force and one that ended without an
// agreement, on the outcome, scores and polls tabs.
func TestDebriefScreenshots(t *testing.T) {
	dir := os.Getenv("BW_DEBRIEF_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_DEBRIEF_SHOTS to a folder and run under Xvfb to take the debrief's screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	shot := func(name string, seed uint64, level string, all bool, tab int, scroll float64) projShot {
		return projShot{name, 1280, 720, func(t *testing.T) *App { return debriefAt(t, seed, level, all, tab, scroll) }}
	}
	shots := []projShot{
		shot("debrief-signed-outcome", 2, "hard", false, 0, 0),
		shot("debrief-signed-polls", 2, "hard", false, 3, 0),
		shot("debrief-signed-polls-notes", 2, "hard", false, 3, 400),
		shot("debrief-failed-outcome", 3, "easy", true, 0, 0),
		shot("debrief-failed-outcome-2", 3, "easy", true, 0, 480),
		shot("debrief-failed-polls", 3, "easy", true, 3, 0),
		shot("debrief-dropped-scores", 1, "normal", true, 1, 1e6),
		shot("debrief-broken-commitments", 102, "hard", false, 0, 560),
	}
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

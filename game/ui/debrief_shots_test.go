package ui

import (
	"os"
	"slices"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
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
	seats := berlinSeats(sc, seed, level, all)
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

// findSeed plays seeded Berlin games of AI delegates (seeds 1 to 120,
// each level, the optional delegations in or out as all says) until one
// has the property, and returns its seed and level: the debrief's tests
// ask for a kind of game rather than a seed, so that they hold as the
// scenario and the AI delegates change.
// berlinSeats seats AI delegates at level, the optional delegations in
// or out. Level "mixed" seats normal delegates and, in one seat chosen by
// the seed, a player that moves at random: AI delegates keep every public
// promise, so only such a seat (standing in for a class's people) breaks
// one.
func berlinSeats(sc *rules.Scenario, seed uint64, level string, all bool) []match.SeatKind {
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat(level)
		if level == "mixed" {
			seats[p] = match.AISeat("normal")
			if uint64(p) == seed%uint64(len(seats)) {
				seats[p] = match.AISeat("random") // an unknown level plays at random
			}
		}
		if sc.Parties[p].Optional && !all {
			seats[p] = match.OutSeat()
		}
	}
	return seats
}

func findSeed(t *testing.T, what string, all bool, has func(g *rules.Game) bool) (uint64, string) {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 120; seed++ {
		for _, level := range []string{"easy", "normal", "hard", "mixed"} {
			seats := berlinSeats(sc, seed, level, all)
			m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: seats})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.Run(); err != nil {
				t.Fatal(err)
			}
			if has(m.Game()) {
				return seed, level
			}
		}
	}
	t.Fatalf("no seeded game %s", what)
	return 0, ""
}

// The kinds of game the debrief's tests and screenshots look at.
var (
	// signedFormDropped entered into force after the draft lost the
	// treaty form.
	signedFormDropped = func(g *rules.Game) bool {
		return g.Result().InForce && g.Result().Forms[0] != 0
	}
	// failedWithNews ended without an agreement, news having moved a bar
	// of the last draft's form.
	failedWithNews = func(g *rules.Game) bool {
		r := g.Result()
		return !r.Formed && slices.ContainsFunc(g.Events(), func(e rules.Event) bool {
			return e.Kind == rules.EvThreshold && e.Delta != 0 && slices.Contains(r.Forms, e.Form)
		})
	}
	// droppedArticle had an article fall out of the text.
	droppedArticle = func(g *rules.Game) bool {
		return slices.ContainsFunc(g.Events(), func(e rules.Event) bool { return e.Kind == rules.EvArticleDropped })
	}
	// brokenPromise entered into force with a public commitment broken.
	brokenPromise = func(g *rules.Game) bool { return g.Result().InForce && len(g.Result().Broken) > 0 }
)

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
	shot := func(name, what string, all bool, has func(*rules.Game) bool, tab int, scroll float64) projShot {
		seed, level := findSeed(t, what, all, has)
		return projShot{name, 1280, 720, func(t *testing.T) *App { return debriefAt(t, seed, level, all, tab, scroll) }}
	}
	shots := []projShot{
		shot("debrief-signed-outcome", "signed after the treaty was dropped", false, signedFormDropped, 0, 0),
		shot("debrief-signed-polls", "signed after the treaty was dropped", false, signedFormDropped, 3, 0),
		shot("debrief-signed-polls-notes", "signed after the treaty was dropped", false, signedFormDropped, 3, 400),
		shot("debrief-failed-outcome", "failed, with news moving a bar", true, failedWithNews, 0, 0),
		shot("debrief-failed-outcome-2", "failed, with news moving a bar", true, failedWithNews, 0, 480),
		shot("debrief-failed-polls", "failed, with news moving a bar", true, failedWithNews, 3, 0),
		shot("debrief-dropped-scores", "with an article dropped", true, droppedArticle, 1, 1e6),
		shot("debrief-broken-commitments", "with a promise broken", false, brokenPromise, 0, 560),
	}
	takeShots(t, dir, shots)
}

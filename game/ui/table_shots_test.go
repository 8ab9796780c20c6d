package ui

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// TestTableScreenshots writes screenshots of the single-screen table to
// the folder $BW_TABLE_SHOTS, in a real window (run it under Xvfb, on a
// screen larger than the window so the pointer stays out of it):
//
//	BW_TABLE_SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 3840x2160x24" go test ./game/ui -run TestTableScreenshots
//
// BW_TABLE_ONLY=solo-vote takes only the shots whose names contain it.
//
// At 1280×720, 1024×768 and 1920×1080 (and the main screens at larger
// interface and text sizes and in high contrast): a solo vote (no default ballot, the points
// on the buttons), a clause chosen by its article's number, the press
// step, a public commitment's wording chosen, and in hot-seat the item's
// public screen and a vote's result, the polls, a round's news card and
// the settings.
func TestTableScreenshots(t *testing.T) {
	dir := os.Getenv("BW_TABLE_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_TABLE_SHOTS to a folder and run under Xvfb to take the table's screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	hot := func(stop func(a *App) bool) func(t *testing.T) *App {
		return func(t *testing.T) *App {
			a := seatedApp(t, 0, 1)
			playOn(t, a, func() bool { return stop(a) }, plainTurn(a))
			return a
		}
	}
	setups := []struct {
		name  string
		setup func(t *testing.T) *App
	}{
		{"solo-vote", func(t *testing.T) *App { return soloTurn(t, true, rules.PhaseTable) }},
		{"solo-clause", func(t *testing.T) *App {
			a := soloTurn(t, false, rules.PhaseTable)
			tick(a, kChar('8'))
			return a
		}},
		{"solo-package", func(t *testing.T) *App {
			a := soloTurn(t, false, rules.PhaseTable)
			for _, in := range []rune{'2', '\n', '2', '\n'} {
				if in == '\n' {
					tick(a, kEnter)
					continue
				}
				tick(a, kChar(in))
			}
			return a
		}},
		{"solo-ai-moves", func(t *testing.T) *App {
			a := soloTurn(t, false, rules.PhaseTable)
			tick(a, kEnter) // pass: the AI delegates move, paced
			for range 3 * match.PaceTicks {
				tick(a, kNone)
			}
			return a
		}},
		{"solo-press", func(t *testing.T) *App { return soloTurn(t, false, rules.PhasePress) }},
		{"solo-commit", func(t *testing.T) *App {
			a := soloTurn(t, false, rules.PhasePress)
			tick(a, kChar('3'))
			tick(a, kEnter)
			return a
		}},
		{"hot-item", hot(func(a *App) bool {
			ps, ok := a.scene.(*passScene)
			return ok && ps.purpose == passForItem
		})},
		{"hot-result", hot(func(a *App) bool { _, ok := a.scene.(*resultScene); return ok })},
		{"newgame", func(t *testing.T) *App {
			a := storeApp(t, t.TempDir(), nil)
			a.route(goTo(ToNewGame))
			a.ui.ResetFocus()
			return a
		}},
		{"polls", func(t *testing.T) *App {
			a := seatedApp(t, 0)
			playOn(t, a, func() bool { return sceneName(a) == "polls" }, plainTurn(a))
			return a
		}},
		{"news", func(t *testing.T) *App {
			a := seatedApp(t, 0)
			playOn(t, a, func() bool { _, ok := a.scene.(*newsScene); return ok }, plainTurn(a))
			return a
		}},
		{"hot-pass-timer", func(t *testing.T) *App {
			a := timedApp(t)
			playOn(t, a, func() bool {
				ps, ok := a.scene.(*passScene)
				return ok && ps.purpose == passToAct && a.session.Public().Round() > 1
			}, plainTurn(a))
			return a
		}},
		{"hot-table-timer", func(t *testing.T) *App {
			a := timedApp(t)
			playOn(t, a, func() bool { return sceneName(a) == "turn:0" && a.session.Public().Round() > 1 }, plainTurn(a))
			return a
		}},
		{"seven-polls", func(t *testing.T) *App {
			a := sevenApp(t)
			playOn(t, a, func() bool { return sceneName(a) == "polls" }, plainTurn(a))
			return a
		}},
		{"seven-table", func(t *testing.T) *App {
			a := sevenApp(t)
			playOn(t, a, func() bool { return a.table.privileged() == 0 && a.session.Public().Round() > 1 }, plainTurn(a))
			return a
		}},
		{"authoring-table", func(t *testing.T) *App {
			a := authoringApp(t)
			playOn(t, a, func() bool { return a.table.privileged() == 0 && a.session.Public().Round() > 1 }, plainTurn(a))
			return a
		}},
		{"authoring-annex", func(t *testing.T) *App {
			a := authoringApp(t)
			playOn(t, a, func() bool { return a.table.privileged() == 0 && a.session.Public().Round() > 1 }, plainTurn(a))
			a.ui.ScrollTo("tbl.doc", 1e4) // to the annex: a fixed article and an omitted phrase
			return a
		}},
		{"settings", func(t *testing.T) *App {
			a := storeApp(t, t.TempDir(), nil)
			a.route(goTo(ToSettings))
			a.ui.ResetFocus()
			return a
		}},
	}
	// Every setup at 100% at the three window sizes, then the ones that
	// clipped or squeezed at larger interface and text sizes, and high
	// contrast.
	type look struct {
		w, h       int
		scale, txt float64
		hc         bool
		only       []string
	}
	all := []string(nil)
	big := []string{"seven-table", "solo-vote", "solo-clause", "solo-press", "polls", "news", "settings", "hot-item", "hot-pass-timer"}
	looks := []look{
		{1280, 720, 1, 1, false, all}, {1024, 768, 1, 1, false, all}, {1920, 1080, 1, 1, false, all},
		{1280, 720, 1.5, 1, false, big}, {1280, 720, 1.25, 1, false, big}, {1280, 720, 1, 1.3, false, big},
		{1024, 768, 1.5, 1.3, false, big}, {1920, 1080, 1.5, 1.3, false, big},
		{1280, 720, 1, 1, true, big}, {1024, 768, 1.25, 1.15, true, big},
	}
	var shots []projShot
	for _, lk := range looks {
		for _, s := range setups {
			if lk.only != nil && !slices.Contains(lk.only, s.name) {
				continue
			}
			setup, lk := s.setup, lk
			name := "table-" + s.name + "-" + itoa(lk.w) + "x" + itoa(lk.h)
			if lk.scale != 1 || lk.txt != 1 {
				name += "-ui" + itoa(int(math.Round(lk.scale*100))) + "-text" + itoa(int(math.Round(lk.txt*100)))
			}
			if lk.hc {
				name += "-hc"
			}
			if only := os.Getenv("BW_TABLE_ONLY"); only != "" && !strings.Contains(name, only) {
				continue
			}
			shots = append(shots, projShot{name, lk.w, lk.h, func(t *testing.T) *App {
				a := setup(t)
				a.set.UIScale, a.set.TextSize, a.set.HighContrast = lk.scale, lk.txt, lk.hc
				a.applySettings()
				a.fade = 0 // the scene itself, not a cross-fade into it
				return a
			}})
		}
	}
	takeShots(t, dir, shots)
}

// authoringApp is a solo game of scenarios/testdata/good/authoring.yaml
// (the author's article numbers, fixed articles, news at a fixed round),
// on its public briefing.
func authoringApp(t *testing.T) *App {
	t.Helper()
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/authoring.yaml")
	if err != nil {
		t.Fatal(err)
	}
	seats := []match.SeatKind{match.HumanSeat(), match.AISeat("normal"), match.AISeat("normal")}
	a := storeApp(t, t.TempDir(), nil)
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "authoring", Scenario: sc, Seats: seats, Rounds: 3, Seed: 11}})
	a.ui.ResetFocus()
	tick(a, kNone)
	return a
}

// sevenApp is a solo game of Berlin with all seven delegations, on its
// public briefing.
func sevenApp(t *testing.T) *App {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat("normal")
	}
	seats[0] = match.HumanSeat()
	a := storeApp(t, t.TempDir(), nil)
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Rounds: 3, Seed: 11}})
	a.ui.ResetFocus()
	tick(a, kNone)
	return a
}

package ui

import (
	"os"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// builtinApp is an App offering every built-in scenario, as the game
// does, with a store in a temporary folder.
func builtinApp(t *testing.T) *App {
	t.Helper()
	store, err := save.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ids := scenarios.Builtin()
	a, err := NewApp(Options{Scenarios: ids, Load: scenarios.Find, Scenario: "berlin", Seed: 9, Store: store})
	if err != nil {
		t.Fatal(err)
	}
	a.scale = 1
	a.fonts.SetScale(1)
	return a
}

// startByPicker opens New game from the title, chooses scenario id in the
// picker by the keyboard, shortens the game to rounds and starts it: one
// human delegation, the others AI, as the screen offers by default.
func startByPicker(t *testing.T, a *App, id string, rounds int) {
	t.Helper()
	a.route(goTo(ToNewGame))
	a.ui.ResetFocus()
	tick(a, kNone)
	ng, ok := a.scene.(*newGameScene)
	if !ok {
		t.Fatalf("New game: %T", a.scene)
	}
	if a.ui.Focus() != "ng.scenario" {
		t.Fatalf("New game opens with the focus on %q, want the scenario", a.ui.Focus())
	}
	tick(a, kEnter)
	want := ng.pick.entryID(slices.Index(scenarios.Builtin(), id))
	for range 12 {
		if a.ui.Focus() == want {
			break
		}
		tick(a, kDown)
	}
	tick(a, kEnter)
	if ng.pick.id != id || ng.sc == nil || ng.sc.ID != id {
		t.Fatalf("the picker chose %q, want %s", ng.pick.id, id)
	}
	ng.rounds = rounds
	a.ui.SetFocus("ng.start")
	tick(a, kNone)
	tick(a, kEnter)
	if a.session == nil || a.session.Scenario().ID != id {
		t.Fatalf("Start did not start a game of %s (scene %T)", id, a.scene)
	}
}

// playToDebrief plays the game on screen by the keyboard to its debrief:
// Space skips the AI moves, Enter goes through every other screen,
// plainTurn plays the human's turns. It returns the scenes seen.
func playToDebrief(t *testing.T, a *App, stop func() bool) []string {
	t.Helper()
	var seen []string
	for range 40000 {
		name := sceneName(a)
		if len(seen) == 0 || seen[len(seen)-1] != name {
			seen = append(seen, name)
		}
		if stop() {
			return seen
		}
		switch sc := a.scene.(type) {
		case *tableScene:
			if p := sc.privileged(); p >= 0 {
				plainTurn(a)(p)
				continue
			}
			tick(a, kSpace)
		default:
			tick(a, kEnter)
		}
	}
	t.Fatalf("the game did not get there; scenes seen: %v", seen)
	return nil
}

// awaitAnalysis waits for the debrief's analysis, unless the scene has
// already taken it from its channel while the game was played out.
func awaitAnalysis(d *debriefScene) {
	if d.an == nil {
		d.an = <-d.anDone
	}
}

func atDebrief(a *App) func() bool {
	return func() bool { _, ok := a.scene.(*debriefScene); return ok }
}

// Every built-in scenario is chosen in the picker, played from the New
// game screen to the debrief by the keyboard, and each tab of its debrief
// shows with every string translated. With BW_SCENARIO_SHOTS=DIR (under
// Xvfb) it also saves each scenario's table and debrief:
//
//	BW_SCENARIO_SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 3840x2160x24" go test ./game/ui -run TestEveryScenarioToTheDebrief
func TestEveryScenarioToTheDebrief(t *testing.T) {
	if testing.Short() {
		t.Skip("plays a game of every scenario")
	}
	for _, id := range scenarios.Builtin() {
		t.Run(id, func(t *testing.T) {
			a := builtinApp(t)
			startByPicker(t, a, id, 3)
			seen := playToDebrief(t, a, atDebrief(a))
			for _, want := range []string{"*ui.briefingScene", "*ui.newsScene", "polls", "*ui.ratificationScene", "*ui.debriefScene"} {
				if !slices.Contains(seen, want) {
					t.Errorf("never saw %s; saw %v", want, seen)
				}
			}
			if !a.session.m.Game().Over() {
				t.Fatal("at the debrief, the game is not over")
			}
			awaitAnalysis(a.debrief)
			d := a.debrief
			for tab := range d.tabs() {
				d.tab = tab
				_, text := frame(a, d)
				if strings.Contains(text, "[debrief.") || strings.Contains(text, "[ev.") {
					t.Errorf("debrief tab %d shows a missing translation:\n%s", tab, text)
				}
				if tab == 0 && !strings.Contains(text, a.session.Scenario().Title) && !strings.Contains(strings.Join(strings.Fields(text), " "), a.session.Scenario().Parties[0].Name) {
					t.Errorf("the debrief's outcome names neither the case nor its first delegation:\n%s", text)
				}
			}
		})
	}
	dir := os.Getenv("BW_SCENARIO_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// One window for every shot: Ebitengine runs one game per process.
	var shots []projShot
	for _, id := range scenarios.Builtin() {
		shots = append(shots,
			projShot{"scenario-" + id + "-table", 1280, 720, func(t *testing.T) *App {
				a := builtinApp(t)
				startByPicker(t, a, id, 3)
				playToDebrief(t, a, func() bool {
					tb, ok := a.scene.(*tableScene)
					return ok && tb.privileged() >= 0 && a.session.Public().Round() > 1
				})
				a.fade = 0
				return a
			}},
			projShot{"scenario-" + id + "-debrief", 1280, 720, func(t *testing.T) *App {
				a := builtinApp(t)
				startByPicker(t, a, id, 3)
				playToDebrief(t, a, atDebrief(a))
				awaitAnalysis(a.debrief)
				a.fade = 0
				return a
			}})
	}
	takeShots(t, dir, shots)
}

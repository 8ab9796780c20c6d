package ui

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"bindingwords/game/match"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// earlierSave writes to dir a save of Berlin as it was in an earlier
// version (its file with one more comment line), which the save carries
// (issue 14, item 4), and a save of Berlin as it is now.
func earlierSave(t *testing.T, dir string) {
	t.Helper()
	text, ok := scenarios.BuiltinText("berlin")
	if !ok {
		t.Fatal("no built-in berlin")
	}
	old := append([]byte("# Berlin, first edition\n"), bytes.Clone(text)...)
	store, err := save.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, yaml := range map[string][]byte{"Lesson 1, last term": old, "Lesson 1, this term": text} {
		sc, rep := scenarios.Load("berlin.yaml", yaml)
		if rep.HasErrors() {
			t.Fatal(rep)
		}
		save.RememberScenarioText(sc, yaml)
		kinds := make([]match.SeatKind, len(sc.Parties))
		for p := range kinds {
			kinds[p] = match.AISeat("normal")
		}
		m, err := match.New(match.Config{Scenario: sc, Seed: 4, Seats: kinds})
		if err != nil {
			t.Fatal(err)
		}
		for range 30 {
			if _, err := m.Step(); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := store.SaveAs(name, m.Game(), m.RecordSeats(), m.Clock()); err != nil {
			t.Fatal(err)
		}
	}
}

// The load list says which save was played on an earlier version of its
// scenario, and loads it.
func TestLoadListSaysEarlierVersion(t *testing.T) {
	dir := t.TempDir()
	earlierSave(t, dir)
	a := storeApp(t, dir, nil)
	a.route(goTo(ToLoad))
	a.scene.(*loadScene).list.wait()
	_, text := frame(a, a.scene)
	if n := strings.Count(text, "The Berlin Guarantees (an earlier version, kept in the save)"); n != 1 {
		t.Errorf("%d saves marked as played on an earlier version, want 1:\n%s", n, text)
	}
	for _, e := range a.scene.(*loadScene).entries {
		if e.Name == "Lesson 1, last term" {
			a.route(Outcome{To: ToLoadFile, File: e.File})
		}
	}
	if a.scene != Scene(a.table) {
		t.Errorf("the save of the earlier version did not load: %T", a.scene)
	}
}

// TestLoadEarlierScreenshot writes the load list with a save of an
// earlier version to $BW_LOAD_SHOTS/load-earlier-version.png, in a real
// window (run it alone, under Xvfb).
func TestLoadEarlierScreenshot(t *testing.T) {
	out := os.Getenv("BW_LOAD_SHOTS")
	if out == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_LOAD_SHOTS to a folder and run under Xvfb")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	earlierSave(t, dir)
	shots := []projShot{{"load-earlier-version", 1280, 720, func(t *testing.T) *App {
		a := storeApp(t, dir, nil)
		a.route(goTo(ToLoad))
		a.scene.(*loadScene).list.wait()
		return a
	}}}
	ebiten.SetWindowSize(1280, 720)
	g := &shotGame{t: t, dir: out, shots: shots}
	if err := ebiten.RunGame(g); err != nil {
		t.Fatal(err)
	}
	if g.err != nil || g.i != 1 {
		t.Fatalf("%v (%d shots)", g.err, g.i)
	}
}

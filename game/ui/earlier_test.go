package ui

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
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
	if !strings.Contains(a.note.text, "Played with an earlier version of The Berlin Guarantees, kept in the save.") {
		t.Errorf("the notice on resuming it: %q", a.note.text)
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
	list := storeApp(t, dir, nil)
	list.route(goTo(ToLoad))
	list.scene.(*loadScene).list.wait()
	resumed := storeApp(t, dir, nil)
	resumed.route(goTo(ToLoad))
	resumed.scene.(*loadScene).list.wait()
	frame(resumed, resumed.scene)
	for _, e := range resumed.scene.(*loadScene).entries {
		if e.Name == "Lesson 1, last term" {
			resumed.route(Outcome{To: ToLoadFile, File: e.File})
		}
	}
	if _, ok := resumed.scene.(*tableScene); !ok {
		t.Fatalf("the save did not load: %T", resumed.scene)
	}
	ebiten.SetWindowSize(1280, 720)
	ebiten.SetScreenClearedEveryFrame(false)
	g := &noticeShots{dir: out, names: []string{"load-earlier-version", "resume-earlier-version"}, apps: []*App{list, resumed}}
	if err := ebiten.RunGame(g); err != nil {
		t.Fatal(err)
	}
	if g.err != nil || g.i != 2 {
		t.Fatalf("%v (%d shots)", g.err, g.i)
	}
}

// noticeShots draws each app for a few frames and saves the last, its
// notice kept (shotGame clears notices).
type noticeShots struct {
	dir   string
	names []string
	apps  []*App
	i, n  int
	err   error
}

func (g *noticeShots) Update() error {
	if g.i == len(g.apps) {
		return ebiten.Termination
	}
	g.n++
	return g.apps[g.i].Update()
}

func (g *noticeShots) Draw(screen *ebiten.Image) {
	if g.i == len(g.apps) {
		return
	}
	g.apps[g.i].Draw(screen)
	// Past the cross-fade into the scene.
	if g.n < 40 {
		return
	}
	img := image.NewRGBA(screen.Bounds())
	screen.ReadPixels(img.Pix)
	f, err := os.Create(filepath.Join(g.dir, g.names[g.i]+".png"))
	if err == nil {
		err = png.Encode(f, img)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	g.err = errors.Join(g.err, err)
	g.i, g.n = g.i+1, 0
}

func (g *noticeShots) Layout(int, int) (int, int) {
	if g.i < len(g.apps) {
		g.apps[g.i].Layout(1280, 720)
	}
	return 1280, 720
}

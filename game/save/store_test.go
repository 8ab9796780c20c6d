//go:build !js

package save

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bindingwords/game/match"
)

func testStore(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.SetFinder(testFinder)
	clock := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	return s, dir
}

func TestContinueResumesTheSameGame(t *testing.T) {
	s, _ := testStore(t)
	if _, err := s.Continue(); !errors.Is(err, ErrNoAutosave) {
		t.Fatalf("empty store: %v, want ErrNoAutosave", err)
	}
	sc := mustScenario(t, "berlin")
	g, seats := play(t, sc, 21, 30)
	if err := s.Autosave(g, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	l, err := s.Continue()
	if err != nil {
		t.Fatal(err)
	}
	if l.Game.Hash() != g.Hash() || l.Game.Round() != g.Round() || l.Game.Phase() != g.Phase() || l.Note != "" {
		t.Errorf("resumed at %s round %d %s (note %q), want %s round %d %s", l.Game.Hash(), l.Game.Round(), l.Game.Phase(), l.Note, g.Hash(), g.Round(), g.Phase())
	}
	for i, st := range seats {
		if l.Seats[i] != st {
			t.Errorf("seat %d: %v, want %v", i, l.Seats[i], st)
		}
	}
}

func TestAutosaveKeepsThePreviousOne(t *testing.T) {
	s, dir := testStore(t)
	sc := mustScenario(t, "harbour")
	g1, seats := play(t, sc, 3, 4)
	if err := s.Autosave(g1, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	h1 := g1.Hash()
	// Nothing new: the previous autosave must not become a copy of this one.
	if err := s.Autosave(g1, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, PrevFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a repeated autosave made a previous one: %v", err)
	}
	g2, _ := play(t, sc, 3, 9)
	if err := s.Autosave(g2, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	prev, err := s.Load(PrevFile)
	if err != nil {
		t.Fatal(err)
	}
	if prev.Game.Hash() != h1 {
		t.Errorf("the previous autosave is at %s, want %s", prev.Game.Hash(), h1)
	}
	// Damage the newest: Continue falls back, says why, and sets the
	// damaged file aside so the next autosave cannot rotate it over the
	// good one.
	path := filepath.Join(dir, AutosaveFile)
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, data[:len(data)-30], 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := s.Continue()
	if err != nil {
		t.Fatal(err)
	}
	if l.Game.Hash() != h1 || !strings.Contains(l.Note, "could not be used") || !strings.Contains(l.Note, "cut off") {
		t.Errorf("continued at %s with note %q; want %s and a note saying the latest was cut off", l.Game.Hash(), l.Note, h1)
	}
	if _, err := os.Stat(filepath.Join(dir, DamagedFile)); err != nil {
		t.Errorf("the damaged autosave was not set aside: %v", err)
	}
	// Both damaged: a clear error, no game.
	for _, f := range []string{PrevFile} {
		os.WriteFile(filepath.Join(dir, f), []byte("bindingwords-save 2\n"), 0o644)
	}
	if _, err := s.Continue(); err == nil || ProblemOf(err) != Truncated {
		t.Errorf("every autosave bad: %v, want a cut-off error", err)
	}
}

func TestListAndNamedSaves(t *testing.T) {
	s, dir := testStore(t)
	sc := mustScenario(t, "berlin")
	g, seats := play(t, sc, 8, 25)
	file, err := s.SaveAs("Lesson 1, group B", g, seats, match.Clock{})
	if err != nil {
		t.Fatal(err)
	}
	if file != "lesson-1-group-b.bws" {
		t.Errorf("file %q", file)
	}
	g2, _ := play(t, mustScenario(t, "harbour"), 8, -1)
	if err := s.Autosave(g2, seats[:0], match.Clock{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "broken.bws"), []byte("bindingwords-save 7\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".autosave.bws123"), []byte("half a save"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a save"), 0o644)

	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 {
		t.Fatalf("%d entries, want 3: %+v", len(list), list)
	}
	auto, named, broken := list[0], list[1], list[2]
	if auto.File != AutosaveFile || !auto.Auto || !auto.Over || auto.Scenario != "The Harbour Guarantee" || auto.Err != nil {
		t.Errorf("autosave entry: %+v", auto)
	}
	if named.Name != "Lesson 1, group B" || named.Scenario != "The Berlin Guarantees" || named.Round != g.Round() ||
		named.Phase != g.Phase() || named.Rounds != 6 || named.Steps != 25 || len(named.Delegations) != len(seats) ||
		named.Delegations[1].Name != "Ukraine" || named.Delegations[1].Kind != "ai:normal" || named.Saved.IsZero() {
		t.Errorf("named entry: %+v", named)
	}
	if broken.File != "broken.bws" || ProblemOf(broken.Err) != Newer || !strings.Contains(broken.Err.Error(), "broken.bws") {
		t.Errorf("broken entry: %+v", broken)
	}
	// A fresh store cleans up what a crash left.
	if _, err := Open(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, ".autosave.bws123")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the temporary file is still there: %v", err)
	}
	l, err := s.Load(file)
	if err != nil || l.Game.Hash() != g.Hash() {
		t.Fatalf("load %s: %v", file, err)
	}
	for _, bad := range []string{"../x.bws", "/etc/passwd", "x.txt", ".autosave.bws1"} {
		if _, err := s.Load(bad); err == nil {
			t.Errorf("Load(%q) did not fail", bad)
		}
	}
}

func TestDir(t *testing.T) {
	t.Setenv(DirEnv, "/tmp/somewhere")
	if d, _ := Dir(); d != "/tmp/somewhere" {
		t.Errorf("Dir with %s set: %q", DirEnv, d)
	}
	t.Setenv(DirEnv, "")
	if d, err := Dir(); err == nil && !strings.HasSuffix(d, filepath.Join("BindingWords", "saves")) {
		t.Errorf("Dir: %q", d)
	}
}

func TestHasAutosave(t *testing.T) {
	s, _ := testStore(t)
	if s.HasAutosave() {
		t.Error("an empty store has an autosave")
	}
	g, seats := play(t, mustScenario(t, "harbour"), 1, 3)
	if err := s.Autosave(g, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	if !s.HasAutosave() {
		t.Error("no autosave after Autosave")
	}
}

// The round timer is saved with the game, paused or running, and a bad
// timer line is a clear error.
func TestClockIsSaved(t *testing.T) {
	s, _ := testStore(t)
	sc := mustScenario(t, "berlin")
	g, seats := play(t, sc, 4, 30)
	want := match.Clock{Minutes: 5, Left: 83, Round: g.Round(), Paused: true}
	file, err := s.SaveAs("Timed", g, seats, want)
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Save.Meta.Clock; got != want {
		t.Errorf("loaded clock %+v, want %+v", got, want)
	}
	for _, bad := range []string{"5 83", "5 83 2 asleep", "0 0 1 running", "5 400 1 running", "5 -1 1 paused", "5 10 99 running"} {
		if _, err := parseClock(bad); err == nil {
			t.Errorf("timer %q was accepted", bad)
		}
	}
}

// A save whose name shows nothing (zero-width characters and spaces) is
// listed by its file name, not as an empty row (issue 11, item 3).
func TestBlankNameIsListedByFile(t *testing.T) {
	s, _ := testStore(t)
	g, seats := play(t, mustScenario(t, "harbour"), 3, 4)
	file, err := s.SaveAs("\u200b\u2060 \u200d", g, seats, match.Clock{})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name != strings.TrimSuffix(file, Ext) || entries[0].Err != nil {
		t.Fatalf("entries %+v, want one named %q", entries, strings.TrimSuffix(file, Ext))
	}
}

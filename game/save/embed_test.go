//go:build !js

package save

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bindingwords/game/bots"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// Saves carry their scenario (issue 14, item 4): a teacher edits or
// deletes the scenario file, and every saved game of it still replays.

// editScenario writes harbour as scenario "edittest" in a fresh scenarios
// folder and returns the file, its bytes and the scenario. No build knows
// the id, so only the file (or the save) can give it.
func editScenario(t *testing.T) (path string, yaml []byte, sc *rules.Scenario) {
	t.Helper()
	forgetScenarios(t)
	dir := filepath.Join(t.TempDir(), "scenarios")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(ScenariosEnv, dir)
	yaml, err := os.ReadFile("testdata/scenarios/harbour.yaml")
	if err != nil {
		t.Fatal(err)
	}
	yaml = bytes.Replace(yaml, []byte("id: harbour\n"), []byte("id: edittest\n"), 1)
	path = filepath.Join(dir, "edittest.yaml")
	if err := os.WriteFile(path, yaml, 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err = scenarios.Find(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, yaml, sc
}

// savedGame plays a game of sc (opened from path) in a store that knows
// the file, as the window and the host do, and saves it as "Lesson 1".
func savedGame(t *testing.T, sc *rules.Scenario, path string) (*Store, *rules.Game) {
	t.Helper()
	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	st.RegisterScenario(sc, path)
	g, seats := play(t, sc, 4, 30)
	if _, err := st.SaveAs("Lesson 1", g, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	return st, g
}

// reopen is the store's folder opened again, as by a new run of the game
// that has met no scenario yet.
func reopen(t *testing.T, st *Store) *Store {
	t.Helper()
	forgetScenarios(t)
	st2, err := Open(st.b.(dirBackend).dir)
	if err != nil {
		t.Fatal(err)
	}
	return st2
}

func TestSaveReplaysAfterScenarioEdited(t *testing.T) {
	path, yaml, sc := editScenario(t)
	st, g := savedGame(t, sc, path)
	edited := bytes.Replace(yaml, []byte("title: The Harbour Guarantee"), []byte("title: The Harbour Guarantee, second edition"), 1)
	if bytes.Equal(edited, yaml) {
		t.Fatal("the test's edit changed nothing")
	}
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	st = reopen(t, st)
	entries, err := st.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Err != nil || !entries[0].Earlier || entries[0].Scenario != "The Harbour Guarantee" {
		t.Fatalf("entries %+v; want the save listed, loadable, on an earlier version of The Harbour Guarantee", entries)
	}
	l, err := st.Load(entries[0].File)
	if err != nil {
		t.Fatal(err)
	}
	if l.Game.Hash() != g.Hash() || l.Scenario.Hash != sc.Hash {
		t.Errorf("replayed to %s on %.12s, want %s on %.12s", l.Game.Hash(), l.Scenario.Hash, g.Hash(), sc.Hash)
	}
	if want := "Played with an earlier version of The Harbour Guarantee"; !strings.Contains(l.EarlierNote(), want) {
		t.Errorf("note %q, want %q", l.EarlierNote(), want)
	}
	// The next save of the resumed game carries the scenario it was
	// played on, not the edited file.
	if _, err := l.Game.Apply(firstLegal(t, l.Game)); err != nil {
		t.Fatal(err)
	}
	if err := st.Autosave(l.Game, l.Seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	st = reopen(t, st)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	c, err := st.Continue()
	if err != nil || c.Scenario.Hash != sc.Hash {
		t.Fatalf("the autosave of the resumed game: %v", err)
	}
}

func TestSaveReplaysAfterScenarioDeleted(t *testing.T) {
	path, _, sc := editScenario(t)
	st, g := savedGame(t, sc, path)
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	st = reopen(t, st)
	l, err := st.Load(FileName("Lesson 1"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Game.Hash() != g.Hash() || l.Earlier || l.EarlierNote() != "" {
		t.Errorf("replayed to %s (earlier %v), want %s, not marked earlier: there is no other version", l.Game.Hash(), l.Earlier, g.Hash())
	}
	// The tools open it the same way, by path, without the scenario.
	forgetScenarios(t)
	if _, err := ReadFileOn(filepath.Join(st.b.(dirBackend).dir, FileName("Lesson 1")), ""); err != nil {
		t.Fatal(err)
	}
}

// A save of format 4 names its scenario: it loads by the trust rules as
// before, and once loaded, the next save of the game (Save as, or the
// autosave after the next phase) is format 5 with the scenario in it.
func TestFormat4StillLoads(t *testing.T) {
	forgetScenarios(t)
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	g, seats := play(t, sc, 9, 25)
	f, err := FileOf(g, seats, Meta{Name: "Old"})
	if err != nil {
		t.Fatal(err)
	}
	if f.Scenario == nil {
		t.Fatal("a save of the built-in scenario carries no text")
	}
	f.Scenario = nil
	data, _ := f.Marshal()
	v4 := resum(bytes.Replace(data, []byte("bindingwords-save 5\n"), []byte("bindingwords-save 4\n"), 1))
	forgetScenarios(t)

	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dir := st.b.(dirBackend).dir
	if err := os.WriteFile(filepath.Join(dir, "old.bws"), v4, 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := st.Load("old.bws")
	if err != nil {
		t.Fatal(err)
	}
	if l.Save.Version != 4 || l.Save.Scenario != nil || l.Game.Hash() != g.Hash() {
		t.Fatalf("version %d, carries %d bytes, replays to %s", l.Save.Version, len(l.Save.Scenario), l.Game.Hash())
	}
	for _, how := range []string{"save as", "autosave"} {
		var file string
		switch how {
		case "save as":
			if file, err = st.SaveAs("Again", l.Game, l.Seats, match.Clock{}); err != nil {
				t.Fatal(err)
			}
		case "autosave":
			// The autosave after the next phase.
			g2 := l.Game
			if _, err := g2.Apply(firstLegal(t, g2)); err != nil {
				t.Fatal(err)
			}
			if err := st.Autosave(g2, l.Seats, match.Clock{}); err != nil {
				t.Fatal(err)
			}
			file = AutosaveFile
		}
		out, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(out, []byte("bindingwords-save 5\n")) || !bytes.Contains(out, []byte("\n| id: ")) {
			t.Errorf("%s: wrote\n%.300s\nwant format 5 with the scenario", how, out)
		}
	}
	// The fixtures of format 4, of scenarios no build has as they were,
	// load as they did; written again, they name their scenario only.
	for _, path := range []string{"testdata/v4/berlin-round4.bws", "testdata/v4/harbour-over.bws"} {
		l, err := ReadFile(path, testFinder)
		if err != nil || l.Save.Version != 4 || l.Save.Scenario != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
}

// firstLegal is the action a normal AI delegate takes next in g.
func firstLegal(t *testing.T, g *rules.Game) rules.Action {
	t.Helper()
	p := g.ToAct()[0]
	a, ok := bots.New(bots.Normal, p, 1).Act(g.View(p))
	if !ok {
		t.Fatal("no action")
	}
	return a
}

func TestEmbeddedScenarioTooLarge(t *testing.T) {
	// The limit is the scenario loader's own.
	big := bytes.Repeat([]byte("#\n"), MaxScenarioSize/2)
	if _, rep := scenarios.Load("big.yaml", append(big, '#')); !strings.Contains(fmt.Sprint(rep), fmt.Sprintf("at most %d bytes", MaxScenarioSize)) {
		t.Fatalf("a scenario of %d bytes: %v; want it refused for its size", MaxScenarioSize+1, rep)
	}
	data := carrying(t)
	at := bytes.Index(data, []byte("\nscenario ")) + 1
	eol := bytes.IndexByte(data[at:], '\n')
	huge := resum(append(append(append([]byte(nil), data[:at]...), fmt.Sprintf("scenario %d text", MaxScenarioSize+1)...), data[at+eol:]...))
	_, err := Load("big.bws", huge, testFinder)
	if ProblemOf(err) != Corrupt || !strings.Contains(err.Error(), "larger than any scenario file may be") {
		t.Fatalf("got %v", err)
	}
	// And a section far longer than it says stops being read.
	lines := bytes.Repeat([]byte("| "+strings.Repeat("x", 126)+"\n"), MaxScenarioSize/64)
	long := resum(append(append(append([]byte(nil), data[:at+eol+1]...), lines...), data[at+eol+1:]...))
	if _, err := Load("long.bws", long, testFinder); ProblemOf(err) != Corrupt || !strings.Contains(err.Error(), "runs on past") {
		t.Fatalf("got %v", err)
	}
}

// carrying is a save of harbour (the test copy) that carries it.
func carrying(t *testing.T) []byte {
	t.Helper()
	forgetScenarios(t)
	yaml, err := os.ReadFile("testdata/scenarios/harbour.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sc := mustScenario(t, "harbour")
	RememberScenarioText(sc, yaml)
	g, seats := play(t, sc, 2, 30)
	f, err := FileOf(g, seats, Meta{Name: "Carried"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := f.Marshal()
	if err != nil || f.Scenario == nil {
		t.Fatalf("%v (carries %d bytes)", err, len(f.Scenario))
	}
	forgetScenarios(t)
	return data
}

// Every way the section can be wrong is a clear error, never a panic
// (nor a scenario taken from elsewhere).
func TestEmbeddedScenarioMismatch(t *testing.T) {
	data := carrying(t)
	sub := func(old, new string) []byte {
		if !bytes.Contains(data, []byte(old)) {
			t.Fatalf("no %q in the save", old)
		}
		return resum(bytes.Replace(data, []byte(old), []byte(new), 1))
	}
	cut := func() []byte {
		// The section without its last five lines.
		at := bytes.Index(data, []byte("\nbindingwords-record"))
		start := at
		for range 5 {
			start = bytes.LastIndexByte(data[:start], '\n')
		}
		return resum(append(append([]byte(nil), data[:start]...), data[at:]...))
	}
	for _, c := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"an edited line", sub("| title: The Harbour Guarantee", "| title: The Harbour Promise"), "cut or altered"},
		{"an edit of the same length", sub("| title: The Harbour Guarantee", "| title: The Harbour Guaranteo"), "is not the one the game was played on"},
		{"truncated", cut(), "cut or altered"},
		{"a size that is no number", sub("\nscenario ", "\nscenario x"), "want the scenario's size"},
		{"an unknown encoding", sub(" text\n|", " rot13\n|"), "unknown scenario encoding"},
		{"two sections", sub("\nbindingwords-record", "\nscenario 1 text\n| x\nbindingwords-record"), "appears twice"},
		{"in a save of format 4", sub("bindingwords-save 5", "bindingwords-save 4"), "only saves of format 5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load("game.bws", c.data, testFinder)
			if ProblemOf(err) != Corrupt || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %v; want damage saying %q", err, c.msg)
			}
		})
	}
}

// A save whose scenario, though it is the one of the record's hash, does
// not pass the loader's checks (a later version of the game may check
// more) is refused with the loader's messages. The committed copy in
// testdata/broken serves the attack tool and the fuzz target.
func TestEmbeddedScenarioMismatchFailsToLoad(t *testing.T) {
	fresh := brokenScenarioSave(t)
	committed, err := os.ReadFile(brokenFixture)
	if err != nil {
		t.Fatalf("%v (go test -run TestMakeFixtures -update writes it)", err)
	}
	for name, data := range map[string][]byte{"fresh": fresh, "committed": committed} {
		_, err = Load("game.bws", data, testFinder)
		if ProblemOf(err) != Corrupt || !strings.Contains(err.Error(), "the scenario saved with this game does not load") || !strings.Contains(err.Error(), "no_such_key") {
			t.Fatalf("%s: got %v", name, err)
		}
	}
}

// The scenario a save carries wins over a file of the same id, and the
// file the save names is not opened for the replay.
func TestEmbeddedScenarioWinsAndOpensNothing(t *testing.T) {
	root, away, sc := outsideScenario(t)
	RememberScenarioText(sc, mustRead(t, away))
	g, seats := play(t, sc, 3, 12)
	f, err := FileOf(g, seats, Meta{Source: away})
	if err != nil || f.Scenario == nil {
		t.Fatalf("%v, carries %d bytes", err, len(f.Scenario))
	}
	data, _ := f.Marshal()
	forgetScenarios(t)
	if err := os.WriteFile(away, []byte("id: trusttest\ntitle: Something else\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var opened []string
	find := FindWith(func(p string) (*rules.Scenario, error) {
		opened = append(opened, p)
		return scenarios.Find(p)
	})
	l, err := Load(filepath.Join(root, "saves", "game.bws"), data, find)
	if err != nil || l.Game.Hash() != g.Hash() || len(opened) > 0 || l.Earlier {
		t.Fatalf("%v; opened %v; earlier %v (the file is outside the scenario folders: nothing to compare with)", err, opened, l != nil && l.Earlier)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The browser build has no scenario loader: a save's scenario is taken
// there only from a built-in scenario of the same content, and a save of
// another version says to open it in the desktop game.
func TestEmbeddedScenarioWithoutLoader(t *testing.T) {
	data := carrying(t)
	keep := parseScenario
	parseScenario = nil
	t.Cleanup(func() { parseScenario = keep })
	if l, err := Load("game.bws", data, testFinder); err != nil || l.Scenario.ID != "harbour" {
		t.Fatalf("with the same scenario built in: %v", err)
	}
	other := func(id, hash, source string) (*rules.Scenario, error) { return mustScenario(t, "berlin"), nil }
	_, err := Load("game.bws", data, other)
	if ProblemOf(err) != ScenarioChanged || !strings.Contains(err.Error(), "open the save in the desktop game") {
		t.Fatalf("got %v", err)
	}
}

// A game played from a file that carries a built-in id is compared with
// that file while it is there (the same: no note), and with the built-in
// scenario once it is gone.
func TestEarlierComparesWithTheFileFirst(t *testing.T) {
	forgetScenarios(t)
	dir := filepath.Join(t.TempDir(), "scenarios")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(ScenariosEnv, dir)
	frozen := mustRead(t, "testdata/scenarios/berlin.yaml")
	if b, ok := scenarios.BuiltinText("berlin"); !ok || bytes.Equal(b, frozen) {
		t.Skip("the built-in berlin is the frozen copy")
	}
	path := filepath.Join(dir, "berlin.yaml")
	if err := os.WriteFile(path, frozen, 0o644); err != nil {
		t.Fatal(err)
	}
	sc := mustScenario(t, "berlin")
	RememberScenarioText(sc, frozen)
	g, seats := play(t, sc, 2, 20)
	f, _ := FileOf(g, seats, Meta{Source: path})
	data, _ := f.Marshal()
	forgetScenarios(t)
	l, err := Load("game.bws", data, FindScenario)
	if err != nil || l.Earlier {
		t.Fatalf("with its file there: %v, earlier %v", err, l != nil && l.Earlier)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if l, err = Load("game.bws", data, FindScenario); err != nil || !l.Earlier {
		t.Fatalf("with its file gone: %v, earlier %v; want the built-in berlin compared", err, l != nil && l.Earlier)
	}
}

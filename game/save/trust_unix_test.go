//go:build unix

package save

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// The trusted-folder rule (issue 11, item 1): a save makes the game open
// the scenario file it names only inside the user's scenarios folder, a
// file named with --scenario, or the save's own folder, every link and
// ".." resolved first. Anything else is not opened, and the message says
// where to put the file. The rule is for saves that name their scenario
// without carrying it (format 4 and older, or a save written where the
// text was unknown): the tests here write such saves.
func TestSaveOpensOnlyTrustedScenarioFiles(t *testing.T) {
	forgetScenarios(t)
	root := t.TempDir()
	scenDir := filepath.Join(root, "scenarios")
	savesDir := filepath.Join(root, "saves")
	outside := filepath.Join(root, "elsewhere")
	for _, d := range []string{filepath.Join(scenDir, "sub"), savesDir, outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv(ScenariosEnv, scenDir)

	// A scenario no build knows by its id, so that only its file can
	// give it.
	yaml, err := os.ReadFile("testdata/scenarios/harbour.yaml")
	if err != nil {
		t.Fatal(err)
	}
	yaml = bytes.Replace(yaml, []byte("id: harbour\n"), []byte("id: trusttest\n"), 1)
	sc, rep := scenarios.Load("trusttest.yaml", yaml)
	if rep.HasErrors() {
		t.Fatal(rep)
	}
	place := func(path string) string {
		if err := os.WriteFile(path, yaml, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	link := func(target, path string) string {
		if err := os.Symlink(target, path); err != nil {
			t.Fatal(err)
		}
		return path
	}
	inScen := place(filepath.Join(scenDir, "trusttest.yaml"))
	inSub := place(filepath.Join(scenDir, "sub", "trusttest.yaml"))
	inSaves := place(filepath.Join(savesDir, "trusttest.yaml"))
	away := place(filepath.Join(outside, "trusttest.yaml"))
	named := place(filepath.Join(outside, "named.yaml"))
	TrustScenarioFile(named)

	g, seats := play(t, sc, 3, 12)
	// Every path the finder is asked to open, to show that a refused one
	// never is.
	var opened []string
	find := FindWith(func(p string) (*rules.Scenario, error) {
		opened = append(opened, p)
		return scenarios.Find(p)
	})
	const refused = "which is outside the scenario folders: copy the file into " + "%s" + " or pass it with --scenario"
	for _, c := range []struct {
		name, source string
		want         string // "" to load
	}{
		{"in the scenarios folder", inScen, ""},
		{"in a folder within it", inSub, ""},
		{"next to the save", inSaves, ""},
		{"named with --scenario", named, ""},
		{"a path with .. that stays inside", filepath.Join(scenDir, "sub", "..", "trusttest.yaml"), ""},
		{"elsewhere", away, "this save was played from " + away},
		{"elsewhere, the whole message", away, strings.Replace(refused, "%s", scenDir, 1)},
		{"../ out of the scenarios folder", filepath.Join(scenDir, "sub", "..", "..", "elsewhere", "trusttest.yaml"), "which is outside the scenario folders"},
		{"a link in the scenarios folder to a file outside", link(away, filepath.Join(scenDir, "escape.yaml")), "escape.yaml (" + away + "), which is outside the scenario folders"},
		{"a link to a folder outside", link(outside, filepath.Join(scenDir, "out")) + "/trusttest.yaml", "which is outside the scenario folders"},
		{"a file that is not there", filepath.Join(scenDir, "gone.yaml"), "which is not there: copy the file into " + scenDir},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := FileOf(g, seats, Meta{Name: c.name, Source: c.source})
			if err != nil {
				t.Fatal(err)
			}
			f.Scenario = nil
			data, err := f.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(savesDir, "game.bws")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			opened = nil
			l, err := ReadFile(path, find)
			if c.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if l.Scenario.ID != "trusttest" {
					t.Fatalf("loaded %s", l.Scenario.ID)
				}
				return
			}
			if err == nil || ProblemOf(err) != ScenarioMissing || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v; want a missing scenario saying %q", err, c.want)
			}
			if slices.Contains(opened, c.source) {
				t.Errorf("the refused file was opened: %v", opened)
			}
		})
	}
}

// A save in the store's folder that names a file outside is listed with
// the reason, and loading another save does not make the store open that
// file later.
func TestStoreListsAnOutsideSourceAsMissing(t *testing.T) {
	root, away, sc := outsideScenario(t)
	g, seats := play(t, sc, 3, 12)
	f, err := FileOf(g, seats, Meta{Name: "From elsewhere", Source: away})
	if err != nil {
		t.Fatal(err)
	}
	f.Scenario = nil
	data, _ := f.Marshal()
	dir := filepath.Join(root, "saves")
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "elsewhere.bws"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	entries, err := st.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Err == nil || !strings.Contains(entries[0].Err.Error(), "which is outside the scenario folders") {
		t.Fatalf("entries %+v", entries)
	}
}

// When the file a save names is refused and the built-in scenario of its
// id has changed since, the message says both.
func TestRefusedSourceAndAChangedBuiltin(t *testing.T) {
	root := t.TempDir()
	t.Setenv(ScenariosEnv, filepath.Join(root, "scenarios"))
	away := filepath.Join(root, "elsewhere", "berlin.yaml")
	if err := os.MkdirAll(filepath.Dir(away), 0o755); err != nil {
		t.Fatal(err)
	}
	frozen, err := os.ReadFile("testdata/scenarios/berlin.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(away, frozen, 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := scenarios.LoadBuiltin("berlin"); err != nil || b.Hash == mustScenario(t, "berlin").Hash {
		t.Skip("the built-in berlin is the frozen copy: nothing has changed")
	}
	g, seats := play(t, mustScenario(t, "berlin"), 5, 20)
	f, err := FileOf(g, seats, Meta{Source: away})
	if err != nil {
		t.Fatal(err)
	}
	f.Scenario = nil
	data, _ := f.Marshal()
	_, err = Load(filepath.Join(root, "saves", "game.bws"), data, FindScenario)
	if ProblemOf(err) != ScenarioChanged || !strings.Contains(err.Error(), "(the file it names was not opened: this save was played from "+away+", which is outside the scenario folders") {
		t.Fatalf("got %v", err)
	}
}

// A path registered with the store is used to find a scenario only if the
// rule allows it too: a caller that registers a save's own words (host
// --resume registers the source of the save it resumed) does not make the
// store open a file outside.
func TestStoreChecksRegisteredSources(t *testing.T) {
	root, away, sc := outsideScenario(t)
	g, seats := play(t, sc, 3, 12)
	f, err := FileOf(g, seats, Meta{Name: "No source"})
	if err != nil {
		t.Fatal(err)
	}
	f.Scenario = nil
	data, _ := f.Marshal()
	dir := filepath.Join(root, "saves")
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var opened []string
	st.SetFinder(FindWith(func(p string) (*rules.Scenario, error) {
		opened = append(opened, p)
		return scenarios.Find(p)
	}))
	// Another version of the scenario, registered with the outside path.
	other := *sc
	other.Hash = strings.Repeat("ab", 32)
	st.RegisterScenario(&other, away)
	if err := os.WriteFile(filepath.Join(dir, "game.bws"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Load("game.bws"); err == nil || slices.Contains(opened, away) {
		t.Fatalf("loaded (%v); opened %v", err, opened)
	}
}

// outsideScenario writes a scenario file (harbour as "trusttest") outside
// the scenarios folder of a fresh root, with $BINDINGWORDS_SCENARIOS set
// to root/scenarios; it returns the root, the file and the scenario.
func outsideScenario(t *testing.T) (root, away string, sc *rules.Scenario) {
	t.Helper()
	forgetScenarios(t)
	root = t.TempDir()
	t.Setenv(ScenariosEnv, filepath.Join(root, "scenarios"))
	away = filepath.Join(root, "elsewhere", "trusttest.yaml")
	if err := os.MkdirAll(filepath.Dir(away), 0o755); err != nil {
		t.Fatal(err)
	}
	yaml, err := os.ReadFile("testdata/scenarios/harbour.yaml")
	if err != nil {
		t.Fatal(err)
	}
	yaml = bytes.Replace(yaml, []byte("id: harbour\n"), []byte("id: trusttest\n"), 1)
	if err := os.WriteFile(away, yaml, 0o644); err != nil {
		t.Fatal(err)
	}
	sc, rep := scenarios.Load(away, yaml)
	if rep.HasErrors() {
		t.Fatal(rep)
	}
	return root, away, sc
}

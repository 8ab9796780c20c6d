package save

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

var update = flag.Bool("update", false, "write the fixtures in testdata that are missing")

// TestMakeFixtures writes the fixtures that do not exist yet, with -update.
// It never rewrites one: a fixture of an old version stands for files that
// players already have, and must keep loading as it is.
func TestMakeFixtures(t *testing.T) {
	if !*update {
		t.Skip("run with -update to write missing fixtures")
	}
	write := func(path string, data []byte) {
		if _, err := os.Stat(path); err == nil {
			return
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
	}
	for _, fx := range []struct {
		file     string
		scenario string
		seed     uint64
		steps    int
	}{
		{"v1/harbour-over.record", "harbour", 1, -1},
		{"v1/berlin-over.record", "berlin", 7, -1},
		{"v1/berlin-round2.record", "berlin", 3, 40},
		{"v2/harbour-over.bws", "harbour", 2, -1},
		{"v2/berlin-over.bws", "berlin", 11, -1},
		{"v2/berlin-round3.bws", "berlin", 5, 70},
		{"v4/harbour-over.bws", "harbour", 2, -1},
		{"v4/berlin-round4.bws", "berlin", 5, 70},
		{"v5/harbour-over.bws", "harbour", 2, -1},
		{"v5/berlin-round4.bws", "berlin", 5, 70},
	} {
		sc := mustScenario(t, fx.scenario)
		forgetScenarios(t)
		if strings.HasPrefix(fx.file, "v5/") {
			// Format 5 carries the scenario: the frozen copy's bytes.
			text, err := os.ReadFile(filepath.Join("testdata", "scenarios", fx.scenario+".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			RememberScenarioText(sc, text)
		}
		g, seats := play(t, sc, fx.seed, fx.steps)
		path := filepath.Join("testdata", fx.file)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(fx.file, "v1/") {
			rec, err := rules.RecordOf(g, seats)
			if err != nil {
				t.Fatal(err)
			}
			data, _ := rec.MarshalText()
			write(path, data)
			continue
		}
		at := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
		f, err := FileOf(g, seats, Meta{Name: "Lesson 1 — " + fx.scenario, Created: at, Saved: at.Add(41 * time.Minute)})
		if err != nil {
			t.Fatal(err)
		}
		data, err := f.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		write(path, data)
	}
	if err := os.MkdirAll(filepath.Dir(brokenFixture), 0o755); err != nil {
		t.Fatal(err)
	}
	write(brokenFixture, brokenScenarioSave(t))
}

// refused are the fixtures that must not load, and what they get: a bare
// record (format 1) of a game that is not over cannot be told from a file
// cut short.
var refused = map[string]string{
	"testdata/v1/berlin-round2.record": "stops before the game is over, in round 2 (table phase). That format has no end line",
}

// TestFixturesLoad loads every fixture of every version: a save written by
// any earlier version of the game must keep loading (but for those in
// refused).
func TestFixturesLoad(t *testing.T) {
	files, _ := filepath.Glob("testdata/v*/*")
	if len(files) < 11 {
		t.Fatalf("only %d fixtures; run go test -run TestMakeFixtures -update", len(files))
	}
	for _, path := range files {
		t.Run(path, func(t *testing.T) {
			wantVersion := int(path[len("testdata/v")] - '0')
			l, err := ReadFile(path, testFinder)
			if want, ok := refused[path]; ok {
				if ProblemOf(err) != Truncated || !strings.Contains(err.Error(), want) {
					t.Fatalf("got %v; want it refused as cut off: %q", err, want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if carries := l.Save.Scenario != nil; carries != (wantVersion >= 5) {
				t.Errorf("a save of format %d: carries its scenario %v", wantVersion, carries)
			}
			if chained := l.Save.Record.Chained(); chained != (wantVersion >= 4) {
				t.Errorf("a save of format %d: its record chained %v", wantVersion, chained)
			}
			if l.Save.Version != wantVersion {
				t.Errorf("version %d, want %d", l.Save.Version, wantVersion)
			}
			r := l.Save.Record
			if n := len(r.Steps); n > 0 && l.Game.Hash() != r.Steps[n-1].Hash {
				t.Errorf("replayed to %s, the record ends at %s", l.Game.Hash(), r.Steps[n-1].Hash)
			}
			if len(l.Seats) == 0 || len(l.Save.Meta.Delegations) != len(l.Seats) {
				t.Errorf("seats %v, delegations %v", l.Seats, l.Save.Meta.Delegations)
			}
			// Writing it in the current version and reading it back
			// gives the same game.
			data, err := l.Save.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			l2, err := Load("rewritten", data, testFinder)
			if err != nil {
				t.Fatalf("the rewritten save does not load: %v\n%s", err, data)
			}
			if l2.Save.Version != Version || l2.Game.Hash() != l.Game.Hash() {
				t.Errorf("rewritten: version %d, hash %s; want %d, %s", l2.Save.Version, l2.Game.Hash(), Version, l.Game.Hash())
			}
		})
	}
}

// TestMigrationKeepsLines checks that a message about a migrated file
// points at the line of the file on disk, not of its migrated form.
func TestMigrationKeepsLines(t *testing.T) {
	data, err := os.ReadFile("testdata/v1/harbour-over.record")
	if err != nil {
		t.Fatal(err)
	}
	ls := strings.Split(string(data), "\n")
	ls[9] = "step zz " + ls[9]
	_, err = Parse("old.record", []byte(strings.Join(ls, "\n")))
	if err == nil || !strings.HasPrefix(err.Error(), "old.record:10: ") {
		t.Fatalf("got %v, want an error at old.record:10", err)
	}
}

// brokenFixture is a save of format 5 whose scenario fails to load.
const brokenFixture = "testdata/broken/v5-scenario-fails-to-load.bws"

// brokenScenarioSave makes a save that carries a scenario the loader
// refuses, its hash the record's: the game is played on the scenario
// loaded from the sound file, given the broken file's hash.
func brokenScenarioSave(t *testing.T) []byte {
	t.Helper()
	forgetScenarios(t)
	yaml, err := os.ReadFile("testdata/scenarios/harbour.yaml")
	if err != nil {
		t.Fatal(err)
	}
	broken := append(bytes.Clone(yaml), "\nno_such_key: 1\n"...)
	if _, rep := scenarios.Load("broken.yaml", broken); !rep.HasErrors() {
		t.Fatal("the broken scenario loads")
	}
	sc := *mustScenario(t, "harbour")
	sc.Hash = hashOf(broken)
	g, seats := play(t, &sc, 2, -1)
	f, err := FileOf(g, seats, Meta{Name: "Broken scenario"})
	if err != nil {
		t.Fatal(err)
	}
	f.Scenario = broken
	data, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

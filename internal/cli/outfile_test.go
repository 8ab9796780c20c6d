package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"bindingwords/game/bots"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// TestOutIsNotAnInput asks every command with --out to write over one of
// its inputs: the save, the scenario file, by the same name, another
// spelling of the path, or a hard link. Each is refused as a usage mistake
// and the input is left as it was.
func TestOutIsNotAnInput(t *testing.T) {
	game := writeGame(t)
	dir := t.TempDir()
	saved, err := os.ReadFile(game)
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.bws")
	if err := os.Link(game, link); err != nil {
		t.Fatal(err)
	}
	// A scenario file in a folder of handouts: handouts would write
	// briefing.html over it.
	hdir := filepath.Join(dir, "handouts")
	if err := os.Mkdir(hdir, 0o755); err != nil {
		t.Fatal(err)
	}
	minimal, err := os.ReadFile("scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	scen := filepath.Join(hdir, "briefing.html")
	if err := os.WriteFile(scen, minimal, 0o644); err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(".", game)
	if err != nil {
		rel = game
	}
	twisted := filepath.Join(filepath.Dir(game), ".", "..", filepath.Base(filepath.Dir(game)), filepath.Base(game))
	runCmdCases(t, []cmdCase{
		{name: "report over its save", args: []string{"report", game, "--out", game, "--format", "html"}, code: 2, stderr: "is the save"},
		{name: "report over its save, another spelling", args: []string{"report", game, "--out", twisted, "--format", "md"}, code: 2, stderr: "is the save"},
		{name: "report over its save, relative", args: []string{"report", rel, "--out", game, "--format", "md"}, code: 2, stderr: "is the save"},
		{name: "report over a hard link of its save", args: []string{"report", game, "--out", link, "--format", "md"}, code: 2, stderr: "is the save"},
		{name: "report over its scenario file", args: []string{"report", game, "--out", scen, "--scenario", scen, "--format", "html"}, code: 2, stderr: "is the scenario file"},
		{name: "handouts over its scenario file", args: []string{"handouts", "--scenario", scen, "--out", hdir}, code: 2, stderr: "is the scenario file"},
	})
	if got, _ := os.ReadFile(game); !bytes.Equal(got, saved) {
		t.Errorf("the save was changed")
	}
	if got, _ := os.ReadFile(scen); !bytes.Equal(got, minimal) {
		t.Errorf("the scenario file was changed")
	}
}

// TestOutIsNotTheSavesScenario writes a report over the scenario file a
// save names in its header (no --scenario given): refused, and the file
// is left as it was.
func TestOutIsNotTheSavesScenario(t *testing.T) {
	dir := t.TempDir()
	minimal, err := os.ReadFile("scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// A save opens only a scenario file named as one (.yaml).
	scen := filepath.Join(dir, "harbour.yaml")
	if err := os.WriteFile(scen, minimal, 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := scenarios.Find(scen)
	if err != nil {
		t.Fatal(err)
	}
	kinds := make([]match.SeatKind, len(sc.Parties))
	var seats []rules.Seat
	for p := range kinds {
		kinds[p] = match.AISeat(bots.Normal.Name)
		seats = append(seats, rules.Seat{Party: sc.Parties[p].ID, Kind: "ai:normal"})
	}
	m, err := match.New(match.Config{Scenario: sc, Seed: 4, Seats: kinds})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Run(); err != nil {
		t.Fatal(err)
	}
	f, err := save.FileOf(m.Game(), seats, save.Meta{Name: "Harbour", Source: scen})
	if err != nil {
		t.Fatal(err)
	}
	data, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	game := filepath.Join(dir, "harbour.bws")
	if err := os.WriteFile(game, data, 0o644); err != nil {
		t.Fatal(err)
	}
	runCmdCases(t, []cmdCase{
		{name: "another file", args: []string{"report", game, "--out", filepath.Join(dir, "report.md")}, stdout: []string{"wrote …"}},
		{name: "the save's scenario", args: []string{"report", game, "--out", scen, "--format", "md"}, code: 2, stderr: "is the scenario file the game was played on"},
	})
	if got, _ := os.ReadFile(scen); !bytes.Equal(got, minimal) {
		t.Errorf("the scenario file was changed")
	}
}

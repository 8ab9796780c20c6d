package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// Saves carry their scenario (issue 14, item 4): replay, report and host
// --resume open a save of format 5 after its scenario file was edited or
// deleted.

// carryScenario writes the test copy of harbour as scenario "carrytest"
// in a fresh scenarios folder, and returns the file and the scenario.
func carryScenario(t *testing.T) (string, []byte, *rules.Scenario) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "scenarios")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(save.ScenariosEnv, dir)
	yaml, err := os.ReadFile("game/save/testdata/scenarios/harbour.yaml")
	if err != nil {
		t.Fatal(err)
	}
	yaml = bytes.Replace(yaml, []byte("id: harbour\n"), []byte("id: carrytest\n"), 1)
	path := filepath.Join(dir, "carrytest.yaml")
	if err := os.WriteFile(path, yaml, 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := scenarios.Find(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, yaml, sc
}

// carryGame plays sc with AI delegates to the end (steps < 0), or for at
// most steps moves with the first seat human, in a store that registered
// the file.
func carryGame(t *testing.T, sc *rules.Scenario, path string, steps int) (*save.Store, *match.Match, string) {
	t.Helper()
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p := range kinds {
		kinds[p] = match.AISeat("normal")
	}
	if steps >= 0 {
		kinds[0] = match.HumanSeat()
	}
	m, err := match.New(match.Config{Scenario: sc, Seed: 5, Seats: kinds})
	if err != nil {
		t.Fatal(err)
	}
	if steps < 0 {
		if _, err := m.Run(); err != nil {
			t.Fatal(err)
		}
	} else {
		for range steps {
			if m.Game().Over() || m.Game().ToAct()[0] == 0 {
				break
			}
			if _, err := m.Step(); err != nil {
				t.Fatal(err)
			}
		}
	}
	dir := t.TempDir()
	store, err := save.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	store.RegisterScenario(sc, path)
	return store, m, dir
}

func TestReplayAndReportOfASaveThatCarriesItsScenario(t *testing.T) {
	path, yaml, sc := carryScenario(t)
	store, m, dir := carryGame(t, sc, path, -1)
	file, err := store.SaveAs("Lesson 3", m.Game(), m.RecordSeats(), m.Clock())
	if err != nil {
		t.Fatal(err)
	}
	game := filepath.Join(dir, file)
	if err := os.WriteFile(path, bytes.Replace(yaml, []byte("title: The Harbour Guarantee"), []byte("title: The Harbour Guarantee (2nd edition)"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	verified := []string{game + ": verified (save format 5, …).",
		"  Checked: every state hash matches (the moves replay to the same game), and so does the text chain over every reason and seat.",
		"  Scenario: the one the save carries, which is the content the game record names; no scenario file was used.",
		"  Not checked: the save's name and dates, which are the file's own words."}
	earlier := "  Played with an earlier version of The Harbour Guarantee, which the save carries: the scenario has changed since."
	md := filepath.Join(t.TempDir(), "report.md")
	runCmdCases(t, []cmdCase{
		{name: "replay --verify, the file edited", args: []string{"replay", "--verify", game}, stdout: append(append([]string(nil), verified...), earlier)},
		{name: "replay, the file edited", args: []string{"replay", game}, stdout: append(append([]string(nil), verified...), earlier, "", "The Harbour Guarantee (carrytest, …", "…", "Outcome: …", "…")},
		{name: "report, the file edited", args: []string{"report", game, "--out", md}, stdout: []string{"wrote " + md + " (md, …"}},
	})
	data, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "Played with an earlier version of The Harbour Guarantee: the scenario has changed since this game") || strings.Contains(string(data), "2nd edition") {
		t.Errorf("the report does not say it follows the earlier version:\n%.1500s", data)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	runCmdCases(t, []cmdCase{
		{name: "replay --verify, the file deleted", args: []string{"replay", "--verify", game}, stdout: verified},
		{name: "report, the file deleted", args: []string{"report", game, "--out", md}, stdout: []string{"wrote " + md + " (md, …"}},
	})
}

// TestHostResumesAFormat5Autosave resumes a class from a window's
// autosave of format 5 after the scenario file is gone; the class save it
// goes on in carries the scenario too.
func TestHostResumesAFormat5Autosave(t *testing.T) {
	path, _, sc := carryScenario(t)
	store, m, dir := carryGame(t, sc, path, 40)
	if m.Game().Over() {
		t.Fatal("the game is over before the lesson")
	}
	if err := store.Autosave(m.Game(), m.RecordSeats(), m.Clock()); err != nil {
		t.Fatal(err)
	}
	auto := filepath.Join(dir, save.AutosaveFile)
	if data, _ := os.ReadFile(auto); !bytes.HasPrefix(data, []byte("bindingwords-save 5\n")) || !bytes.Contains(data, []byte("\n| id: ")) {
		t.Fatalf("the autosave does not carry its scenario:\n%.400s", data)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	saves := t.TempDir()
	ctx, stop, base, room, exit, stderr := startHost(t, "--saves", saves, "--resume", auto)
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	c, err := client.Join(tctx, base, room, sc.Parties[0].ID, "Eagles")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Connect(tctx); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Next(tctx); err != nil {
		t.Fatal(err)
	}
	if c.Events != len(m.Public().Events()) || c.State.Round != m.Public().Round() {
		t.Fatalf("the resumed table shows %d events of round %d; the save has %d events of round %d", c.Events, c.State.Round, len(m.Public().Events()), m.Public().Round())
	}
	if c.State.Mine.MustAct {
		a, _ := client.PlainMove(c.State)
		if _, err := c.Act(tctx, a); err != nil {
			t.Fatal(err)
		}
		for c.Pending() {
			if _, _, err := c.Next(tctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	stop()
	if code := <-exit; code != 0 {
		t.Fatalf("host exited %d: %s", code, stderr.String())
	}
	// The class save the host wrote replays without the file.
	files, _ := filepath.Glob(filepath.Join(saves, "*.bws"))
	if len(files) == 0 {
		t.Fatal("the host wrote no save")
	}
	for _, f := range files {
		l, err := save.ReadFileOn(f, "")
		if err != nil {
			t.Fatal(err)
		}
		if l.Save.Version != 5 || l.Save.Scenario == nil || l.Scenario.Hash != sc.Hash || len(l.Game.Actions()) < m.Steps() {
			t.Errorf("%s: format %d, carries %d bytes, scenario %.12s, %d moves (had %d)", f, l.Save.Version, len(l.Save.Scenario), l.Scenario.Hash, len(l.Game.Actions()), m.Steps())
		}
	}
}

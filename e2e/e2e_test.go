// Package e2e tests the real game as players would: with key presses and
// clicks only, headless. The tests need a display (Xvfb) and, for the
// browser test, Chromium; scripts/test.sh provides both. Without them the
// tests skip and say why.
package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"bindingwords/game/rules"
	"bindingwords/game/save"
)

// build compiles a package of this module into dir and returns the binary.
func build(t *testing.T, dir, name, pkg string, args ...string) string {
	t.Helper()
	out := filepath.Join(dir, name)
	cmd := exec.Command("go", append(append([]string{"build"}, args...), "-o", out, pkg)...)
	cmd.Dir = ".."
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
	return out
}

// shotsDir is where screenshots go: $BINDINGWORDS_SHOTS if set (the
// screenshot script), else a temporary folder.
func shotsDir(t *testing.T) string {
	if d := os.Getenv("BINDINGWORDS_SHOTS"); d != "" {
		return d
	}
	return t.TempDir()
}

// TestHotSeatGameByInputOnly plays a whole hot-seat game — the United
// States and Ukraine human, Germany, France and Poland AI — from the
// title screen to the debrief, with input events only, through vmhost.
// On the way the game is killed with SIGKILL in round 2 and resumed with
// Continue, saved under a name, a brief is opened again through the
// chooser, a public commitment is made, and at the debrief the report is
// exported and the replay stepped through.
func TestHotSeatGameByInputOnly(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: run under Xvfb (scripts/test.sh does)")
	}
	if testing.Short() {
		t.Skip("plays a whole game")
	}
	dir := t.TempDir()
	guest := build(t, dir, "guest", ".", "-tags", "ebitenginevmguest")
	driver := build(t, dir, "vmdriver", "./e2e/vmdriver")
	shots := shotsDir(t)
	saves := filepath.Join(dir, "bw")
	// The moment of the kill changes from run to run, and is logged to
	// reproduce a failure: BINDINGWORDS_CRASH_SEED=N replays it.
	crashSeed := uint64(time.Now().UnixNano()%1000 + 1)
	if s := os.Getenv("BINDINGWORDS_CRASH_SEED"); s != "" {
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			crashSeed = n
		}
	}
	t.Logf("crash seed %d (BINDINGWORDS_CRASH_SEED=%d reproduces this run)", crashSeed, crashSeed)
	cmd := exec.Command(driver, "-guest", guest, "-out", shots, "-w", "1280", "-h", "720",
		"-saves", saves, "-crash-seed", fmt.Sprint(crashSeed))
	out, err := cmd.CombinedOutput()
	t.Logf("driver output:\n%s", out)
	data, rerr := os.ReadFile(filepath.Join(shots, "report.json"))
	if rerr != nil {
		t.Fatalf("no report: %v (driver: %v)", rerr, err)
	}
	var rep struct {
		Scenes      []string
		Shots       []string
		HumanTurns  int `json:"human_turns"`
		PassScreens int `json:"pass_screens"`
		Polls       int
		Amended     bool
		Committed   bool
		Debrief     bool
		Crash       *struct {
			DelayMS    int    `json:"delay_ms"`
			AtKill     string `json:"at_kill"`
			Resumed    string
			PhasesLost int `json:"phases_lost"`
		}
		SavedAs  string `json:"saved_as"`
		Chooser  bool
		Exported []string
		Replay   bool
		Error    string
		Votes    int
		Results  int
		EscBack  bool `json:"esc_back"`
		Called   bool
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if err != nil || rep.Error != "" {
		t.Fatalf("the game could not be played to the end: %v %s", err, rep.Error)
	}
	for _, scene := range []string{"title", "newgame", "briefing", "pass", "brief", "news", "table", "polls", "ratification", "debrief",
		"load", "resumed", "menu", "settings", "saveas", "chooser", "replay"} {
		if !slices.Contains(rep.Scenes, scene) {
			t.Errorf("never saw the %s screen; saw %v", scene, rep.Scenes)
		}
	}
	if !rep.Debrief {
		t.Error("did not reach the debrief")
	}
	if !rep.Amended {
		t.Error("never tabled an amendment")
	}
	// Two human delegations: two private briefs, then a pass screen before
	// every human turn.
	if rep.PassScreens < rep.HumanTurns+2 || rep.HumanTurns < 4 {
		t.Errorf("%d pass screens for %d human turns: every human turn must start behind one", rep.PassScreens, rep.HumanTurns)
	}
	if rep.Polls < 1 {
		t.Error("no polls screen")
	}
	// Issue 15: the amendment is made by an article's number, with an Esc
	// that takes back one step and stays at the table; a vote has no
	// default (Enter alone on it casts nothing, so every ballot took Down
	// and Enter); a vote of the two human delegations ends on its public
	// result.
	if !rep.EscBack {
		t.Error("Esc while choosing a wording did not stay at the table")
	}
	if rep.Votes < 1 || rep.Results < 1 {
		t.Errorf("%d ballots by Down and Enter, %d public results: want both", rep.Votes, rep.Results)
	}
	switch c := rep.Crash; {
	case c == nil:
		t.Error("the game was never killed and resumed")
	case c.PhasesLost > 1:
		t.Errorf("killed at %s, resumed at %s: %d phases lost, want at most 1", c.AtKill, c.Resumed, c.PhasesLost)
	default:
		t.Logf("killed after %d ms at %s; resumed at %s (%d phase(s) back)", c.DelayMS, c.AtKill, c.Resumed, c.PhasesLost)
	}
	if rep.SavedAs == "" || !rep.Chooser || !rep.Replay {
		t.Errorf("saved as %q, chooser %v, replay %v: want all three", rep.SavedAs, rep.Chooser, rep.Replay)
	}
	if len(rep.Exported) != 2 {
		t.Errorf("exported %v: want the HTML and the Markdown", rep.Exported)
	}
	for _, f := range rep.Exported {
		if fi, err := os.Stat(f); err != nil || fi.Size() < 5000 {
			t.Errorf("exported %s is missing or a stub", f)
		}
	}
	// The game as the last autosave holds it: over, with the public
	// commitment a human delegation made in a press phase.
	store, err := save.Open(filepath.Join(saves, "saves"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := store.Continue()
	if err != nil {
		t.Fatalf("the finished game's autosave: %v", err)
	}
	if !l.Game.Over() {
		t.Error("the last autosave is not of the finished game")
	}
	if !rep.Committed {
		t.Error("never made a public commitment in a press phase")
	}
	// Issue 15, the signature toggle: the United States called for
	// signature on the way to tabling, and the Enter after the call
	// tabled the amendment; had the focus stayed on the toggle, which
	// then reads "Withdraw our call", it would have withdrawn the call.
	if !rep.Called {
		t.Error("the driver never called for signature by the keyboard")
	}
	if err := callThenTable(l.Game.Actions(), humanParties(l)); err != nil {
		t.Error(err)
	}
	human := false
	for _, c := range l.Game.View(-1).Commitments() {
		for _, s := range l.Seats {
			human = human || (s.Kind == "human" && s.Party == l.Scenario.Parties[c.Party].ID)
		}
	}
	if !human {
		t.Error("the finished game holds no public commitment by a human delegation")
	}
	for _, s := range rep.Shots {
		if fi, err := os.Stat(s); err != nil || fi.Size() < 10000 {
			t.Errorf("screenshot %s missing or tiny", s)
		}
	}
}

// humanParties are the indexes of the delegations a human played.
func humanParties(l *save.Loaded) map[int]bool {
	out := map[int]bool{}
	for i, p := range l.Scenario.Parties {
		for _, s := range l.Seats {
			if s.Kind == "human" && s.Party == p.ID {
				out[i] = true
			}
		}
	}
	return out
}

// callThenTable checks the game's moves for a human delegation's call for
// signature whose very next move is the amendment it was putting
// together, not the call's withdrawal.
func callThenTable(acts []rules.Action, human map[int]bool) error {
	for i, a := range acts {
		if a.Kind != rules.Call || !a.Yes || !human[a.Party] {
			continue
		}
		for _, b := range acts[i+1:] {
			if b.Party != a.Party {
				continue
			}
			if b.Kind == rules.Call && !b.Yes {
				return fmt.Errorf("move %d: the Enter after a call for signature withdrew it", i+1)
			}
			if b.Kind != rules.Table {
				return fmt.Errorf("move %d: after its call for signature %d's next move is kind %d, want the amendment it was putting together", i+1, a.Party, b.Kind)
			}
			return nil
		}
	}
	return fmt.Errorf("no human delegation ever called for signature (%d moves)", len(acts))
}

// The history check of the signature toggle tells a call followed by the
// amendment from a call withdrawn by the next Enter.
func TestCallThenTable(t *testing.T) {
	human := map[int]bool{0: true}
	call := rules.Action{Party: 0, Kind: rules.Call, Yes: true}
	ai := rules.Action{Party: 1, Kind: rules.Pass}
	for _, c := range []struct {
		name string
		acts []rules.Action
		ok   bool
	}{
		{"tabled", []rules.Action{ai, call, ai, {Party: 0, Kind: rules.Table}}, true},
		{"withdrawn", []rules.Action{call, {Party: 0, Kind: rules.Call}, {Party: 0, Kind: rules.Table}}, false},
		{"passed", []rules.Action{call, {Party: 0, Kind: rules.Pass}}, false},
		{"never called", []rules.Action{ai, {Party: 0, Kind: rules.Table}}, false},
		{"an AI's call", []rules.Action{{Party: 1, Kind: rules.Call, Yes: true}, {Party: 1, Kind: rules.Call}}, false},
	} {
		if err := callThenTable(c.acts, human); (err == nil) != c.ok {
			t.Errorf("%s: %v, want ok %v", c.name, err, c.ok)
		}
	}
}

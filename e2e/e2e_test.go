// Package e2e tests the real game as players would: with key presses and
// clicks only, headless. The tests need a display (Xvfb) and, for the
// browser test, Chromium; scripts/test.sh provides both. Without them the
// tests skip and say why.
package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
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
	cmd := exec.Command(driver, "-guest", guest, "-out", shots, "-w", "1280", "-h", "720")
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
		Debrief     bool
		Error       string
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	if err != nil || rep.Error != "" {
		t.Fatalf("the game could not be played to the end: %v %s", err, rep.Error)
	}
	for _, scene := range []string{"title", "newgame", "briefing", "pass", "brief", "table", "polls", "ratification", "debrief"} {
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
	for _, s := range rep.Shots {
		if fi, err := os.Stat(s); err != nil || fi.Size() < 10000 {
			t.Errorf("screenshot %s missing or tiny", s)
		}
	}
}

package ui

import (
	"os"
	"testing"

	"bindingwords/game/match"
	"bindingwords/scenarios"
)

// TestLinksScreenshots writes Northland's private brief for the scenario
// with linkage points (scenarios/testdata/good/linked.yaml) to the folder
// $BW_LINK_SHOTS, in a real window: the brief lists the delegation's link
// in words under its points for each wording.
//
//	BW_LINK_SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 3840x2160x24" go test ./game/ui -run TestLinksScreenshots
func TestLinksScreenshots(t *testing.T) {
	dir := os.Getenv("BW_LINK_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_LINK_SHOTS to a folder and run under Xvfb to take the linked brief's screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	brief := func(t *testing.T) *App {
		sc, _, err := scenarios.Open("../../scenarios/testdata/good/linked.yaml")
		if err != nil {
			t.Fatal(err)
		}
		seats := []match.SeatKind{match.HumanSeat(), match.AISeat("normal"), match.AISeat("normal")}
		a := storeApp(t, t.TempDir(), nil)
		a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "harbour_linked", Scenario: sc, Seats: seats, Rounds: 3, Seed: 11}})
		a.route(Outcome{To: ToBrief, Party: 0})
		a.ui.ResetFocus()
		tick(a, kNone)
		a.fade = 0
		return a
	}
	takeShots(t, dir, []projShot{{"links-brief-1280x720", 1280, 720, brief}, {"links-brief-1024x768", 1024, 768, brief}})
}

// TestInForceScreenshots plays a solo game of the scenario with an
// entry-into-force rule of its own (scenarios/testdata/good/inforce.yaml)
// to its ratification screen, which states the rule and how many
// ratifications came in, and the debrief, whose summary says the same,
// and writes them to $BW_LINK_SHOTS.
func TestInForceScreenshots(t *testing.T) {
	dir := os.Getenv("BW_LINK_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_LINK_SHOTS to a folder and run under Xvfb to take the ratification screen's screenshots")
	}
	debrief := func(t *testing.T) *App {
		a := ratification(t)
		tick(a, kEnter)
		tick(a, kNone)
		a.fade = 0
		return a
	}
	takeShots(t, dir, []projShot{{"inforce-ratification-1280x720", 1280, 720, ratification}, {"inforce-debrief-1280x720", 1280, 720, debrief}})
}

// ratification is a solo game of scenarios/testdata/good/inforce.yaml
// played to its ratification screen.
func ratification(t *testing.T) *App {
	t.Helper()
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/inforce.yaml")
	if err != nil {
		t.Fatal(err)
	}
	seats := []match.SeatKind{match.HumanSeat(), match.AISeat("normal"), match.AISeat("normal")}
	a := storeApp(t, t.TempDir(), nil)
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "harbour_in_force", Scenario: sc, Seats: seats, Rounds: 3, Seed: 11}})
	a.ui.ResetFocus()
	tick(a, kNone)
	playOn(t, a, func() bool { _, ok := a.scene.(*ratificationScene); return ok }, plainTurn(a))
	tick(a, kNone)
	a.fade = 0
	return a
}

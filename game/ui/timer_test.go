package ui

import (
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/ui/theme"
	"bindingwords/scenarios"
)

// The round timer shows, large, on the pass screens a round passes
// through (it was absent there) and on the table: at the heading size
// on a pass screen, larger than body text on the table.
func TestTimerOnPassScreens(t *testing.T) {
	a := timedApp(t)
	clockOn := func(where string, size float64) {
		t.Helper()
		txt, _ := clockText(a.ui.Th, a.session)
		for _, b := range a.ui.TextBoxes() {
			if b.S == txt {
				if b.R.H+0.5 < a.ui.LineH(a.ui.Size(size)) {
					t.Errorf("%s: the clock %q is drawn at %.0f px high, want the size of %v", where, txt, b.R.H, size)
				}
				return
			}
		}
		t.Errorf("%s: no round clock (%q) on screen", where, txt)
	}
	var sawPass, sawTable bool
	playOn(t, a, func() bool {
		switch sc := a.scene.(type) {
		case *passScene:
			if sc.purpose == passToAct || sc.purpose == passForItem {
				clockOn("pass screen", theme.Head)
				sawPass = true
			}
		case *tableScene:
			clockOn("table", theme.Large)
			sawTable = true
		}
		return sawPass && sawTable && a.session.Public().Round() > 1
	}, plainTurn(a))
}

// timedApp is a hot-seat game of Berlin (the United States and Ukraine
// human) with a five-minute round timer, on its public briefing.
func timedApp(t *testing.T) *App {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat("normal")
		if sc.Parties[p].Optional {
			seats[p] = match.OutSeat()
		}
	}
	seats[0], seats[1] = match.HumanSeat(), match.HumanSeat()
	a := storeApp(t, t.TempDir(), nil)
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Rounds: 3, TimerMinutes: 5, Seed: 11}})
	a.ui.ResetFocus()
	tick(a, kNone)
	return a
}

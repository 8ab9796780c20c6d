package ui

import (
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// The polls screen draws a vote's bar as news moved it: the scenario's
// bar until the round of the news, the new bar from the poll that ends
// that round, and today's bar at the last poll.
func TestPollCellBarStepsWithTheNews(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 120; seed++ {
		m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: berlinSeats(sc, seed, "normal", false)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Run(); err != nil {
			t.Fatal(err)
		}
		v := m.Game().View(rules.Spectator)
		for _, c := range pollCells(&sc.PublicScenario, v, v.Rounds()) {
			_, form := thresholdForm(&sc.PublicScenario, v, c.party, c.pub)
			for _, e := range v.Events() {
				if e.Kind != rules.EvThreshold || e.Party != c.party || e.Public != c.pub || e.Form != form || e.Delta == 0 {
					continue
				}
				n := len(c.needs)
				cur, _ := thresholdForm(&sc.PublicScenario, v, c.party, c.pub)
				if c.needs[n-1] != cur || c.needs[e.Round-1] != e.Value-e.Delta || c.needs[e.Round] != e.Value {
					t.Fatalf("seed %d: %s's bar at the polls reads %v; news in round %d moved it from %d to %d, and it is %d now",
						seed, c.name, c.needs, e.Round, e.Value-e.Delta, e.Value, cur)
				}
				return
			}
		}
	}
	t.Fatal("no seeded game where news moved a bar of the draft's form: the test checks nothing")
}

package scenarios_test

import (
	"testing"

	"bindingwords/game/sim"
)

// TestBudapestBalance holds the Budapest scenario's balance (issue 14, item
// 6) as a class would meet it: every delegation seated, as the New-game
// screen does, normal AI delegates in every seat. Agreement must stay in
// the 55–85% band and every delegation, France included, must be best
// placed in some games: a points table that made one delegation win every
// game, or one that left another never ahead, fails here. The full figures
// (2,000 games, hard delegates, the core four) are in docs/balance.md.
func TestBudapestBalance(t *testing.T) {
	if testing.Short() {
		t.Skip("plays 1,000 games")
	}
	sc := budapestScenario(t)
	r, err := sim.Run(sim.Config{Scenario: sc, Games: 1000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Taking) != len(sc.Parties) {
		t.Fatalf("taking part %v; the New-game screen seats all %d delegations", r.Taking, len(sc.Parties))
	}
	if a := float64(r.AgreementRate); a < sim.Targets.AgreementLow || a > sim.Targets.AgreementHigh {
		t.Errorf("agreement %.1f%%, want 55–85%%", 100*a)
	}
	for _, p := range r.Parties {
		t.Logf("%-20s advantage %.3f, best placed %.1f%%", p.Name, float64(p.Advantage), 100*float64(p.BestPlaced))
		// 8% over 1,000 games: the 2,000-game figures are 10.4% or more for
		// each on three seed ranges (docs/balance.md); the floor leaves room for
		// sampling noise, not for a delegation that is rarely ahead.
		if float64(p.BestPlaced) < 0.08 {
			t.Errorf("%s best placed in %.1f%% of games; every delegation should win some", p.Name, 100*float64(p.BestPlaced))
		}
		if float64(p.Advantage) < 0.2 {
			t.Errorf("%s's mean advantage is %.3f; a delegation this far behind has no fair chance", p.Name, float64(p.Advantage))
		}
	}
}

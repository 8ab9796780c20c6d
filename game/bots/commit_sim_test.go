package bots_test

import (
	"testing"

	"bindingwords/game/sim"
	"bindingwords/scenarios"
)

// TestBotsKeepMoreCommitmentsThanTheyBreak plays seeded Berlin games at
// the normal and hard levels and checks what the delegates' public
// commitments come to: they are still used (several a game across the
// table), no delegation commits in every press round (as it did when a
// commitment won support at home for free), and the commitments kept by
// the text a delegation signs far outnumber those it broke.
func TestBotsKeepMoreCommitmentsThanTheyBreak(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for _, level := range []string{"normal", "hard"} {
		rep, err := sim.Run(sim.Config{Scenario: sc, Games: 300, Seed: 1, Bots: level})
		if err != nil {
			t.Fatal(err)
		}
		var made, kept, broken float64
		for _, p := range rep.Parties {
			c := p.Commitments
			made += float64(c.Made)
			kept += float64(c.Kept)
			broken += float64(c.Broken)
			// Red lines are each stated once, and Ukraine has several:
			// "nearly every round" is five commitments or more in six.
			if float64(c.Made) >= float64(sc.Rounds)-1 {
				t.Errorf("%s: %s makes %.2f commitments a game in %d rounds: it commits nearly every round", level, p.ID, float64(c.Made), sc.Rounds)
			}
			if c.Carried != nil {
				t.Errorf("%s: Berlin gives a commitment support at home (%d ratifications carried)", level, *c.Carried)
			}
		}
		t.Logf("%s: per game %.2f commitments made, %.2f kept, %.3f broken", level, made, kept, broken)
		if made < 1.5 {
			t.Errorf("%s: only %.2f commitments a game: the delegates no longer use them", level, made)
		}
		if kept < 10*broken || kept < made/2 {
			t.Errorf("%s: %.2f kept and %.3f broken a game, of %.2f made", level, kept, broken, made)
		}
	}
}

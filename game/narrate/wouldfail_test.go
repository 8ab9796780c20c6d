package narrate

import (
	"regexp"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// "As a memorandum it would have failed at home" names only votes the
// change of form spared: a public that votes on the final form too, and
// lost there, is told once, as the failure it was (Budapest's Rada votes
// on every form; the summary said its 49.3% twice, once as if avoided).
func TestWouldFailNamesOnlySparedVotes(t *testing.T) {
	wouldFail := regexp.MustCompile(`As (?:a|an) [^.]+? it would have failed at home: ([^.]+)\.`)
	lost := regexp.MustCompile(`([^.;:]+?) gave \d+\.\d% where \d+% was needed, so`)
	seen := 0
	for _, id := range scenarios.Builtin() {
		sc, err := scenarios.LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		for seed := uint64(1); seed <= 60; seed++ {
			// Every level, and a seat that moves at random (as people
			// may): AI delegates rarely let a needed vote fail.
			seats := make([]match.SeatKind, len(sc.Parties))
			for p := range seats {
				seats[p] = match.AISeat([]string{"easy", "normal", "hard"}[seed%3])
				if uint64(p) == seed%uint64(len(seats)) {
					seats[p] = match.AISeat("random")
				}
			}
			m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: seats})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.Run(); err != nil {
				t.Fatal(err)
			}
			text := strings.Join(New(&sc.PublicScenario).Summary(m.Game().View(rules.Spectator)), " ")
			for _, w := range wouldFail.FindAllStringSubmatch(text, -1) {
				seen++
				for _, l := range lost.FindAllStringSubmatch(text, -1) {
					public := strings.TrimSpace(l[1])
					if strings.Contains(strings.ToLower(w[1]), strings.ToLower(public)+" stood at") {
						t.Errorf("%s seed %d: %s is said to have been spared and to have failed:\n%s", id, seed, public, text)
					}
				}
			}
		}
	}
	t.Logf("%d 'would have failed' sentences checked", seen)
}

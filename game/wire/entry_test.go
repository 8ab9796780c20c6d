package wire_test

import (
	"encoding/json"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
	"bindingwords/scenarios"
)

// Once an agreement has formed under a scenario's own entry-into-force
// rule, every seat's state says what the rule asked and how many
// ratifications came in, as the window's debrief does; under the default
// rule, or before the end, it says nothing.
func TestStateSaysTheEntryRule(t *testing.T) {
	own, _, err := scenarios.Open("../../scenarios/testdata/good/inforce.yaml")
	if err != nil {
		t.Fatal(err)
	}
	harbour, _, err := scenarios.Open("../../scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sc   *rules.Scenario
		want string // a part of the sentence; "" for none
	}{
		{own, "By its own rule the agreement needed 2 ratifications, including those of Northland"},
		{harbour, ""},
	} {
		formed := false
		for seed := uint64(1); seed <= 20 && !formed; seed++ {
			seats := make([]match.SeatKind, len(tc.sc.Parties))
			for p := range seats {
				seats[p] = match.AISeat("normal")
			}
			m, err := match.New(match.Config{Scenario: tc.sc, Seed: seed, Seats: seats})
			if err != nil {
				t.Fatal(err)
			}
			if m.Game().View(0).Result() != nil {
				t.Fatal("a result before the game began")
			}
			if got := wire.StateOf(m.Game().View(0), wire.Clock{}).Entry; got != "" {
				t.Errorf("%s: before the end the state says %q", tc.sc.ID, got)
			}
			if _, err := m.Run(); err != nil {
				t.Fatal(err)
			}
			g := m.Game()
			if !g.Result().Formed {
				continue
			}
			formed = true
			for _, seat := range append(g.Parties(), rules.Spectator) {
				s := wire.StateOf(g.View(seat), wire.Clock{})
				if tc.want == "" && s.Entry != "" || !strings.Contains(s.Entry, tc.want) {
					t.Errorf("%s, seed %d, seat %d: entry %q, want one with %q", tc.sc.ID, seed, seat, s.Entry, tc.want)
				}
				b, err := json.Marshal(s)
				if err != nil {
					t.Fatal(err)
				}
				if has := strings.Contains(string(b), `"entry":`); has != (tc.want != "") {
					t.Errorf("%s: the JSON has an entry: %v", tc.sc.ID, has)
				}
			}
		}
		if !formed {
			t.Fatalf("%s: no agreement formed in 20 games", tc.sc.ID)
		}
	}
}

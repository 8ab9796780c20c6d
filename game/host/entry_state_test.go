package host

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// Once an agreement has formed under a scenario's own entry-into-force
// rule, the state the host sends every seat and the spectators says what
// the rule asked and how many ratifications came in, as the window's
// debrief does; under the default rule, or before the end, it says
// nothing.
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
			h := New(Config{Logf: t.Logf})
			tab, err := h.AddTable(m, TableOptions{})
			if err != nil {
				t.Fatal(err)
			}
			states := func() []string {
				var out []string
				err := tab.Do(func(m *match.Match) {
					for _, seat := range append(m.Game().Parties(), rules.Spectator) {
						b, err := json.Marshal(tab.stateOf(seat))
						if err != nil {
							t.Fatal(err)
						}
						out = append(out, string(b))
					}
					formed = m.Over() && m.Game().Result().Formed
				})
				if err != nil {
					t.Fatal(err)
				}
				return out
			}
			deadline := time.Now().Add(30 * time.Second)
			for !strings.Contains(strings.Join(states(), ""), `"over":true`) {
				if time.Now().After(deadline) {
					t.Fatalf("%s, seed %d: the all-AI game did not end in 30 s", tc.sc.ID, seed)
				}
				for _, s := range states() {
					if strings.Contains(s, `"over":false`) && strings.Contains(s, `"entry":`) {
						t.Fatalf("%s: an entry before the end: %s", tc.sc.ID, s)
					}
				}
			}
			if formed {
				for _, s := range states() {
					if has := strings.Contains(s, `"entry":`); has != (tc.want != "") || !strings.Contains(s, tc.want) {
						t.Errorf("%s, seed %d: the state's entry is not the rule's sentence %q:\n%.300s", tc.sc.ID, seed, tc.want, s[strings.Index(s, `"over"`):])
					}
				}
			}
			h.Close()
		}
		if !formed {
			t.Fatalf("%s: no agreement formed in 20 games", tc.sc.ID)
		}
	}
}

package scenarios_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

func TestInForceRuleLoads(t *testing.T) {
	sc, r, err := scenarios.Open("testdata/good/inforce.yaml")
	if err != nil || r.HasErrors() {
		t.Fatalf("inforce.yaml: %v", err)
	}
	want := rules.EntryRule{Set: true, Ratifications: 2, Including: []int{sc.PartyIndex("north")}}
	if got := sc.EntryIntoForce; got.Set != want.Set || got.Ratifications != want.Ratifications || got.Majority || !slices.Equal(got.Including, want.Including) {
		t.Errorf("entry into force %+v, want %+v", got, want)
	}
	data, err := os.ReadFile("testdata/good/inforce.yaml")
	if err != nil {
		t.Fatal(err)
	}
	majority := strings.Replace(string(data), "ratifications: 2", "ratifications: majority", 1)
	sc, r = scenarios.Load("inforce.yaml", []byte(majority))
	if sc == nil || !sc.EntryIntoForce.Majority || sc.EntryIntoForce.Ratifications != 0 {
		t.Errorf("ratifications: majority loads as %+v (%v)", sc, r.Errors())
	}
	plain, _, err := scenarios.Open("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if plain.EntryIntoForce.Set {
		t.Error("a scenario without in_force has a rule of its own")
	}
}

// TestDefaultInForceIsTheOldRule plays the same random games of the
// guide's example without in_force and with an in_force that spells out
// the default (the signing minimum, including the required signatories):
// every game ends the same, so scenarios and records without the key play
// on as before. (TestEntryIntoForceRules in game/rules plays games that a
// rule of its own does change.)
func TestDefaultInForceIsTheOldRule(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	plain, r := scenarios.Load("minimal.yaml", data)
	if plain == nil {
		t.Fatal(r.Errors())
	}
	spelt := strings.Replace(string(data), "    required: [north, south]\n", "    required: [north, south]\n  in_force:\n    ratifications: 2\n    including: [north, south]\n", 1)
	same, r := scenarios.Load("minimal.yaml", []byte(spelt))
	if same == nil || !same.EntryIntoForce.Set {
		t.Fatalf("the spelt-out rule does not load: %v", r.Errors())
	}
	inForce := 0
	for seed := uint64(1); seed <= 300; seed++ {
		a, b := playRandom(t, plain, seed, nil).Result(), playRandom(t, same, seed, nil).Result()
		if a.InForce != b.InForce || !slices.Equal(a.Scores, b.Scores) || !slices.Equal(a.Ratify, b.Ratify) {
			t.Fatalf("seed %d: without in_force in force %v scores %v; with the default spelt out %v %v", seed, a.InForce, a.Scores, b.InForce, b.Scores)
		}
		inForce += b2i(a.InForce)
	}
	if inForce == 0 {
		t.Error("no game of 300 ended in force: the test plays too few kinds of ending")
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

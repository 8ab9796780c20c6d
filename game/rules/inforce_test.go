package rules

import (
	"testing"
)

// TestEntryIntoForceRules plays the fixture to a treaty that North's
// senate rejects (59% drifting toward 55%, 60% needed) while South's
// public and East (no vote at all) ratify, under different
// entry-into-force rules. The default rule needs every required
// signatory, so North's "no" keeps the treaty out of force; a rule of two
// ratifications including South brings it into force for South and East,
// and North scores its BATNA.
func TestEntryIntoForceRules(t *testing.T) {
	tests := []struct {
		name    string
		rule    EntryRule
		inForce bool
	}{
		{"the default rule needs North", EntryRule{}, false},
		{"two, including South", EntryRule{Set: true, Ratifications: 2, Including: []int{1}}, true},
		{"two, no one named", EntryRule{Set: true, Ratifications: 2}, true},
		{"three", EntryRule{Set: true, Ratifications: 3}, false},
		{"a majority of the signatories", EntryRule{Set: true, Majority: true}, true},
		{"a majority, including North", EntryRule{Set: true, Majority: true, Including: []int{0}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := fixture()
			sc.News = nil
			sc.Publics[1].Support, sc.Publics[1].Base, sc.Publics[1].Drift = 590, 45, 25
			sc.EntryIntoForce = tt.rule
			g, _, err := NewGame(sc, Setup{})
			if err != nil {
				t.Fatal(err)
			}
			toSigning(t, g, "north table form=treaty", "south vote yes", "east vote yes")
			evs := play(t, g, "north sign", "south sign", "east sign")
			r := g.Result()
			if want := []bool{false, true, true}; r.Ratify[0] != want[0] || r.Ratify[1] != want[1] || r.Ratify[2] != want[2] {
				t.Fatalf("ratified %v, want %v", r.Ratify, want)
			}
			if r.InForce != tt.inForce {
				t.Fatalf("in force %v, want %v", r.InForce, tt.inForce)
			}
			if e := has(evs, EvInForce); e == nil || (e.Value == 1) != tt.inForce {
				t.Errorf("the in-force event is %+v", e)
			}
			for p := range sc.Parties {
				want := sc.Briefs[p].Reservation
				if tt.inForce && r.Ratify[p] {
					want = sc.Score(p, r.Text, r.Present)
				}
				if r.Scores[p] != want {
					t.Errorf("%s scored %d, want %d", sc.Parties[p].ID, r.Scores[p], want)
				}
			}
		})
	}
}

func TestRatificationsNeeded(t *testing.T) {
	sc := fixture()
	if got := sc.RatificationsNeeded(3); got != 2 {
		t.Errorf("by default %d ratifications are needed, want the signing minimum 2", got)
	}
	sc.EntryIntoForce = EntryRule{Set: true, Majority: true}
	for signers, want := range map[int]int{1: 1, 2: 2, 3: 2, 4: 3, 12: 7} {
		if got := sc.RatificationsNeeded(signers); got != want {
			t.Errorf("a majority of %d signatories is %d, want %d", signers, got, want)
		}
	}
	sc.EntryIntoForce = EntryRule{Set: true, Ratifications: 1, Including: []int{0}}
	if got := sc.MustRatify(); len(got) != 1 || got[0] != 0 {
		t.Errorf("MustRatify %v, want [0]", got)
	}
}

func TestTheEngineRefusesABadEntryRule(t *testing.T) {
	for name, rule := range map[string]EntryRule{
		"no ratifications":      {Set: true},
		"more than the parties": {Set: true, Ratifications: 4},
		"an optional party":     {Set: true, Ratifications: 2, Including: []int{2}},
		"no such party":         {Set: true, Ratifications: 2, Including: []int{7}},
	} {
		sc := fixture()
		sc.EntryIntoForce = rule
		if _, _, err := NewGame(sc, Setup{}); err == nil {
			t.Errorf("%s: NewGame accepted the rule", name)
		}
	}
}

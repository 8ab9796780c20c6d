package scengen

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
)

// TestFamiliesRoundTripAndPlay checks every family's cases: the engine
// takes them with the family's parties, their file loads back to them,
// the same seed makes the same case, and most have a zone of agreement.
func TestFamiliesRoundTripAndPlay(t *testing.T) {
	for _, f := range Families {
		t.Run(f.Name, func(t *testing.T) {
			empty := 0
			const seeds = 12
			for seed := uint64(0); seed < seeds; seed++ {
				sc := f.Generate(seed)
				roundTrip(t, sc)
				if !reflect.DeepEqual(sc, f.Generate(seed)) {
					t.Fatalf("seed %d made two different cases", seed)
				}
				g, _, err := rules.NewGame(sc, rules.Setup{Seed: seed, Parties: f.Parties(sc)})
				if err != nil {
					t.Fatalf("seed %d: the engine refuses it: %v", seed, err)
				}
				if len(g.Parties()) < f.Always {
					t.Fatalf("seed %d: %d delegations take part; the family promises at least %d", seed, len(g.Parties()), f.Always)
				}
				start := time.Now()
				a := analysis.Analyze(sc, analysis.Options{Parties: g.Parties()})
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("seed %d: the analysis took %v, too slow for a bench of hundreds of cases", seed, d)
				}
				if a.ZOPA == 0 {
					empty++
				}
			}
			if empty > seeds/3 {
				t.Errorf("%d of %d cases have no zone of agreement", empty, seeds)
			}
		})
	}
}

func TestTwoPartyIsACompetitionDomain(t *testing.T) {
	for seed := uint64(0); seed < 40; seed++ {
		sc := Families[1].Generate(seed)
		if len(sc.Parties) != 2 || len(sc.Slots) < 4 || len(sc.Slots) > 8 {
			t.Fatalf("seed %d: %d parties, %d issues; want 2 and 4–8", seed, len(sc.Parties), len(sc.Slots))
		}
		for _, s := range sc.Slots {
			if len(s.Options) < 2 || len(s.Options) > 5 {
				t.Fatalf("seed %d: an issue of %d options; want 2–5", seed, len(s.Options))
			}
		}
		for p, b := range sc.Briefs {
			lo, hi := 0, 0
			for _, row := range b.Points {
				// Linear additive: each issue's points run from 0 to
				// ten times its weight (or are all 0).
				if slices.Min(row) != 0 || slices.Max(row)%10 != 0 {
					t.Fatalf("seed %d, party %d: issue points %v are not a weight times 0–10", seed, p, row)
				}
				lo += slices.Min(row)
				hi += slices.Max(row)
			}
			if b.Reservation < lo || 2*(b.Reservation-lo) > hi-lo {
				t.Fatalf("seed %d, party %d: reservation %d outside 0–50%% of %d–%d", seed, p, b.Reservation, lo, hi)
			}
		}
		for _, pub := range sc.Publics {
			if slices.ContainsFunc(pub.Weights, func(w int) bool { return w != 0 }) {
				t.Fatalf("seed %d: public %s weighs %v; a two-party case's publics are neutral", seed, pub.ID, pub.Weights)
			}
		}
	}
}

func TestNeutralPublicsShowNothing(t *testing.T) {
	f, _ := FamiliesNamed("neutral")
	seen := map[int]bool{}
	for seed := uint64(0); seed < 40; seed++ {
		sc := f[0].Generate(seed)
		seen[len(sc.Parties)] = true
		for _, pub := range sc.Publics {
			if slices.ContainsFunc(pub.Weights, func(w int) bool { return w != 0 }) {
				t.Fatalf("seed %d: public %s weighs %v; want nothing", seed, pub.ID, pub.Weights)
			}
		}
	}
	for n := 3; n <= 7; n++ {
		if !seen[n] {
			t.Errorf("no case of %d delegations in 40 seeds; want 3–7", n)
		}
	}
}

func TestRuleFamiliesChangeOnlyTheRule(t *testing.T) {
	fams, ok := FamiliesNamed("rules")
	if !ok || len(fams) != 5 {
		t.Fatalf("the rules group has %d families; want 5", len(fams))
	}
	rulesSeen := map[string]bool{}
	for _, f := range fams {
		sc, base := f.Generate(3), Generate(3, Narrow)
		if !reflect.DeepEqual(sc.Briefs, base.Briefs) || !reflect.DeepEqual(sc.Slots, base.Slots) {
			t.Errorf("%s: the case differs from narrow's beyond the rule", f.Name)
		}
		if reflect.DeepEqual(sc.Adoption, base.Adoption) {
			t.Errorf("%s: the adoption rule is narrow's", f.Name)
		}
		rulesSeen[string(Marshal1(t, sc))] = true
	}
	if len(rulesSeen) != len(fams) {
		t.Error("two rule families wrote the same file")
	}
}

func TestOptionalFamiliesDifferByWhoTakesPart(t *testing.T) {
	fams, _ := FamiliesNamed("optional")
	absent, present := fams[0], fams[1]
	for seed := uint64(0); seed < 20; seed++ {
		sc := absent.Generate(seed)
		if !reflect.DeepEqual(sc, present.Generate(seed)) {
			t.Fatalf("seed %d: the two optional families made different cases", seed)
		}
		var opt int
		for p, pt := range sc.Parties {
			if pt.Optional {
				opt++
				if slices.Contains(sc.Signing.Required, p) {
					t.Fatalf("seed %d: optional %s must sign", seed, pt.ID)
				}
			}
		}
		if opt < 1 || opt > 2 || len(absent.Parties(sc)) != len(sc.Parties)-opt || present.Parties(sc) != nil {
			t.Fatalf("seed %d: %d optional of %d; absent plays %v", seed, opt, len(sc.Parties), absent.Parties(sc))
		}
	}
}

func TestFamiliesNamed(t *testing.T) {
	all, _ := FamiliesNamed("all")
	if len(all) != len(Families) {
		t.Errorf("all is %d families; want %d", len(all), len(Families))
	}
	if _, ok := FamiliesNamed("twoparties"); ok {
		t.Error("a misspelt family was taken")
	}
	names := map[string]bool{}
	for _, f := range Families {
		if names[f.Name] || f.About == "" {
			t.Errorf("family %q is listed twice or says nothing about itself", f.Name)
		}
		names[f.Name] = true
	}
}

// Marshal1 is Marshal for a test, which fails on an error.
func Marshal1(t *testing.T, sc *rules.Scenario) []byte {
	t.Helper()
	data, err := Marshal(sc)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

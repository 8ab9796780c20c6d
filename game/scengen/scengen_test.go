package scengen

import (
	"reflect"
	"testing"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
)

func TestGeneratedScenariosArePlayableAndNarrow(t *testing.T) {
	empty, shares := 0, 0.0
	for seed := uint64(0); seed < 60; seed++ {
		sc := Generate(seed, Narrow)
		n, m := len(sc.Parties), len(sc.Slots)
		if n < 3 || n > 5 || m < 5 || m > 12 {
			t.Fatalf("seed %d: %d parties, %d slots; want 3–5 and 5–12", seed, n, m)
		}
		if _, _, err := rules.NewGame(sc, rules.Setup{Seed: seed}); err != nil {
			t.Fatalf("seed %d: the engine refuses it: %v", seed, err)
		}
		a := analysis.Analyze(sc, analysis.Options{})
		if a.ZOPA == 0 {
			empty++
			continue
		}
		shares += float64(a.ZOPA) / a.Texts
	}
	mean := shares / float64(60-empty)
	// Aimed at 2% from a sample: the exact share lands near it.
	if mean < 0.005 || mean > 0.06 || empty > 6 {
		t.Fatalf("mean ZOPA share %.4f with %d empty; want a narrow but mostly non-empty zone", mean, empty)
	}
}

func TestGenerateIsReproducible(t *testing.T) {
	if !reflect.DeepEqual(Generate(7, Narrow), Generate(7, Narrow)) {
		t.Fatal("the same seed made two different scenarios")
	}
	if reflect.DeepEqual(Generate(7, Narrow), Generate(8, Narrow)) {
		t.Fatal("two seeds made the same scenario")
	}
}

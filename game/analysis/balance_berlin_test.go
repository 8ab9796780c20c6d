package analysis_test

import (
	"testing"
	"time"

	"bindingwords/game/analysis"
	"bindingwords/scenarios"
)

// TestBalanceZOPAMatchesSearch: the balance counts and the search count
// the ZOPA the same way, for the core delegations and for all of them.
func TestBalanceZOPAMatchesSearch(t *testing.T) {
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	b := analysis.NewBalance(sc, nil)
	t.Logf("balance of %.0f texts in %v", b.Texts, time.Since(start))
	if !b.Exact {
		t.Fatalf("the walk over Berlin hit its bound")
	}
	for _, parties := range [][]int{nil, {0, 1, 2, 3, 4}} {
		a := analysis.Analyze(sc, analysis.Options{Parties: parties})
		if got := b.ZOPA(a.Required, -1); got != float64(a.ZOPA) {
			t.Errorf("parties %v: balance ZOPA %.0f, search ZOPA %d", parties, got, a.ZOPA)
		}
	}
	for p := range sc.Parties {
		t.Logf("%s accepts %.1f%%", sc.Parties[p].ID, 100*b.Acceptance(p)/b.Texts)
	}
	for v, vt := range b.Votes {
		t.Logf("vote %s %s: zopa without %.0f", sc.Parties[vt.Party].ID, vt.Label, b.ZOPA([]int{0, 1, 2}, v))
	}
}

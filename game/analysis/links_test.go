package analysis

import (
	"slices"
	"testing"

	"bindingwords/game/rules"
)

// withLinks adds links to every party of a tiny scenario: seed decides
// which two wordings each joins and its points, some negative, so that a
// party's score is no longer a sum over slots.
func withLinks(sc *rules.Scenario, seed int) *rules.Scenario {
	r := uint32(seed*747796405 + 2891336453)
	next := func(n int) int {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		return int(r % uint32(n))
	}
	for p := range sc.Briefs {
		for range 1 + next(3) {
			a := next(len(sc.Slots))
			b := (a + 1 + next(len(sc.Slots)-1)) % len(sc.Slots)
			l := rules.Link{
				If:     rules.OptionRef{Slot: a, Option: next(len(sc.Slots[a].Options))},
				And:    rules.OptionRef{Slot: b, Option: next(len(sc.Slots[b].Options))},
				Points: next(13) - 6,
			}
			sc.Briefs[p].Links = append(sc.Briefs[p].Links, l)
		}
	}
	return sc
}

// TestLinkedAnalysisMatchesBruteForce checks every figure analyze prints
// for scenarios with links against a count over all 36 texts scored by
// rules.Scenario.Score, the one definition of a score: each party's best
// score and acceptance (dynamic programme and text by text), the ZOPA with
// and without each vote, the Pareto frontier and the Nash point.
func TestLinkedAnalysisMatchesBruteForce(t *testing.T) {
	changed := 0
	for seed := range 30 {
		sc := withLinks(tinyBalanceScenario(seed), seed)
		plain := tinyBalanceScenario(seed)
		texts := allTexts(sc)
		for _, x := range texts {
			for p := range sc.Parties {
				if sc.Score(p, x, nil) != plain.Score(p, x, nil) {
					changed++
				}
			}
		}
		b := NewBalance(sc, nil)
		for p := range sc.Parties {
			best := -1 << 30
			want, can := 0, 0
			for _, x := range texts {
				best = max(best, sc.Score(p, x, nil))
				if bruteAccepts(sc, p, x, -1) {
					want++
				}
				if !sc.CrossesRedLine(p, x, nil) && sc.Score(p, x, nil) >= sc.Briefs[p].Reservation {
					can++
				}
			}
			if got := sc.BestScore(p); got != best {
				t.Errorf("seed %d: party %s: BestScore %d, brute force %d", seed, sc.Parties[p].ID, got, best)
			}
			if got := b.Acceptance(p); got != float64(want) || b.CanSign[p] != float64(can) {
				t.Errorf("seed %d: party %s accepts %.0f texts and can sign %.0f, brute force %d and %d", seed, sc.Parties[p].ID, got, b.CanSign[p], want, can)
			}
			w := newBalanceWalk(&Balance{sc: sc}, &Opinion{Polls: sc.Rounds})
			if got, gotCan := w.acceptanceByText(p); got != float64(want) || gotCan != float64(can) {
				t.Errorf("seed %d: party %s accepts %.0f texts and can sign %.0f counted one by one, brute force %d and %d", seed, sc.Parties[p].ID, got, gotCan, want, can)
			}
		}
		req := sc.Signing.Required
		zopa := 0
		bestProd, nash := -1.0, []int(nil)
		for _, x := range texts {
			if bruteAccepts(sc, 0, x, -1) && bruteAccepts(sc, 1, x, -1) {
				zopa++
				prod := 1.0
				for _, p := range req {
					prod *= float64(sc.Score(p, x, nil) - sc.Briefs[p].Reservation)
				}
				if prod > bestProd {
					bestProd, nash = prod, x
				}
			}
		}
		if got := b.ZOPA(req, -1); got != float64(zopa) {
			t.Errorf("seed %d: balance ZOPA %.0f, brute force %d", seed, got, zopa)
		}
		a := Analyze(sc, Options{})
		if a.ZOPA != int64(zopa) {
			t.Errorf("seed %d: search ZOPA %d, brute force %d", seed, a.ZOPA, zopa)
		}
		if zopa > 0 && (a.Nash == nil || a.NashProduct != bestProd) {
			t.Errorf("seed %d: Nash product %v at %v, brute force %v at %v", seed, a.NashProduct, a.Nash, bestProd, nash)
		}
		for _, pt := range append([]*Point{a.Nash, a.Kalai, a.MaxJoint}, nil) {
			if pt == nil {
				continue
			}
			for _, p := range a.Parties {
				if pt.Scores[p] != sc.Score(p, pt.Text, nil) {
					t.Errorf("seed %d: a point's score for %s is %d, Score says %d", seed, sc.Parties[p].ID, pt.Scores[p], sc.Score(p, pt.Text, nil))
				}
			}
		}
		// The frontier: the score vectors no text dominates, and how many texts have them.
		vec := func(x []int) []int {
			v := make([]int, len(sc.Parties))
			for _, p := range a.Parties {
				v[p] = sc.Score(p, x, nil)
			}
			return v
		}
		var want [][]int
		onFrontier := 0
		for _, x := range texts {
			vx, dominated := vec(x), false
			for _, y := range texts {
				vy := vec(y)
				ge, gt := true, false
				for _, p := range a.Parties {
					ge = ge && vy[p] >= vx[p]
					gt = gt || vy[p] > vx[p]
				}
				if ge && gt {
					dominated = true
					break
				}
			}
			if !dominated {
				onFrontier++
				if !slices.ContainsFunc(want, func(v []int) bool { return slices.Equal(v, vx) }) {
					want = append(want, vx)
				}
			}
		}
		if len(a.Frontier) != len(want) || a.FrontierTexts != float64(onFrontier) {
			t.Errorf("seed %d: frontier of %d vectors and %v texts, brute force %d and %d", seed, len(a.Frontier), a.FrontierTexts, len(want), onFrontier)
		}
		for _, pt := range a.Frontier {
			if !slices.ContainsFunc(want, func(v []int) bool { return slices.Equal(v, vec(pt.Text)) }) || !slices.Equal(pt.Scores, vec(pt.Text)) {
				t.Errorf("seed %d: frontier point %v scores %v, not on the brute-force frontier", seed, pt.Text, pt.Scores)
			}
		}
	}
	if changed < 100 {
		t.Errorf("links changed only %d scores: the test scenarios are too easy", changed)
	}
}

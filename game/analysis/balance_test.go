package analysis

import (
	"fmt"
	"testing"

	"bindingwords/game/rules"
)

// tinyBalanceScenario is small enough to count by brute force: four
// parties (A and B required, A must agree, C and D optional; two signers suffice, so the adoption quota decides), four slots
// of 3, 2, 3 and 2 options (36 texts), the last deciding whether the
// document is a treaty or a declaration, and votes at home that depend
// on the form. seed varies the points, reservations and weights.
func tinyBalanceScenario(seed int) *rules.Scenario {
	r := uint32(seed*2654435761 + 12345)
	next := func(n int) int {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		return int(r % uint32(n))
	}
	sc := &rules.Scenario{}
	p := &sc.PublicScenario
	p.ID, p.Rounds = "tiny", 4
	p.Attributes = []rules.Attribute{{ID: "x"}, {ID: "y"}}
	p.Forms = []rules.Form{{ID: "treaty"}, {ID: "declaration"}}
	sizes := []int{3, 2, 3, 2}
	p.Documents = []rules.Document{{ID: "d", FormSlot: 3, Form: -1}}
	for si, n := range sizes {
		p.Articles = append(p.Articles, rules.Article{ID: fmt.Sprint("a", si), Document: 0, Slots: []int{si}})
		p.Documents[0].Articles = append(p.Documents[0].Articles, si)
		s := rules.Slot{ID: fmt.Sprint("s", si), Article: si}
		for oi := range n {
			o := rules.Option{ID: fmt.Sprint("o", oi), Label: fmt.Sprint("o", oi), Attrs: []int{next(4), next(4) - 1}, Form: -1}
			if si == 3 {
				o.Form = oi
			}
			s.Options = append(s.Options, o)
		}
		p.Slots = append(p.Slots, s)
	}
	for i, id := range []string{"a", "b", "c", "d"} {
		party := rules.Party{ID: id, Name: id, Publics: []int{i}, Optional: i >= 2}
		treaty := []rules.Requirement{{Public: i, Threshold: 40 + next(30), Label: "vote " + id}}
		var decl []rules.Requirement
		if i == 2 { // C votes on a declaration too
			decl = []rules.Requirement{{Public: i, Threshold: 45, Label: "vote " + id}}
		}
		party.Ratification = [][]rules.Requirement{treaty, decl}
		p.Parties = append(p.Parties, party)
		p.Publics = append(p.Publics, rules.Public{ID: "p" + id, Party: i, Support: 300 + 10*next(40), Base: 20 + next(40),
			Weights: []int{next(9) - 2, next(9) - 4}, Drift: 20 + next(60)})
		b := rules.Brief{Reservation: 8 + next(10)}
		for _, n := range sizes {
			row := make([]int, n)
			for oi := range row {
				row[oi] = next(10)
			}
			b.Points = append(b.Points, row)
		}
		if next(2) == 0 {
			b.RedLines = []rules.OptionRef{{Slot: next(3), Option: 0}}
		}
		sc.Briefs = append(sc.Briefs, b)
	}
	p.Adoption = rules.AdoptionRule{MustAgree: []int{0}, Others: rules.QuotaMajority}
	p.Signing = rules.SigningRule{Required: []int{0, 1}, Minimum: 2}
	return sc
}

// bruteAccepts says, from the rules package alone, whether party p
// accepts text: no red line, score at least its reservation, and every
// vote at home passes for the document's form, each public's support
// drifting toward its verdict for the scenario's rounds. skip names a
// public whose vote is ignored (-1: none).
func bruteAccepts(sc *rules.Scenario, p int, text []int, skip int) bool {
	if sc.CrossesRedLine(p, text, nil) || sc.Score(p, text, nil) < sc.Briefs[p].Reservation {
		return false
	}
	for d := range sc.Documents {
		for _, req := range sc.Parties[p].Ratification[sc.DocumentForm(d, text, nil)] {
			if req.Public == skip {
				continue
			}
			pub := &sc.Publics[req.Public]
			v := pub.Base
			totals := sc.AttrTotals(make([]int, len(sc.Attributes)), text, nil)
			for a, w := range pub.Weights {
				v += w * totals[a]
			}
			v = min(max(v, 0), 100) * 10
			sup := pub.Support
			for range sc.Rounds {
				sup += (v - sup) * pub.Drift / 100
			}
			if sup < req.Threshold*10 {
				return false
			}
		}
	}
	return true
}

func allTexts(sc *rules.Scenario) [][]int {
	out := [][]int{{}}
	for _, s := range sc.Slots {
		var next [][]int
		for _, t := range out {
			for oi := range s.Options {
				next = append(next, append(append([]int(nil), t...), oi))
			}
		}
		out = next
	}
	return out
}

// TestAcceptanceShareMatchesBruteForce compares every balance figure with
// a count over all 36 texts of twenty tiny scenarios: each party's
// acceptance (the dynamic programme and the text-by-text fallback), the
// ZOPA with and without each vote, and the agreement zone for each set of
// optional parties, judged by the engine's own adoption rule.
func TestAcceptanceShareMatchesBruteForce(t *testing.T) {
	nonTrivial, suggested := 0, 0
	for seed := range 20 {
		sc := tinyBalanceScenario(seed)
		b := NewBalance(sc, nil)
		texts := allTexts(sc)
		for p := range sc.Parties {
			want, can := 0, 0
			for _, x := range texts {
				if bruteAccepts(sc, p, x, -1) {
					want++
				}
				if !sc.CrossesRedLine(p, x, nil) && sc.Score(p, x, nil) >= sc.Briefs[p].Reservation {
					can++
				}
			}
			if want > 0 && want < len(texts) {
				nonTrivial++
			}
			if got := b.Acceptance(p); got != float64(want) || b.CanSign[p] != float64(can) {
				t.Errorf("seed %d: party %s accepts %.0f texts and can sign %.0f, brute force %d and %d", seed, sc.Parties[p].ID, got, b.CanSign[p], want, can)
			}
			if r, ok := b.SuggestReservation(p, 1.0/3); ok {
				suggested++
				// At r a third of the texts or more are accepted; one point
				// higher, fewer.
				keep := sc.Briefs[p].Reservation
				for _, rr := range []int{r, r + 1} {
					sc.Briefs[p].Reservation = rr
					n := 0
					for _, x := range texts {
						if bruteAccepts(sc, p, x, -1) {
							n++
						}
					}
					if (rr == r) != (3*n >= len(texts)) {
						t.Errorf("seed %d: party %s: suggested reservation %d, but at %d it accepts %d of %d texts", seed, sc.Parties[p].ID, r, rr, n, len(texts))
					}
				}
				sc.Briefs[p].Reservation = keep
			}
			w := newBalanceWalk(&Balance{sc: sc}, &Opinion{Polls: sc.Rounds})
			if got, gotCan := w.acceptanceByText(p); got != float64(want) || gotCan != float64(can) {
				t.Errorf("seed %d: party %s accepts %.0f texts and can sign %.0f counted one by one, brute force %d and %d", seed, sc.Parties[p].ID, got, gotCan, want, can)
			}
		}
		req := sc.Signing.Required
		for v := -1; v < len(b.Votes); v++ {
			skip := -1
			if v >= 0 {
				skip = b.Votes[v].Public
			}
			want := 0
			for _, x := range texts {
				if bruteAccepts(sc, 0, x, skip) && bruteAccepts(sc, 1, x, skip) {
					want++
				}
			}
			if got := b.ZOPA(req, v); got != float64(want) {
				t.Errorf("seed %d: ZOPA without vote %d: %.0f, brute force %d", seed, v, got, want)
			}
		}
		if a := Analyze(sc, Options{}); float64(a.ZOPA) != b.ZOPA(req, -1) {
			t.Errorf("seed %d: search ZOPA %d, balance %.0f", seed, a.ZOPA, b.ZOPA(req, -1))
		}
		for _, ids := range [][]string{{"a", "b"}, {"a", "b", "c"}, {"a", "b", "d"}, {"a", "b", "c", "d"}} {
			g, _, err := rules.NewGame(sc, rules.Setup{Parties: ids, NoLog: true})
			if err != nil {
				t.Fatal(err)
			}
			var parties []int
			for _, id := range ids {
				parties = append(parties, sc.PartyIndex(id))
			}
			want := 0
			for _, x := range texts {
				votes := make([]rules.VoteValue, len(sc.Parties))
				yes := 0
				for _, p := range parties {
					votes[p] = rules.VoteNo
					if bruteAccepts(sc, p, x, -1) {
						votes[p] = rules.VoteYes
						yes++
					}
				}
				if votes[0] == rules.VoteYes && votes[1] == rules.VoteYes && yes >= sc.Signing.Minimum && g.Adopts(votes) {
					want++
				}
			}
			if got := b.Zone(parties); got != float64(want) {
				t.Errorf("seed %d: zone with %v: %.0f, brute force %d", seed, ids, got, want)
			}
		}
	}
	if suggested < 20 {
		t.Errorf("only %d suggested reservations were checked", suggested)
	}
	if nonTrivial < 20 {
		t.Errorf("only %d party acceptance counts were strictly between none and all: the test scenarios are too easy", nonTrivial)
	}
}

package scenarios

import (
	"math/rand/v2"
	"os"
	"testing"

	"bindingwords/game/rules"
)

// TestSearchAgreesWithBruteForce compares the pruned search with trying
// every text, on random small scenarios: same answer every time. Pruning
// may only skip texts that cannot work.
func TestSearchAgreesWithBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	found := 0
	for i := range 2000 {
		s := randomScenario(rng)
		req := s.Signing.Required
		want := bruteForce(s, req, s.Signing.Minimum)
		got, capped := newSearch(s, req, s.Signing.Minimum, maxWork).run()
		if capped {
			t.Fatalf("scenario %d: search capped on a tiny scenario", i)
		}
		if got != want {
			t.Fatalf("scenario %d: search says %v, trying every text says %v", i, got, want)
		}
		if got {
			found++
		}
	}
	// Both answers must occur, or the test proves little.
	if found < 200 || found > 1800 {
		t.Errorf("%d of 2000 random scenarios feasible; tune randomScenario", found)
	}
}

// TestSearchCapped checks that a search out of budget says so instead of
// claiming there is no text.
func TestSearchCapped(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, r := Load("minimal.yaml", data)
	if s == nil {
		t.Fatal(r)
	}
	// Nobody can reach 100 points: the search explores, then runs out.
	for p := range s.Briefs {
		s.Briefs[p].Reservation = -100
	}
	s.Briefs[0].Reservation = 100
	if found, capped := newSearch(s, s.Signing.Required, s.Signing.Minimum, maxWork).run(); found || capped {
		t.Errorf("unreachable reservation: found=%v capped=%v, want neither", found, capped)
	}
	s.Briefs[0].Reservation = -100
	if found, capped := newSearch(s, s.Signing.Required, s.Signing.Minimum, 1).run(); found || !capped {
		t.Errorf("budget 1: found=%v capped=%v, want capped", found, capped)
	}
}

// bruteForce tries every complete text.
func bruteForce(s *rules.Scenario, req []int, minimum int) bool {
	text := make([]int, len(s.Slots))
	for {
		ok := true
		for _, p := range req {
			ok = ok && accepts(s, p, text)
		}
		if ok {
			n := 0
			for p := range s.Parties {
				if accepts(s, p, text) {
					n++
				}
			}
			if n >= minimum {
				return true
			}
		}
		// Next text, like an odometer.
		i := 0
		for ; i < len(text); i++ {
			text[i]++
			if text[i] < len(s.Slots[i].Options) {
				break
			}
			text[i] = 0
		}
		if i == len(text) {
			return false
		}
	}
}

// randomScenario builds a small consistent scenario: 3 parties, 4
// publics, 2 attributes, 2 forms, 2 documents (the first with a form
// slot), 4 slots of 2–3 options, random points, reservations, red lines,
// weights, supports and thresholds.
func randomScenario(rng *rand.Rand) *rules.Scenario {
	s := &rules.Scenario{}
	s.Attributes = make([]rules.Attribute, 2)
	s.Forms = make([]rules.Form, 2)
	s.Parties = make([]rules.Party, 3)
	s.Publics = []rules.Public{{Party: 0}, {Party: 0}, {Party: 1}, {Party: 2}}
	for i := range s.Publics {
		p := &s.Publics[i]
		p.Support = rng.IntN(1001)
		p.Base = rng.IntN(101)
		p.Weights = []int{rng.IntN(21) - 10, rng.IntN(21) - 10}
		s.Parties[p.Party].Publics = append(s.Parties[p.Party].Publics, i)
	}
	s.Documents = []rules.Document{
		{FormSlot: 0, Form: -1, Articles: []int{0}},
		{FormSlot: -1, Form: rng.IntN(2), Articles: []int{1}},
	}
	s.Articles = []rules.Article{{Document: 0, Slots: []int{0, 1}}, {Document: 1, Slots: []int{2, 3}}}
	for si := range 4 {
		slot := rules.Slot{Article: si / 2}
		for o := range 2 + rng.IntN(2) {
			opt := rules.Option{Attrs: []int{rng.IntN(4), rng.IntN(4)}, Form: -1}
			if si == 0 {
				opt.Form = o % 2
			}
			slot.Options = append(slot.Options, opt)
		}
		s.Slots = append(s.Slots, slot)
	}
	for p := range s.Parties {
		s.Parties[p].Ratification = make([][]rules.Requirement, 2)
		for f := range 2 {
			for _, pub := range s.Parties[p].Publics {
				if rng.IntN(2) == 0 {
					s.Parties[p].Ratification[f] = append(s.Parties[p].Ratification[f], rules.Requirement{Public: pub, Threshold: 1 + rng.IntN(100)})
				}
			}
		}
		b := rules.Brief{}
		best := 0
		for si := range s.Slots {
			row := make([]int, len(s.Slots[si].Options))
			top := 0
			for o := range row {
				row[o] = rng.IntN(11)
				top = max(top, row[o])
			}
			best += top
			b.Points = append(b.Points, row)
			if rng.IntN(6) == 0 {
				b.RedLines = append(b.RedLines, rules.OptionRef{Slot: si, Option: rng.IntN(len(row))})
			}
		}
		b.Reservation = rng.IntN(best + 1)
		s.Briefs = append(s.Briefs, b)
	}
	s.Signing = rules.SigningRule{Required: []int{0, 1}, Minimum: 2 + rng.IntN(2)}
	return s
}

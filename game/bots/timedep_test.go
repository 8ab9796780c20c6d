package bots

import (
	"math"
	"testing"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// twoParty bounds the two-party cases of the time-dependent tests: 4–6
// clauses of 2–4 wordings, a fifth of the texts acceptable to both.
var twoParty = scengen.Config{MinParties: 2, MaxParties: 2, MinSlots: 4, MaxSlots: 6, MinOptions: 2, MaxOptions: 4, ZOPAShare: 0.2, Rounds: 6}

func TestTheClockReachesTheDeadline(t *testing.T) {
	if Clock(1, 6) != 0 || Clock(6, 6) != 1 || Clock(1, 1) != 1 {
		t.Fatalf("clock %v %v %v, want 0 at the first round and 1 at the last", Clock(1, 6), Clock(6, 6), Clock(1, 1))
	}
	// u(t) = Pmin + (Pmax − Pmin)(1 − t^(1/e)), from 100 down to 40.
	for _, c := range []struct {
		e, t, want float64
	}{
		{0.2, 0, 100}, {0.2, 1, 40}, {0.2, 0.5, 40 + 60*(1-math.Pow(0.5, 5))},
		{2, 0.5, 40 + 60*(1-math.Sqrt(0.5))}, {2, 1, 40},
	} {
		if got := Target(40, 100, c.e, c.t); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("u(%v) with e = %v: %v, want %v", c.t, c.e, got, c.want)
		}
	}
	// The old Boulware's clock stopped at (R − 0.5)/R: in six rounds it
	// still asked for 35% of its range at the end; the standard one asks
	// for none.
	if old := 1 - math.Pow(5.5/6, 5); old < 0.35 || Target(0, 100, 0.2, Clock(6, 6)) != 0 {
		t.Fatalf("old end %.2f, new end %v", old, Target(0, 100, 0.2, Clock(6, 6)))
	}
}

// agreement plays two time-dependent agents of the given kinds against
// each other on n two-party cases with a non-empty ZOPA and returns how
// many agreed and how many were played.
func agreement(t *testing.T, first, second string, n int) (agreed, played int) {
	t.Helper()
	for seed := uint64(0); played < n; seed++ {
		sc := scengen.Generate(seed, twoParty)
		if analysis.Analyze(sc, analysis.Options{}).ZOPA == 0 {
			continue
		}
		played++
		g := play(t, sc, rules.Setup{Seed: seed}, func(p int) Player {
			kind := first
			if p == 1 {
				kind = second
			}
			b, err := NewBaseline(kind, p)
			if err != nil {
				t.Fatal(err)
			}
			return b
		})
		r := g.Result()
		if r.Formed {
			agreed++
			for p := range sc.Parties {
				if r.Scores[p] < sc.Briefs[p].Reservation {
					t.Errorf("case %d: %s signed at %d, below its reservation %d", seed, sc.Parties[p].ID, r.Scores[p], sc.Briefs[p].Reservation)
				}
			}
		}
	}
	return agreed, played
}

// Two standard Boulware agents on a simple two-party case agree nearly
// always: the clock reaches the deadline, where each bids and accepts its
// reservation. The old Boulware agreed in 0% of such games.
func TestTwoBoulwaresAgree(t *testing.T) {
	for _, c := range []struct {
		first, second string
		min           float64
	}{
		{Boulware, Boulware, 0.9},
		{Conceder, Conceder, 0.9},
		{Boulware, Conceder, 0.9},
	} {
		agreed, played := agreement(t, c.first, c.second, 100)
		rate := float64(agreed) / float64(played)
		t.Logf("%s vs %s: %d of %d two-party cases agreed (%.0f%%)", c.first, c.second, agreed, played, 100*rate)
		if rate < c.min {
			t.Errorf("%s vs %s agreed in %d of %d two-party cases, want at least %.0f%%", c.first, c.second, agreed, played, 100*c.min)
		}
	}
}

// The hand case of the analysis tests, as a game: A and B, reservations 4,
// clause s1 (a, b, c) and s2 (x, y), drafted "a x" (A 15, B 1). A Boulware
// B bids in round 1 at its best, 15 ("b y"), and a Boulware A votes no;
// in the last round each bids and accepts its reservation.
func TestBoulwareBidsAtItsTarget(t *testing.T) {
	sc := handCase()
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	a := newTimeDependent(Boulware, boulwareE, 0)
	b := newTimeDependent(Boulware, boulwareE, 1)
	// Round 1: A, content with its best text, passes; B tables its best.
	act := func(p *TimeDependent, seat int) rules.Action {
		t.Helper()
		x, ok := p.Act(g.View(seat))
		if !ok {
			t.Fatalf("seat %d did not act", seat)
		}
		if _, err := g.Apply(x); err != nil {
			t.Fatalf("seat %d: %v", seat, err)
		}
		return x
	}
	if x := act(a, 0); x.Kind != rules.Call || !x.Yes {
		t.Fatalf("A at its best text should call for signature, did %+v", x)
	}
	if x := act(a, 0); x.Kind != rules.Pass {
		t.Fatalf("A at its best text should pass, did %+v", x)
	}
	x := act(b, 1)
	if x.Kind != rules.Table || len(x.Changes) != 2 {
		t.Fatalf("B should table its best text, b y, did %+v", x)
	}
	// A's next bid (round 2, t = 0.2) is worth 15 − 11·0.2^5 ≈ 15: "b y"
	// (1 for A) is refused.
	if x := act(a, 0); x.Kind != rules.Vote || x.Yes {
		t.Fatalf("A should vote no on b y, did %+v", x)
	}
}

// handCase is analysis's hand-checked scenario: two parties, two clauses,
// every text listed in game/analysis/analysis_test.go.
func handCase() *rules.Scenario {
	opt := func(id string) rules.Option {
		return rules.Option{ID: id, Label: id, Text: id, Attrs: []int{0}, Form: -1}
	}
	sc := &rules.Scenario{}
	p := &sc.PublicScenario
	p.ID, p.Title, p.Rounds = "hand", "Hand", 6
	p.Attributes = []rules.Attribute{{ID: "x", Name: "X"}}
	p.Forms = []rules.Form{{ID: "declaration", Name: "Declaration"}}
	p.Parties = []rules.Party{
		{ID: "a", Name: "A", Publics: []int{0}, Ratification: [][]rules.Requirement{nil}},
		{ID: "b", Name: "B", Publics: []int{1}, Ratification: [][]rules.Requirement{nil}},
	}
	p.Publics = []rules.Public{
		{ID: "pa", Name: "Public A", Party: 0, Support: 500, Base: 50, Weights: []int{0}, Drift: 25},
		{ID: "pb", Name: "Public B", Party: 1, Support: 500, Base: 50, Weights: []int{0}, Drift: 25},
	}
	p.Documents = []rules.Document{{ID: "d", Title: "D", FormSlot: -1, Form: 0, Articles: []int{0, 1}}}
	p.Articles = []rules.Article{{ID: "a1", Title: "A1", Document: 0, Slots: []int{0}}, {ID: "a2", Title: "A2", Document: 0, Slots: []int{1}}}
	p.Slots = []rules.Slot{
		{ID: "s1", Name: "S1", Article: 0, Options: []rules.Option{opt("a"), opt("b"), opt("c")}},
		{ID: "s2", Name: "S2", Article: 1, Options: []rules.Option{opt("x"), opt("y")}},
	}
	p.Signing = rules.SigningRule{Required: []int{0, 1}, Minimum: 2}
	p.Adoption = rules.AdoptionRule{Others: rules.QuotaAll}
	sc.Briefs = []rules.Brief{
		{Text: "A.", Points: [][]int{{10, 0, 6}, {5, 1}}, Reservation: 4},
		{Text: "B.", Points: [][]int{{0, 10, 7}, {1, 5}}, Reservation: 4},
	}
	return sc
}

// On the hand case the two Boulwares reach a deal both can sign.
func TestTwoBoulwaresSettleTheHandCase(t *testing.T) {
	g := play(t, handCase(), rules.Setup{Seed: 1}, func(p int) Player { b, _ := NewBaseline(Boulware, p); return b })
	r := g.Result()
	if !r.Formed || r.Scores[0] < 4 || r.Scores[1] < 4 {
		t.Fatalf("two Boulwares on the hand case: formed %v, scores %v", r.Formed, r.Scores)
	}
	t.Logf("final text %v, scores %v", r.Text, r.Scores)
}

// In a one-round game the first turn is the deadline (t = 1), so each
// bids and accepts its reservation. On the hand case, drafted "a x" (A 15,
// B 1), B's texts worth at least 4 are ay 5, cx 8, bx 11, cy 12 and by 15:
// it tables "y" (ay, one change), the lowest; A, whose last turn is
// gone, accepts anything worth 4 or more; both sign ay (11, 5). The
// Boulware cannot see that cx (11, 8) gives B more for the same to A.
func TestAtTheDeadlineItBidsItsReservation(t *testing.T) {
	sc := handCase()
	sc.Rounds = 1
	g := play(t, sc, rules.Setup{Seed: 1}, func(p int) Player { b, _ := NewBaseline(Boulware, p); return b })
	var tabled []rules.Item
	for i := 0; i < g.View(0).NumItems(); i++ {
		tabled = append(tabled, g.View(0).Item(i))
	}
	if len(tabled) != 1 || tabled[0].Party != 1 || len(tabled[0].Changes) != 1 || tabled[0].Changes[0] != (rules.Change{Slot: 1, Option: 1}) || !tabled[0].Adopted {
		t.Fatalf("items %+v, want one: B tables y on s2 and A accepts it", tabled)
	}
	if r := g.Result(); !r.Formed || r.Scores[0] != 11 || r.Scores[1] != 5 {
		t.Fatalf("formed %v, scores %v; want ay signed, (11, 5)", r.Formed, r.Scores)
	}
}

// A delegation with no text worth its reservation holds at its
// reservation: it never votes for a text below it.
func TestNoTextWorthTheReservation(t *testing.T) {
	sc := handCase()
	sc.Briefs[1].Reservation = 20 // B's best is 15
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	b := newTimeDependent(Boulware, boulwareE, 1)
	b.setup(g.View(1))
	if b.pmax != 20 || b.nextGoal(g.View(1)) != 20 {
		t.Fatalf("Pmax %d, goal %v; want both at the reservation 20", b.pmax, b.nextGoal(g.View(1)))
	}
}

// The time-dependent agents see only their own view: changing another
// delegation's private table does not change what they do.
func TestTimeDependentNeverReadsAnotherTable(t *testing.T) {
	sc, parties := berlin(t)
	us, germany := sc.PartyIndex("us"), sc.PartyIndex("germany")
	altered, _ := berlin(t)
	for s := range altered.Briefs[germany].Points {
		for o := range altered.Briefs[germany].Points[s] {
			altered.Briefs[germany].Points[s][o] = 100 - altered.Briefs[germany].Points[s][o]
		}
	}
	altered.Briefs[germany].Reservation = 10
	for _, kind := range []string{Boulware, Conceder} {
		var first [2]string
		for i, s := range []*rules.Scenario{sc, altered} {
			g, _, err := rules.NewGame(s, rules.Setup{Seed: 3, Parties: parties})
			if err != nil {
				t.Fatal(err)
			}
			b, _ := NewBaseline(kind, us)
			a, ok := b.Act(g.View(us))
			if !ok {
				t.Fatal("the United States tables first and must act")
			}
			first[i] = s.FormatAction(a)
		}
		if first[0] != first[1] {
			t.Errorf("%s: the US acted differently when Germany's private table changed:\n%s\n%s", kind, first[0], first[1])
		}
	}
}

package analysis

import (
	"math"
	"slices"
	"testing"

	"bindingwords/game/rules"
)

// handScenario is small enough to solve on paper. Two parties, A and B,
// both required; reservations 4 and 4; no ratification votes.
//
//	slot s1: a = (A 10, B 0)   b = (A 0, B 10)   c = (A 6, B 7)
//	slot s2: x = (A 5, B 1)    y = (A 1, B 5)
//
// The six texts score (A, B):
//
//	ax 15,1   ay 11,5   bx 5,11   by 1,15   cx 11,8   cy 7,12
//
// cx dominates ay and cy dominates bx, so the frontier is {ax, cx, cy, by}.
// The ZOPA (both ≥ 4) is {ay, bx, cx, cy}. Nash products of the gains:
// ay 7·1 = 7, bx 1·7 = 7, cx 7·4 = 28, cy 3·8 = 24: the Nash point is cx.
// Within the ZOPA the ideals are A 11, B 12; the smallest shares are
// ay min(7/7, 1/8), bx min(1/7, 7/8), cx min(7/7, 4/8) = 1/2,
// cy min(3/7, 8/8) = 3/7: the Kalai point is cx too. The best joint gain
// is 11 (cx and cy; cx is found first).
func handScenario() *rules.Scenario {
	opt := func(id string) rules.Option { return rules.Option{ID: id, Label: id, Attrs: []int{0}, Form: -1} }
	sc := &rules.Scenario{}
	p := &sc.PublicScenario
	p.ID, p.Rounds = "hand", 3
	p.Attributes = []rules.Attribute{{ID: "x"}}
	p.Forms = []rules.Form{{ID: "declaration"}}
	p.Parties = []rules.Party{
		{ID: "a", Name: "A", Publics: []int{0}, Ratification: [][]rules.Requirement{nil}},
		{ID: "b", Name: "B", Publics: []int{1}, Ratification: [][]rules.Requirement{nil}},
	}
	p.Publics = []rules.Public{
		{ID: "pa", Party: 0, Support: 500, Base: 50, Weights: []int{0}, Drift: 25},
		{ID: "pb", Party: 1, Support: 500, Base: 50, Weights: []int{0}, Drift: 25},
	}
	p.Documents = []rules.Document{{ID: "d", FormSlot: -1, Form: 0, Articles: []int{0, 1}}}
	p.Articles = []rules.Article{{ID: "a1", Document: 0, Slots: []int{0}}, {ID: "a2", Document: 0, Slots: []int{1}}}
	p.Slots = []rules.Slot{
		{ID: "s1", Article: 0, Options: []rules.Option{opt("a"), opt("b"), opt("c")}},
		{ID: "s2", Article: 1, Options: []rules.Option{opt("x"), opt("y")}},
	}
	p.Signing = rules.SigningRule{Required: []int{0, 1}, Minimum: 2}
	sc.Briefs = []rules.Brief{
		{Points: [][]int{{10, 0, 6}, {5, 1}}, Reservation: 4},
		{Points: [][]int{{0, 10, 7}, {1, 5}}, Reservation: 4},
	}
	return sc
}

func texts(ps []Point) [][]int {
	var out [][]int
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}

func TestHandCheckedScenario(t *testing.T) {
	a := Analyze(handScenario(), Options{})
	ax, by, cx, cy := []int{0, 0}, []int{1, 1}, []int{2, 0}, []int{2, 1}
	if got := texts(a.Frontier); !slices.EqualFunc(got, [][]int{ax, cx, cy, by}, slices.Equal) {
		t.Errorf("frontier %v, want ax cx cy by", got)
	}
	if a.ZOPA != 4 {
		t.Errorf("ZOPA has %d texts, want 4", a.ZOPA)
	}
	if a.Nash == nil || !slices.Equal(a.Nash.Text, cx) || a.NashProduct != 28 {
		t.Errorf("Nash %+v (product %v), want cx with 28", a.Nash, a.NashProduct)
	}
	if a.Kalai == nil || !slices.Equal(a.Kalai.Text, cx) {
		t.Errorf("Kalai %+v, want cx", a.Kalai)
	}
	if a.MaxJointGain != 11 || !slices.Equal(a.MaxJoint.Text, cx) {
		t.Errorf("max joint gain %d at %v, want 11 at cx", a.MaxJointGain, a.MaxJoint.Text)
	}
	if a.Best[0] != 15 || a.Best[1] != 15 || !a.Exact || a.Texts != 6 {
		t.Errorf("best %v exact %v texts %v", a.Best, a.Exact, a.Texts)
	}
}

func TestMeasureOutcomes(t *testing.T) {
	a := Analyze(handScenario(), Options{})
	near := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	// The Nash point itself: on the frontier, full welfare, ratio 1.
	m := a.Measure([]int{11, 8})
	if !near(m.Advantage[0], 7.0/11) || !near(m.Advantage[1], 4.0/11) || !near(m.Welfare, 1) || !near(m.ParetoDistance, 0) || !near(m.NashRatio, 1) {
		t.Errorf("at the Nash point: %+v", m)
	}
	// ay (11, 5) is dominated by cx (11, 8): 3 points of B's span of 11 away.
	m = a.Measure([]int{11, 5})
	if !near(m.ParetoDistance, 3.0/11) || !near(m.Welfare, 8.0/11) || !near(m.NashRatio, 7.0/28) {
		t.Errorf("at ay: %+v", m)
	}
	// No agreement: both at their reservation.
	m = a.Measure([]int{4, 4})
	if m.JointGain != 0 || m.Welfare != 0 || m.NashRatio != 0 || m.Advantage[0] != 0 {
		t.Errorf("no agreement: %+v", m)
	}
}

func TestRedLinesAndRatificationShrinkTheZOPA(t *testing.T) {
	sc := handScenario()
	// B can never sign option c.
	sc.Briefs[1].RedLines = []rules.OptionRef{{Slot: 0, Option: 2}}
	a := Analyze(sc, Options{})
	if a.ZOPA != 2 || !slices.Equal(a.Nash.Text, []int{0, 1}) {
		t.Errorf("with B's red line: ZOPA %d, Nash %v; want ay and bx, Nash ay (first of the tie)", a.ZOPA, a.Nash.Text)
	}
	// A's public must reach 60 to ratify, and it likes attribute x, which
	// only option y carries: only texts with y ratify.
	sc = handScenario()
	sc.Forms[0].ID = "treaty"
	sc.Parties[0].Ratification = [][]rules.Requirement{{{Public: 0, Threshold: 60}}}
	sc.Slots[1].Options[1].Attrs = []int{1}
	sc.Publics[0].Weights = []int{20}
	sc.Publics[0].Drift = 100
	a = Analyze(sc, Options{})
	if a.ZOPA != 2 || !slices.Equal(a.Nash.Text, []int{2, 1}) {
		t.Errorf("with A's vote: ZOPA %d, Nash %v; want ay and cy, Nash cy", a.ZOPA, a.Nash.Text)
	}
	// At the starting opinion (no drift at all), nothing ratifies.
	a = Analyze(sc, Options{Opinion: &Opinion{Polls: 0}})
	if a.ZOPA != 0 || a.Nash != nil {
		t.Errorf("at the starting opinion: ZOPA %d", a.ZOPA)
	}
}

func TestTheSearchBoundIsReported(t *testing.T) {
	a := Analyze(handScenario(), Options{MaxNodes: 3})
	if a.Exact {
		t.Fatal("a search stopped by its bound must not claim to be exact")
	}
}

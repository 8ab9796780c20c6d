package analysis

import (
	"math"
	"slices"
	"testing"

	"bindingwords/game/rules"
)

// The field's metrics on the hand-checked scenario (see handScenario):
// texts ax 15,1  ay 11,5  bx 5,11  by 1,15  cx 11,8  cy 7,12; reservations
// 4 and 4; frontier ax cx cy by; Nash point cx (11, 8).
func TestStandardMetricsByHand(t *testing.T) {
	a := Analyze(handScenario(), Options{})
	near := func(x, y float64) bool { return math.Abs(x-y) < 1e-9 }
	for _, c := range []struct {
		name         string
		scores       []int
		welfare      int
		nash, pareto float64
		joint        int
		welfareRatio float64
	}{
		// The Nash point: on the frontier, at the Nash point.
		{"cx, the Nash point", []int{11, 8}, 19, 0, 0, 11, 1},
		// ay is 3 of B's points below cx, the nearest text on the frontier.
		{"ay", []int{11, 5}, 16, 3, 3, 8, 8.0 / 11},
		// No agreement: the disagreement point (4, 4) is measured, not
		// dropped: √(7² + 4²) from cx, which is also the nearest
		// frontier vector.
		{"no agreement", []int{4, 4}, 8, math.Sqrt(65), math.Sqrt(65), 0, 0},
		// A pushover A signs by, below its reservation: its loss of 3
		// counts. Clamped to zero, as before issue 12, the joint gain
		// read 11 and the welfare ratio 1.00.
		{"by, signed at a loss", []int{1, 15}, 16, math.Sqrt(100 + 49), 0, 8, 8.0 / 11},
	} {
		m := a.Measure(c.scores)
		if m.SocialWelfare != c.welfare || !near(m.NashDistance, c.nash) || !near(m.ParetoPoints, c.pareto) ||
			m.JointGain != c.joint || !near(m.Welfare, c.welfareRatio) {
			t.Errorf("%s: social welfare %d, Nash distance %.3f, Pareto distance %.3f points, joint gain %d, welfare %.3f; want %d, %.3f, %.3f, %d, %.3f",
				c.name, m.SocialWelfare, m.NashDistance, m.ParetoPoints, m.JointGain, m.Welfare,
				c.welfare, c.nash, c.pareto, c.joint, c.welfareRatio)
		}
	}
	if !slices.Equal(a.Disagreement(), []int{4, 4}) || a.FrontierTexts != 4 || len(a.Frontier) != 4 {
		t.Errorf("disagreement %v, frontier %v texts in %d vectors; want (4, 4), 4 and 4", a.Disagreement(), a.FrontierTexts, len(a.Frontier))
	}
}

// tieScenario is a second two-party, two-clause case, reservations 0:
//
//	clause s1: a = (A 4, B 0)   b = (A 0, B 4)   c = (A 2, B 1)
//	clause s2: x = (A 0, B 0)   y = (A 1, B 0)   [z = (A 1, B 0) with twin]
//
// Texts: ax 4,0  ay 5,0  bx 0,4  by 1,4  cx 2,1  cy 3,1 (and az, bz, cz
// as ay, by, cy). Every text is in the ZOPA; the ideals are A 5, B 4.
// Smallest shares: ax, ay, bx 0; by min(1/5, 4/4) = 1/5; cx min(2/5, 1/4)
// = 1/4; cy min(3/5, 1/4) = 1/4. The Kalai point ties between cx and cy,
// and cx, found first, is dominated by cy. The frontier is ay, cy, by
// (with twin, also az, cz, bz: six texts, three score vectors).
func tieScenario(twin bool) *rules.Scenario {
	sc := handScenario()
	o := sc.Slots[1].Options
	if twin {
		z := o[1]
		z.ID, z.Label = "z", "z"
		sc.Slots[1].Options = append(o, z)
	}
	sc.Briefs[0].Points = [][]int{{4, 0, 2}, {0, 1, 1}}
	sc.Briefs[1].Points = [][]int{{0, 4, 1}, {0, 0, 0}}
	if !twin {
		sc.Briefs[0].Points[1] = sc.Briefs[0].Points[1][:2]
		sc.Briefs[1].Points[1] = sc.Briefs[1].Points[1][:2]
	}
	sc.Briefs[0].Reservation, sc.Briefs[1].Reservation = 0, 0
	return sc
}

func TestKalaiIsNeverADominatedText(t *testing.T) {
	for _, twin := range []bool{false, true} {
		a := Analyze(tieScenario(twin), Options{})
		cy := []int{2, 1}
		if a.Kalai == nil || !slices.Equal(a.Kalai.Text, cy) {
			t.Errorf("twin %v: Kalai %+v, want cy (3, 1), not cx (2, 1), which cy dominates", twin, a.Kalai)
		}
	}
}

func TestFrontierCountsTextsAndVectors(t *testing.T) {
	for _, c := range []struct {
		twin           bool
		texts, vectors int
	}{{false, 3, 3}, {true, 6, 3}} {
		a := Analyze(tieScenario(c.twin), Options{})
		if a.FrontierTexts != float64(c.texts) || len(a.Frontier) != c.vectors {
			t.Errorf("twin %v: frontier of %v texts in %d vectors, want %d in %d", c.twin, a.FrontierTexts, len(a.Frontier), c.texts, c.vectors)
		}
	}
}

// With no ZOPA the Nash point is the disagreement point, and an outcome
// is measured from it.
func TestNashDistanceWithoutAZOPA(t *testing.T) {
	sc := handScenario()
	sc.Briefs[0].Reservation, sc.Briefs[1].Reservation = 14, 14
	a := Analyze(sc, Options{})
	if a.ZOPA != 0 {
		t.Fatalf("ZOPA %d, want none", a.ZOPA)
	}
	if m := a.Measure([]int{14, 14}); m.NashDistance != 0 || m.SocialWelfare != 28 {
		t.Errorf("no agreement without a ZOPA: Nash distance %v, social welfare %d; want 0 and 28", m.NashDistance, m.SocialWelfare)
	}
}

package sim

import (
	"math"
	"testing"

	"bindingwords/game/analysis"
	"bindingwords/game/match"
	"bindingwords/scenarios"
)

// The field's measures count every game: a game without an agreement in
// force is measured at the disagreement point, not dropped. The report's
// means must be those of every game's scores as the rules scored them.
func TestFieldMeasuresCountFailures(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	an := (*analysis.Analysis)(nil)
	var social, nash, welfare []float64
	failures := 0
	// The five core delegations: the figures below are Berlin's without the UK and Italy.
	r, err := Run(Config{Scenario: sc, Games: 12, Seed: 1, Core: true, Vs: "hardliner", Played: func(i int, m *match.Match) {
		g := m.Game()
		if an == nil {
			an = analysis.Analyze(sc, analysis.Options{Parties: g.Parties()})
		}
		res := g.Result()
		if !res.InForce {
			failures++
		}
		s, d := 0.0, 0.0
		for _, p := range g.Parties() {
			s += float64(res.Scores[p])
			x := float64(an.NashScores()[p] - res.Scores[p])
			d += x * x
		}
		social, nash = append(social, s), append(nash, math.Sqrt(d))
		// A failure's joint gain is 0: every party at its reservation.
		welfare = append(welfare, an.Measure(res.Scores).Welfare)
		if !res.InForce && welfare[len(welfare)-1] != 0 {
			t.Errorf("game %d failed with welfare %v, want 0", i, welfare[len(welfare)-1])
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if failures == 0 || failures == len(social) {
		t.Fatalf("%d failures in %d games: the case needs some of each", failures, len(social))
	}
	avg := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	if math.Abs(float64(r.SocialWelfare)-avg(social)) > 1e-9 || math.Abs(float64(r.NashDistance)-avg(nash)) > 1e-9 {
		t.Errorf("social welfare %v, Nash distance %v; want the means over all %d games, %v and %v",
			r.SocialWelfare, r.NashDistance, len(social), avg(social), avg(nash))
	}
	if math.Abs(float64(r.WelfareAll)-avg(welfare)) > 1e-9 || r.WelfareAll >= r.WelfareRatio {
		t.Errorf("welfare over every game %v, want the mean %v, below the mean in force %v", r.WelfareAll, avg(welfare), r.WelfareRatio)
	}
	if r.InForceGames == r.Games {
		t.Errorf("every game in force")
	}
	if ref := r.Reference; ref == nil || ref.DisagreementWelfare != 290 || ref.NashWelfare != 410 {
		t.Errorf("reference %+v, want Nash 410 and no agreement 290", r.Reference)
	}
}

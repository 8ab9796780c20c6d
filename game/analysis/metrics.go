package analysis

import "math"

// Metrics measure one outcome against what the scenario allowed. The
// first group is the project's own, in advantage units; the second is the
// automated-negotiation field's, in raw points. An outcome is every
// party's score; a game without an agreement in force scores each party
// its reservation (the disagreement point), as [rules.Result] does, so a
// failure is measured, not dropped.
type Metrics struct {
	// Advantage is, per party, (score − reservation) / (best − reservation):
	// 0 at the BATNA, 1 at the party's best possible text.
	Advantage []float64
	// JointGain is the sum over the parties taking part of score −
	// reservation, a loss counting as a loss (a party that signed below
	// its reservation lowers it); Welfare divides it by the best joint
	// gain within the ZOPA (0 when the ZOPA is empty).
	JointGain int
	Welfare   float64
	// ParetoDistance is the Euclidean distance, in advantage coordinates,
	// from the outcome to the nearest text on the Pareto frontier.
	ParetoDistance float64
	// NashRatio is the outcome's Nash product over the required
	// signatories divided by the Nash point's (0 without a ZOPA).
	NashRatio float64

	// SocialWelfare is the sum of the raw scores of the parties taking
	// part.
	SocialWelfare int
	// NashDistance is the Euclidean distance, in raw points over the
	// parties taking part, from the outcome to the Nash point (to the
	// disagreement point when the ZOPA is empty).
	NashDistance float64
	// ParetoPoints is the Euclidean distance, in raw points over the
	// parties taking part, from the outcome to the nearest score vector
	// of a text on the Pareto frontier.
	ParetoPoints float64
}

// Normalise returns party p's advantage for a score.
func (a *Analysis) Normalise(p, score int) float64 {
	span := a.Best[p] - a.Reservation[p]
	if span <= 0 {
		span = 1
	}
	return float64(score-a.Reservation[p]) / float64(span)
}

// Disagreement is the outcome of no agreement: every party at its
// reservation (indexed by party).
func (a *Analysis) Disagreement() []int {
	return append([]int(nil), a.Reservation...)
}

// JointGain is the joint gain of an outcome: the sum over the parties
// taking part of score − reservation. A loss counts: a delegation that
// signed below its reservation (a pushover) lowers it. (Until issue 12 a
// loss was counted as zero, which made a pushover's losing signature read
// as welfare 0.99 instead of 0.66.)
func (a *Analysis) JointGain(scores []int) int {
	g := 0
	for _, p := range a.Parties {
		g += scores[p] - a.Reservation[p]
	}
	return g
}

// NashScores is the Nash point's score vector, or the disagreement point
// when the ZOPA is empty.
func (a *Analysis) NashScores() []int {
	if a.Nash == nil {
		return a.Disagreement()
	}
	return a.Nash.Scores
}

// Measure computes the metrics of an outcome given each party's score
// (indexed by party).
func (a *Analysis) Measure(scores []int) Metrics {
	m := Metrics{Advantage: make([]float64, len(a.Best))}
	for _, p := range a.Parties {
		m.Advantage[p] = a.Normalise(p, scores[p])
		m.SocialWelfare += scores[p]
	}
	m.JointGain = a.JointGain(scores)
	if a.MaxJointGain > 0 {
		m.Welfare = float64(m.JointGain) / float64(a.MaxJointGain)
	}
	m.ParetoDistance, m.ParetoPoints = math.Inf(1), math.Inf(1)
	for _, f := range a.Frontier {
		d, raw := 0.0, 0.0
		for _, p := range a.Parties {
			x := a.Normalise(p, f.Scores[p]) - m.Advantage[p]
			d += x * x
			y := float64(f.Scores[p] - scores[p])
			raw += y * y
		}
		m.ParetoDistance = math.Min(m.ParetoDistance, d)
		m.ParetoPoints = math.Min(m.ParetoPoints, raw)
	}
	m.ParetoDistance = math.Sqrt(m.ParetoDistance)
	m.ParetoPoints = math.Sqrt(m.ParetoPoints)
	nash := a.NashScores()
	for _, p := range a.Parties {
		y := float64(nash[p] - scores[p])
		m.NashDistance += y * y
	}
	m.NashDistance = math.Sqrt(m.NashDistance)
	if a.NashProduct > 0 {
		prod := 1.0
		for _, p := range a.Required {
			prod *= math.Max(0, float64(scores[p]-a.Reservation[p]))
		}
		m.NashRatio = prod / a.NashProduct
	}
	return m
}

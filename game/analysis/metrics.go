package analysis

import "math"

// Metrics measure one outcome against what the scenario allowed.
type Metrics struct {
	// Advantage is, per party, (score − reservation) / (best − reservation):
	// 0 at the BATNA, 1 at the party's best possible text.
	Advantage []float64
	// JointGain is the outcome's joint gain; Welfare divides it by the
	// best joint gain within the ZOPA (0 when the ZOPA is empty).
	JointGain int
	Welfare   float64
	// ParetoDistance is the Euclidean distance, in advantage coordinates,
	// from the outcome to the nearest text on the Pareto frontier.
	ParetoDistance float64
	// NashRatio is the outcome's Nash product over the required
	// signatories divided by the Nash point's (0 without a ZOPA).
	NashRatio float64
}

// Normalise returns party p's advantage for a score.
func (a *Analysis) Normalise(p, score int) float64 {
	span := a.Best[p] - a.Reservation[p]
	if span <= 0 {
		span = 1
	}
	return float64(score-a.Reservation[p]) / float64(span)
}

// Measure computes the metrics of an outcome given each party's score
// (indexed by party).
func (a *Analysis) Measure(scores []int) Metrics {
	m := Metrics{Advantage: make([]float64, len(a.Best))}
	for _, p := range a.Parties {
		m.Advantage[p] = a.Normalise(p, scores[p])
	}
	m.JointGain = a.JointGain(scores)
	if a.MaxJointGain > 0 {
		m.Welfare = float64(m.JointGain) / float64(a.MaxJointGain)
	}
	m.ParetoDistance = math.Inf(1)
	for _, f := range a.Frontier {
		d := 0.0
		for _, p := range a.Parties {
			x := a.Normalise(p, f.Scores[p]) - m.Advantage[p]
			d += x * x
		}
		m.ParetoDistance = math.Min(m.ParetoDistance, d)
	}
	m.ParetoDistance = math.Sqrt(m.ParetoDistance)
	if a.NashProduct > 0 {
		prod := 1.0
		for _, p := range a.Required {
			prod *= math.Max(0, float64(scores[p]-a.Reservation[p]))
		}
		m.NashRatio = prod / a.NashProduct
	}
	return m
}

// Package scengen makes random scenarios with a narrow zone of possible
// agreement, for measuring AI delegates on cases nobody tuned them for.
// A generated scenario is a plain [rules.Scenario]: the same engine,
// analysis and bots play it as they play a teacher's file.
package scengen

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"bindingwords/game/rules"
)

// Config bounds the scenarios Generate makes.
type Config struct {
	MinParties, MaxParties int
	MinSlots, MaxSlots     int
	MinOptions, MaxOptions int
	// ZOPAShare is the share of complete texts every delegation should
	// accept, as a fraction (0.02 is 2%).
	ZOPAShare float64
	Rounds    int
}

// Narrow is the configuration of the benchmark in docs/balance.md: 3–5
// delegations, 5–12 clauses of 2–4 wordings, about 2% of texts acceptable
// to everyone.
var Narrow = Config{MinParties: 3, MaxParties: 5, MinSlots: 5, MaxSlots: 12, MinOptions: 2, MaxOptions: 4, ZOPAShare: 0.02, Rounds: 6}

const attributes = 3

// Generate makes the scenario numbered seed. Each delegation cares about
// the three attributes in its own way (its public's weights, which every
// player sees, say how) and about each clause with its own intensity, so
// packages across clauses create value. Reservation values are set so that
// about cfg.ZOPAShare of all texts beat every delegation's.
func Generate(seed uint64, cfg Config) *rules.Scenario {
	r := rand.New(rand.NewPCG(seed, 0x5ce9))
	n := between(r, cfg.MinParties, cfg.MaxParties)
	m := between(r, cfg.MinSlots, cfg.MaxSlots)
	sc := &rules.Scenario{}
	p := &sc.PublicScenario
	p.ID = fmt.Sprintf("generated_%d", seed)
	p.Title = fmt.Sprintf("Generated case %d", seed)
	p.Summary = "A generated case with a narrow zone of agreement."
	p.Briefing = briefing
	p.Rounds = cfg.Rounds
	for a := 0; a < attributes; a++ {
		p.Attributes = append(p.Attributes, rules.Attribute{ID: fmt.Sprintf("a%d", a), Name: fmt.Sprintf("Attribute %d", a+1)})
	}
	p.Forms = []rules.Form{{ID: "declaration", Name: "Declaration"}}
	p.Documents = []rules.Document{{ID: "text", Title: "Text", FormSlot: -1, Form: 0}}
	addSlots(r, sc, m, cfg.MinOptions, cfg.MaxOptions, "Clause", "wording")
	for i := 0; i < n; i++ {
		w := make([]int, attributes)
		for a := range w {
			w[a] = r.IntN(7) - 3
		}
		p.Parties = append(p.Parties, party(i))
		p.Publics = append(p.Publics, rules.Public{ID: fmt.Sprintf("public%d", i), Name: fmt.Sprintf("Public %d", i+1),
			Party: i, Support: 600, Base: 50, Weights: w, Drift: 25})
		p.Signing.Required = append(p.Signing.Required, i)
		sc.Briefs = append(sc.Briefs, rules.Brief{Text: "A generated delegation.", Points: points(r, p.Slots, w)})
	}
	p.Signing.Minimum = n
	p.Adoption = rules.AdoptionRule{Others: rules.QuotaAll}
	p.Press = rules.PressRules{Reassure: 3, Address: 2, CommitBoost: 0, AudienceCost: 8, LeakShift: 50, LeakTrust: 20}
	setReservations(r, sc, cfg.ZOPAShare)
	return seal(sc)
}

// points makes a delegation's table: what its public's weights say of each
// wording, plus its own noise, scaled per clause to 0–10 times an
// intensity of 1–4.
func points(r *rand.Rand, slots []rules.Slot, w []int) [][]int {
	out := make([][]int, len(slots))
	for s, slot := range slots {
		raw := make([]int, len(slot.Options))
		for o, opt := range slot.Options {
			for a, x := range opt.Attrs {
				raw[o] += w[a] * x
			}
			raw[o] += r.IntN(7) - 3
		}
		lo, hi := slices.Min(raw), slices.Max(raw)
		weight := 1 + r.IntN(4)
		out[s] = make([]int, len(raw))
		for o := range raw {
			if hi > lo {
				out[s][o] = (raw[o] - lo) * 10 * weight / (hi - lo)
			}
		}
	}
	return out
}

// setReservations puts every delegation's reservation at the same
// quantile of its scores over a sample of texts, choosing the quantile so
// that about share of the sample beats them all.
func setReservations(r *rand.Rand, sc *rules.Scenario, share float64) {
	const samples = 4000
	n := len(sc.Parties)
	scores := make([][]int, n) // [party][sample]
	text := make([]int, len(sc.Slots))
	for i := 0; i < samples; i++ {
		for s := range text {
			text[s] = r.IntN(len(sc.Slots[s].Options))
		}
		for p := 0; p < n; p++ {
			scores[p] = append(scores[p], sc.Score(p, text, nil))
		}
	}
	sorted := make([][]int, n)
	for p := range scores {
		sorted[p] = slices.Sorted(slices.Values(scores[p]))
	}
	resAt := func(q float64) []int {
		res := make([]int, n)
		for p := range res {
			res[p] = sorted[p][min(samples-1, int(q*samples))]
		}
		return res
	}
	accepted := func(res []int) float64 {
		k := 0
		for i := 0; i < samples; i++ {
			ok := true
			for p := 0; p < n && ok; p++ {
				ok = scores[p][i] >= res[p]
			}
			if ok {
				k++
			}
		}
		return float64(k) / samples
	}
	lo, hi := 0.0, 1.0
	for it := 0; it < 30; it++ {
		mid := (lo + hi) / 2
		if accepted(resAt(mid)) > share {
			lo = mid
		} else {
			hi = mid
		}
	}
	for p, v := range resAt(lo) {
		sc.Briefs[p].Reservation = v
	}
}

func between(r *rand.Rand, lo, hi int) int { return lo + r.IntN(hi-lo+1) }

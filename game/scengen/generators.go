package scengen

import (
	"hash/fnv"
	"math/rand/v2"
	"slices"

	"bindingwords/game/rules"
)

// The generators of the families other than narrow. Each draws from its
// own stream (the family's name picks it), so two families never make
// the same case from one seed by accident.

func stream(seed uint64, fam string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(fam))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

// additive makes a case in the style of the automated-negotiation
// competitions: minP–maxP delegations, minS–maxS issues of minO–maxO
// options, and for each delegation linear additive points — an issue
// weight of 1–10 times an evaluation of each option from 0 (its worst) to
// 10 (its best) — and a reservation drawn from 0 to 50% of the way from
// its worst text to its best. With interests, the three attributes of the
// options and each public's weights say (with noise) which options its
// delegation values; without, there is one attribute that no option has
// and no public weighs: the publics show nothing.
func additive(seed uint64, fam string, minP, maxP, minS, maxS, minO, maxO int, interests bool) *rules.Scenario {
	r := stream(seed, fam)
	n := between(r, minP, maxP)
	m := between(r, minS, maxS)
	attrs := 1
	if interests {
		attrs = attributes
	}
	sc := newCase(fam, seed, attrs)
	addSlots(r, sc, m, minO, maxO, "Issue", "option")
	if !interests {
		for s := range sc.Slots {
			for o := range sc.Slots[s].Options {
				sc.Slots[s].Options[o].Attrs[0] = 0
			}
		}
	}
	for i := 0; i < n; i++ {
		var w []int
		raw := make([][]int, m)
		if interests {
			w = publicWeights(r)
		}
		for s, slot := range sc.Slots {
			raw[s] = make([]int, len(slot.Options))
			for o, opt := range slot.Options {
				if interests {
					raw[s][o] = verdict(w, opt.Attrs) + r.IntN(7) - 3
				} else {
					raw[s][o] = r.IntN(11)
				}
			}
		}
		addParty(sc, i, w, scaled(r, raw, 10), false)
		lo, hi := 0, 0
		for _, row := range sc.Briefs[i].Points {
			lo += slices.Min(row)
			hi += slices.Max(row)
		}
		sc.Briefs[i].Reservation = lo + (hi-lo)*r.IntN(51)/100
	}
	return seal(sc)
}

// neutral makes a case of 3–7 delegations whose publics weigh nothing:
// the options carry attributes, and each delegation's points follow
// weights of its own, but no public shows them, so nothing public tells a
// delegate what the others want.
func neutral(seed uint64) *rules.Scenario {
	r := stream(seed, "neutral")
	n := between(r, 3, 7)
	m := between(r, 4, 8)
	sc := newCase("neutral", seed, attributes)
	addSlots(r, sc, m, 2, 4, "Issue", "option")
	for i := 0; i < n; i++ {
		private := publicWeights(r)
		addParty(sc, i, nil, points(r, sc.Slots, private), false)
	}
	setReservations(r, sc, 0.05)
	return seal(sc)
}

// ruleFamily is the narrow cases played under another adoption rule: the
// same seeds make the same delegations and points, so the rule is the
// only difference from narrow.
func ruleFamily(name, about string, rule rules.AdoptionRule) Family {
	return Family{Name: name, Always: Narrow.MinParties, About: "the narrow cases, but " + about,
		gen: func(seed uint64) *rules.Scenario {
			sc := Generate(seed, Narrow)
			fresh := newCase(name, seed, 0)
			sc.ID, sc.Title, sc.Summary = fresh.ID, fresh.Title, fresh.Summary
			sc.Adoption = rule
			sc.Adoption.MustAgree = slices.Clone(rule.MustAgree)
			return seal(sc)
		}}
}

// optional makes a narrow-style case of 3–4 required delegations and 1–2
// optional ones (the last), 5–10 clauses of 2–4 wordings, reservations
// set so that about 3% of texts suit every delegation, optional ones
// included.
func optional(seed uint64) *rules.Scenario {
	r := stream(seed, "optional")
	req, opt := between(r, 3, 4), between(r, 1, 2)
	m := between(r, 5, 10)
	sc := newCase("optional", seed, attributes)
	addSlots(r, sc, m, 2, 4, "Issue", "option")
	for i := 0; i < req+opt; i++ {
		w := publicWeights(r)
		addParty(sc, i, w, points(r, sc.Slots, w), i >= req)
	}
	setReservations(r, sc, 0.03)
	return seal(sc)
}

// publicWeights are a public's weights on the three attributes, −3 to 3.
func publicWeights(r *rand.Rand) []int {
	w := make([]int, attributes)
	for a := range w {
		w[a] = r.IntN(7) - 3
	}
	return w
}

func verdict(w, attrs []int) int {
	v := 0
	for a, x := range attrs {
		v += w[a] * x
	}
	return v
}

// scaled turns raw values per option into points: per issue, 0 for the
// worst option to 10 for the best, times a weight of 1 to maxWeight (0
// throughout if every option is worth the same).
func scaled(r *rand.Rand, raw [][]int, maxWeight int) [][]int {
	out := make([][]int, len(raw))
	for s, row := range raw {
		lo, hi := slices.Min(row), slices.Max(row)
		weight := 1 + r.IntN(maxWeight)
		out[s] = make([]int, len(row))
		for o := range row {
			if hi > lo {
				out[s][o] = (row[o] - lo) * 10 * weight / (hi - lo)
			}
		}
	}
	return out
}

package bots

import (
	"fmt"
	"math/rand/v2"

	"bindingwords/game/rules"
)

// Cases of the kind issue 12 measured the delegates on, built here until
// game/scengen has families of its own: domains of the automated-negotiation
// competitions (linear additive points, a reservation somewhere in the
// lower half of each party's range) whose publics care about nothing, so
// that what is public says nothing of anyone's interests.

// NeutralCase is case seed of a table of n delegations negotiating issues
// clauses of options wordings each. Every party weighs each clause (1–9)
// and values each wording (0–10); its points are the products, so a text's
// score is linear and additive. Its reservation is between none and half
// of the way from its worst to its best text. Adoption is unanimous and
// every delegation must sign; publics have no weights, so nobody can read
// anything into them, and nothing needs ratifying.
//
// With opposed, the delegations' wordings are ranked against each other,
// as in most competition domains: what the first values most the others
// value least (give or take two), so only the clauses' different weights
// leave room for trade-offs.
func NeutralCase(seed uint64, n, issues, options int, opposed bool) *rules.Scenario {
	r := rand.New(rand.NewPCG(seed, 0x6e75))
	sc := &rules.Scenario{}
	p := &sc.PublicScenario
	p.ID = fmt.Sprintf("neutral-%dx%dx%d-%t-%d", n, issues, options, opposed, seed)
	p.Title = fmt.Sprintf("Neutral case %d", seed)
	p.Hash = fmt.Sprintf("%064x", seed+uint64(1000*n+100*issues+options))
	p.Rounds = 6
	p.Attributes = []rules.Attribute{{ID: "a0", Name: "Attribute 1"}}
	p.Forms = []rules.Form{{ID: "declaration", Name: "Declaration"}}
	p.Documents = []rules.Document{{ID: "text", Title: "Text", FormSlot: -1, Form: 0}}
	for s := 0; s < issues; s++ {
		slot := rules.Slot{ID: fmt.Sprintf("s%d", s), Name: fmt.Sprintf("Clause %d", s+1), Article: s}
		for o := 0; o < options; o++ {
			id := fmt.Sprintf("o%d", o)
			slot.Options = append(slot.Options, rules.Option{ID: id, Label: "wording " + id, Text: "wording " + id, Attrs: []int{0}, Form: -1})
		}
		slot.Default = r.IntN(options)
		p.Articles = append(p.Articles, rules.Article{ID: fmt.Sprintf("art%d", s), Title: fmt.Sprintf("Article %d", s+1), Slots: []int{s}})
		p.Documents[0].Articles = append(p.Documents[0].Articles, s)
		p.Slots = append(p.Slots, slot)
	}
	first := make([][]int, issues)
	for i := 0; i < n; i++ {
		p.Parties = append(p.Parties, rules.Party{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Delegation %d", i+1),
			Publics: []int{i}, Ratification: [][]rules.Requirement{nil}})
		p.Publics = append(p.Publics, rules.Public{ID: fmt.Sprintf("public%d", i), Name: fmt.Sprintf("Public %d", i+1),
			Party: i, Support: 600, Base: 50, Weights: []int{0}, Drift: 25})
		p.Signing.Required = append(p.Signing.Required, i)
		points := make([][]int, issues)
		lo, hi := 0, 0
		for s := range points {
			w := 1 + r.IntN(9)
			points[s] = make([]int, options)
			if i == 0 {
				first[s] = make([]int, options)
			}
			for o := range points[s] {
				v := r.IntN(11)
				if opposed && i == 0 {
					first[s][o] = v
				} else if opposed {
					v = min(10, max(0, 10-first[s][o]+r.IntN(5)-2))
				}
				points[s][o] = w * v
			}
			lo += minOf(points[s])
			hi += maxOf(points[s])
		}
		res := lo + int(r.Float64()*float64(hi-lo)/2)
		sc.Briefs = append(sc.Briefs, rules.Brief{Text: "A neutral delegation.", Points: points, Reservation: res})
	}
	p.Signing.Minimum = n
	p.Adoption = rules.AdoptionRule{Others: rules.QuotaAll}
	p.Press = rules.PressRules{Reassure: 3, Address: 2, CommitBoost: 2, AudienceCost: 8, LeakShift: 50, LeakTrust: 20}
	return sc
}

func minOf(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}

func maxOf(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

package report

import (
	"fmt"
	"strings"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
)

// A Concept is one idea of negotiation or politics the game shows, told
// with this scenario's own numbers, and where it comes from.
type Concept struct {
	Title  string
	Paras  []string
	Source string
}

// concepts are BATNA, the ZOPA, the Pareto frontier and the Nash bargain,
// two-level games and audience costs, each with the numbers the analysis
// (a, for the parties taking) and the scenario give them.
func concepts(sc *rules.Scenario, a *analysis.Analysis, taking []int) []Concept {
	ps := &sc.PublicScenario
	names := func(parties []int) string {
		var out []string
		for _, p := range parties {
			out = append(out, ps.Parties[p].Name)
		}
		return strings.Join(out, ", ")
	}
	var batnas []string
	for _, p := range taking {
		batnas = append(batnas, T("concept.batna.one", "party", ps.Parties[p].Name, "batna", a.Reservation[p], "best", a.Best[p]))
	}
	out := []Concept{{Title: T("concept.batna"), Source: T("concept.batna.source"),
		Paras: []string{T("concept.batna.text"), T("concept.batna.numbers", "list", strings.Join(batnas, "; "))}}}

	share := 0.0
	if a.Texts > 0 {
		share = 100 * float64(a.ZOPA) / a.Texts
	}
	zopa := Concept{Title: T("concept.zopa"), Source: T("concept.zopa.source"),
		Paras: []string{T("concept.zopa.text", "required", names(a.Required), "polls", sc.Rounds),
			T("concept.zopa.numbers", "texts", rules.Grouped(int64(a.Texts)), "zopa", rules.Grouped(a.ZOPA), "share", fmt.Sprintf("%.2f", share))}}
	if !a.Exact {
		zopa.Paras = append(zopa.Paras, T("value.inexact"))
	}
	out = append(out, zopa)

	pareto := Concept{Title: T("concept.pareto"), Source: T("concept.pareto.source"),
		Paras: []string{T("concept.pareto.text", "frontier", rules.Grouped(int64(a.FrontierTexts)))}}
	if a.Nash != nil {
		var scores []string
		for _, p := range taking {
			scores = append(scores, ps.Parties[p].Name+" "+num(a.Nash.Scores[p]))
		}
		pareto.Paras = append(pareto.Paras, T("concept.nash.numbers", "required", names(a.Required), "scores", strings.Join(scores, ", "),
			"gain", a.TextGain(a.Nash), "max", a.MaxJointGain))
	} else {
		pareto.Paras = append(pareto.Paras, T("value.nozopa"))
	}
	out = append(out, pareto)

	two := Concept{Title: T("concept.twolevel"), Source: T("concept.twolevel.source"), Paras: []string{T("concept.twolevel.text")}}
	votes, below := homeVotes(ps, taking)
	if len(votes) > 0 {
		two.Paras = append(two.Paras, T("concept.twolevel.numbers", "list", strings.Join(votes, "; ")))
	}
	if len(below) > 0 {
		two.Paras = append(two.Paras, T("concept.twolevel.below", "n", len(below), "all", len(votes), "list", strings.Join(below, "; ")))
	}
	if a.Nash != nil {
		free := analysis.Analyze(sc, analysis.Options{Parties: taking, Opinion: &analysis.Opinion{Polls: sc.Rounds, Thresholds: noThresholds(ps)}})
		two.Paras = append(two.Paras, T("concept.twolevel.winset", "free", rules.Grouped(free.ZOPA), "zopa", rules.Grouped(a.ZOPA)))
	}
	out = append(out, two)

	aud := Concept{Title: T("concept.audience"), Source: T("concept.audience.source"),
		Paras: []string{T("concept.audience.text"), T("concept.audience.cost", "cost", ps.Press.AudienceCost)}}
	if ps.Press.CommitBoost > 0 {
		aud.Paras = append(aud.Paras, T("concept.audience.boost", "boost", ps.Press.CommitBoost))
	} else {
		aud.Paras = append(aud.Paras, T("concept.audience.noboost"))
	}
	return append(out, aud)
}

// homeVotes lists, for the parties taking part, each public that votes at
// home: where it starts and what it needs, "US Senate starts at 58%,
// needs 67% (treaty)"; below lists those that start short of what they
// need, and by how much.
func homeVotes(ps *rules.PublicScenario, taking []int) (out, below []string) {
	for _, p := range taking {
		type need struct {
			threshold int
			forms     []string
		}
		byPublic := map[int]*need{}
		var order []int
		for f, reqs := range ps.Parties[p].Ratification {
			for _, r := range reqs {
				n := byPublic[r.Public]
				if n == nil {
					n = &need{threshold: r.Threshold}
					byPublic[r.Public] = n
					order = append(order, r.Public)
				}
				n.threshold = max(n.threshold, r.Threshold)
				n.forms = append(n.forms, ps.Forms[f].Name)
			}
		}
		for _, pub := range order {
			n := byPublic[pub]
			out = append(out, T("concept.twolevel.one", "public", ps.Publics[pub].Name, "start", tenths(ps.Publics[pub].Support),
				"threshold", n.threshold, "forms", strings.Join(n.forms, ", ")))
			if short := 10*n.threshold - ps.Publics[pub].Support; short > 0 {
				below = append(below, T("concept.twolevel.short", "public", ps.Publics[pub].Name, "points", tenths(short)))
			}
		}
	}
	return out, below
}

// noThresholds are ratification thresholds of zero for every vote: the
// table without the votes at home.
func noThresholds(ps *rules.PublicScenario) [][][]int {
	out := make([][][]int, len(ps.Parties))
	for p := range ps.Parties {
		out[p] = make([][]int, len(ps.Parties[p].Ratification))
		for f, reqs := range ps.Parties[p].Ratification {
			out[p][f] = make([]int, len(reqs))
		}
	}
	return out
}

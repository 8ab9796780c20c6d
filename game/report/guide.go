package report

import (
	"slices"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
)

// Guide is the teacher's guide and answer key, for the delegations
// taking part.
type Guide struct {
	S     *rules.PublicScenario
	Rules []string
	// Taking names the delegations taking part, the ones the key is
	// computed for; Left names those of the scenario left out.
	Taking, Left []string
	// TakingIDs are their ids, as --parties takes them.
	TakingIDs []string
	Modes     []Mode
	Reading   []Reading
	// Briefing is the public briefing's reading time.
	Briefing Reading
	Concepts []Concept
	Glossary []Term
	NoSeat   []string
	News     []NewsPaper
	Key      []KeyParty
	A        *analysis.Analysis
	// Nash and MaxJoint list each benchmark text clause by clause.
	Nash, MaxJoint []string
}

// KeyParty is one delegation's interests for the answer key.
type KeyParty struct {
	Name         string
	Objectives   []string
	Reservation  int
	Best         int
	Nash         int
	MaxJoint     int
	RedLines     []string
	Priorities   []string
	Ratification []string
}

// guideData is the guide for a class in which the parties taking (in
// scenario order) take part. The analysis is the debrief's own: the
// same parties, the scenario's starting opinion drifting for its rounds.
func guideData(sc *rules.Scenario, taking []int) *Guide {
	ps := &sc.PublicScenario
	a := analysis.Analyze(sc, analysis.Options{Parties: taking})
	pub := publicData(ps)
	g := &Guide{S: ps, Rules: RulesText(ps), A: a}
	for p := range ps.Parties {
		if slices.Contains(taking, p) {
			g.Taking = append(g.Taking, ps.Parties[p].Name)
			g.TakingIDs = append(g.TakingIDs, ps.Parties[p].ID)
		} else {
			g.Left = append(g.Left, ps.Parties[p].Name)
		}
	}
	text := func(pt *analysis.Point) []string {
		if pt == nil {
			return nil
		}
		var out []string
		for si, oi := range pt.Text {
			out = append(out, ps.Slots[si].Name+": “"+ps.Slots[si].Options[oi].Label+"”")
		}
		return out
	}
	g.Nash, g.MaxJoint = text(a.Nash), text(a.MaxJoint)
	for _, p := range taking {
		bd := briefData(sc, p)
		k := KeyParty{Name: ps.Parties[p].Name, Objectives: bd.Objectives, Reservation: bd.Reservation, Best: bd.Best,
			Nash: -1, MaxJoint: -1, RedLines: bd.RedLines, Ratification: pub.Parties[p].Ratification}
		if a.Nash != nil {
			k.Nash, k.MaxJoint = a.Nash.Scores[p], a.MaxJoint.Scores[p]
		}
		// Its links (points for two wordings together) are priorities too.
		k.Priorities = append(priorities(sc, p), bd.Links...)
		g.Key = append(g.Key, k)
		g.Reading = append(g.Reading, briefReading(sc, p))
	}
	g.Briefing = briefingReading(ps)
	g.Modes = modes(sc, g.Reading)
	g.Concepts = concepts(sc, a, taking)
	g.Glossary = glossary(sc)
	g.NoSeat = noSeat(sc)
	g.News = newsOnPaper(ps)
	return g
}

// priorities names the three clauses that matter most to party p: those
// with the widest spread of its points, with its favourite wording.
func priorities(sc *rules.Scenario, p int) []string {
	type pr struct{ slot, spread, best int }
	var list []pr
	for si, row := range sc.Briefs[p].Points {
		hi, lo := slices.Max(row), slices.Min(row)
		list = append(list, pr{si, hi - lo, slices.Index(row, hi)})
	}
	slices.SortStableFunc(list, func(a, b pr) int { return b.spread - a.spread })
	var out []string
	for _, x := range list[:min(3, len(list))] {
		s := &sc.Slots[x.slot]
		out = append(out, T("key.priority", "clause", s.Name, "option", s.Options[x.best].Label, "spread", x.spread))
	}
	return out
}

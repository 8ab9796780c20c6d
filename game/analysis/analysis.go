// Package analysis computes what a scenario allows: each delegation's best
// and reservation scores, the Pareto frontier, the zone of possible
// agreement, the Nash and Kalai bargaining points and the best joint gain;
// and measures an outcome against them. It reads whole scenarios, private
// tables included, so it serves the debrief and the balancing tools, never
// a player.
package analysis

import (
	"slices"

	"bindingwords/game/rules"
)

// Opinion says how ratification is judged for a text. Support holds each
// public's support in tenths; Polls is how many polls the publics will
// still drift toward their verdict on the text before the votes (0 judges
// the support as it is). Weights and Thresholds, when set, replace the
// scenario's starting weights ([public][attribute]) and ratification
// thresholds ([party][form][requirement]), as news may have changed them.
type Opinion struct {
	Support    []int
	Polls      int
	Weights    [][]int
	Thresholds [][][]int
}

// Options choose what to analyse.
type Options struct {
	// Parties lists the parties taking part (nil: every party).
	Parties []int
	// Opinion judges ratification; nil means the scenario's starting
	// support, drifting for the scenario's number of rounds.
	Opinion *Opinion
	// MaxNodes bounds the search of the zone of possible agreement (0:
	// DefaultMaxNodes). When the bound is hit, the results are the best
	// found so far and Exact is false.
	MaxNodes int64
}

// DefaultMaxNodes bounds an analysis to well under a second or two.
const DefaultMaxNodes = 60_000_000

// A Point is a complete text and each party's score for it (indexed by
// party; parties not taking part score 0).
type Point struct {
	Text   []int
	Scores []int
}

// Analysis is what a scenario allows.
type Analysis struct {
	Parties  []int
	Required []int
	// Best and Reservation are indexed by party.
	Best        []int
	Reservation []int
	// Texts is the number of complete texts.
	Texts float64
	// Frontier is the Pareto frontier over all complete texts, in the
	// scores of the parties taking part: one text for each distinct score
	// vector on it. FrontierTexts counts every complete text on it, texts
	// with equal vectors included.
	Frontier      []Point
	FrontierTexts float64
	// ZOPA counts the texts every required signatory can sign (no red
	// line, at least its reservation) and that every required signatory
	// ratifies under the opinion given.
	ZOPA int64
	// Nash maximises the product of the required signatories' gains over
	// their reservations within the ZOPA; Kalai maximises the smallest
	// share of each one's possible gain. MaxJoint maximises the joint gain
	// of every party taking part within the ZOPA (see [Analysis.TextGain]).
	// A tie goes to the first text in clause and wording order unless a
	// later one dominates it, so none of the three is ever a text another
	// in the ZOPA dominates (before issue 12 the Kalai point could be).
	// All three are nil when the ZOPA is empty.
	Nash, Kalai, MaxJoint *Point
	// MaxJointGain is the joint gain of MaxJoint (see [Analysis.TextGain]).
	MaxJointGain int
	// NashProduct is the Nash product at Nash.
	NashProduct float64
	// Exact is false when the search hit its bound.
	Exact bool
	// Nodes is how many partial texts the search visited.
	Nodes int64

	sc *rules.Scenario
}

// TextGain is the joint gain a text in the ZOPA brings if every party
// taking part signs it when that pays: each required signatory gains
// score − reservation; any other party signs only if it gains and may
// (no red line of its own), so it adds max(0, score − reservation) or,
// crossing a red line, nothing. MaxJointGain is the largest TextGain.
func (a *Analysis) TextGain(pt *Point) int {
	g := 0
	for _, p := range a.Parties {
		switch {
		case slices.Contains(a.Required, p):
			g += pt.Scores[p] - a.Reservation[p]
		case !a.sc.CrossesRedLine(p, pt.Text, nil):
			g += max(0, pt.Scores[p]-a.Reservation[p])
		}
	}
	return g
}

// Analyze computes what sc allows.
func Analyze(sc *rules.Scenario, opt Options) *Analysis {
	a := &Analysis{sc: sc, Exact: true, Texts: 1}
	if opt.Parties == nil {
		for p := range sc.Parties {
			a.Parties = append(a.Parties, p)
		}
	} else {
		a.Parties = append(a.Parties, opt.Parties...)
	}
	active := make([]bool, len(sc.Parties))
	for _, p := range a.Parties {
		active[p] = true
	}
	for _, p := range sc.Signing.Required {
		if active[p] {
			a.Required = append(a.Required, p)
		}
	}
	a.Best = make([]int, len(sc.Parties))
	a.Reservation = make([]int, len(sc.Parties))
	for p := range sc.Parties {
		a.Best[p] = sc.BestScore(p)
		a.Reservation[p] = sc.Briefs[p].Reservation
	}
	for _, s := range sc.Slots {
		a.Texts *= float64(len(s.Options))
	}
	a.Frontier, a.FrontierTexts = frontier(sc, a.Parties)
	maxNodes := opt.MaxNodes
	if maxNodes <= 0 {
		maxNodes = DefaultMaxNodes
	}
	op := opt.Opinion
	if op == nil {
		op = &Opinion{Polls: sc.Rounds}
	}
	newSearch(a, op, maxNodes).run()
	return a
}

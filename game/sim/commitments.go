package sim

import (
	"bindingwords/game/rules"
)

// A pledges is what one delegation's public commitments came to in one
// game. A commitment is kept when the delegation signed a text that honours
// it, broken when it signed one that breaks it (the case the audience cost
// punishes), and neither when it did not sign at all.
type pledges struct {
	made, kept, broken int
	// carried: the delegation ratified, but with the same moves and no
	// support won by commitments (the scenario's commit_boost) it would
	// not have. Only measured when the scenario gives such support.
	carried bool
}

// pledgesOf counts each delegation's commitments in the finished game g:
// those made, and of them those the result lists as kept or broken by a
// signatory.
func pledgesOf(g *rules.Game) []pledges {
	r := g.Result()
	out := make([]pledges, len(g.Scenario().Parties))
	for _, c := range g.View(rules.Spectator).Commitments() {
		out[c.Party].made++
	}
	for _, c := range r.Kept {
		out[c.Party].kept++
	}
	for _, c := range r.Broken {
		out[c.Party].broken++
	}
	return out
}

// carriedBy marks, in pl, the delegations whose ratification the support
// won by public commitments decided: the same actions replayed on the
// same seed with the scenario's CommitBoost at 0 leave the delegation's
// vote at home short. A replay whose actions the rules refuse (news drawn
// on a state the boost changed can open other moves) counts as not
// carried, so the figure is a lower bound.
func carriedBy(sc *rules.Scenario, g *rules.Game, pl []pledges) {
	if sc.Press.CommitBoost == 0 || !g.Result().InForce {
		return
	}
	none := *sc
	none.Press.CommitBoost = 0
	alt, _, err := rules.NewGame(&none, withLog(g.Setup(), false))
	if err != nil {
		return
	}
	for _, a := range g.Actions() {
		if _, err := alt.Apply(a); err != nil {
			return
		}
	}
	if !alt.Over() {
		return
	}
	real, what := g.Result(), alt.Result()
	for _, p := range g.Parties() {
		if real.Ratify[p] && real.Signed[p] && what.Signed[p] && !what.Ratify[p] {
			pl[p].carried = true
		}
	}
}

func withLog(s rules.Setup, log bool) rules.Setup {
	s.NoLog = !log
	return s
}

// A pledgeTally sums one delegation's commitments over a run.
type pledgeTally struct {
	made, kept, broken int
	carried            int
	boost              bool // the scenario gives support for a commitment
}

func (t *pledgeTally) add(pl pledges, boost bool) {
	t.made += pl.made
	t.kept += pl.kept
	t.broken += pl.broken
	if pl.carried {
		t.carried++
	}
	t.boost = t.boost || boost
}

// Commitments is one delegation's public commitments over a run: per game
// made, kept (it signed a text that honours them) and broken (it signed a
// text that breaks them, paying the audience cost); the rest were made by
// a delegation that did not sign. Carried counts the games where support
// won by commitments (the scenario's commit_boost) decided its
// ratification: nil when the scenario gives none.
type Commitments struct {
	Made    Num  `json:"made_per_game"`
	Kept    Num  `json:"kept_per_game"`
	Broken  Num  `json:"broken_per_game"`
	Total   int  `json:"made"`
	Carried *int `json:"ratifications_carried,omitempty"`
}

func (t *pledgeTally) row(games int) Commitments {
	per := func(k int) Num { return rate{float64(k), games}.value() }
	c := Commitments{Made: per(t.made), Kept: per(t.kept), Broken: per(t.broken), Total: t.made}
	if t.boost {
		k := t.carried
		c.Carried = &k
	}
	return c
}

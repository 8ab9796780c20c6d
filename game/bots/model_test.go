package bots

import (
	"testing"

	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// accuracy plays a game of normal delegates and counts, for every
// delegate's picture of every other delegation, the option pairs it
// orders right at its first decision and at the end.
func accuracy(sc *rules.Scenario, setup rules.Setup) (prior, end [2]int) {
	g, _, _ := rules.NewGame(sc, setup)
	ds := make([]*Delegate, len(sc.Parties))
	for _, p := range g.Parties() {
		ds[p] = New(Normal, p, setup.Seed)
	}
	count := func(acc *[2]int) {
		for i, d := range ds {
			for j := range ds {
				if d != nil && ds[j] != nil && i != j {
					a, n := d.modelAccuracy(j, sc.Briefs[j].Points)
					acc[0] += a
					acc[1] += n
				}
			}
		}
	}
	for i, d := range ds {
		if d != nil {
			d.setup(g.View(i))
		}
	}
	count(&prior)
	for !g.Over() {
		p := g.ToAct()[0]
		a, _ := ds[p].Act(g.View(p))
		g.Apply(a)
	}
	count(&end)
	return prior, end
}

func TestModelLearnsFromVotes(t *testing.T) {
	sc, parties := berlin(t)
	var prior, end [2]int
	add := func(p, e [2]int) {
		prior[0], prior[1], end[0], end[1] = prior[0]+p[0], prior[1]+p[1], end[0]+e[0], end[1]+e[1]
	}
	for seed := uint64(0); seed < 30; seed++ {
		add(accuracy(sc, rules.Setup{Seed: seed, Parties: parties}))
		add(accuracy(scengen.Generate(seed, scengen.Narrow), rules.Setup{Seed: seed}))
	}
	p, e := float64(prior[0])/float64(prior[1]), float64(end[0])/float64(end[1])
	t.Logf("the picture of the others orders %.1f%% of option pairs right at first, %.1f%% after the game", 100*p, 100*e)
	if p < 0.6 {
		t.Errorf("the publics' weights should be a fair guide to the delegations' interests: %.2f", p)
	}
	if e <= p {
		t.Error("learning from votes did not improve the picture of the others")
	}
}

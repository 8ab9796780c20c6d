package bots

import (
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

func TestModelLearnsFromVotes(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	var parties []string
	for _, p := range sc.Parties {
		if !p.Optional {
			parties = append(parties, p.ID)
		}
	}
	var priorAgree, priorTotal, endAgree, endTotal int
	for seed := uint64(0); seed < 40; seed++ {
		g, _, _ := rules.NewGame(sc, rules.Setup{Seed: seed, Parties: parties})
		players := make([]Player, len(sc.Parties))
		ds := make([]*Delegate, len(sc.Parties))
		for i, p := range sc.Parties {
			if !p.Optional {
				ds[i] = New(Normal, i, seed)
				players[i] = ds[i]
			}
		}
		// Take the prior as the first decision sees it.
		first := true
		for !g.Over() {
			to := g.ToAct()
			a, _ := players[to[0]].Act(g.View(to[0]))
			if first {
				for i, d := range ds {
					if d == nil {
						continue
					}
					d.setup(g.View(i))
					for j := range ds {
						if ds[j] != nil && j != i {
							a, n := d.modelAccuracy(j, sc.Briefs[j].Points)
							priorAgree += a
							priorTotal += n
						}
					}
				}
				first = false
			}
			if _, err := g.Apply(a); err != nil {
				t.Fatal(err)
			}
		}
		for i, d := range ds {
			for j := range ds {
				if d != nil && ds[j] != nil && j != i {
					a, n := d.modelAccuracy(j, sc.Briefs[j].Points)
					endAgree += a
					endTotal += n
				}
			}
		}
	}
	t.Logf("prior orders %d/%d option pairs right (%.2f); after the game %d/%d (%.2f)",
		priorAgree, priorTotal, float64(priorAgree)/float64(priorTotal), endAgree, endTotal, float64(endAgree)/float64(endTotal))
	if endAgree*priorTotal <= priorAgree*endTotal {
		t.Fatal("learning from votes did not improve the picture of the others")
	}
}

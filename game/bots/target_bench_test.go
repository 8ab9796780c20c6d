package bots

import (
	"testing"

	"bindingwords/game/rules"
)

// BenchmarkRefreshTarget times one search for a normal delegate's target
// on Berlin at the start of a game, which every delegate runs once a round.
func BenchmarkRefreshTarget(b *testing.B) {
	sc, parties := berlin(b)
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1, Parties: parties})
	if err != nil {
		b.Fatal(err)
	}
	seat := g.ToAct()[0]
	v := g.View(seat)
	d := New(Normal, seat, 1)
	d.setup(v)
	for s := range d.text {
		d.text[s] = v.Option(s)
	}
	for b.Loop() {
		d.refreshTarget(v)
	}
}

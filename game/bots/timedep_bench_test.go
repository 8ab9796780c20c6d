package bots

import (
	"testing"

	"bindingwords/game/rules"
)

// BenchmarkBoulwareBid times the standard Boulware's first bid on Berlin,
// the search of every item of up to four changes.
func BenchmarkBoulwareBid(b *testing.B) {
	sc, parties := berlin(b)
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1, Parties: parties})
	if err != nil {
		b.Fatal(err)
	}
	seat := g.ToAct()[0]
	v := g.View(seat)
	for b.Loop() {
		td := newTimeDependent(Boulware, boulwareE, seat)
		td.setup(v)
		td.bidRound = 0
		// Round 1 is at t = 0: the target is its best text, so the search
		// runs in full.
		td.bid(v)
	}
}

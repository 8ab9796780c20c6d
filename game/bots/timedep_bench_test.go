package bots

import "testing"

// BenchmarkBoulwareBid times the standard Boulware's first bid on Berlin,
// the search of every item of up to four changes.
func BenchmarkBoulwareBid(b *testing.B) {
	_, v, seat := berlinOpening(b)
	for b.Loop() {
		td := newTimeDependent(Boulware, boulwareE, seat)
		td.setup(v)
		td.bidRound = 0
		// Round 1 is at t = 0: the target is its best text, so the search
		// runs in full.
		td.bid(v)
	}
}

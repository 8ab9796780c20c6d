package rules

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestDecidedItemMatchesItem plays random games, open and secret ballot,
// and checks for every seat and every decided item that DecidedItem gives
// what Item gives but the votes, ItemVote gives each vote as Item shows
// it, and DecidedItem shares its slices with the game instead of copying.
func TestDecidedItemMatchesItem(t *testing.T) {
	decided := 0
	for seed := uint64(1); seed <= 16; seed++ {
		sc := fixture()
		sc.Adoption.Secret = seed%2 == 0
		g, _, err := NewGame(sc, Setup{Seed: seed, Rounds: 1 + int(seed%4)})
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(seed, 7))
		for steps := 0; !g.Over(); steps++ {
			if steps > 10000 {
				t.Fatalf("seed %d: the game did not end", seed)
			}
			if _, err := g.Apply(randomAction(g, r)); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
		for seat := range g.sc.Parties {
			v := g.View(seat)
			for i := range v.NumItems() {
				if !v.ItemDecided(i) {
					continue
				}
				decided++
				want, got := v.Item(i), v.DecidedItem(i)
				if got.Votes != nil {
					t.Errorf("seed %d item %d: DecidedItem has votes %v", seed, i, got.Votes)
				}
				if got.Party != want.Party || got.Round != want.Round || got.Reason != want.Reason ||
					got.Adopted != want.Adopted || got.Decided != want.Decided ||
					!slices.Equal(got.Changes, want.Changes) || !slices.Equal(got.Before, want.Before) {
					t.Errorf("seed %d item %d seat %d: DecidedItem %+v, Item %+v", seed, i, seat, got, want)
				}
				if len(got.Changes) > 0 && &got.Changes[0] != &g.items[i].Changes[0] {
					t.Errorf("seed %d item %d: DecidedItem copied the changes", seed, i)
				}
				for p := range want.Votes {
					if v.ItemVote(i, p) != want.Votes[p] {
						t.Errorf("seed %d item %d seat %d: ItemVote(%d) = %d, Item shows %d", seed, i, seat, p, v.ItemVote(i, p), want.Votes[p])
					}
				}
			}
		}
	}
	if decided == 0 {
		t.Fatal("no item was decided: the test checked nothing")
	}
}

package bots

import (
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// benchGames plays full five-party Berlin games (the optional delegations
// left out) with players made by mk, one game per iteration.
func benchGames(b *testing.B, mk func(seat int, seed uint64) Player) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		b.Fatal(err)
	}
	var parties []string
	var seats []int
	for i, p := range sc.Parties {
		if !p.Optional {
			parties = append(parties, p.ID)
			seats = append(seats, i)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		seed := uint64(i)
		g, _, err := rules.NewGame(sc, rules.Setup{Seed: seed, Parties: parties, NoLog: true})
		if err != nil {
			b.Fatal(err)
		}
		players := make([]Player, len(sc.Parties))
		for _, p := range seats {
			players[p] = mk(p, seed)
		}
		if _, err := Run(g, players); err != nil {
			b.Fatal(err)
		}
		if !g.Over() {
			b.Fatal("the game did not end")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
}

// BenchmarkBerlinNormal measures games of five normal AI delegates.
func BenchmarkBerlinNormal(b *testing.B) {
	benchGames(b, func(seat int, seed uint64) Player { return New(Normal, seat, seed) })
}

// BenchmarkBerlinHard measures games of five hard AI delegates.
func BenchmarkBerlinHard(b *testing.B) {
	benchGames(b, func(seat int, seed uint64) Player { return New(Hard, seat, seed) })
}

// BenchmarkBerlinRandom is the floor: five players of random legal actions.
func BenchmarkBerlinRandom(b *testing.B) {
	benchGames(b, func(seat int, seed uint64) Player { return NewRandom(seed*7 + uint64(seat)) })
}

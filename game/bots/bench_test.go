package bots

import (
	"testing"
	"time"

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
		if err := runToEnd(g, players); err != nil {
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

// BenchmarkDecision times every single decision of hard delegates in full
// seven-party Berlin games and reports the slowest: the front end waits on
// these, so the worst case matters more than the mean.
func BenchmarkDecision(b *testing.B) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		b.Fatal(err)
	}
	var worst, total time.Duration
	decisions := 0
	for i := 0; i < b.N; i++ {
		g, _, _ := rules.NewGame(sc, rules.Setup{Seed: uint64(i)})
		players := make([]Player, len(sc.Parties))
		for p := range players {
			players[p] = New(Hard, p, uint64(i))
		}
		for !g.Over() {
			p := g.ToAct()[0]
			start := time.Now()
			a, _ := players[p].Act(g.View(p))
			el := time.Since(start)
			worst = max(worst, el)
			total += el
			decisions++
			if _, err := g.Apply(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(worst.Microseconds())/1000, "worst-ms")
	b.ReportMetric(float64(total.Microseconds())/float64(decisions), "mean-µs")
}

// BenchmarkEngineOnly applies the actions of a recorded five-delegate game
// of normal delegates to a fresh game: the cost of the rules alone.
func BenchmarkEngineOnly(b *testing.B) {
	sc, parties := berlin(b)
	g, _, _ := rules.NewGame(sc, rules.Setup{Seed: 1, Parties: parties})
	players := make([]Player, len(sc.Parties))
	for _, p := range g.Parties() {
		players[p] = New(Normal, p, 1)
	}
	if err := runToEnd(g, players); err != nil {
		b.Fatal(err)
	}
	actions := g.Actions()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g, _, _ := rules.NewGame(sc, rules.Setup{Seed: 1, Parties: parties, NoLog: true})
		for _, a := range actions {
			if _, err := g.Apply(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(actions)), "actions/game")
}

// runToEnd plays g with players in turn order, as game/match's loop does
// for a table of AI seats (match imports this package, so its benchmarks
// of the delegates alone cannot use it).
func runToEnd(g *rules.Game, players []Player) error {
	var to []int
	for !g.Over() {
		to = g.AppendToAct(to[:0])
		if len(to) == 0 {
			return nil
		}
		a, ok := players[to[0]].Act(g.View(to[0]))
		if !ok {
			return nil
		}
		if _, err := g.Apply(a); err != nil {
			return err
		}
	}
	return nil
}

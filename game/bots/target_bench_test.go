package bots

import (
	"testing"

	"bindingwords/game/rules"
)

// BenchmarkRefreshTarget times one search for a normal delegate's target
// on Berlin at the start of a game, which every delegate runs once a round.
func BenchmarkRefreshTarget(b *testing.B) {
	_, v, seat := berlinOpening(b)
	d := New(Normal, seat, 1)
	d.setup(v)
	for s := range d.text {
		d.text[s] = v.Option(s)
	}
	for b.Loop() {
		d.refreshTarget(v)
	}
}

// BenchmarkFit times one fit of a normal delegate's picture of another
// delegation on Berlin from thirty votes on single changes, about what a
// game gives by its last round.
func BenchmarkFit(b *testing.B) {
	sc, v, seat := berlinOpening(b)
	d := New(Normal, seat, 1)
	d.setup(v)
	other := -1
	for _, p := range d.parties {
		if p != seat {
			other = p
			break
		}
	}
	for i := 0; i < 30; i++ {
		s := i % len(sc.Slots)
		o := (i / len(sc.Slots)) % len(sc.Slots[s].Options)
		before := (o + 1) % len(sc.Slots[s].Options)
		d.observe(other, observation{
			changes: []rules.Change{{Slot: s, Option: o}},
			before:  []int{before},
			yes:     i%3 != 0,
			weight:  1,
		})
	}
	for b.Loop() {
		d.fit(other)
	}
}

// berlinOpening is Berlin's first view, of the first delegation to act,
// for the benchmarks of one delegate's or baseline's search.
func berlinOpening(b *testing.B) (*rules.Scenario, rules.View, int) {
	b.Helper()
	sc, parties := berlin(b)
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1, Parties: parties})
	if err != nil {
		b.Fatal(err)
	}
	seat := g.ToAct()[0]
	return sc, g.View(seat), seat
}

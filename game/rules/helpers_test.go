package rules

import (
	"errors"
	"testing"
)

// newGame starts a fixture game with every party (or the listed ones).
func newGame(t *testing.T, seed uint64, parties ...string) *Game {
	t.Helper()
	setup := Setup{Seed: seed}
	if len(parties) > 0 {
		setup.Parties = parties
	}
	g, _, err := NewGame(fixture(), setup)
	if err != nil {
		t.Fatalf("NewGame: %v", err)
	}
	return g
}

// play applies actions written in record notation, failing the test on the
// first refusal. It returns the events of the last action.
func play(t *testing.T, g *Game, lines ...string) []Event {
	t.Helper()
	var evs []Event
	for _, l := range lines {
		a, err := g.Scenario().ParseAction(l)
		if err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if evs, err = g.Apply(a); err != nil {
			t.Fatalf("%q refused: %v", l, err)
		}
	}
	return evs
}

// refused applies one action and returns the rule error it must cause.
func refused(t *testing.T, g *Game, line string) *RuleError {
	t.Helper()
	a, err := g.Scenario().ParseAction(line)
	if err != nil {
		t.Fatalf("%q: %v", line, err)
	}
	before := g.Hash()
	_, err = g.Apply(a)
	var re *RuleError
	if !errors.As(err, &re) {
		t.Fatalf("%q: want a rule error, got %v", line, err)
	}
	if g.Hash() != before {
		t.Fatalf("%q was refused but changed the state", line)
	}
	return re
}

// passRound has every delegation pass and say nothing, ending the round.
func passRound(t *testing.T, g *Game) {
	t.Helper()
	for g.Phase() == PhaseTable {
		play(t, g, g.Scenario().Parties[g.Proposer()].ID+" pass")
	}
	for g.Phase() == PhasePress {
		play(t, g, g.Scenario().Parties[g.ToAct()[0]].ID+" say none")
	}
}

func has(evs []Event, kind EventKind) *Event {
	for i := range evs {
		if evs[i].Kind == kind {
			return &evs[i]
		}
	}
	return nil
}

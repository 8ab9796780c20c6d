package ui

import (
	"bytes"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/sim"
	"bindingwords/scenarios"
)

// A game on the window with every seat AI at seed N is the game
// "sim --seed N --games 1" plays: the same record, hash for hash. Both go
// through game/match, the window paced by ticks, sim headless.
func TestWindowGameIsSimGame(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for _, level := range match.LevelNames() {
		for _, seed := range []uint64{1, 42, 977} {
			// The New game screen's seats with every delegation AI, the
			// optional ones included, as sim seats them by default.
			seats := make([]match.SeatKind, len(sc.Parties))
			for p := range seats {
				seats[p] = match.AISeat(level)
			}
			s, err := NewSession(Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Rounds: sc.Rounds, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			for ticks := 0; !s.Public().Over(); ticks++ {
				if ticks > 1_000_000 {
					t.Fatalf("%s seed %d: the window's game never ended", level, seed)
				}
				s.Tick()
			}
			window, err := rules.RecordOf(s.m.Game(), s.RulesSeats())
			if err != nil {
				t.Fatal(err)
			}

			var simRec *rules.Record
			_, err = sim.Run(sim.Config{Scenario: sc, Games: 1, Seed: seed, Bots: level,
				Played: func(_ int, m *match.Match) {
					simRec, err = rules.RecordOf(m.Game(), m.RecordSeats())
				}})
			if err != nil || simRec == nil {
				t.Fatalf("sim: %v", err)
			}
			a, _ := window.MarshalText()
			b, _ := simRec.MarshalText()
			if !bytes.Equal(a, b) {
				t.Errorf("%s seed %d: the window and sim played different games:\nwindow %d steps, ends %s\nsim    %d steps, ends %s",
					level, seed, len(window.Steps), window.Steps[len(window.Steps)-1].Hash, len(simRec.Steps), simRec.Steps[len(simRec.Steps)-1].Hash)
			}
			if len(window.Steps) < 20 {
				t.Errorf("%s seed %d: a game of only %d moves", level, seed, len(window.Steps))
			}
		}
	}
}

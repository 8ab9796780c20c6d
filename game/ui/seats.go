package ui

import (
	"errors"
	"slices"
	"strings"

	"bindingwords/game/bots"
	"bindingwords/game/rules"
)

// AILevels are the difficulties offered for AI delegations.
var AILevels = []string{"easy", "normal", "hard"}

// newAI makes the AI delegate for party at a difficulty. It is the one
// place that knows which AI the game uses.
func newAI(level string, party int, seed uint64) bots.Player {
	if d, err := bots.NewByName(level, party, seed); err == nil {
		return d
	}
	return bots.NewRandom(seed ^ uint64(party+1)*0x9e3779b97f4a7c15)
}

// fallback is the action an AI seat takes if its delegate returns nothing
// the rules accept: the first legal action, so the game always moves on.
func fallback(v rules.View) (rules.Action, bool) {
	legal := v.Legal()
	for _, a := range legal {
		if a.Kind != rules.Call {
			return a, true
		}
	}
	return rules.Action{}, false
}

// kind is how a save records the seat: "human" or "ai:LEVEL".
func (s Seat) kind() string {
	if s.Kind == SeatAI {
		return "ai:" + s.Level
	}
	return "human"
}

// seatOf reads a seat kind from a save. AI seats come back at their
// level; anything else is played by people at this screen, since a
// delegation nobody plays would stall the class.
func seatOf(kind string) Seat {
	level, ok := strings.CutPrefix(kind, "ai:")
	if kind == "ai" || (ok && slices.Contains(AILevels, level)) {
		if !ok {
			level = "normal"
		}
		return Seat{Kind: SeatAI, Level: level}
	}
	return Seat{Kind: SeatHuman}
}

// RulesSeats lists who plays each delegation taking part, as saves record
// it.
func (s *Session) RulesSeats() []rules.Seat {
	var out []rules.Seat
	for _, p := range s.G.Parties() {
		out = append(out, rules.Seat{Party: s.Sc.Parties[p].ID, Kind: s.Cfg.Seats[p].kind()})
	}
	return out
}

// ResumeSession continues a loaded game where it stood, with the same
// seats: human seats stay human, and AI seats get new delegates of their
// level, which read the game so far from their views. id is the scenario
// as the New game screen names it (a built-in id or a file's path).
func ResumeSession(id string, sc *rules.Scenario, g *rules.Game, seats []rules.Seat) (*Session, error) {
	if sc == nil || g == nil {
		return nil, errors.New("no game to resume")
	}
	cfg := Config{ScenarioID: id, Scenario: sc, Seats: make([]Seat, len(sc.Parties)), Rounds: g.Rounds(), Seed: g.Seed()}
	for p := range cfg.Seats {
		cfg.Seats[p] = Seat{Kind: SeatOut}
	}
	for _, p := range g.Parties() {
		cfg.Seats[p] = Seat{Kind: SeatHuman}
		for _, st := range seats {
			if st.Party == sc.Parties[p].ID {
				cfg.Seats[p] = seatOf(st.Kind)
			}
		}
	}
	s := &Session{Cfg: cfg, Sc: sc, G: g, Unlocked: -1, Briefed: make([]bool, len(sc.Parties)),
		players: make([]bots.Player, len(sc.Parties))}
	for p, seat := range cfg.Seats {
		// Every delegation has read its brief in the lesson before; any
		// can open it again from the table.
		s.Briefed[p] = true
		if seat.Kind == SeatAI {
			s.players[p] = newAI(seat.Level, p, cfg.Seed)
		}
	}
	// The polls of rounds already played were seen before the break.
	s.PollsShown = s.PollRounds()
	s.resetTimer()
	return s, nil
}

package match

import (
	"bindingwords/game/bots"
	"bindingwords/game/rules"
)

// A Seat decides one delegation's moves: people at a screen or on a
// device, an AI delegate, or a replayed record. The match asks it
// whenever the game waits for its delegation; Act returns the move, or
// false when it has none yet (people still thinking). A seat sees the game
// only through its delegation's view. It is [bots.Player], so every AI
// delegate and baseline is a seat as it is.
type Seat = bots.Player

// A Mailbox is a seat played by people: a screen (or a socket) posts
// their move into it, and the match takes it out on its next step. It
// holds at most one move.
type Mailbox struct {
	move rules.Action
	full bool
}

// Post puts a move in the mailbox, replacing one not yet taken.
func (m *Mailbox) Post(a rules.Action) { m.move, m.full = a, true }

// Act hands over the posted move, once.
func (m *Mailbox) Act(rules.View) (rules.Action, bool) {
	if !m.full {
		return rules.Action{}, false
	}
	a := m.move
	m.move, m.full = rules.Action{}, false
	return a, true
}

// AISeed is the seed of party's AI delegate in a game of seed: the one
// formula every table uses, so that the window, sim, a resumed game and
// the tests seat the same delegates for the same game.
func AISeed(seed uint64, party int) uint64 { return seed*1000 + uint64(party) }

// NewAI makes the AI delegate for party at level in a game of seed. An
// unknown level gets a random player rather than no player, so a broken
// save never stalls a class.
func NewAI(level string, party int, seed uint64) Seat {
	if d, err := bots.NewByName(level, party, AISeed(seed, party)); err == nil {
		return d
	}
	return bots.NewRandom(AISeed(seed, party))
}

// A Replay seat plays back one delegation's moves from a recorded game.
// The seats of one record share its script and each moves only when the
// record's next move is its own, so the match makes the moves in exactly
// the recorded order, through the same loop that played them.
type Replay struct {
	script *script
	party  int
}

type script struct {
	moves []rules.Action
	next  int
}

// Act plays the record's next move when it belongs to this seat.
func (r *Replay) Act(rules.View) (rules.Action, bool) {
	s := r.script
	// The chair's moves belong to no seat: whichever seat is asked
	// plays the record's next one.
	if s.next >= len(s.moves) || (s.moves[s.next].Party != r.party && s.moves[s.next].Kind != rules.ChairMove) {
		return rules.Action{}, false
	}
	s.next++
	return s.moves[s.next-1], true
}

// ReplaySeats returns a seat for each of parties that together play
// actions, a recorded game's moves, in their order.
func ReplaySeats(parties int, actions []rules.Action) []Seat {
	sc := &script{moves: actions}
	seats := make([]Seat, parties)
	for p := range seats {
		seats[p] = &Replay{script: sc, party: p}
	}
	return seats
}

// fallback is the move an AI seat makes if its delegate offers nothing
// the rules accept: the first legal move that is not a call for
// signature, so a bug in an AI never stalls the class.
func fallback(v rules.View) (rules.Action, bool) {
	for _, a := range v.Legal() {
		if a.Kind != rules.Call {
			return a, true
		}
	}
	return rules.Action{}, false
}

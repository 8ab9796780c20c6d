// Package match is one negotiating table, whoever sits at it: the rules'
// game, a seat for every delegation (people, AI delegates, a replayed
// record, and next a device on the class network, all behind one [Seat]
// interface), the pacing of AI moves, the round timer with its pause, and
// the privacy lock that says whose private view may be shown now.
//
// A match is scenario + seed + seats + ordered actions. The window, the
// sim command, resumed saves and the tests all play through it, so a game
// with the same seed and seats is the same game everywhere. It never
// imports Ebitengine.
package match

import (
	"errors"
	"fmt"

	"bindingwords/game/rules"
)

// Config is a new match.
type Config struct {
	Scenario *rules.Scenario
	Seed     uint64
	// Rounds overrides the scenario's number of rounds when not zero.
	Rounds int
	// Seats says who plays each delegation, indexed by party; an [Out]
	// seat leaves an optional delegation out. Nil seats every delegation
	// with people.
	Seats []SeatKind
	// TimerMinutes is the round timer; 0 means none.
	TimerMinutes int
	// NoLog keeps no event log (see [rules.Setup]): for bot-only games
	// that only want the outcome.
	NoLog bool
	// Together is the simultaneous pace of a class on its own devices
	// (see [rules.Setup]).
	Together bool
}

// Match is one game at one table. It is not safe for concurrent use: one
// goroutine (the window's loop, or a host's goroutine for the table) owns
// it and everything reaches it through that owner.
type Match struct {
	sc    *rules.Scenario
	g     *rules.Game
	kinds []SeatKind
	seats []Seat
	// unlocked is the delegation whose private view may be shown now (it
	// has taken the device), or -1.
	unlocked int
	paused   bool
	frozen   bool
	pace     pacing
	clock    clock
	// toAct and queue are [Match.waiting]'s buffers, so that a bot-only
	// game asks its seats without allocating.
	toAct, queue []int
}

// New starts a match as cfg sets it up, with a [Mailbox] for every human
// seat and an AI delegate for every AI seat.
func New(cfg Config) (*Match, error) {
	sc := cfg.Scenario
	if sc == nil {
		return nil, errors.New("no scenario")
	}
	kinds := cfg.Seats
	if kinds == nil {
		kinds = make([]SeatKind, len(sc.Parties))
	}
	if len(kinds) != len(sc.Parties) {
		return nil, fmt.Errorf("%d seats for the %d delegations of %s", len(kinds), len(sc.Parties), sc.ID)
	}
	var ids []string
	for p, k := range kinds {
		if k.Role != Out {
			ids = append(ids, sc.Parties[p].ID)
		}
	}
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: cfg.Seed, Rounds: cfg.Rounds, Parties: ids, NoLog: cfg.NoLog, Together: cfg.Together})
	if err != nil {
		return nil, err
	}
	m := newMatch(sc, g, kinds, cfg.TimerMinutes)
	m.seatAll()
	return m, nil
}

// Resume continues a loaded game where it stood. seats are the kinds a
// save records; delegations it does not name are played by people. Human
// seats stay human, and AI seats get new delegates of their level (with
// the one seeding formula), which read the game so far from their views.
func Resume(sc *rules.Scenario, g *rules.Game, seats []rules.Seat, timerMinutes int) (*Match, error) {
	if sc == nil || g == nil {
		return nil, errors.New("no game to resume")
	}
	kinds := make([]SeatKind, len(sc.Parties))
	for p := range kinds {
		kinds[p] = OutSeat()
	}
	for _, p := range g.Parties() {
		kinds[p] = HumanSeat()
		for _, st := range seats {
			if st.Party == sc.Parties[p].ID {
				kinds[p] = KindOfRecord(st.Kind)
			}
		}
	}
	m := newMatch(sc, g, kinds, timerMinutes)
	m.seatAll()
	return m, nil
}

// WithSeats starts a match of setup whose delegations are played by the
// given seats (indexed by party; nil for a delegation not taking part):
// baselines, omniscient delegates, replayed records. kinds is what records
// say of each seat (indexed by party); the seats are not rebuilt from it.
func WithSeats(sc *rules.Scenario, setup rules.Setup, seats []Seat, kinds []SeatKind) (*Match, error) {
	if sc == nil {
		return nil, errors.New("no scenario")
	}
	if len(seats) != len(sc.Parties) || len(kinds) != len(sc.Parties) {
		return nil, fmt.Errorf("%d seats and %d seat kinds; %s has %d delegations", len(seats), len(kinds), sc.ID, len(sc.Parties))
	}
	g, _, err := rules.NewGame(sc, setup)
	if err != nil {
		return nil, err
	}
	for _, p := range g.Parties() {
		if seats[p] == nil {
			return nil, fmt.Errorf("no seat for %s", sc.Parties[p].ID)
		}
	}
	m := newMatch(sc, g, kinds, 0)
	copy(m.seats, seats)
	return m, nil
}

// Frozen is a match of a game as it stands, that nobody moves on: the
// replay's view of a past moment, shown as the projector showed it.
func Frozen(sc *rules.Scenario, g *rules.Game, seats []rules.Seat) *Match {
	m, err := Resume(sc, g, seats, 0)
	if err != nil {
		return nil
	}
	m.frozen = true
	return m
}

func newMatch(sc *rules.Scenario, g *rules.Game, kinds []SeatKind, timerMinutes int) *Match {
	m := &Match{sc: sc, g: g, kinds: kinds, seats: make([]Seat, len(sc.Parties)), unlocked: -1}
	m.clock.minutes = timerMinutes
	m.clock.restart(g.Round())
	return m
}

// seatAll fills every seat of a delegation taking part from its kind.
func (m *Match) seatAll() {
	for _, p := range m.g.Parties() {
		switch k := m.kinds[p]; k.Role {
		case AI:
			m.seats[p] = NewAI(k.Level, p, m.g.Seed())
		default:
			m.kinds[p] = HumanSeat()
			m.seats[p] = &Mailbox{}
		}
	}
}

// Kind is who plays party p; [Out] for a delegation not taking part.
func (m *Match) Kind(p int) SeatKind {
	if p < 0 || p >= len(m.kinds) || !m.g.Active(p) {
		return OutSeat()
	}
	return m.kinds[p]
}

// Kinds lists who plays each delegation, indexed by party.
func (m *Match) Kinds() []SeatKind {
	out := make([]SeatKind, len(m.kinds))
	for p := range out {
		out[p] = m.Kind(p)
	}
	return out
}

// Human reports whether party p is played by people.
func (m *Match) Human(p int) bool { return m.Kind(p).Role == Human }

// Humans lists the delegations played by people, in scenario order.
func (m *Match) Humans() []int {
	var out []int
	for _, p := range m.g.Parties() {
		if m.Human(p) {
			out = append(out, p)
		}
	}
	return out
}

// RecordSeats lists who plays each delegation taking part, as saves and
// records write it.
func (m *Match) RecordSeats() []rules.Seat {
	var out []rules.Seat
	for _, p := range m.g.Parties() {
		out = append(out, rules.Seat{Party: m.sc.Parties[p].ID, Kind: m.Kind(p).String()})
	}
	return out
}

// Seed is the game's seed.
func (m *Match) Seed() uint64 { return m.g.Seed() }

// Steps is the number of moves made so far.
func (m *Match) Steps() int { return len(m.g.Actions()) }

// Hash is the state hash of the game as it stands: the fingerprint that
// replays and saves check.
func (m *Match) Hash() string { return m.g.Hash() }

// Over reports whether the game has ended.
func (m *Match) Over() bool { return m.g.Over() }

// Game is the live game, for the layers that write it down: saves,
// records, replays and the exported debrief. Front ends show views.
func (m *Match) Game() *rules.Game { return m.g }

// Scenario is the full scenario, private briefs included, for the same
// layers as [Match.Game].
func (m *Match) Scenario() *rules.Scenario { return m.sc }

package match

import (
	"errors"
	"fmt"

	"bindingwords/game/rules"
)

// PaceTicks is how long an AI move stays on a screen before the next one:
// 1.2 seconds at [TicksPerSecond], long enough to read its reason.
const PaceTicks = 72

// TicksPerSecond is the rate [Match.Tick] and [Match.TickTimer] expect to
// be called at: the window's 60 updates a second.
const TicksPerSecond = 60

// pacing spaces AI moves out on a screen.
type pacing struct {
	wait int
	fast bool
	// lastAI is where the last AI move's events begin in the log.
	lastAI int
}

func (p *pacing) afterHuman() { p.wait = PaceTicks / 2 }

// A SeatError is a move a seat offered that the rules refused.
type SeatError struct {
	Party int
	Kind  SeatKind
	Err   error
}

func (e *SeatError) Error() string {
	return fmt.Sprintf("the %s seat of delegation %d made a move the rules refuse: %v", e.Kind, e.Party, e.Err)
}

func (e *SeatError) Unwrap() error { return e.Err }

// waiting lists the delegations the table waits for, in the order it
// asks them: seats not played by people first, so that people vote once
// the AI votes are in, then people, each group in turn order. The slice
// is the match's own, valid until the next call.
func (m *Match) waiting() []int {
	m.toAct = m.g.AppendToAct(m.toAct[:0])
	m.queue = m.queue[:0]
	for _, human := range []bool{false, true} {
		for _, p := range m.toAct {
			if m.Human(p) == human {
				m.queue = append(m.queue, p)
			}
		}
	}
	return m.queue
}

// Actor is the delegation the table waits for next, in the order of
// [Match.Step]; -1 when nobody is to act.
func (m *Match) Actor() int {
	if w := m.waiting(); len(w) > 0 {
		return w[0]
	}
	return -1
}

// Step asks the seats the table waits for, AI seats first and then
// people, each in turn order, for one move and plays the first it gets.
// It reports whether a move was made. A move the rules refuse is an
// error; the game is unchanged.
func (m *Match) Step() (bool, error) {
	if m.g.Over() {
		return false, nil
	}
	for _, p := range m.waiting() {
		if m.seats[p] == nil {
			continue
		}
		_, moved, err := m.play(p)
		if err != nil {
			return false, &SeatError{Party: p, Kind: m.Kind(p), Err: err}
		}
		if moved {
			return true, nil
		}
	}
	return false, nil
}

// Run plays the match headless until it is over or no seat has a move
// (people who have not posted one). It returns the number of moves made;
// the first move a seat offers that the rules refuse stops it with a
// [*SeatError].
func (m *Match) Run() (int, error) {
	if m.frozen {
		return 0, ErrFrozen
	}
	n := 0
	for {
		moved, err := m.Step()
		if err != nil || !moved {
			return n, err
		}
		n++
	}
}

// play asks party p's seat for its move and plays it, reporting whether
// the seat had one: the one place a seat's move reaches the rules. The
// party is the seat's, whatever the move says.
func (m *Match) play(p int) ([]rules.Event, bool, error) {
	a, ok := m.seats[p].Act(m.g.View(p))
	if !ok {
		return nil, false, nil
	}
	if a.Kind == rules.ChairMove {
		// Only a replayed record plays the chair's moves through a seat.
		if _, replay := m.seats[p].(*Replay); !replay {
			return nil, true, errors.New("a seat made the chair's move")
		}
		evs, err := m.g.Apply(a)
		return evs, true, err
	}
	a.Party = p
	evs, err := m.g.Apply(a)
	return evs, true, err
}

// Skip makes AI moves follow one another at once until people must act.
func (m *Match) Skip() { m.pace.fast, m.pace.wait = true, 0 }

// Pacing reports whether AI moves are being played out.
func (m *Match) Pacing() bool {
	a := m.Actor()
	return a >= 0 && !m.Human(a) && !m.g.Over() && !m.frozen
}

// Settled reports that the last move has been on screen long enough for
// the table to move on (to a pass screen, the polls or the results).
func (m *Match) Settled() bool { return m.pace.wait == 0 || m.pace.fast }

// Busy reports whether the match needs ticks without input: a move still
// on screen, or AI moves to play. The round timer does not count.
func (m *Match) Busy() bool { return !m.paused && (m.pace.wait > 0 || m.Pacing()) }

// LastAI is where the last AI move's events begin in the event log, so a
// screen can mark them.
func (m *Match) LastAI() int { return m.pace.lastAI }

// Tick advances the pacing by one tick and, when its time has come,
// plays the next AI move: the same [Match.Step] as [Match.Run], spaced
// out for people to read. A move an AI seat offers that the rules refuse
// is replaced by its first legal one, so a bug in an AI never stalls a
// class. It reports whether anything changed on the table.
func (m *Match) Tick() bool {
	if m.paused || m.frozen {
		return false
	}
	p := &m.pace
	if p.wait > 0 && !p.fast {
		p.wait--
		return p.wait == 0
	}
	a := m.Actor()
	if a < 0 || m.Human(a) || m.g.Over() {
		p.fast = false
		return false
	}
	start := len(m.g.Events())
	moved, err := m.Step()
	if err != nil || !moved {
		if fb, ok := fallback(m.g.View(a)); ok {
			_, err = m.g.Apply(fb)
			moved = err == nil
		}
	}
	if moved {
		p.lastAI = start
	}
	p.wait = PaceTicks
	return true
}

// Pause holds the match: the round timer stops, AI seats wait and people's
// moves are refused until [Match.Resume]. It is the teacher's pause.
func (m *Match) Pause() { m.paused = true }

// Resume lets a paused match go on.
func (m *Match) Resume() { m.paused = false }

// Paused reports whether the match is held.
func (m *Match) Paused() bool { return m.paused }

// TimeUp is the move the round timer makes for people once it has run
// out: the delegation whose turn it is passes at the table or makes no
// comment to the press. Votes and signatures need an answer, so for them,
// as while time lasts, it returns false. At the together pace it is the
// chair's move on: everyone still choosing passes, votes included (a
// round that is out of time ends), but the signing still waits for
// answers.
func (m *Match) TimeUp(reason string) (rules.Action, bool) {
	if !m.clock.out(m.g.Round()) || m.g.Over() || m.paused {
		return rules.Action{}, false
	}
	if m.g.Together() {
		ph := m.g.Phase()
		if (ph != rules.PhaseTable && ph != rules.PhasePress) || len(m.waiting()) == 0 {
			return rules.Action{}, false
		}
		// AI delegates still to move do so on their next tick: the clock
		// moves on only the people.
		for _, p := range m.waiting() {
			if !m.Human(p) {
				return rules.Action{}, false
			}
		}
		return rules.Action{Party: rules.ChairParty, Kind: rules.ChairMove, Chair: rules.ChairAdvance, Reason: reason}, true
	}
	p := m.Actor()
	if p < 0 || !m.Human(p) {
		return rules.Action{}, false
	}
	switch m.g.Phase() {
	case rules.PhaseTable:
		if _, pending := m.Public().Pending(); !pending {
			return rules.Action{Party: p, Kind: rules.Pass, Reason: reason}, true
		}
	case rules.PhasePress:
		return rules.Action{Party: p, Kind: rules.Statement, Reason: reason,
			Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}, true
	}
	return rules.Action{}, false
}

package match

import (
	"errors"
	"fmt"

	"bindingwords/game/rules"
)

// This file is the teacher's controls over a table: the chair's moves,
// which the rules carry out and records keep, and the round timer and
// seats, which saves keep. Every front end (the projector window, the
// host's tests) reaches them through the match.

// ErrNoTimer is why the time of a round without a timer cannot change.
var ErrNoTimer = errors.New("this game has no round timer")

// Together reports whether the match is played at the simultaneous pace.
func (m *Match) Together() bool { return m.g.Together() }

// NewsHeld reports whether the chair holds the news.
func (m *Match) NewsHeld() bool { return m.g.NewsHeld() }

// chair applies one of the chair's moves.
func (m *Match) chair(a rules.Action) ([]rules.Event, error) {
	if m.frozen {
		return nil, ErrFrozen
	}
	a.Kind, a.Party = rules.ChairMove, rules.ChairParty
	evs, err := m.g.Apply(a)
	if err == nil && a.Chair != rules.ChairHold {
		// The table moved on: on a shared screen, the delegation whose
		// brief was open must hand the device on, as after its own move.
		m.unlocked = -1
	}
	return evs, err
}

// Advance moves the table on to its next phase: every delegation the game
// waits for takes the do-nothing move (pass, vote no, no comment, decline),
// step after step, until the phase or the round changes. Each step is one
// chair's move in the record.
func (m *Match) Advance() error {
	round, phase := m.g.Round(), m.g.Phase()
	for range 64 {
		if m.g.Over() || m.g.Round() != round || m.g.Phase() != phase {
			return nil
		}
		if _, err := m.chair(rules.Action{Chair: rules.ChairAdvance}); err != nil {
			return err
		}
	}
	return errors.New("the table did not move on to its next phase")
}

// HoldNews holds the news (no card at the start of the next rounds) or
// lets it run again.
func (m *Match) HoldNews(on bool) error {
	_, err := m.chair(rules.Action{Chair: rules.ChairHold, Yes: on})
	return err
}

// InjectNews puts news card card (an index into the scenario's news) on
// the table now.
func (m *Match) InjectNews(card int) error {
	_, err := m.chair(rules.Action{Chair: rules.ChairNews, Card: card})
	return err
}

// EndEarly ends the negotiation now and opens the text for signature.
func (m *Match) EndEarly() error {
	_, err := m.chair(rules.Action{Chair: rules.ChairClose})
	return err
}

// SetTimer sets the round timer to minutes a round (0: none) and starts
// this round's time again at that length.
func (m *Match) SetTimer(minutes int) {
	m.clock.minutes = min(max(minutes, 0), 60)
	m.clock.restart(m.g.Round())
}

// Extend gives this round seconds more (fewer if negative, never below
// nothing left).
func (m *Match) Extend(seconds int) error {
	if m.clock.minutes == 0 {
		return ErrNoTimer
	}
	if m.clock.round != m.g.Round() {
		m.clock.restart(m.g.Round())
	}
	m.clock.left = max(m.clock.left+seconds*TicksPerSecond, 0)
	return nil
}

// SetKind hands delegation p to an AI delegate (an [AI] kind, with its
// level) or back to people (a [Human] kind). The delegate reads the game
// so far from its view; people take over with an empty mailbox.
func (m *Match) SetKind(p int, k SeatKind) error {
	if m.frozen {
		return ErrFrozen
	}
	if !m.g.Active(p) {
		return fmt.Errorf("delegation %d is not taking part", p)
	}
	switch k.Role {
	case AI:
		if _, err := ParseSeatKind(k.String()); err != nil {
			return err
		}
		m.seats[p] = NewAI(k.Level, p, m.g.Seed())
	case Human:
		m.seats[p] = &Mailbox{}
	default:
		return errors.New("a delegation taking part cannot be left out")
	}
	m.kinds[p] = k
	if m.unlocked == p {
		// Its brief was open on a shared screen: whoever plays it now
		// must take the device as anyone would.
		m.unlocked = -1
	}
	return nil
}

// TimeOut makes the move the round timer makes once it has run out (see
// [Match.TimeUp]) and returns its events; false when the timer has
// nothing to do or the rules refuse the move (say a call raced it: then
// time waits for the people).
func (m *Match) TimeOut(reason string) ([]rules.Event, bool) {
	a, ok := m.TimeUp(reason)
	if !ok {
		return nil, false
	}
	var evs []rules.Event
	var err error
	if a.Kind == rules.ChairMove {
		evs, err = m.chair(a)
	} else {
		evs, err = m.Submit(a.Party, a)
	}
	return evs, err == nil
}

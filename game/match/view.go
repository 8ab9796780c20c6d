package match

import (
	"errors"
	"fmt"

	"bindingwords/game/rules"
)

// Public is the spectator's view: everything public and nothing private,
// what the projector may show.
func (m *Match) Public() rules.View { return m.g.View(rules.Spectator) }

// SeatView is party p's own view: what its seat, and only its seat, may
// see. The match hands it to the seat's player; a host hands it to the
// device that holds the seat's token.
func (m *Match) SeatView(p int) rules.View { return m.g.View(p) }

// Unlock opens party p's private view on a shared screen: its people have
// taken the device. Only a delegation played by people can be unlocked.
func (m *Match) Unlock(p int) error {
	if !m.Human(p) {
		return fmt.Errorf("delegation %d is not played by people at this table", p)
	}
	m.unlocked = p
	return nil
}

// Lock closes the private view: nobody's brief may be shown.
func (m *Match) Lock() { m.unlocked = -1 }

// Unlocked is the delegation whose private view is open, or -1.
func (m *Match) Unlocked() int { return m.unlocked }

// Own is the private view of the delegation that has the device, and
// false when nobody has it.
func (m *Match) Own() (rules.View, bool) {
	if m.unlocked < 0 {
		return m.Public(), false
	}
	return m.g.View(m.unlocked), true
}

// Shown is what a shared screen may show now: the unlocked delegation's
// view, or the spectator's.
func (m *Match) Shown() rules.View {
	v, _ := m.Own()
	return v
}

// Why [Match.Submit] refuses a move before the rules see it.
var (
	ErrNotPeople = errors.New("that delegation is not played by people at this table")
	ErrPaused    = errors.New("the game is paused")
	ErrFrozen    = errors.New("this is a replay: nobody can move")
)

// Submit makes party's move for people at a screen or a device. The party
// comes from who is submitting, never from the move itself. The move goes
// into the seat's mailbox and the match plays it at once (the mailbox is
// empty again either way); the rules judge it, and a refused move is
// dropped with their [*rules.RuleError]. On a
// shared screen the private view locks again after every move but a call
// for signature, so the next delegation must take the device.
func (m *Match) Submit(party int, a rules.Action) ([]rules.Event, error) {
	if m.frozen {
		return nil, ErrFrozen
	}
	if m.paused {
		return nil, ErrPaused
	}
	if a.Kind == rules.ChairMove {
		// Only the teacher's controls make the chair's moves.
		return nil, ErrNotPeople
	}
	box, ok := m.mailbox(party)
	if !ok {
		return nil, ErrNotPeople
	}
	box.Post(a)
	evs, _, err := m.play(party)
	if err != nil {
		return nil, err
	}
	if a.Kind != rules.Call {
		m.unlocked = -1
	}
	m.pace.afterHuman()
	return evs, nil
}

func (m *Match) mailbox(p int) (*Mailbox, bool) {
	if !m.Human(p) {
		return nil, false
	}
	box, ok := m.seats[p].(*Mailbox)
	return box, ok
}

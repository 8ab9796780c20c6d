package host

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/coder/websocket"

	"bindingwords/game/match"
	"bindingwords/game/wire"
)

// This file is the teacher's side of a table: the lobby before the game
// starts, locking the room, moving and removing devices, handing a seat
// to an AI delegate and back, and the version number a projector polls.

// A Lobby is who is in a room, as the teacher's screen shows it: public
// only, never a token.
type Lobby struct {
	Code            string
	Locked, Started bool
	Seats           []LobbySeat
	Spectators      int
}

// A LobbySeat is one delegation and the devices that joined it.
type LobbySeat struct {
	Party    int
	ID, Name string
	Kind     match.SeatKind
	// Team is the name the seat's first team gave itself, if any.
	Team    string
	Devices []Device
	// Away says people play the seat, a device has joined it, and none is
	// connected now.
	Away bool
}

// A Device is one joined device (one token) as the teacher sees it.
type Device struct {
	// Handle is a short public id of the device, made at random when it
	// joins: the teacher's screen names a device by it. It is never the
	// token, nor made from it.
	Handle    string
	Team      string
	Connected bool
}

// Sentences a team's device shows for the teacher's controls.
const (
	// WhyLocked answers a join once the teacher has locked the room.
	WhyLocked = "The room is locked — ask your teacher."
	// WhyRemoved closes the sockets of a device the teacher removed.
	WhyRemoved = "Your teacher removed this device."
	// WhyPaused refuses a move while the teacher has paused the game.
	WhyPaused = "Paused by your teacher."
	// WhyNotStarted refuses a move before the teacher starts the game.
	WhyNotStarted = "The game has not started yet — wait for your teacher."
	// WhyAI refuses a move for a seat the teacher handed to an AI delegate.
	WhyAI = "An AI delegate is playing for your team."
)

// statusRemoved closes the sockets of a device the teacher removed (a
// private-use close code: the page forgets its token and says why).
const statusRemoved websocket.StatusCode = 4003

// newHandle is a device's public id: 6 letters of the room-code alphabet
// from crypto/rand, unrelated to its token.
func newHandle() string { return randomLetters(6) }

// Version goes up whenever something a projector or the teacher's lobby
// shows has changed: a move, a team coming or going, a control, a second
// of the round timer. It is cheap to read from any goroutine.
func (t *Table) Version() uint64 { return t.version.Load() }

// changed notes a change the projector or lobby shows.
func (t *Table) changed() { t.version.Add(1) }

// Started reports whether the teacher has started the game (always, for a
// table made without a lobby).
func (t *Table) Started() bool { return t.started.Load() }

// Locked reports whether the room takes no new devices.
func (t *Table) Locked() bool { return t.locked.Load() }

// Lock closes the room to new devices (on) or opens it again. Devices
// that already joined may still reconnect.
func (t *Table) Lock(on bool) {
	if t.locked.Swap(on) != on {
		t.changed()
	}
}

// Start lets the game of a lobby table begin: the match goes on and every
// device hears of it. Starting a table that has started does nothing.
func (t *Table) Start() error {
	return t.do(func() {
		if t.started.Load() {
			return
		}
		t.started.Store(true)
		t.m.Resume()
		t.changed()
		t.flush(true)
	})
}

// Lobby is a snapshot of who is in the room.
func (t *Table) Lobby() Lobby {
	l := Lobby{Code: t.code}
	_ = t.do(func() { l = t.lobby() })
	return l
}

func (t *Table) lobby() Lobby {
	l := Lobby{Code: t.code, Locked: t.Locked(), Started: t.Started()}
	for _, tm := range t.teamList() {
		l.Seats = append(l.Seats, LobbySeat{Party: tm.Party, ID: tm.ID, Name: tm.Name, Kind: t.m.Kind(tm.Party),
			Team: tm.Team, Away: tm.Away, Devices: []Device{}})
	}
	for _, mb := range t.order {
		if mb.party < 0 {
			l.Spectators++
			continue
		}
		s := &l.Seats[mb.party]
		s.Devices = append(s.Devices, Device{Handle: mb.handle, Team: mb.team, Connected: len(mb.devices) > 0})
	}
	return l
}

// ErrNoDevice says no joined device has that handle (it may have been
// removed).
var ErrNoDevice = errors.New("no device with that handle has joined this table")

// MoveDevice moves the team on a device to the delegation party (-1 makes
// it a spectator). The device's token now stands for that seat: its
// connected sockets get the new seat's full view at once (its brief
// included) and never the old seat's messages again.
func (t *Table) MoveDevice(handle string, party int) error {
	var err error
	if derr := t.do(func() { err = t.move(handle, party) }); derr != nil {
		return derr
	}
	return err
}

func (t *Table) move(handle string, party int) error {
	mb := t.byHandle[handle]
	if mb == nil {
		return ErrNoDevice
	}
	if party < -1 || party >= len(t.teams) {
		return fmt.Errorf("there is no delegation %d at this table", party)
	}
	if party >= 0 && t.m.Kind(party).Role == match.Out {
		return errors.New("that delegation is not taking part in this game")
	}
	if mb.party == party {
		return nil
	}
	mb.party, mb.moved = party, true
	t.h.mu.Lock()
	if ref := t.h.seats[mb.token]; ref != nil {
		ref.party = party
	}
	t.h.mu.Unlock()
	for d := range mb.devices {
		t.leave(d)
		d.seat = party
		d.send(t.full(party))
		t.enter(d)
	}
	t.teamsChanged()
	t.changed()
	return nil
}

// RemoveDevice takes a device out of the room: its token is revoked, and
// its sockets are closed with [WhyRemoved]. It may join again as a new
// device unless the room is locked.
func (t *Table) RemoveDevice(handle string) error {
	var err error
	if derr := t.do(func() { err = t.remove(handle) }); derr != nil {
		return derr
	}
	return err
}

func (t *Table) remove(handle string) error {
	mb := t.byHandle[handle]
	if mb == nil {
		return ErrNoDevice
	}
	t.h.mu.Lock()
	delete(t.h.seats, mb.token)
	t.h.mu.Unlock()
	delete(t.byHandle, handle)
	delete(t.members, mb.token)
	t.order = slices.DeleteFunc(t.order, func(o *member) bool { return o == mb })
	for d := range mb.devices {
		t.leave(d)
		d.dropWith(statusRemoved, WhyRemoved)
	}
	t.teamsChanged()
	t.changed()
	return nil
}

// fingerprint is what devices and the projector see of the table, as far
// as a control can change it: the public state with the round timer, and
// who plays each seat. Do compares it before and after.
func (t *Table) fingerprint() string {
	data, _ := json.Marshal(struct {
		S wire.State
		K []match.SeatKind
	}{t.stateOf(-1), t.m.Kinds()})
	return string(data)
}

// SetSeat hands delegation party to an AI delegate ([match.AISeat]) or back
// to people ([match.HumanSeat]). While an AI plays it, the seat's devices
// follow the game and their moves are refused with [WhyAI].
func (t *Table) SetSeat(party int, k match.SeatKind) error {
	var err error
	if derr := t.Do(func(m *match.Match) { err = m.SetKind(party, k) }); derr != nil {
		return derr
	}
	return err
}

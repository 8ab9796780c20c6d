package host

import "bindingwords/game/wire"

// This file is who is at a table: the tokens handed out (members) and the
// sockets connected with them, on the seats' streams. It belongs to the
// table's goroutine.

// member is one token handed out at a table: the seat it stands for and
// the sockets connected with it. It belongs to the table's goroutine.
type member struct {
	token, handle, team string
	party               int
	devices             map[*device]struct{}
	// moved says the token has changed seats: a device that says hello
	// without naming the seat its numbers belong to gets a full view.
	moved bool
}

// attach puts a device on its token's seat and brings it up to date: the
// messages after the last it saw, or a full view. It returns why the
// device is refused, or "". The seat is the token's now, not when the
// device said hello: the teacher may have moved or removed it since.
func (t *Table) attach(d *device, hello wire.In) string {
	mb := t.members[d.token]
	if mb == nil {
		return WhyRemoved
	}
	d.seat = mb.party
	lim := &t.h.limits
	if t.devices >= lim.DevicesPerRoom {
		return "This room has as many devices as it can take."
	}
	s := t.streams[d.seat+1]
	if len(s.devices) >= lim.DevicesPerSeat {
		if d.seat < 0 {
			return "This room has as many spectators as it can take."
		}
		return "This delegation has as many devices as it can take."
	}
	// The numbers a device saw are its seat's: a device of a token that
	// has moved, saying hello with another seat's numbers (or without
	// saying whose), starts again from a full view.
	last := hello.Last
	if (hello.LastSeat != nil && *hello.LastSeat != d.seat) || (hello.LastSeat == nil && mb.moved) {
		last = 0
	}
	// The missed messages all go into the device's queue before its
	// writer starts: more than half of it and the device would be dropped
	// as too slow on arriving, again at each try. A full view is one
	// message.
	if msgs, ok := s.since(last); ok && last > 0 && len(msgs) <= cap(d.out)/2 {
		for _, m := range msgs {
			d.send(m)
		}
	} else {
		d.send(t.full(d.seat))
	}
	mb.devices[d] = struct{}{}
	t.enter(d)
	return ""
}

// enter adds a device to its seat's stream.
func (t *Table) enter(d *device) {
	t.streams[d.seat+1].devices[d] = struct{}{}
	t.devices++
	if d.seat >= 0 {
		t.teams[d.seat].devices++
	}
	t.teamsChanged()
}

// leave takes a device off its seat's stream; it reports whether it was
// there.
func (t *Table) leave(d *device) bool {
	s := t.streams[d.seat+1]
	if _, ok := s.devices[d]; !ok {
		return false
	}
	delete(s.devices, d)
	t.devices--
	if d.seat >= 0 {
		t.teams[d.seat].devices--
	}
	t.teamsChanged()
	return true
}

// detach takes a device that left off its seat's stream.
func (t *Table) detach(d *device) {
	t.leave(d)
	if mb := t.members[d.token]; mb != nil {
		delete(mb.devices, d)
	}
}

// seatTeam is the name the first team that joined seat p gave itself;
// a team the teacher moved there names it only if none did.
func (t *Table) seatTeam(p int) string {
	for _, moved := range []bool{false, true} {
		for _, mb := range t.order {
			if mb.party == p && mb.team != "" && mb.moved == moved {
				return mb.team
			}
		}
	}
	return ""
}

// seated reports whether any token stands for seat p.
func (t *Table) seated(p int) bool {
	for _, mb := range t.order {
		if mb.party == p {
			return true
		}
	}
	return false
}

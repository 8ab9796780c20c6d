package host

import "time"

// Limits bound what one device, one room and the whole host take, so
// that no device can crash, stall or slow down a table for the others.
type Limits struct {
	// DevicesPerSeat and DevicesPerRoom bound the sockets connected at
	// once to one delegation and to one table (spectators included).
	DevicesPerSeat int
	DevicesPerRoom int
	// TokensPerRoom bounds the seats handed out in a room over its life,
	// so that a script cannot fill the host's memory by joining.
	TokensPerRoom int
	// Connections bounds the sockets open on the host at once, joined or
	// not.
	Connections int
	// Rate and Burst are the messages a second one device may send, and
	// how many at once; a device over them gets an error for each extra
	// message and, past Strikes of them in a row, is disconnected.
	Rate    float64
	Burst   float64
	Strikes int
	// Queue is how many messages may wait for a device that reads slowly;
	// a device that falls further behind is dropped (it reconnects and
	// catches up), never waited for.
	Queue int
	// HelloWithin is how long a new socket has to say who it is;
	// WriteWithin how long one message may take to leave; Ping how often
	// the host checks a device is still there.
	HelloWithin time.Duration
	WriteWithin time.Duration
	Ping        time.Duration
	// History is how many messages each seat's stream keeps for devices
	// that reconnect; one further behind gets a full view.
	History int
}

// DefaultLimits fit a class of 35 with a device or two each, or a school
// conference of committees, on one laptop.
func DefaultLimits() Limits {
	return Limits{DevicesPerSeat: 8, DevicesPerRoom: 64, TokensPerRoom: 512, Connections: 5000,
		Rate: 10, Burst: 20, Strikes: 50, Queue: 128,
		HelloWithin: 10 * time.Second, WriteWithin: 10 * time.Second, Ping: 15 * time.Second,
		History: 4096}
}

// bucket is a token bucket: Rate messages a second, Burst at once.
type bucket struct {
	tokens float64
	last   time.Time
}

// allow takes one message from the bucket at now, if there is room.
func (b *bucket) allow(l *Limits, now time.Time) bool {
	if b.last.IsZero() {
		b.tokens = l.Burst
	} else {
		b.tokens = min(l.Burst, b.tokens+now.Sub(b.last).Seconds()*l.Rate)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

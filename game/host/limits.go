package host

import (
	"sync"
	"time"
)

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
	// Hellos and HelloRate bound how often one token may connect: Hellos
	// at once, then HelloRate a second. A lid closed and opened, a page
	// reloaded or a Wi-Fi drop costs one; a device reconnecting in a loop
	// would otherwise make every device at its table hear of it.
	Hellos    float64
	HelloRate float64
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
		Rate: 10, Burst: 20, Strikes: 50, Hellos: 30, HelloRate: 0.5, Queue: 128,
		HelloWithin: 10 * time.Second, WriteWithin: 10 * time.Second, Ping: 15 * time.Second,
		History: 4096}
}

// orDefaults is l with every field left at zero set from
// [DefaultLimits], so that a partial Limits never means "no limit" (or a
// ticker of period zero).
func (l Limits) orDefaults() Limits {
	d := DefaultLimits()
	set := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	setF := func(v *float64, def float64) {
		if !(*v > 0) {
			*v = def
		}
	}
	setD := func(v *time.Duration, def time.Duration) {
		if *v <= 0 {
			*v = def
		}
	}
	set(&l.DevicesPerSeat, d.DevicesPerSeat)
	set(&l.DevicesPerRoom, d.DevicesPerRoom)
	set(&l.TokensPerRoom, d.TokensPerRoom)
	set(&l.Connections, d.Connections)
	setF(&l.Rate, d.Rate)
	setF(&l.Burst, d.Burst)
	set(&l.Strikes, d.Strikes)
	setF(&l.Hellos, d.Hellos)
	setF(&l.HelloRate, d.HelloRate)
	set(&l.Queue, d.Queue)
	setD(&l.HelloWithin, d.HelloWithin)
	setD(&l.WriteWithin, d.WriteWithin)
	setD(&l.Ping, d.Ping)
	set(&l.History, d.History)
	l.History = max(l.History, 2)
	return l
}

// bucket is a token bucket: rate a second, burst at once.
type bucket struct {
	tokens float64
	last   time.Time
}

// allow takes one from the bucket at now, if there is one.
func (b *bucket) allow(rate, burst float64, now time.Time) bool {
	if b.last.IsZero() {
		b.tokens = burst
	} else {
		b.tokens = min(burst, b.tokens+now.Sub(b.last).Seconds()*rate)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// A guard counts the wrong room codes each network address tries: a
// student who mistypes a code a few times never notices it, a script
// that tries every code is slowed to a code every few seconds.
type guard struct {
	mu sync.Mutex
	by map[string]*bucket
}

// Wrong room codes an address may try: 20 at once, then one every 3 s.
const (
	guessBurst = 20
	guessRate  = 1.0 / 3
	// guessAddresses bounds the addresses remembered; past it the guard
	// starts afresh rather than grow.
	guessAddresses = 10000
)

// blocked reports whether addr has used up its wrong guesses.
func (g *guard) blocked(addr string, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	b, ok := g.by[addr]
	if !ok {
		return false
	}
	probe := *b
	return !probe.allow(guessRate, guessBurst, now)
}

// wrong counts a wrong code tried from addr.
func (g *guard) wrong(addr string, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.by == nil || len(g.by) >= guessAddresses {
		g.by = map[string]*bucket{}
	}
	b, ok := g.by[addr]
	if !ok {
		b = &bucket{}
		g.by[addr] = b
	}
	b.allow(guessRate, guessBurst, now)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/wire"
)

// A player is one device at a playing table. Every device reads every
// message and notes when it read each update carrying events; the seat's
// first device (its actor) also plays the seat's moves by [choose].
type player struct {
	c     *client.Client
	seat  int
	actor bool
	// recv is when this device read the update covering events from
	// From on, by From: a table's flushes each start at a new From.
	recv map[int]time.Time
	// count counts what the host sent this device.
	count counter

	// The actor's own.
	rng     *rand.Rand
	think   time.Duration
	actAt   time.Time // when the move chosen is to be sent (think time)
	sentID  string
	sentAt  time.Time
	sentKnd string
	prev    *lastUpdate // the message just read, if it was an update with events
	acts    []act
	answers []sample // act → refusal, or → ack with no update before it
	refused int
	// noUpdate counts moves acknowledged with no update just before the
	// acknowledgement (the host sends a move's events before its ack).
	noUpdate int
	noTable  int // the round in which a tabling was refused: pass for the rest of it

	readyOnce sync.Once
}

// isReady counts the device in for the start of the game, once.
func (p *player) isReady(ready *sync.WaitGroup) { p.readyOnce.Do(ready.Done) }

// sample is one latency, of a move sent at sent.
type sample struct {
	d    time.Duration
	sent time.Time
}

type lastUpdate struct {
	from int
	at   time.Time
}

// act is a move that was played: sent at sent, its events in the update
// that starts at from.
type act struct {
	sent time.Time
	from int
	kind string
}

// counter counts messages and bytes as [client.Client.Record] sees them.
type counter struct{ msgs, bytes int64 }

func (c *counter) Write(p []byte) (int, error) {
	if len(p) == 1 && p[0] == '\n' {
		return 1, nil
	}
	c.msgs++
	c.bytes += int64(len(p))
	return len(p), nil
}

// errProtocol marks a failure that breaks the protocol or the run (as
// opposed to the time bound or a cancelled context).
var errProtocol = errors.New("protocol")

// gameResult is what one table's game measured.
type gameResult struct {
	finished      bool
	acts, refused int
	actor, others []sample
	unmatched     int // a device never read the update a move caused
	noUpdate      int // a move acknowledged with no update before the ack
	msgs, bytes   int64
	wall          time.Duration
	events        int
	slow          []slowAct
}

// slowAct describes a move whose update some device read late, for -v.
type slowAct struct {
	sent               time.Time
	seat               int
	kind               string
	first, actor, last time.Duration
	late               int // devices at or over the goal
}

// playGame plays one whole game at room with perSeat devices on each of
// the scenario's seats.
func playGame(ctx context.Context, base, room string, parties []string, perSeat int, think time.Duration, seed uint64) (gameResult, error) {
	var res gameResult
	start := time.Now()
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var ps []*player
	polite := false
	defer func() {
		cs := make([]*client.Client, len(ps))
		for i, p := range ps {
			cs[i] = p.c
		}
		closeAll(cs, polite)
	}()
	for seat, id := range parties {
		for k := range perSeat {
			c, err := client.Join(gctx, base, room, id, fmt.Sprintf("Team %s", id))
			if err != nil {
				return res, fmt.Errorf("%w: %v", errProtocol, err)
			}
			p := &player{c: c, seat: seat, actor: k == 0, recv: map[int]time.Time{}, noTable: -1,
				think: think, rng: rand.New(rand.NewPCG(seed, uint64(seat)))}
			c.Record = &p.count
			if err := c.Connect(gctx); err != nil {
				return res, fmt.Errorf("%w: connect %s: %v", errProtocol, id, err)
			}
			ps = append(ps, p)
		}
	}
	// Moves start once every device has its full view, so that every
	// device reads the update of every move.
	var ready sync.WaitGroup
	ready.Add(len(ps))
	begin := make(chan struct{})
	go func() { ready.Wait(); close(begin) }()
	var (
		wg    sync.WaitGroup
		first atomic.Pointer[error]
	)
	for _, p := range ps {
		wg.Go(func() {
			if err := p.run(gctx, &ready, begin); err != nil {
				if first.CompareAndSwap(nil, &err) {
					cancel()
				}
				p.isReady(&ready)
			}
		})
	}
	wg.Wait()
	if e := first.Load(); e != nil {
		return res, *e
	}
	polite = true
	res.finished = true
	res.wall = time.Since(start)
	for _, p := range ps {
		res.msgs += p.count.msgs
		res.bytes += p.count.bytes
		res.events = max(res.events, p.c.Events)
		if !p.actor {
			continue
		}
		res.acts += len(p.acts) + len(p.answers)
		res.refused += p.refused
		res.noUpdate += p.noUpdate
		res.actor = append(res.actor, p.answers...)
		for _, a := range p.acts {
			sa := slowAct{sent: a.sent, seat: p.seat, kind: a.kind, first: time.Hour}
			for _, q := range ps {
				at, ok := q.recv[a.from]
				if !ok {
					res.unmatched++
					continue
				}
				d := at.Sub(a.sent)
				if q == p {
					res.actor = append(res.actor, sample{d, a.sent})
					sa.actor = d
				} else {
					res.others = append(res.others, sample{d, a.sent})
				}
				sa.first, sa.last = min(sa.first, d), max(sa.last, d)
				if d >= goalP99 {
					sa.late++
				}
			}
			if sa.late > 0 {
				res.slow = append(res.slow, sa)
			}
		}
	}
	return res, nil
}

// run reads the device's messages until the game is over, playing the
// seat's moves if it is the actor.
func (p *player) run(ctx context.Context, ready *sync.WaitGroup, begin <-chan struct{}) error {
	out, _, err := p.c.Next(ctx)
	if err != nil {
		return p.fail(err)
	}
	if out.T != wire.TFull {
		return fmt.Errorf("%w: seat %d: first message is %q, not a full view", errProtocol, p.seat, out.T)
	}
	p.isReady(ready)
	select {
	case <-begin:
	case <-ctx.Done():
		return ctx.Err()
	}
	for {
		st := &p.c.State
		if st.Over && !p.c.Pending() {
			return nil
		}
		rctx := ctx
		var cancel context.CancelFunc
		if p.actor && !p.c.Pending() {
			if a, ok := p.choose(); ok {
				now := time.Now()
				if p.actAt.IsZero() {
					p.actAt = now.Add(p.jitter())
				}
				if !now.Before(p.actAt) {
					p.actAt = time.Time{}
					id, err := p.c.Act(ctx, a)
					if err != nil {
						return p.fail(err)
					}
					p.sentID, p.sentAt, p.sentKnd, p.prev = id, time.Now(), a.Kind, nil
					continue
				}
				rctx, cancel = context.WithDeadline(ctx, p.actAt)
			} else {
				p.actAt = time.Time{}
			}
		}
		out, dup, err := p.c.Next(rctx)
		if cancel != nil {
			cancel()
		}
		if err != nil {
			if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
				continue // time to move
			}
			return p.fail(err)
		}
		now := time.Now()
		if dup {
			return fmt.Errorf("%w: seat %d: message %d twice without reconnecting", errProtocol, p.seat, out.Seq)
		}
		switch out.T {
		case wire.TError:
			if out.ID != "" {
				return fmt.Errorf("%w: seat %d: the host turned move %s away (%s): -think is too short for its rate limit", errProtocol, p.seat, out.ID, out.Reason)
			}
			return fmt.Errorf("%w: seat %d: the host answered with an error: %s", errProtocol, p.seat, out.Reason)
		case wire.TFull:
			return fmt.Errorf("%w: seat %d: a full view in the middle of the game", errProtocol, p.seat)
		case wire.TUpdate:
			u := out.Update
			if u.To > u.From {
				p.recv[u.From] = now
				p.prev = &lastUpdate{u.From, now}
				continue
			}
		case wire.TAck, wire.TRefused:
			if !p.actor || out.ID != p.sentID {
				break
			}
			switch {
			case out.T == wire.TRefused:
				p.refused++
				p.answers = append(p.answers, sample{now.Sub(p.sentAt), p.sentAt})
				if p.c.State.Phase == "table" {
					p.noTable = p.c.State.Round
				}
			case p.prev != nil && !p.prev.at.Before(p.sentAt):
				p.acts = append(p.acts, act{sent: p.sentAt, from: p.prev.from, kind: p.sentKnd})
			default:
				p.answers = append(p.answers, sample{now.Sub(p.sentAt), p.sentAt})
				p.noUpdate++
			}
			p.sentID = ""
		}
		p.prev = nil
	}
}

func (p *player) fail(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("%w: seat %d: %v", errProtocol, p.seat, err)
}

// jitter is the think time before a move: think × [0.5, 1.5).
func (p *player) jitter() time.Duration {
	if p.think <= 0 {
		return 0
	}
	return p.think/2 + time.Duration(p.rng.Int64N(int64(p.think)))
}

// choose is the seat's scripted move, if the table waits for it: pass at
// the table or, every other round, table the seat's best wording of a
// clause; vote for an item unless it costs the seat points; say nothing
// to the press; sign when the seat may, else decline.
func (p *player) choose() (wire.Action, bool) {
	st, b := &p.c.State, p.c.Brief
	if st.Over || st.Mine == nil || !st.Mine.MustAct {
		return wire.Action{}, false
	}
	switch st.Phase {
	case "table":
		if it := st.Pending; it != nil {
			return wire.Action{Kind: "vote", Yes: client.Gain(b, st.Text, it.Changes) >= 0}, true
		}
		if p.noTable != st.Round && (st.Round+p.seat)%2 == 0 && p.seat < len(st.Tabled) && !st.Tabled[p.seat] {
			if ch, ok := improve(b, st, p.seat); ok {
				return wire.Action{Kind: "table", Changes: []wire.Change{ch}}, true
			}
		}
		return wire.Action{Kind: "pass"}, true
	case "press":
		return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "none"}}, true
	case "signing":
		if st.Mine.CanSign {
			return wire.Action{Kind: "sign"}, true
		}
		return wire.Action{Kind: "decline"}, true
	}
	return wire.Action{}, false
}

// improve is a change to the seat's best wording of some clause whose
// draft it does not like best, searching from a clause that depends on
// the round and seat so that seats table different clauses.
func improve(b *wire.Brief, st *wire.State, seat int) (wire.Change, bool) {
	if b == nil || len(b.Points) == 0 {
		return wire.Change{}, false
	}
	n := min(len(b.Points), len(st.Text))
	for k := range n {
		s := (st.Round*7 + seat + k) % n
		row := b.Points[s]
		best := 0
		for o := range row {
			if row[o] > row[best] {
				best = o
			}
		}
		if len(row) > 0 && st.Text[s] != best && row[best] > row[st.Text[s]] {
			return wire.Change{Slot: s, Option: best}, true
		}
	}
	return wire.Change{}, false
}

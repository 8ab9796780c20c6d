package host_test

import (
	"context"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/wire"
)

// The reconnection promise: devices cut off at random moments over
// scripted games lose no event, see none twice and none out of order,
// keep their seats, have every move answered exactly once, and the game
// recorded is the one played without disconnects.

// chaos cuts devices off at random moments: before a move is sent (the
// move waits in the client and goes on reconnecting), right after it
// (before its answer), several times in a row, in the middle of a
// device's reading, and for a while (it misses a stretch of the game).
type chaos struct {
	r     *rand.Rand
	drops int
	// Per device, for the step under way: how many messages it has read
	// and after how many it is cut off (-1: not this step).
	step  map[*dev]int
	reads map[*dev]int
	cutAt map[*dev]int
	// seats lists the devices of each seat, so that a device goes away
	// only while another of its seat stays.
	seats map[int][]*dev
}

func newChaos(seed uint64, devs []*dev) *chaos {
	c := &chaos{r: rand.New(rand.NewPCG(seed, 7)), step: map[*dev]int{}, reads: map[*dev]int{}, cutAt: map[*dev]int{},
		seats: map[int][]*dev{}}
	for _, d := range devs {
		c.seats[d.seat] = append(c.seats[d.seat], d)
	}
	return c
}

func (c *chaos) cut(d *dev) {
	if d.c.Connected() {
		d.c.Drop()
		c.drops++
	}
}

func (c *chaos) beforeAct(_ context.Context, _ testing.TB, d *dev, _ int) {
	if c.r.IntN(100) < 10 {
		c.cut(d) // the move is sent while disconnected
	}
}

func (c *chaos) afterAct(ctx context.Context, t testing.TB, d *dev) {
	if !d.c.Connected() {
		if c.r.IntN(2) == 0 {
			return // it reconnects while waiting for the answer
		}
		d.reconnect(ctx, t)
	}
	if c.r.IntN(100) >= 25 {
		return
	}
	c.cut(d)
	if c.r.IntN(3) == 0 {
		for range 1 + c.r.IntN(3) {
			d.reconnect(ctx, t)
			c.cut(d)
		}
	}
}

func (c *chaos) reading(ctx context.Context, t testing.TB, d *dev, step int) bool {
	if d.away != 0 {
		return true
	}
	if c.step[d] != step+1 {
		c.step[d], c.reads[d], c.cutAt[d] = step+1, 0, -1
		if c.r.IntN(100) < 5 {
			c.cutAt[d] = c.r.IntN(3)
		}
	}
	c.reads[d]++
	if c.reads[d]-1 != c.cutAt[d] {
		return false
	}
	c.cut(d)
	if c.r.IntN(8) > 0 || !c.othersHere(d, step) {
		return false
	}
	d.away = step + 1 + c.r.IntN(12)
	return true
}

// othersHere reports whether every other device of d's seat is here.
func (c *chaos) othersHere(d *dev, step int) bool {
	if len(c.seats[d.seat]) < 2 {
		return false
	}
	for _, e := range c.seats[d.seat] {
		if e != d && e.away != 0 {
			return false
		}
	}
	return true
}

// played is one scripted game as it ended, on the host and on every
// device.
type played struct {
	rec   record
	devs  []*dev
	steps *stepper
	drops int
	// fresh is a full view of the end, as a device joining then sees it.
	fresh []wire.Line
}

// playScripted plays berlin with seed, its seats kinds and perSeat
// devices on each seat played by people (and two spectators), each move
// from [scripted]; disturb has [chaos] cut devices off all along.
func playScripted(t *testing.T, seed uint64, kinds []match.SeatKind, perSeat int, disturb bool) played {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	sc := berlin(t)
	k := slices.Clone(kinds)
	// Devices move at the machine's speed, past any rate a class reaches;
	// and every absence here is short enough for a device to be brought up
	// to date message by message (TestReconnectFullViewKeepsTheSeat takes
	// the full view).
	s := serveMatch(t, sc, k, seed, generous())
	devs := joinAll(ctx, t, s, k, perSeat, 2)
	var dist disturber
	var ch *chaos
	if disturb {
		ch = newChaos(seed, devs)
		dist = ch
	}
	st := newStepper(devs, scripted(&sc.PublicScenario, seed), dist)
	st.play(ctx, t, 5000)
	r := s.record(t)
	settle(ctx, t, devs, lastEvents(devs))
	p := played{rec: r, devs: devs, steps: st}
	if ch != nil {
		p.drops = ch.drops
	}
	c, err := client.Join(ctx, s.base, s.room, "", "")
	if err != nil {
		t.Fatal(err)
	}
	fresh := &dev{name: "latecomer", seat: -1, c: c}
	if err := c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	fresh.readUntil(ctx, t, "a full view", func() bool { return c.Fulls == 1 })
	p.fresh = c.Lines
	c.Close()
	return p
}

// TestReconnectManyDisconnectsLoseNothing plays scripted games twice,
// undisturbed and with devices cut off at random moments (over 500 times
// in all), and compares every device's account, state, seat and answers,
// and the host's record, with the undisturbed game's.
func TestReconnectManyDisconnectsLoseNothing(t *testing.T) {
	start := time.Now()
	sc := berlin(t)
	games := []struct {
		name    string
		seed    uint64
		kinds   []match.SeatKind
		perSeat int
	}{
		{"seven delegations of people", 31, seatKinds(sc, nil, nil), 2},
		{"people and AI delegates", 32, seatKinds(sc, []string{"germany", "france", "italy"}, nil), 3},
		{"five delegations of people", 33, seatKinds(sc, nil, []string{"uk", "italy"}), 2},
	}
	drops, reconnects, turnedAway, dups, moves, sent, devices, msgs := 0, 0, 0, 0, 0, 0, 0, 0
	for _, g := range games {
		t.Run(g.name, func(t *testing.T) {
			calm := playScripted(t, g.seed, g.kinds, g.perSeat, false)
			rough := playScripted(t, g.seed, g.kinds, g.perSeat, true)
			if !calm.rec.over {
				t.Fatal("the undisturbed game did not end")
			}
			if rough.rec.hash != calm.rec.hash || rough.rec.steps != calm.rec.steps || !reflect.DeepEqual(rough.rec.actions, calm.rec.actions) {
				t.Errorf("the game played with disconnects differs: %d moves, hash %s; undisturbed %d moves, hash %s",
					rough.rec.steps, rough.rec.hash, calm.rec.steps, calm.rec.hash)
			}
			checkSameEnd(t, calm, rough)
			drops += rough.drops
			moves += rough.rec.steps
			sent += len(rough.steps.ids)
			devices += len(rough.devs)
			for _, d := range rough.devs {
				msgs += len(d.messages())
				reconnects += d.reconnects
				turnedAway += d.turnedAway
				dups += d.c.Dups
			}
			t.Logf("%d moves (%d sent by devices), %d devices, %d disconnects; %d of the game's %d events told",
				rough.rec.steps, len(rough.steps.ids), len(rough.devs), rough.drops, len(rough.fresh), rough.devs[0].c.Events)
		})
	}
	if drops < 500 {
		t.Errorf("only %d disconnects; the test promises at least 500", drops)
	}
	if dups == 0 {
		t.Error("no message came twice: the resent moves were not answered again")
	}
	// Two or three devices a seat, cut off at most four times in a row,
	// never fill a seat's eight places unless the host keeps dead sockets.
	if turnedAway > 0 {
		t.Errorf("%d reconnections turned away: the host kept sockets that had closed on their seats", turnedAway)
	}
	t.Logf("%d games, each twice; disturbed: %d moves (%d sent by devices), %d devices, %d messages received, %d forced disconnects, %d reconnections (%d turned away), %d repeated messages ignored; %v",
		len(games), moves, sent, devices, msgs, drops, reconnects, turnedAway, dups, time.Since(start).Round(time.Millisecond))
}

// checkSameEnd compares every device of a disturbed game with its twin of
// the undisturbed one, and with the account a device joining at the end
// gets.
func checkSameEnd(t *testing.T, calm, rough played) {
	t.Helper()
	if len(calm.devs) != len(rough.devs) {
		t.Fatalf("%d devices, %d undisturbed", len(rough.devs), len(calm.devs))
	}
	checkLines(t, "a latecomer's full view", calm.fresh, rough.fresh)
	for i, d := range rough.devs {
		c := calm.devs[i]
		if d.c.Seat != d.seat || c.c.Seat != c.seat {
			t.Errorf("%s: seat %d, joined as %d", d.name, d.c.Seat, d.seat)
		}
		checkLines(t, d.name, c.c.Lines, d.c.Lines)
		checkLines(t, d.name+" against a latecomer's full view", rough.fresh, d.c.Lines)
		// The narrator tells every event, so the lines are events 0 … N-1,
		// each once.
		if n := len(d.c.Lines); n == 0 || n != d.c.Events || d.c.Lines[n-1].I != n-1 {
			t.Errorf("%s: %d lines for %d events", d.name, n, d.c.Events)
		}
		if !reflect.DeepEqual(d.c.State, c.c.State) {
			t.Errorf("%s: the final state differs from the undisturbed game's:\n%+v\n%+v", d.name, d.c.State, c.c.State)
		}
		if !reflect.DeepEqual(d.c.Brief, c.c.Brief) {
			t.Errorf("%s: its brief differs from the undisturbed game's", d.name)
		}
		// Brought up to date message by message, never by a full view
		// after the first: a full view would hide a lost message.
		if d.c.Fulls != 1 || c.c.Fulls != 1 {
			t.Errorf("%s: %d full views (undisturbed %d), want 1", d.name, d.c.Fulls, c.c.Fulls)
		}
		if c.c.Dups != 0 {
			t.Errorf("%s: %d repeated messages in the undisturbed game", c.name, c.c.Dups)
		}
		checkAnswersOnce(t, d)
	}
	// Every move sent got exactly one answer, the one it got undisturbed.
	if len(calm.steps.ids) != len(rough.steps.ids) {
		t.Fatalf("%d moves sent, %d undisturbed", len(rough.steps.ids), len(calm.steps.ids))
	}
	for i, id := range rough.steps.ids {
		d, cd := rough.steps.senders[i], calm.steps.senders[i]
		got, ok := d.c.Answers[id]
		want := cd.c.Answers[calm.steps.ids[i]]
		if !ok || got.T != want.T || got.Reason != want.Reason {
			t.Errorf("move %d (%s by %s): answer %+v, undisturbed %+v", i, id, d.name, got, want)
		}
		if d.c.Pending() {
			t.Errorf("%s: a move is still unanswered", d.name)
		}
	}
}

// checkLines checks that got is want, and tells the events in order
// without repeats.
func checkLines(t *testing.T, who string, want, got []wire.Line) {
	t.Helper()
	if len(got) == 0 {
		t.Errorf("%s: no lines", who)
		return
	}
	for i := 1; i < len(got); i++ {
		if got[i].I <= got[i-1].I {
			t.Errorf("%s: line %d tells event %d after event %d", who, i, got[i].I, got[i-1].I)
			return
		}
	}
	if !reflect.DeepEqual(got, want) {
		n := 0
		for n < min(len(got), len(want)) && reflect.DeepEqual(got[n], want[n]) {
			n++
		}
		t.Errorf("%s: %d lines, want %d; they part at line %d", who, len(got), len(want), n)
	}
}

// checkAnswersOnce reads d's record: each move's answer is one numbered
// message of the seat's stream, however many times it was delivered.
func checkAnswersOnce(t *testing.T, d *dev) {
	t.Helper()
	seqs := map[string]map[int64]bool{}
	for _, m := range d.messages() {
		out, ok := decodeOut(m)
		if !ok || (out.T != wire.TAck && out.T != wire.TRefused) {
			continue
		}
		if seqs[out.ID] == nil {
			seqs[out.ID] = map[int64]bool{}
		}
		seqs[out.ID][out.Seq] = true
	}
	for id, s := range seqs {
		if len(s) != 1 {
			t.Errorf("%s: move %s answered as %d different messages", d.name, id, len(s))
		}
	}
}

// TestReconnectFullViewKeepsTheSeat brings devices back by a full view:
// a reloaded page (a new client with the kept token, having seen
// nothing), a device further behind than the host keeps, and one away
// longer than its queue can hold. Each keeps its seat, sees what the
// others see, has its unanswered move answered, and the game ends as it
// does with no one away.
func TestReconnectFullViewKeepsTheSeat(t *testing.T) {
	small := generous()
	small.History = 8
	longAway := host.DefaultLimits()
	longAway.Rate, longAway.Burst = 1e6, 1e6 // but the queue and history are the defaults
	tests := []struct {
		name   string
		lim    host.Limits
		away   int // moves the device misses
		reload bool
	}{
		{"a reloaded page", generous(), 25, true},
		{"further behind than the history", small, 40, false},
		{"away longer than the queue holds", longAway, 160, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calm := playAway(t, tt.lim, tt.away, tt.reload, false)
			back := playAway(t, tt.lim, tt.away, tt.reload, true)
			if back.rec.hash != calm.rec.hash || !reflect.DeepEqual(back.rec.actions, calm.rec.actions) {
				t.Errorf("the game differs from the one played with no one away: %d moves, %d undisturbed", back.rec.steps, calm.rec.steps)
			}
			for i, d := range back.devs {
				c := calm.devs[i]
				checkLines(t, d.name, c.c.Lines, d.c.Lines)
				if !reflect.DeepEqual(d.c.State, c.c.State) || !reflect.DeepEqual(d.c.Brief, c.c.Brief) || d.c.Seat != d.seat {
					t.Errorf("%s: seat %d, final state or brief differ from the game with no one away", d.name, d.c.Seat)
				}
				if d.c.Pending() {
					t.Errorf("%s: a move is still unanswered", d.name)
				}
				checkAnswersOnce(t, d)
			}
		})
	}
}

// playAway plays berlin step by step; after ten moves one device of the
// United States sends a move and (if away) leaves before reading its
// answer, or is replaced by a new client with its token (reload); it
// misses away moves and comes back by a full view.
func playAway(t *testing.T, lim host.Limits, away int, reload, leave bool) played {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	sc := berlin(t)
	kinds := seatKinds(sc, []string{"uk"}, nil)
	s := serveMatch(t, sc, kinds, 41, lim)
	devs := joinAll(ctx, t, s, kinds, 2, 1)
	move := scripted(&sc.PublicScenario, 41)
	st := newStepper(devs, move, nil)
	us := partyIndex(t, sc, "us")
	a, b := st.seats[us][0], st.seats[us][1]
	st.run(ctx, t, 5000, func(w wire.State, step int) bool { return step >= 10 && w.ToAct[0] == us })
	// a's move, played for sure before it leaves: b sees its events.
	events := b.c.Events
	id := a.act(ctx, t, move(us, a.c.State, a.c.Brief, false))
	b.readUntil(ctx, t, "the move's events", func() bool { return b.c.Events > events })
	switch {
	case leave && reload:
		// The page reloads: the old socket goes, a new client with the
		// kept token takes its place and must get a full view.
		a.c.Drop()
		a.c = &client.Client{Base: s.base, Room: s.room, Token: a.c.Token, Record: &a.rec}
		a.reconnect(ctx, t)
		a.readUntil(ctx, t, "a full view", func() bool { return a.c.Events == b.c.Events && a.c.Fulls == 1 })
		if a.c.Seat != us || !reflect.DeepEqual(a.c.Brief, b.c.Brief) || !reflect.DeepEqual(a.c.State, b.c.State) {
			t.Errorf("the reloaded page's full view is not its seat's: seat %d", a.c.Seat)
		}
		checkLines(t, "the reloaded page", b.c.Lines, a.c.Lines)
	case leave:
		a.c.Drop()
		a.away = 1 << 30
	default:
		a.readUntil(ctx, t, "the move's answer", func() bool { _, ok := a.c.Answers[id]; return ok })
	}
	from := st.step
	st.run(ctx, t, 5000, func(_ wire.State, step int) bool { return step >= from+away })
	if leave && !reload {
		a.away = 0
		fulls, reconnects := a.c.Fulls, a.reconnects
		a.readUntil(ctx, t, "the game so far and the answer to the move sent before leaving",
			func() bool { _, ok := a.c.Answers[id]; return ok && a.c.Events == b.c.Events })
		if a.c.Fulls != fulls+1 || a.reconnects != reconnects+1 {
			t.Errorf("back after %d moves, the device got %d full views in %d connections, want 1 in 1",
				away, a.c.Fulls-fulls, a.reconnects-reconnects)
		}
		if got := a.c.Answers[id]; got.T != wire.TAck {
			t.Errorf("the move sent before leaving was answered %+v", got)
		}
	}
	st.play(ctx, t, 5000)
	r := s.record(t)
	settle(ctx, t, devs, lastEvents(devs))
	return played{rec: r, devs: devs, steps: st}
}

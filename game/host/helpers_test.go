package host_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
	"bindingwords/scenarios"
)

// This file holds what the privacy and reconnection tests share: a
// scenario whose private briefs are canaries, a host on loopback, devices
// that record every byte they receive, and a driver that plays a game one
// move at a time and waits until every device has seen each move.

// berlin is the scenario the tests play, fresh from its file.
func berlin(t testing.TB) *rules.Scenario {
	t.Helper()
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// The canaries' numbers. A point becomes pointScale times its old value,
// so that the game plays as before, plus a mark that says whose it is and
// where: pointMark + 1000×party + 10×slot + option, less than a tenth of
// pointScale, so no option changes its rank. A reservation becomes a
// number no public figure comes near. The ratio of reservation to best
// score (about 58%) is berlin's own, so AI delegates still bargain.
const (
	pointScale      = 150_000
	pointMark       = 70_000
	reservationMark = 8_765_400
)

// canaryTag is the string every private text of party p carries in
// variant v; no tag is a substring of another (uk and ukraine included:
// the tag is closed by a dash and the seat's number).
func canaryTag(id string, p, v int) string {
	return fmt.Sprintf("CANARY-%s-%d%c-7f3a", id, p, 'a'+v)
}

// canaryScenario is berlin with every delegation's brief made of
// canaries: its text and objectives distinctive strings, its points and
// reservation distinctive numbers. Party alt (or none, -1) gets the other
// variant: other strings, other points, another reservation; its red
// lines stay, so what it may legally do is the same.
func canaryScenario(t testing.TB, alt int) *rules.Scenario {
	t.Helper()
	orig := berlin(t)
	sc := *orig
	sc.Briefs = make([]rules.Brief, len(orig.Briefs))
	for p, ob := range orig.Briefs {
		v := 0
		if p == alt {
			v = 1
		}
		tag := canaryTag(orig.Parties[p].ID, p, v)
		b := rules.Brief{Text: tag + "-text: what only this delegation knows.",
			Reservation: reservationMark + 50*v + p, RedLines: slices.Clone(ob.RedLines)}
		for i := range ob.Objectives {
			b.Objectives = append(b.Objectives, fmt.Sprintf("%s-objective-%d", tag, i))
		}
		scale := pointScale + 10_000*v
		for s, row := range ob.Points {
			out := make([]int, len(row))
			for o, x := range row {
				out[o] = x*scale + pointMark + 1000*p + 10*s + o
			}
			b.Points = append(b.Points, out)
		}
		sc.Briefs[p] = b
	}
	// A canary found must say whose it is.
	for p := range sc.Briefs {
		for q := range sc.Briefs {
			sp, sq := secretsOf(sc.Briefs[p]), secretsOf(sc.Briefs[q])
			if p == q {
				continue
			}
			for n := range sp.nums {
				if sq.nums[n] {
					t.Fatalf("delegations %d and %d share the canary number %s", p, q, n)
				}
			}
			if leaks := hasAny([]byte(strings.Join(sp.strs, "\n")), sq.strs); len(leaks) > 0 {
				t.Fatalf("delegation %d's canaries contain %d's: %q", p, q, leaks)
			}
		}
	}
	return &sc
}

// secrets is what a delegation's brief holds that no other device may
// receive: its strings, and its numbers as decimal digits.
type secrets struct {
	strs []string
	nums map[string]bool
}

func secretsOf(b rules.Brief) secrets {
	s := secrets{strs: append([]string{b.Text}, b.Objectives...), nums: map[string]bool{}}
	s.nums[fmt.Sprint(b.Reservation)] = true
	for _, row := range b.Points {
		for _, x := range row {
			s.nums[fmt.Sprint(x)] = true
		}
	}
	return s
}

// partyIndex is the index of delegation id in sc.
func partyIndex(t testing.TB, sc *rules.Scenario, id string) int {
	for p := range sc.Parties {
		if sc.Parties[p].ID == id {
			return p
		}
	}
	t.Fatalf("no delegation %s", id)
	return -1
}

// server is a host on loopback serving one table.
type server struct {
	base, room string
	h          *host.Host
	tab        *host.Table
	sc         *rules.Scenario
}

// serveMatch starts a host with limits lim (zero: the defaults) and one
// table of sc, seed and seats kinds; it stops when the test ends.
func serveMatch(t testing.TB, sc *rules.Scenario, kinds []match.SeatKind, seed uint64, lim host.Limits) *server {
	t.Helper()
	m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: kinds})
	if err != nil {
		t.Fatal(err)
	}
	h := host.New(host.Config{Limits: lim, Logf: t.Logf})
	tab, err := h.AddTable(m, host.TableOptions{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Handler())
	t.Cleanup(func() { h.Close(); srv.Close() })
	return &server{base: srv.URL, room: tab.Code(), h: h, tab: tab, sc: sc}
}

// record is the final record of the table's game as the host holds it.
type record struct {
	hash    string
	steps   int
	actions []rules.Action
	over    bool
}

func (s *server) record(t testing.TB) record {
	t.Helper()
	var r record
	err := s.tab.Do(func(m *match.Match) {
		r = record{hash: m.Hash(), steps: m.Steps(), actions: slices.Clone(m.Game().Actions()), over: m.Over()}
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// generous are limits no test device reaches by playing fast: the tests
// of privacy and reconnection are not about the rate limits.
func generous() host.Limits {
	l := host.DefaultLimits()
	l.Rate, l.Burst, l.Queue = 1e6, 1e6, 4096
	// Thousands of disconnects in seconds: far faster than any lid or Wi-Fi.
	l.Hellos, l.HelloRate = 1e6, 1e6
	return l
}

// seatKinds seats every delegation with people, but those of ai (played
// by normal AI delegates) and out (left out).
func seatKinds(sc *rules.Scenario, ai, out []string) []match.SeatKind {
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p, party := range sc.Parties {
		switch {
		case slices.Contains(ai, party.ID):
			kinds[p] = match.AISeat("normal")
		case slices.Contains(out, party.ID):
			kinds[p] = match.OutSeat()
		default:
			kinds[p] = match.HumanSeat()
		}
	}
	return kinds
}

// dev is one test device: a client that records every byte it receives.
type dev struct {
	name string
	seat int // -1 for a spectator
	c    *client.Client
	rec  bytes.Buffer
	// reconnects counts the sockets it opened again (after a cut, or after
	// the host dropped it); turnedAway those the host refused for the
	// seat's device limit, counting sockets it had not yet seen close.
	reconnects, turnedAway int
	// away is the move until which the device stays disconnected, and
	// unread by the stepper; 0 while it is here.
	away int
	// teamLists counts the team lists it has received (in full states and
	// updates), so that joinAll can wait for each arrival's own list.
	teamLists int
}

// joinAll joins, for every human seat of kinds, perSeat devices, then
// spectators devices, and connects them one by one, each once every
// device already there has seen it arrive: the order of everything a
// device receives is then the same in every run.
func joinAll(ctx context.Context, t testing.TB, s *server, kinds []match.SeatKind, perSeat, spectators int) []*dev {
	t.Helper()
	var devs []*dev
	for p, k := range kinds {
		if k.Role != match.Human {
			continue
		}
		id := s.sc.Parties[p].ID
		for i := range perSeat {
			c, err := client.Join(ctx, s.base, s.room, id, "Team "+id)
			if err != nil {
				t.Fatal(err)
			}
			devs = append(devs, &dev{name: fmt.Sprintf("%s#%d", id, i), seat: p, c: c})
		}
	}
	for i := range spectators {
		c, err := client.Join(ctx, s.base, s.room, "", "")
		if err != nil {
			t.Fatal(err)
		}
		devs = append(devs, &dev{name: fmt.Sprintf("spectator#%d", i), seat: -1, c: c})
	}
	for i, d := range devs {
		d.c.Record = &d.rec
		if d.c.Seat != d.seat {
			t.Fatalf("%s: joined seat %d", d.name, d.c.Seat)
		}
		if err := d.c.Connect(ctx); err != nil {
			t.Fatal(err)
		}
		// Everyone connected so far sees every delegation's devices (the
		// table does not count spectators), and receives the team list
		// this arrival sent: a spectator's arrival sends one too, though
		// no count changes, and waiting for it keeps two arrivals from
		// sharing one list in one run and not in another.
		seated := seatedDevices(devs[:i+1])
		for _, e := range devs[:i+1] {
			want := e.teamLists + 1
			e.readUntil(ctx, t, fmt.Sprintf("the table to show %d devices", seated), func() bool {
				return devicesSeen(e.c.Teams) == seated && e.teamLists >= want
			})
		}
	}
	return devs
}

func seatedDevices(devs []*dev) int {
	n := 0
	for _, d := range devs {
		if d.seat >= 0 {
			n++
		}
	}
	return n
}

func devicesSeen(teams []wire.Team) int {
	n := 0
	for _, tm := range teams {
		n += tm.Devices
	}
	return n
}

// next reads one message, failing the test on a broken promise of the
// protocol or on an error message (no test device sends anything the
// host should not take).
func (d *dev) next(ctx context.Context, t testing.TB) (wire.Out, error) {
	t.Helper()
	out, _, err := d.c.Next(ctx)
	if err == nil && out.Update != nil && out.Update.Teams != nil {
		d.teamLists++
	}
	switch {
	case errors.Is(err, client.ErrProtocol):
		t.Fatalf("%s: %v", d.name, err)
	case err == nil && out.T == wire.TError && strings.Contains(out.Reason, "as many devices"):
		// The host has not yet noticed the socket this one replaces.
		d.turnedAway++
		d.c.Drop()
		time.Sleep(5 * time.Millisecond)
		return out, client.ErrDisconnected
	case err == nil && out.T == wire.TError:
		t.Fatalf("%s: the host answered with an error: %s", d.name, out.Reason)
	}
	return out, err
}

// readUntil reads messages until done holds, reconnecting if the host
// drops the device; it fails the test, saying what it waited for, if that
// takes more than a few seconds.
func (d *dev) readUntil(ctx context.Context, t testing.TB, what string, done func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for !done() {
		if !d.c.Connected() {
			d.reconnect(ctx, t)
		}
		if _, err := d.next(ctx, t); err != nil && !errors.Is(err, client.ErrDisconnected) {
			t.Fatalf("%s: waiting for %s: %v (message %d, %d events seen)", d.name, what, err, d.c.Last, d.c.Events)
		}
	}
}

// reconnect opens the device's socket again. (A host that has not yet
// noticed the old sockets may count them against the seat's limit and
// turn the new one away; [dev.next] then has the device try again, as the
// page does, and counts it.)
func (d *dev) reconnect(ctx context.Context, t testing.TB) {
	t.Helper()
	d.reconnects++
	if err := d.c.Connect(ctx); err != nil {
		t.Fatalf("%s: reconnecting (the %d time): %v", d.name, d.reconnects, err)
	}
}

// act sends a move for the device's seat.
func (d *dev) act(ctx context.Context, t testing.TB, a wire.Action) string {
	t.Helper()
	id, err := d.c.Act(ctx, a)
	if err != nil && d.c.Connected() {
		// A write can fail on a socket the host has just closed; the
		// move stays queued and goes again on reconnecting.
		d.c.Drop()
	}
	return id
}

// messages splits a device's record into the messages it received.
func (d *dev) messages() [][]byte {
	return bytes.Split(bytes.TrimSuffix(d.rec.Bytes(), []byte{'\n'}), []byte{'\n'})
}

// simpleMove is a move that needs nothing but public information: pass,
// vote, say nothing, sign when the seat may.
func simpleMove(st wire.State, yes bool) wire.Action {
	switch st.Phase {
	case "table":
		if st.Pending != nil {
			return wire.Action{Kind: "vote", Yes: yes}
		}
		return wire.Action{Kind: "pass"}
	case "press":
		return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "none"}}
	}
	if st.Mine != nil && st.Mine.CanSign {
		return wire.Action{Kind: "sign"}
	}
	return wire.Action{Kind: "decline"}
}

// randomMove is a random move for seat p, legal or not: amendments and
// packages, votes either way, every kind of press statement, calls for
// signature, signatures and refusals. A refused one is answered and
// changes nothing, which is worth playing too.
func randomMove(r *rand.Rand, pub *rules.PublicScenario, st wire.State, p int) wire.Action {
	if (st.Phase == "table" || st.Phase == "press") && r.IntN(12) == 0 {
		return wire.Action{Kind: "call", Yes: !st.Calls[p]}
	}
	switch st.Phase {
	case "table":
		if st.Pending != nil {
			return wire.Action{Kind: "vote", Yes: r.IntN(3) > 0}
		}
		n := 0
		switch x := r.IntN(10); {
		case x < 3:
			return wire.Action{Kind: "pass"}
		case x < 7:
			n = 1
		default:
			n = 2 + r.IntN(rules.MaxPackage-1)
		}
		var cs []wire.Change
		for _, s := range r.Perm(len(pub.Slots))[:n] {
			o := r.IntN(len(pub.Slots[s].Options))
			if o == st.Text[s] {
				o = (o + 1) % len(pub.Slots[s].Options)
			}
			cs = append(cs, wire.Change{Slot: s, Option: o})
		}
		return wire.Action{Kind: "table", Changes: cs}
	case "press":
		own := pub.Parties[p].Publics
		switch x := r.IntN(10); {
		case x < 2:
			return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "none"}}
		case x < 4 && len(own) > 0:
			return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "reassure", Public: own[r.IntN(len(own))]}}
		case x < 6:
			return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "address", Public: r.IntN(len(pub.Publics))}}
		case x < 8:
			s := r.IntN(len(pub.Slots))
			stance := []string{"reject", "insist"}[r.IntN(2)]
			return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "commit", Slot: s,
				Option: r.IntN(len(pub.Slots[s].Options)), Stance: stance}}
		default:
			return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "leak"}}
		}
	case "signing":
		if r.IntN(5) == 0 {
			return wire.Action{Kind: "decline"}
		}
		return wire.Action{Kind: "sign"} // refused across a red line
	}
	return wire.Action{Kind: "pass"}
}

// A mover chooses seat p's move in a game played step by step, from the
// seat's state and brief; refused says its last move was refused.
type mover func(p int, st wire.State, brief *wire.Brief, refused bool) wire.Action

// scripted is a mover that plays random moves from one generator per
// seat, seeded by seed: the same game state gets the same moves in every
// run. After a refusal it plays a simple move, so the game goes on.
func scripted(pub *rules.PublicScenario, seed uint64) mover {
	rs := make([]*rand.Rand, len(pub.Parties))
	for p := range rs {
		rs[p] = rand.New(rand.NewPCG(seed, uint64(p)))
	}
	return func(p int, st wire.State, _ *wire.Brief, refused bool) wire.Action {
		if refused {
			return simpleMove(st, rs[p].IntN(2) == 0)
		}
		return randomMove(rs[p], pub, st, p)
	}
}

// A disturber cuts devices off while a game is played step by step; nil
// plays undisturbed.
type disturber interface {
	// beforeAct may cut off the device about to act, so that its move
	// waits in the client and goes on reconnecting.
	beforeAct(ctx context.Context, t testing.TB, d *dev, step int)
	// afterAct may cut off the device that has just sent its move, before
	// its answer comes.
	afterAct(ctx context.Context, t testing.TB, d *dev)
	// reading may cut off a device that is reading its messages; away
	// reports whether it is to stay away for now.
	reading(ctx context.Context, t testing.TB, d *dev, step int) (away bool)
}

// stepper plays a game one move at a time: it finds whose turn it is from
// the devices' states, has one of that seat's devices send a move and
// waits until every device has seen all the move caused.
type stepper struct {
	devs  []*dev
	seats map[int][]*dev
	move  mover
	dist  disturber
	// ids lists the client id of every move sent, in order, and senders
	// the device that sent it.
	ids     []string
	senders []*dev
	// step counts the moves sent so far; refused says whose last move
	// the rules refused.
	step    int
	refused map[int]bool
}

func newStepper(devs []*dev, move mover, dist disturber) *stepper {
	st := &stepper{devs: devs, seats: map[int][]*dev{}, move: move, dist: dist}
	for _, d := range devs {
		if d.seat >= 0 {
			st.seats[d.seat] = append(st.seats[d.seat], d)
		}
	}
	return st
}

// play runs the game to its end, at most maxSteps moves.
func (s *stepper) play(ctx context.Context, t testing.TB, maxSteps int) {
	t.Helper()
	s.run(ctx, t, maxSteps, nil)
}

// run plays moves until the game is over or stop, asked before each
// move, says to stop; after at most maxSteps moves in all it fails the
// test. It reports whether the game is over.
func (s *stepper) run(ctx context.Context, t testing.TB, maxSteps int, stop func(st wire.State, step int) bool) bool {
	t.Helper()
	if s.refused == nil {
		s.refused = map[int]bool{}
	}
	for ; ; s.step++ {
		step := s.step
		if step > maxSteps {
			t.Fatalf("the game did not end in %d moves", maxSteps)
		}
		// Every device here has seen the same; those back from a while
		// away catch up first.
		var st wire.State
		events := -1
		for _, d := range s.devs {
			if d.away == 0 {
				st, events = d.c.State, d.c.Events
				break
			}
		}
		if events < 0 {
			t.Fatalf("step %d: every device is away", step)
		}
		for _, d := range s.devs {
			if d.away != 0 && d.away <= step {
				d.away = 0
				s.wait(ctx, t, d, func() bool { return d.c.Events == events }, step, false)
			}
		}
		if st.Over {
			return true
		}
		if stop != nil && stop(st, step) {
			return false
		}
		if len(st.ToAct) == 0 {
			t.Fatalf("step %d: the table waits for nobody in phase %s", step, st.Phase)
		}
		p := st.ToAct[0]
		var here []*dev
		for _, d := range s.seats[p] {
			if d.away == 0 {
				here = append(here, d)
			}
		}
		if len(here) == 0 {
			t.Fatalf("step %d: the table waits for seat %d, which has no device here", step, p)
		}
		d := here[step%len(here)]
		if d.c.State.Mine == nil || !d.c.State.Mine.MustAct {
			t.Fatalf("step %d: seat %d is to act but its state says otherwise: %+v", step, p, d.c.State.Mine)
		}
		a := s.move(p, d.c.State, d.c.Brief, s.refused[p])
		if s.dist != nil {
			s.dist.beforeAct(ctx, t, d, step)
		}
		id := d.act(ctx, t, a)
		s.ids = append(s.ids, id)
		s.senders = append(s.senders, d)
		if s.dist != nil {
			s.dist.afterAct(ctx, t, d)
		}
		s.wait(ctx, t, d, func() bool { _, ok := d.c.Answers[id]; return ok }, step, false)
		s.refused[p] = d.c.Answers[id].T == wire.TRefused
		events, last := d.c.Events, d.c.Last
		for _, e := range s.devs {
			if e == d || e.away != 0 {
				continue
			}
			s.wait(ctx, t, e, func() bool {
				// Undisturbed, the seat's stream has exactly the messages
				// the sender has seen; cut off, its devices' numbers part
				// (each arrival and departure is a message), and only the
				// events tell.
				return e.c.Events == events && (s.dist != nil || e.seat != p || e.c.Last == last)
			}, step, true)
		}
	}
}

// wait reads d's messages until done holds, letting the disturber cut it
// off on the way, and send it away for a while if it may leave.
func (s *stepper) wait(ctx context.Context, t testing.TB, d *dev, done func() bool, step int, mayLeave bool) {
	t.Helper()
	if s.dist == nil {
		d.readUntil(ctx, t, fmt.Sprintf("the table at move %d", step), done)
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for !done() {
		if !d.c.Connected() {
			d.reconnect(ctx, t)
		}
		if s.dist.reading(ctx, t, d, step) {
			if mayLeave {
				return
			}
			d.away = 0
		}
		if !d.c.Connected() {
			continue
		}
		if _, err := d.next(ctx, t); err != nil && !errors.Is(err, client.ErrDisconnected) {
			t.Fatalf("%s: waiting for the table at step %d: %v", d.name, step, err)
		}
	}
}

// settle reads every device (bringing back any away) until each has seen
// the whole game and the number of devices the table shows is the number
// connected.
func settle(ctx context.Context, t testing.TB, devs []*dev, events int) {
	t.Helper()
	for _, d := range devs {
		d.away = 0
		d.readUntil(ctx, t, fmt.Sprintf("the game's %d events", events), func() bool { return d.c.Events == events })
	}
	seated := seatedDevices(devs)
	for _, d := range devs {
		// A device the host still counts is a socket it has not seen
		// close: a seat that looks taken when it is not.
		d.readUntil(ctx, t, fmt.Sprintf("the table to show the %d devices connected", seated),
			func() bool { return devicesSeen(d.c.Teams) == seated })
	}
}

// hasAny reports which of strs occur in data.
func hasAny(data []byte, strs []string) []string {
	var out []string
	for _, s := range strs {
		if bytes.Contains(data, []byte(s)) {
			out = append(out, s)
		}
	}
	return out
}

// digitRuns lists the numbers written in data, as their digits.
func digitRuns(data []byte) []string {
	var out []string
	for i := 0; i < len(data); {
		if data[i] < '0' || data[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(data) && data[j] >= '0' && data[j] <= '9' {
			j++
		}
		out = append(out, string(data[i:j]))
		i = j
	}
	return out
}

func short(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return strings.TrimSpace(s)
}

// decodeOut reads one recorded message.
func decodeOut(msg []byte) (wire.Out, bool) {
	var out wire.Out
	err := json.Unmarshal(msg, &out)
	return out, err == nil
}

// lastEvents is the most of the event log any device has seen.
func lastEvents(devs []*dev) int {
	n := 0
	for _, d := range devs {
		n = max(n, d.c.Events)
	}
	return n
}

// nudge is a teacher's control that changes what every seat sees, so
// that a [host.Table.Do] with it sends every stream an update: it pauses
// the match, or lets a paused one go on.
func nudge(m *match.Match) {
	if m.Paused() {
		m.Resume()
	} else {
		m.Pause()
	}
}

package host_test

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"bindingwords/game/host"
	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
)

// These tests play the teacher: a real host on loopback, devices that
// join and play through the Go client, and the teacher's controls called
// as the projector window calls them.

// serveTable starts a host with one table of cfg (seed and scenario set
// by the caller) and options opt; it stops when the test ends.
func serveTable(t *testing.T, cfg match.Config, opt host.TableOptions) *server {
	t.Helper()
	m, err := match.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h := host.New(host.Config{Limits: generous(), Logf: t.Logf})
	tab, err := h.AddTable(m, opt)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Handler())
	t.Cleanup(func() { h.Close(); srv.Close() })
	return &server{base: srv.URL, room: tab.Code(), h: h, tab: tab, sc: cfg.Scenario}
}

// joinDev joins and connects a device for delegation id ("" to watch),
// recording what it receives, and reads its full view.
func joinDev(ctx context.Context, t *testing.T, s *server, id, team string) *dev {
	t.Helper()
	c, err := client.Join(ctx, s.base, s.room, id, team)
	if err != nil {
		t.Fatal(err)
	}
	d := &dev{name: id + "/" + team, seat: c.Seat, c: c}
	c.Record = &d.rec
	if err := c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	d.readUntil(ctx, t, "a full view", func() bool { return c.Fulls > 0 })
	return d
}

// answer sends a move and reads until it is answered.
func (d *dev) answer(ctx context.Context, t *testing.T, a wire.Action) wire.Out {
	t.Helper()
	id := d.act(ctx, t, a)
	d.readUntil(ctx, t, "the answer to "+id, func() bool { _, ok := d.c.Answers[id]; return ok })
	return d.c.Answers[id]
}

// moved waits until the version has gone past v, and returns the new one.
func moved(t *testing.T, tab *host.Table, v uint64, what string) uint64 {
	t.Helper()
	for give := time.Now().Add(5 * time.Second); time.Now().Before(give); time.Sleep(2 * time.Millisecond) {
		if n := tab.Version(); n > v {
			return n
		}
	}
	t.Fatalf("the version stayed at %d after %s", v, what)
	return v
}

// seatOf is the lobby's seat of delegation p.
func seatOf(l host.Lobby, p int) host.LobbySeat { return l.Seats[p] }

func TestLobbyHoldsTheGameUntilStartAndLockKeepsNewDevicesOut(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sc := berlin(t)
	kinds := seatKinds(sc, nil, nil)
	s := serveTable(t, match.Config{Scenario: sc, Seed: 3, Seats: kinds}, host.TableOptions{Lobby: true})
	us, uk := partyIndex(t, sc, "us"), partyIndex(t, sc, "ukraine")
	if s.tab.Started() {
		t.Fatal("a lobby table has started before the teacher started it")
	}
	v := s.tab.Version()
	a := joinDev(ctx, t, s, "us", "Eagles")
	v = moved(t, s.tab, v, "a device joined")
	if !a.c.State.Lobby || !a.c.State.Clock.Paused {
		t.Errorf("a device in the lobby sees lobby %v, paused %v", a.c.State.Lobby, a.c.State.Clock.Paused)
	}
	l := s.tab.Lobby()
	if l.Started || l.Locked || l.Code != s.room {
		t.Errorf("lobby %+v", l)
	}
	devs := seatOf(l, us).Devices
	if len(devs) != 1 || devs[0].Team != "Eagles" || !devs[0].Connected || seatOf(l, us).Team != "Eagles" {
		t.Fatalf("the lobby's seat for us: %+v", seatOf(l, us))
	}
	if h := devs[0].Handle; h == "" || strings.Contains(a.c.Token, h) || strings.Contains(h, a.c.Token) {
		t.Errorf("handle %q beside token %q", h, a.c.Token)
	}
	// Before the start, no move is taken.
	if out := a.answer(ctx, t, wire.Action{Kind: "pass"}); out.T != wire.TRefused || out.Reason != host.WhyNotStarted {
		t.Errorf("a move in the lobby: %+v", out)
	}

	// Locked, the room takes no new device; one that joined comes back.
	s.tab.Lock(true)
	moved(t, s.tab, v, "locking")
	if !s.tab.Locked() || !s.tab.Lobby().Locked {
		t.Error("the room does not say it is locked")
	}
	if _, err := client.Join(ctx, s.base, s.room, "ukraine", "Late"); err == nil || !strings.Contains(err.Error(), host.WhyLocked) {
		t.Errorf("a join while locked: %v", err)
	}
	a.c.Drop()
	a.reconnect(ctx, t)
	a.readUntil(ctx, t, "the room again", func() bool { return a.c.Fulls > 1 || a.c.Last > 0 && a.c.Connected() })
	s.tab.Lock(false)
	b := joinDev(ctx, t, s, "ukraine", "Lions")
	if got := len(seatOf(s.tab.Lobby(), uk).Devices); got != 1 {
		t.Errorf("after unlocking, ukraine has %d devices", got)
	}

	v = s.tab.Version()
	if err := s.tab.Start(); err != nil {
		t.Fatal(err)
	}
	v = moved(t, s.tab, v, "the start")
	if !s.tab.Started() {
		t.Error("not started after Start")
	}
	for _, d := range []*dev{a, b} {
		d.readUntil(ctx, t, "the start", func() bool { return !d.c.State.Lobby && !d.c.State.Clock.Paused })
	}
	// The game goes on: whoever must act, acts.
	for _, d := range []*dev{a, b} {
		if mv, ok := client.PlainMove(d.c.State); ok {
			if out := d.answer(ctx, t, mv); out.T != wire.TAck {
				t.Errorf("%s: a move after the start: %+v", d.name, out)
			}
			return
		}
	}
	t.Errorf("after the start (version %d), neither device may move", v)
}

func TestPauseRefusesMovesAndDoReachesTheDevices(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sc := berlin(t)
	kinds := seatKinds(sc, nil, nil)
	s := serveTable(t, match.Config{Scenario: sc, Seed: 3, Seats: kinds, TimerMinutes: 5}, host.TableOptions{})
	first := s.tab.Lobby().Seats[0].ID
	d := joinDev(ctx, t, s, first, "Owls")
	if d.c.State.Lobby || !d.c.State.Mine.MustAct {
		t.Fatalf("the first delegation: lobby %v, must act %v", d.c.State.Lobby, d.c.State.Mine.MustAct)
	}
	// A Do that only reads sends nothing and moves no version.
	d.readUntil(ctx, t, "itself on the team list", func() bool { return len(d.c.Teams) > 0 && d.c.Teams[0].Devices == 1 })
	v, last := s.tab.Version(), d.c.Last
	if err := s.tab.Do(func(m *match.Match) { _ = m.Paused() }); err != nil {
		t.Fatal(err)
	}
	if err := s.tab.Do(func(m *match.Match) { m.Pause() }); err != nil {
		t.Fatal(err)
	}
	v = moved(t, s.tab, v, "a pause")
	d.readUntil(ctx, t, "the pause", func() bool { return d.c.State.Clock.Paused })
	if d.c.Last != last+1 {
		t.Errorf("a read and a pause made %d messages, want 1", d.c.Last-last)
	}
	if out := d.answer(ctx, t, wire.Action{Kind: "pass"}); out.T != wire.TRefused || out.Reason != host.WhyPaused {
		t.Errorf("a move while paused: %+v", out)
	}
	// More time reaches the device at once.
	left := d.c.State.Clock.Left
	if err := s.tab.Do(func(m *match.Match) { m.Resume(); _ = m.Extend(120) }); err != nil {
		t.Fatal(err)
	}
	moved(t, s.tab, v, "resuming")
	d.readUntil(ctx, t, "more time", func() bool { return !d.c.State.Clock.Paused && d.c.State.Clock.Left > left+100 })
	if out := d.answer(ctx, t, wire.Action{Kind: "pass"}); out.T != wire.TAck {
		t.Errorf("a move after resuming: %+v", out)
	}
	// The projector's countdown: each second of the timer moves the
	// version, with nobody doing anything.
	moved(t, s.tab, s.tab.Version(), "a second of the round timer")
}

func TestSetSeatHandsASeatToAnAIAndBack(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sc := berlin(t)
	kinds := seatKinds(sc, nil, nil)
	s := serveTable(t, match.Config{Scenario: sc, Seed: 5, Seats: kinds}, host.TableOptions{})
	p := 0
	id := sc.Parties[p].ID
	d := joinDev(ctx, t, s, id, "Hawks")
	if !d.c.State.Mine.MustAct {
		t.Fatal("the first delegation need not act")
	}
	events, v := d.c.Events, s.tab.Version()
	if err := s.tab.SetSeat(p, match.AISeat("normal")); err != nil {
		t.Fatal(err)
	}
	moved(t, s.tab, v, "handing a seat to an AI")
	// The AI plays the seat's turn at once (the table does not pace it),
	// and the device hears that an AI plays for it.
	d.readUntil(ctx, t, "the AI's move", func() bool {
		return d.c.State.Mine.AI && d.c.Events > events && d.c.Teams[p].Kind == "ai:normal"
	})
	if got := seatOf(s.tab.Lobby(), p).Kind; got.Role != match.AI {
		t.Errorf("the lobby says %v plays", got)
	}
	if out := d.answer(ctx, t, wire.Action{Kind: "pass"}); out.T != wire.TRefused || out.Reason != host.WhyAI {
		t.Errorf("a move while an AI plays: %+v", out)
	}
	if err := s.tab.SetSeat(p, match.HumanSeat()); err != nil {
		t.Fatal(err)
	}
	d.readUntil(ctx, t, "the seat back", func() bool { return !d.c.State.Mine.AI && d.c.Teams[p].Kind == "human" })
	// Back with people: the team plays its next move. Other seats are
	// people without devices; the teacher moves the table on for them.
	for range 200 {
		if d.c.State.Mine.MustAct {
			break
		}
		if err := s.tab.Do(func(m *match.Match) { _ = m.Advance() }); err != nil {
			t.Fatal(err)
		}
		ev := d.c.Events
		d.readUntil(ctx, t, "the table moving on", func() bool { return d.c.Events > ev || d.c.State.Over })
	}
	mv, ok := client.PlainMove(d.c.State)
	if !ok {
		t.Fatalf("the seat never had a move again (phase %s)", d.c.State.Phase)
	}
	if out := d.answer(ctx, t, mv); out.T != wire.TAck {
		t.Errorf("a move after the seat came back: %+v", out)
	}
}

func TestRemovedDeviceIsClosedWithTheReasonAndItsTokenIsDead(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sc := berlin(t)
	s := serveTable(t, match.Config{Scenario: sc, Seed: 3, Seats: seatKinds(sc, nil, nil)}, host.TableOptions{Lobby: true})
	us := partyIndex(t, sc, "us")
	d := joinDev(ctx, t, s, "us", "Pranksters")
	mate := joinDev(ctx, t, s, "us", "Pranksters")
	l := s.tab.Lobby()
	if len(seatOf(l, us).Devices) != 2 {
		t.Fatalf("lobby %+v", seatOf(l, us))
	}
	handle := seatOf(l, us).Devices[0].Handle
	v := s.tab.Version()
	if err := s.tab.RemoveDevice(handle); err != nil {
		t.Fatal(err)
	}
	moved(t, s.tab, v, "a removal")
	var err error
	for err == nil {
		_, _, err = d.c.Next(ctx)
	}
	if websocket.CloseStatus(err) != 4003 || !strings.Contains(err.Error(), host.WhyRemoved) {
		t.Errorf("the removed device's socket ended with %v", err)
	}
	// Its token is dead; its teammate's is not.
	if err := d.c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	for err = nil; err == nil; {
		_, _, err = d.c.Next(ctx)
	}
	if websocket.CloseStatus(err) != 4001 {
		t.Errorf("the removed token said hello again: %v", err)
	}
	l = s.tab.Lobby()
	if len(seatOf(l, us).Devices) != 1 || seatOf(l, us).Devices[0].Handle == handle {
		t.Errorf("after the removal, the lobby lists %+v", seatOf(l, us).Devices)
	}
	mate.readUntil(ctx, t, "one device on its seat", func() bool { return mate.c.Teams[us].Devices == 1 })
	if err := s.tab.RemoveDevice(handle); !errors.Is(err, host.ErrNoDevice) {
		t.Errorf("removing it again: %v", err)
	}
}

// TestMovedTeamSeesItsNewSeatOnly: the teacher moves a team to another
// delegation. Its device gets the new seat's brief at once and never the
// old one's again, on the socket it had or after reconnecting with the
// old seat's numbers; a device that joins the old seat afterwards never
// sees the moved team's new brief.
func TestMovedTeamSeesItsNewSeatOnly(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	sc := canaryScenario(t, -1)
	kinds := seatKinds(sc, nil, nil)
	s := serveTable(t, match.Config{Scenario: sc, Seed: 11, Seats: kinds}, host.TableOptions{})
	from, to := partyIndex(t, sc, "us"), partyIndex(t, sc, "ukraine")
	a := joinDev(ctx, t, s, "us", "Movers")
	// A second device of the same token is away during the move: it comes
	// back with the old seat's numbers.
	away := &dev{name: "away", c: &client.Client{Base: s.base, Room: s.room, Token: a.c.Token, Seat: a.c.Seat}}
	away.c.Record = &away.rec
	if err := away.c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	away.readUntil(ctx, t, "a full view", func() bool { return away.c.Fulls > 0 })
	away.c.Drop()
	if !strings.Contains(a.rec.String(), canaryTag("us", from, 0)) {
		t.Fatal("the device never had its own brief")
	}
	handle, v := seatOf(s.tab.Lobby(), from).Devices[0].Handle, s.tab.Version()
	if err := s.tab.MoveDevice(handle, to); err != nil {
		t.Fatal(err)
	}
	moved(t, s.tab, v, "a move")
	if err := s.tab.MoveDevice("NOSUCH", to); !errors.Is(err, host.ErrNoDevice) {
		t.Errorf("moving a device nobody has: %v", err)
	}
	a.readUntil(ctx, t, "the new seat", func() bool { return a.c.Seat == to && a.c.Moves == 1 })
	if a.c.Brief == nil || !strings.Contains(a.c.Brief.Text, canaryTag("ukraine", to, 0)) {
		t.Fatalf("after the move the brief is %+v", a.c.Brief)
	}
	l := s.tab.Lobby()
	if len(seatOf(l, from).Devices) != 0 || len(seatOf(l, to).Devices) != 1 || seatOf(l, to).Team != "Movers" || seatOf(l, from).Team != "" {
		t.Errorf("after the move the lobby has %+v and %+v", seatOf(l, from), seatOf(l, to))
	}
	// From the full view on, nothing of the old seat's brief.
	a.rec.Reset()
	newcomer := joinDev(ctx, t, s, "us", "Newcomers")
	if err := away.c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	away.readUntil(ctx, t, "the new seat", func() bool { return away.c.Seat == to })
	if away.c.Brief == nil || !strings.Contains(away.c.Brief.Text, canaryTag("ukraine", to, 0)) {
		t.Errorf("the device that was away came back to %+v", away.c.Brief)
	}
	away.rec.Reset()
	// Play on until the signing (the final scores, all public, come at
	// the end): both teams move when they must, the teacher moves the
	// table on for the seats nobody plays.
	devs := []*dev{a, newcomer, away}
	for a.c.State.Phase != "signing" && !a.c.State.Over {
		for _, d := range []*dev{a, newcomer} {
			if mv, ok := client.PlainMove(d.c.State); ok {
				d.answer(ctx, t, mv)
			}
		}
		if err := s.tab.Do(func(m *match.Match) { _ = m.Advance() }); err != nil {
			t.Fatal(err)
		}
		settle(ctx, t, devs, lastEventsOf(t, s))
	}
	old, moved := secretsOf(sc.Briefs[from]), secretsOf(sc.Briefs[to])
	for _, d := range []*dev{a, away} {
		if leaks := hasAny(d.rec.Bytes(), old.strs); len(leaks) > 0 {
			t.Errorf("%s got the old seat's brief after the move: %q", d.name, leaks)
		}
		if runs := digitRuns(d.rec.Bytes()); anyIn(runs, old.nums) {
			t.Errorf("%s got the old seat's figures after the move: %v", d.name, inOf(runs, old.nums))
		}
	}
	if leaks := hasAny(newcomer.rec.Bytes(), moved.strs); len(leaks) > 0 {
		t.Errorf("the old seat's new team got the moved team's brief: %q", leaks)
	}
	if runs := digitRuns(newcomer.rec.Bytes()); anyIn(runs, moved.nums) {
		t.Error("the old seat's new team got the moved team's figures")
	}
	if !bytes.Contains(newcomer.rec.Bytes(), []byte(canaryTag("us", from, 0))) {
		t.Error("the old seat's new team never got its own brief")
	}
}

// lastEventsOf is the length of the table's event log.
func lastEventsOf(t *testing.T, s *server) int {
	t.Helper()
	n := 0
	if err := s.tab.Do(func(m *match.Match) { n = len(m.Public().Events()) }); err != nil {
		t.Fatal(err)
	}
	return n
}

func inOf(runs []string, nums map[string]bool) []string {
	var out []string
	for _, r := range runs {
		if nums[r] {
			out = append(out, r)
		}
	}
	return out
}

func anyIn(runs []string, nums map[string]bool) bool {
	for _, r := range runs {
		if nums[r] {
			return true
		}
	}
	return false
}

// TestTogetherRoundRunsOutOfTime: at the together pace, every team votes
// at once; each sees who has chosen, never what, until all are in; and
// when the round timer runs out the host moves the table on by the
// chair's move, with no device acting.
func TestTogetherRoundRunsOutOfTime(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sc := berlin(t)
	kinds := seatKinds(sc, nil, nil)
	s := serveTable(t, match.Config{Scenario: sc, Seed: 3, Seats: kinds, Together: true, TimerMinutes: 1}, host.TableOptions{})
	var devs []*dev
	for _, p := range sc.Parties {
		devs = append(devs, joinDev(ctx, t, s, p.ID, "Team "+p.ID))
	}
	st := devs[0].c.State
	if !st.Together || len(st.Chosen) != len(sc.Parties) || len(st.ToAct) < 2 {
		t.Fatalf("a together table: together %v, chosen %v, to act %v", st.Together, st.Chosen, st.ToAct)
	}
	// One team tables at once; the others see that it has chosen.
	first := devs[st.ToAct[0]]
	if out := first.answer(ctx, t, wire.Action{Kind: "pass"}); out.T != wire.TAck {
		t.Fatalf("a pass in the window: %+v", out)
	}
	other := devs[st.ToAct[1]]
	other.readUntil(ctx, t, "the first choice", func() bool { return other.c.State.Chosen[first.seat] })
	if !other.c.State.Mine.MustAct {
		t.Error("the second team need not choose after the first chose")
	}
	round := other.c.State.Round
	// Nearly out of time: the host's timer moves the table on.
	if err := s.tab.Do(func(m *match.Match) { _ = m.Extend(-57) }); err != nil {
		t.Fatal(err)
	}
	other.readUntil(ctx, t, "the timer's move", func() bool {
		return other.c.State.Round > round || other.c.State.Phase != "table" || other.c.State.Over
	})
	chair := false
	for _, l := range other.c.Lines {
		chair = chair || l.Kind == "chair"
	}
	if !chair && !strings.Contains(joinText(other.c.Lines), "Time ran out") {
		t.Errorf("the table moved on without the chair's move or the timer's reason: %q", joinText(other.c.Lines[max(0, len(other.c.Lines)-5):]))
	}
	var rec record
	if rec = s.record(t); len(rec.actions) == 0 || rec.actions[len(rec.actions)-1].Kind != rules.ChairMove {
		t.Errorf("the last move was not the chair's: %+v", rec.actions[len(rec.actions)-1])
	}
}

func joinText(ls []wire.Line) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(l.Text + " " + l.Reason + "\n")
	}
	return b.String()
}

package host_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/coder/websocket"

	"bindingwords/game/host"
	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
	"bindingwords/scenarios"
)

// These tests play the part of a device on the class network that means
// harm or is merely broken: every message it sends is refused clearly and
// changes nothing, and nothing it does reaches the other seats.

// Berlin's first two delegations by party, and the ids of the five a
// class plays (the two optional ones are left out).
const us, ukraine = 0, 1

var partyIDs = []string{"us", "ukraine", "germany", "france", "poland"}

// stage is a host serving one table of berlin on loopback, people on its
// five main delegations unless kinds says otherwise.
type stage struct {
	base string
	h    *host.Host
	tab  *host.Table
}

type stageOpt struct {
	lim    host.Limits
	rounds int
	kinds  []match.SeatKind
	// tinyBuffers gives every socket the host accepts a tiny send buffer,
	// so that a device which stops reading is felt at once.
	tinyBuffers bool
}

func newStage(t *testing.T, o stageOpt) *stage {
	t.Helper()
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	kinds := o.kinds
	if kinds == nil {
		kinds = []match.SeatKind{match.HumanSeat(), match.HumanSeat(), match.HumanSeat(), match.HumanSeat(),
			match.HumanSeat(), match.OutSeat(), match.OutSeat()}
	}
	m, err := match.New(match.Config{Scenario: sc, Seed: 7, Seats: kinds, Rounds: o.rounds})
	if err != nil {
		t.Fatal(err)
	}
	h := host.New(host.Config{Limits: o.lim, Logf: t.Logf})
	tab, err := h.AddTable(m, host.TableOptions{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(h.Handler())
	if o.tinyBuffers {
		srv.Listener = tinyBuffers{srv.Listener}
	}
	srv.Start()
	t.Cleanup(func() { h.Close(); srv.Close() })
	return &stage{base: srv.URL, h: h, tab: tab}
}

type tinyBuffers struct{ net.Listener }

func (l tinyBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetWriteBuffer(4096)
	}
	return c, err
}

// limits are the defaults with changes.
func limits(change func(*host.Limits)) host.Limits {
	l := host.DefaultLimits()
	change(&l)
	return l
}

// game is the table's number of moves played and its state hash, read on
// the table's goroutine. (Do also sends every device an update.)
func (s *stage) game(t *testing.T) (int, string) {
	t.Helper()
	var steps int
	var hash string
	if err := s.tab.Do(func(m *match.Match) { steps, hash = m.Steps(), m.Hash() }); err != nil {
		t.Fatal(err)
	}
	return steps, hash
}

// advance plays, through the teacher's control, the simplest legal move
// of whoever the table waits for, until stop says it has gone far enough.
func (s *stage) advance(t *testing.T, stop func(v rules.View) bool) {
	t.Helper()
	for range 500 {
		done := false
		var err error
		if e := s.tab.Do(func(m *match.Match) {
			v := m.Public()
			if stop(v) || len(v.ToAct()) == 0 {
				done = true
				return
			}
			p := v.ToAct()[0]
			a := rules.Action{Party: p, Kind: rules.Pass}
			switch {
			case v.Phase() == rules.PhasePress:
				a = rules.Action{Party: p, Kind: rules.Statement, Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}
			case v.Phase() == rules.PhaseSigning:
				a.Kind = rules.Decline
			default:
				if _, ok := v.Pending(); ok {
					a = rules.Action{Party: p, Kind: rules.Vote, Yes: true}
				}
			}
			_, err = m.Submit(p, a)
		}); e != nil {
			t.Fatal(e)
		}
		if err != nil {
			t.Fatal(err)
		}
		if done {
			return
		}
	}
	t.Fatal("the game did not get there")
}

func joinSeat(t *testing.T, base, room, party string) *client.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := client.Join(ctx, base, room, party, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// sock is a device's socket driven by hand: it sends what a test writes
// and hands over what the host sends, unchecked.
type sock struct {
	t    *testing.T
	conn *websocket.Conn
	in   chan got
	// skipped counts the updates answer passed over.
	skipped int
}

type got struct {
	out  wire.Out
	data []byte
	err  error
}

var wsOptions = &websocket.DialOptions{CompressionMode: websocket.CompressionNoContextTakeover}

func dialSock(t *testing.T, base string, opt *websocket.DialOptions) (*sock, *http.Response, error) {
	t.Helper()
	if opt == nil {
		opt = wsOptions
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+wire.SocketPath, opt)
	if err != nil {
		return nil, resp, err
	}
	conn.SetReadLimit(1 << 20)
	s := &sock{t: t, conn: conn, in: make(chan got, 8192)}
	t.Cleanup(func() { conn.CloseNow() })
	return s, resp, nil
}

// openSock dials a socket and, unless token is "", says hello with it and
// reads the first message.
func openSock(t *testing.T, base, token string) (*sock, wire.Out) {
	t.Helper()
	s, _, err := dialSock(t, base, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.reading()
	if token == "" {
		return s, wire.Out{}
	}
	s.send(fmt.Sprintf(`{"t":"hello","token":%q}`, token))
	g := s.next(2 * time.Second)
	if g.err != nil {
		t.Fatalf("hello: %v", g.err)
	}
	return s, g.out
}

// reading starts the socket's reader; a socket never read from is a
// slow reader.
func (s *sock) reading() {
	go func() {
		for {
			_, data, err := s.conn.Read(context.Background())
			var g got
			g.data, g.err = data, err
			if err == nil {
				if e := json.Unmarshal(data, &g.out); e != nil {
					g.err = fmt.Errorf("undecodable message %q: %v", data, e)
				}
			}
			s.in <- g
			if err != nil {
				return
			}
		}
	}()
}

func (s *sock) send(msg string) {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := s.conn.Write(ctx, websocket.MessageText, []byte(msg)); err != nil {
		s.t.Fatalf("sending %.60q: %v", msg, err)
	}
}

// next is the next message, or the error that ended the socket.
func (s *sock) next(within time.Duration) got {
	s.t.Helper()
	select {
	case g := <-s.in:
		return g
	case <-time.After(within):
		s.t.Fatalf("nothing from the host in %v", within)
		return got{}
	}
}

// answer is the next message that answers something the device sent (an
// acknowledgement, refusal or error), skipping the seat's updates.
func (s *sock) answer(within time.Duration) got {
	s.t.Helper()
	deadline := time.Now().Add(within)
	for {
		g := s.next(time.Until(deadline))
		if g.err != nil || (g.out.T != wire.TUpdate && g.out.T != wire.TFull) {
			return g
		}
		s.skipped++
	}
}

// closed reads until the socket ends and returns how the host closed it.
func (s *sock) closed(within time.Duration) (websocket.CloseError, []wire.Out) {
	s.t.Helper()
	var outs []wire.Out
	deadline := time.Now().Add(within)
	for {
		g := s.next(time.Until(deadline))
		if g.err == nil {
			outs = append(outs, g.out)
			continue
		}
		var ce websocket.CloseError
		if !errors.As(g.err, &ce) {
			ce.Code = -1
			ce.Reason = g.err.Error()
		}
		return ce, outs
	}
}

func TestAttackMalformedAndForgedMessagesChangeNothing(t *testing.T) {
	// The rate limit has its own test; here every message is read.
	s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.Rate, l.Burst = 1000, 1000 })})
	room := s.tab.Code()
	// The United States table first: a move of theirs that got through
	// would change the game.
	usc, other := joinSeat(t, s.base, room, "us"), joinSeat(t, s.base, room, "ukraine")
	dev, full := openSock(t, s.base, usc.Token)
	if full.T != wire.TFull || full.Full.Seat != us {
		t.Fatalf("hello answered with %+v", full)
	}
	long := strings.Repeat("x", wire.MaxID+1)
	tests := []struct {
		name, msg string
		t         string // the answer's kind
		want      string // what its reason says
	}{
		{"a forged party", `{"t":"act","id":"f1","party":1,"action":{"kind":"pass"}}`, wire.TError, `unknown field "party"`},
		{"a forged seat", `{"t":"act","id":"f2","seat":1,"action":{"kind":"pass"}}`, wire.TError, `unknown field "seat"`},
		{"a party inside the move", `{"t":"act","id":"f3","action":{"kind":"pass","party":1}}`, wire.TError, `unknown field "party"`},
		{"another seat's token on a move", `{"t":"act","id":"f4","token":"` + other.Token + `","action":{"kind":"pass"}}`, wire.TError, "belong to hello"},
		{"hello again, as another seat", `{"t":"hello","token":"` + other.Token + `"}`, wire.TError, "already said hello"},
		{"a room on a move", `{"t":"act","id":"f5","room":"BCDF","action":{"kind":"pass"}}`, wire.TError, `unknown field "room"`},
		{"not JSON", `pass!`, wire.TError, "not a valid JSON message"},
		{"trailing data", `{"t":"act","id":"f6","action":{"kind":"pass"}}}`, wire.TError, "trailing data"},
		{"not UTF-8", "{\"t\":\"act\",\"id\":\"f7\xff\",\"action\":{\"kind\":\"pass\"}}", wire.TError, "not UTF-8"},
		{"an unknown kind of message", `{"t":"move","id":"f8","action":{"kind":"pass"}}`, wire.TError, "unknown kind of message"},
		{"a move without an id", `{"t":"act","action":{"kind":"pass"}}`, wire.TError, "client id"},
		{"a move with a too-long id", `{"t":"act","id":"` + long + `","action":{"kind":"pass"}}`, wire.TError, "client id"},
		{"a move without an action", `{"t":"act","id":"f9"}`, wire.TError, "without an action"},
		{"an unknown kind of move", `{"t":"act","id":"r1","action":{"kind":"fly"}}`, wire.TRefused, `unknown kind of move "fly"`},
		{"an empty amendment", `{"t":"act","id":"r2","action":{"kind":"table"}}`, wire.TRefused, "1 to 4 changes"},
		{"an oversized package", `{"t":"act","id":"r3","action":{"kind":"table","changes":[{"slot":0,"option":1},{"slot":1,"option":1},{"slot":2,"option":1},{"slot":3,"option":1},{"slot":4,"option":1}]}}`, wire.TRefused, "1 to 4 changes"},
		{"a pass with changes", `{"t":"act","id":"r4","action":{"kind":"pass","changes":[{"slot":0,"option":1}]}}`, wire.TRefused, "only a tabled amendment"},
		{"a clause that is not there", `{"t":"act","id":"r5","action":{"kind":"table","changes":[{"slot":99,"option":0}]}}`, wire.TRefused, "no clause number 99"},
		{"a wording that is not there", `{"t":"act","id":"r6","action":{"kind":"table","changes":[{"slot":0,"option":-1}]}}`, wire.TRefused, "no wording number -1"},
		{"a clause twice in a package", `{"t":"act","id":"r7","action":{"kind":"table","changes":[{"slot":0,"option":1},{"slot":0,"option":2}]}}`, wire.TRefused, "only once"},
		{"a statement to no public, out of its phase", `{"t":"act","id":"r8","action":{"kind":"statement","press":{"kind":"reassure","public":-5}}}`, wire.TRefused, "press phase"},
	}
	steps, hash := s.game(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dev.t = t
			dev.send(tt.msg)
			g := dev.answer(2 * time.Second)
			if g.err != nil {
				t.Fatalf("the device was disconnected: %v", g.err)
			}
			if g.out.T != tt.t || !strings.Contains(g.out.Reason, tt.want) {
				t.Errorf("answered %s, want a %q saying %q", g.data, tt.t, tt.want)
			}
			if g.out.T == wire.TError && g.out.Seq != 0 {
				t.Errorf("an error is numbered on the seat's stream: %s", g.data)
			}
			if g.out.T == wire.TRefused && (g.out.Seq == 0 || !strings.Contains(tt.msg, `"id":"`+g.out.ID+`"`)) {
				t.Errorf("a refusal must be numbered and name the move: %s", g.data)
			}
			if st, h := s.game(t); st != steps || h != hash {
				t.Errorf("the game changed: %d moves (hash %s), was %d (%s)", st, h, steps, hash)
			}
		})
	}
	dev.t = t
	// The same device may still play its turn.
	dev.send(`{"t":"act","id":"ok","action":{"kind":"pass"}}`)
	if g := dev.answer(2 * time.Second); g.out.T != wire.TAck || g.out.ID != "ok" {
		t.Fatalf("a good move answered with %s (%v)", g.data, g.err)
	}
	if st, _ := s.game(t); st != steps+1 {
		t.Errorf("%d moves after a pass, want %d", st, steps+1)
	}
}

// A well-formed move the rules do not allow now is refused with the
// rules' own reason, and nothing changes.
func TestAttackIllegalMovesGetTheRulesReason(t *testing.T) {
	s := newStage(t, stageOpt{rounds: 1})
	room := s.tab.Code()
	usDev, _ := openSock(t, s.base, joinSeat(t, s.base, room, "us").Token)
	uaDev, _ := openSock(t, s.base, joinSeat(t, s.base, room, "ukraine").Token)

	refused := func(t *testing.T, dev *sock, msg, want string) {
		t.Helper()
		dev.t = t
		steps, hash := s.game(t)
		dev.send(msg)
		g := dev.answer(2 * time.Second)
		if g.err != nil || g.out.T != wire.TRefused || !strings.Contains(g.out.Reason, want) {
			t.Errorf("%s answered with %s (%v), want a refusal saying %q", msg, g.data, g.err, want)
		}
		if st, h := s.game(t); st != steps || h != hash {
			t.Errorf("the refused %s changed the game", msg)
		}
	}
	acked := func(t *testing.T, dev *sock, msg string) {
		t.Helper()
		dev.t = t
		dev.send(msg)
		if g := dev.answer(2 * time.Second); g.err != nil || g.out.T != wire.TAck {
			t.Fatalf("%s answered with %s (%v)", msg, g.data, g.err)
		}
	}

	t.Run("out of turn", func(t *testing.T) {
		refused(t, uaDev, `{"t":"act","id":"u1","action":{"kind":"pass"}}`, "It is the United States' turn to table")
	})
	t.Run("wrong phase", func(t *testing.T) {
		refused(t, usDev, `{"t":"act","id":"a1","action":{"kind":"statement","press":{"kind":"none"}}}`, "made in the press phase")
		refused(t, usDev, `{"t":"act","id":"a2","action":{"kind":"sign"}}`, "not open for signature")
	})
	t.Run("nothing to vote on", func(t *testing.T) {
		refused(t, uaDev, `{"t":"act","id":"u2","action":{"kind":"vote","yes":true}}`, "nothing on the table to vote on")
	})
	t.Run("voting twice", func(t *testing.T) {
		acked(t, usDev, `{"t":"act","id":"a3","action":{"kind":"table","changes":[{"slot":0,"option":1}]}}`)
		refused(t, usDev, `{"t":"act","id":"a4","action":{"kind":"vote","yes":false}}`, "its vote counts as yes")
		acked(t, uaDev, `{"t":"act","id":"u3","action":{"kind":"vote","yes":true}}`)
		refused(t, uaDev, `{"t":"act","id":"u4","action":{"kind":"vote","yes":false}}`, "already voted")
	})
	t.Run("calling twice", func(t *testing.T) {
		acked(t, uaDev, `{"t":"act","id":"u5","action":{"kind":"call","yes":true}}`)
		refused(t, uaDev, `{"t":"act","id":"u6","action":{"kind":"call","yes":true}}`, "already calling")
	})
	t.Run("red line", func(t *testing.T) {
		// Ukraine moves clause 9 to the wording the United States can
		// never sign; a one-round game then reaches the signing.
		s.advance(t, func(v rules.View) bool { _, voting := v.Pending(); return v.Proposer() == ukraine && !voting })
		acked(t, uaDev, `{"t":"act","id":"u7","action":{"kind":"table","changes":[{"slot":9,"option":0}]}}`)
		s.advance(t, func(v rules.View) bool { return v.Phase() == rules.PhaseSigning })
		refused(t, usDev, `{"t":"act","id":"a5","action":{"kind":"sign"}}`, "crosses one of its red lines")
		acked(t, usDev, `{"t":"act","id":"a6","action":{"kind":"decline"}}`)
		refused(t, usDev, `{"t":"act","id":"a7","action":{"kind":"decline"}}`, "already decided")
	})
}

// A move resent with the same client id (its acknowledgement was lost) is
// answered with the same reply and played once, on whichever socket the
// device resends it. A teammate's device (another token) that happens to
// use the same id is not taken for a resend: its move is judged on its own
// and gets its own answer.
func TestAttackReplayedMoveIsPlayedOnce(t *testing.T) {
	s := newStage(t, stageOpt{})
	usc := joinSeat(t, s.base, s.tab.Code(), "us")
	dev, _ := openSock(t, s.base, usc.Token)
	steps, _ := s.game(t)
	const pass = `{"t":"act","id":"once","action":{"kind":"pass"}}`
	dev.send(pass)
	first := dev.answer(2 * time.Second)
	if first.err != nil || first.out.T != wire.TAck {
		t.Fatalf("the move answered with %s (%v)", first.data, first.err)
	}
	mate, _ := openSock(t, s.base, joinSeat(t, s.base, s.tab.Code(), "us").Token)
	again, _ := openSock(t, s.base, usc.Token)
	for _, r := range []struct {
		name string
		dev  *sock
		msg  string
	}{
		{"resent as it was", dev, pass},
		{"resent with another move", dev, `{"t":"act","id":"once","action":{"kind":"table","changes":[{"slot":0,"option":1}]}}`},
		{"resent on a new socket", again, pass},
	} {
		r.dev.send(r.msg)
		g := r.dev.answer(2 * time.Second)
		if !bytes.Equal(g.data, first.data) {
			t.Errorf("%s: answered %s (%v), want the first answer %s", r.name, g.data, g.err, first.data)
		}
	}
	if st, _ := s.game(t); st != steps+1 {
		t.Errorf("%d moves played, want 1", st-steps)
	}
	mate.send(pass)
	if g := mate.answer(2 * time.Second); g.err != nil || g.out.T != wire.TRefused || !strings.Contains(g.out.Reason, "turn") {
		t.Errorf("a teammate's device using the same id: answered %s (%v), want its own refusal (the turn has passed)", g.data, g.err)
	}
	if st, _ := s.game(t); st != steps+1 {
		t.Errorf("%d moves played after the teammate's, want 1", st-steps)
	}
}

// A device acts and sees for its own seat only: there is no field to name
// another, a spectator cannot move, and no message it gets holds another
// seat's brief.
func TestAttackNoSeatButItsOwn(t *testing.T) {
	s := newStage(t, stageOpt{})
	room := s.tab.Code()
	uaDev, uaFull := openSock(t, s.base, joinSeat(t, s.base, room, "ukraine").Token)
	spDev, spFull := openSock(t, s.base, joinSeat(t, s.base, room, "").Token)
	steps, hash := s.game(t)

	for _, msg := range []string{
		`{"t":"act","id":"x1","party":0,"action":{"kind":"pass"}}`,
		`{"t":"act","id":"x2","action":{"kind":"pass","party":0}}`,
		`{"t":"act","id":"x3","seat":0,"action":{"kind":"pass"}}`,
	} {
		uaDev.send(msg)
		if g := uaDev.answer(2 * time.Second); g.out.T != wire.TError {
			t.Errorf("%s answered with %s (%v)", msg, g.data, g.err)
		}
	}
	uaDev.send(`{"t":"act","id":"x4","action":{"kind":"pass"}}`)
	if g := uaDev.answer(2 * time.Second); g.out.T != wire.TRefused || !strings.Contains(g.out.Reason, "not Ukraine's") {
		t.Errorf("Ukraine's pass in the United States' turn answered with %s", g.data)
	}
	spDev.send(`{"t":"act","id":"s1","action":{"kind":"call","yes":true}}`)
	if g := spDev.answer(2 * time.Second); g.out.T != wire.TError || !strings.Contains(g.out.Reason, "spectator cannot move") {
		t.Errorf("a spectator's move answered with %s (%v)", g.data, g.err)
	}
	if st, h := s.game(t); st != steps || h != hash {
		t.Errorf("the game changed")
	}

	// Private data: each seat's brief goes to it alone.
	var briefs []*rules.Brief
	if err := s.tab.Do(func(m *match.Match) {
		for p := range partyIDs {
			briefs = append(briefs, m.SeatView(p).Brief())
		}
	}); err != nil {
		t.Fatal(err)
	}
	if uaFull.Full.Seat != ukraine || uaFull.Full.Brief == nil || uaFull.Full.Brief.Text != briefs[ukraine].Text || uaFull.Full.State.Mine == nil {
		t.Errorf("Ukraine's full view has seat %d and brief %+v", uaFull.Full.Seat, uaFull.Full.Brief)
	}
	if spFull.Full.Seat != -1 || spFull.Full.Brief != nil || spFull.Full.State.Mine != nil {
		t.Errorf("the spectator's full view has seat %d, brief %v, own figures %v", spFull.Full.Seat, spFull.Full.Brief, spFull.Full.State.Mine)
	}
	// Play a little, then look through everything each device got.
	s.advance(t, func(v rules.View) bool { return v.Phase() == rules.PhasePress })
	seen := map[string][]byte{"ukraine": mustJSON(t, uaFull), "spectator": mustJSON(t, spFull)}
	for name, dev := range map[string]*sock{"ukraine": uaDev, "spectator": spDev} {
		for len(dev.in) > 0 {
			seen[name] = append(seen[name], (<-dev.in).data...)
		}
	}
	for _, path := range []string{wire.ScenarioPath + "?room=" + room, wire.RoomPath + "?room=" + room} {
		seen[path] = getBody(t, s.base+path)
	}
	// Some objectives repeat the public background word for word; the
	// rest, and every brief's text, are the seat's alone.
	public := seen[wire.ScenarioPath+"?room="+room]
	for p, b := range briefs {
		secrets := []string{b.Text}
		for _, o := range b.Objectives {
			if !bytes.Contains(public, quoted(t, o)) {
				secrets = append(secrets, o)
			}
		}
		for name, data := range seen {
			if name == "ukraine" && p == ukraine {
				continue
			}
			for _, secret := range secrets {
				if bytes.Contains(data, quoted(t, secret)) {
					t.Errorf("%s got %s's private brief: %.60q", name, partyIDs[p], secret)
				}
			}
		}
	}
	for name, dev := range map[string][]byte{"ukraine": seen["ukraine"], "spectator": seen["spectator"]} {
		if n := bytes.Count(dev, []byte(`"brief":`)); n > 1 || (name == "spectator" && n > 0) {
			t.Errorf("%s got %d briefs", name, n)
		}
	}
}

// A device's token belongs to one room: it cannot reach another table on
// the same host, whatever it writes.
func TestAttackTokenActsInItsOwnRoomOnly(t *testing.T) {
	s := newStage(t, stageOpt{})
	sc, _ := scenarios.Find("berlin")
	m2, err := match.New(match.Config{Scenario: sc, Seed: 8, Seats: []match.SeatKind{match.HumanSeat(), match.HumanSeat(),
		match.HumanSeat(), match.HumanSeat(), match.HumanSeat(), match.OutSeat(), match.OutSeat()}})
	if err != nil {
		t.Fatal(err)
	}
	tab2, err := s.h.AddTable(m2, host.TableOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tok := joinSeat(t, s.base, s.tab.Code(), "us").Token

	// A room named in hello is an unknown field.
	dev, _ := openSock(t, s.base, "")
	dev.send(fmt.Sprintf(`{"t":"hello","token":%q,"room":%q}`, tok, tab2.Code()))
	if ce, _ := dev.closed(2 * time.Second); ce.Code != websocket.StatusPolicyViolation {
		t.Errorf("hello naming another room closed with %v", ce)
	}

	dev, full := openSock(t, s.base, tok)
	if full.Full.Room != s.tab.Code() {
		t.Fatalf("a token of room %s opened room %s", s.tab.Code(), full.Full.Room)
	}
	var before int
	_ = tab2.Do(func(m *match.Match) { before = m.Steps() })
	dev.send(`{"t":"act","id":"p","action":{"kind":"pass"}}`)
	if g := dev.answer(2 * time.Second); g.out.T != wire.TAck {
		t.Fatalf("the pass answered with %s", g.data)
	}
	var after int
	_ = tab2.Do(func(m *match.Match) { after = m.Steps() })
	if st, _ := s.game(t); st != 1 || after != before {
		t.Errorf("a move in room %s: %d moves there, %d in room %s (was %d)", s.tab.Code(), st, after, tab2.Code(), before)
	}
}

// The first message must be a hello with a known token; anything else
// closes the socket with a reason the page can show.
func TestAttackFirstMessageMustBeHello(t *testing.T) {
	s := newStage(t, stageOpt{})
	tok := joinSeat(t, s.base, s.tab.Code(), "us").Token
	tests := []struct {
		name, msg string
		code      websocket.StatusCode
		want      string
	}{
		{"a move first", `{"t":"act","id":"a","action":{"kind":"pass"}}`, websocket.StatusPolicyViolation, "the first message must be hello"},
		{"not JSON", `hello`, websocket.StatusPolicyViolation, "not a valid JSON message"},
		{"hello with a seat", `{"t":"hello","token":"` + tok + `","seat":1}`, websocket.StatusPolicyViolation, `unknown field "seat"`},
		{"hello without a token", `{"t":"hello"}`, websocket.StatusPolicyViolation, "hello without a token"},
		{"an unknown token", `{"t":"hello","token":"AAAAAAAAAAAAAAAAAAAAAA"}`, 4001, "token is unknown here"},
		{"a long reason", `{"t":"hello","token":"x","` + strings.Repeat("€", 60) + `":1}`, websocket.StatusPolicyViolation, "unknown field"},
		{"a long reason, shifted", `{"t":"hello","token":"x","a` + strings.Repeat("€", 60) + `":1}`, websocket.StatusPolicyViolation, "unknown field"},
		{"a long reason, shifted twice", `{"t":"hello","token":"x","aa` + strings.Repeat("€", 60) + `":1}`, websocket.StatusPolicyViolation, "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dev, _ := openSock(t, s.base, "")
			dev.send(tt.msg)
			ce, outs := dev.closed(2 * time.Second)
			if ce.Code != tt.code || !strings.Contains(ce.Reason, strings.SplitN(tt.want, " ", 2)[0]) {
				t.Errorf("closed with %v, want %v saying %q", ce, tt.code, tt.want)
			}
			if !utf8.ValidString(ce.Reason) {
				// A browser fails a connection whose close reason is not
				// UTF-8, and the page never sees why.
				t.Errorf("close reason is not UTF-8: %q", ce.Reason)
			}
			if len(outs) != 1 || outs[0].T != wire.TError || !strings.Contains(outs[0].Reason, tt.want) {
				t.Errorf("before closing the host sent %+v, want one error saying %q", outs, tt.want)
			}
		})
	}
}

// A message over wire.MaxIn closes that device's socket, even when it
// comes compressed; the table goes on for everyone else.
func TestAttackOversizedMessageDropsOnlyThatDevice(t *testing.T) {
	s := newStage(t, stageOpt{})
	room := s.tab.Code()
	usDev, _ := openSock(t, s.base, joinSeat(t, s.base, room, "us").Token)
	uaTok := joinSeat(t, s.base, room, "ukraine").Token
	dev, _ := openSock(t, s.base, uaTok)

	// Exactly MaxIn bytes is a message like any other.
	msg := `{"t":"act","id":"big","action":{"kind":"call","yes":true}}`
	dev.send(msg + strings.Repeat(" ", wire.MaxIn-len(msg)))
	if g := dev.answer(2 * time.Second); g.out.T != wire.TAck {
		t.Fatalf("a message of MaxIn bytes answered with %s (%v)", g.data, g.err)
	}
	steps, hash := s.game(t)
	// The megabyte goes compressed, and spaces compress to almost
	// nothing: the limit holds for what a message unpacks to.
	for _, size := range []int{wire.MaxIn + 1, 1 << 20} {
		dev, _ := openSock(t, s.base, uaTok)
		big := msg + strings.Repeat(" ", size-len(msg))
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = dev.conn.Write(ctx, websocket.MessageText, []byte(big))
		cancel()
		if ce, _ := dev.closed(2 * time.Second); ce.Code != websocket.StatusMessageTooBig {
			t.Errorf("a message of %d bytes closed the socket with %v", size, ce)
		}
	}
	if st, h := s.game(t); st != steps || h != hash {
		t.Errorf("the game changed")
	}
	usDev.send(`{"t":"act","id":"p","action":{"kind":"pass"}}`)
	if g := usDev.answer(2 * time.Second); g.out.T != wire.TAck {
		t.Errorf("another device's move answered with %s (%v)", g.data, g.err)
	}
	dev.send(`{"t":"act","id":"c","action":{"kind":"call","yes":false}}`)
	if g := dev.answer(2 * time.Second); g.out.T != wire.TAck {
		t.Errorf("the same seat's other device answered with %s (%v)", g.data, g.err)
	}
}

// honest plays call-and-withdraw moves for dev (any delegation may, at
// any time in the table phase) and returns the slowest answer.
func honest(t *testing.T, dev *sock, n int, gap time.Duration) time.Duration {
	t.Helper()
	var worst time.Duration
	for i := range n {
		start := time.Now()
		dev.send(fmt.Sprintf(`{"t":"act","id":"h%d","action":{"kind":"call","yes":%v}}`, i, i%2 == 0))
		g := dev.answer(5 * time.Second)
		if g.err != nil || g.out.T != wire.TAck || g.out.ID != fmt.Sprintf("h%d", i) {
			t.Fatalf("honest move %d answered with %s (%v)", i, g.data, g.err)
		}
		worst = max(worst, time.Since(start))
		time.Sleep(gap)
	}
	return worst
}

// A device sending too many messages gets "too many messages" errors,
// then is disconnected; meanwhile another device's moves are answered
// promptly, even with the team page's own requests hammered too.
func TestAttackFloodIsCutOffAndOthersStayPrompt(t *testing.T) {
	s := newStage(t, stageOpt{})
	room := s.tab.Code()
	good, _ := openSock(t, s.base, joinSeat(t, s.base, room, "germany").Token)
	bad, _ := openSock(t, s.base, joinSeat(t, s.base, room, "ukraine").Token)
	steps, _ := s.game(t)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var sent, requests atomic.Int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			err := bad.conn.Write(ctx, websocket.MessageText, fmt.Appendf(nil, `{"t":"act","id":"f%d","action":{"kind":"pass"}}`, i))
			cancel()
			if err != nil {
				return
			}
			sent.Add(1)
		}
	}()
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := http.Get(s.base + wire.RoomPath + "?room=" + room)
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					requests.Add(1)
				}
			}
		}()
	}
	worst := honest(t, good, 10, 100*time.Millisecond)
	close(stop)
	wg.Wait()
	t.Logf("flood: %d messages sent, %d room requests; slowest honest answer %v", sent.Load(), requests.Load(), worst)
	if worst > time.Second {
		t.Errorf("an honest move took %v to answer during the flood", worst)
	}

	ce, outs := bad.closed(5 * time.Second)
	slowDown := 0
	for _, o := range outs {
		if o.T == wire.TError && strings.Contains(o.Reason, "Too many messages") {
			slowDown++
		}
	}
	if slowDown == 0 || ce.Code != websocket.StatusTryAgainLater || ce.Reason != "too many messages" {
		t.Errorf("the flooding device got %d slow-down errors and was closed with %v", slowDown, ce)
	}
	if st, _ := s.game(t); st != steps+10 {
		t.Errorf("%d moves played, want the 10 honest ones", st-steps)
	}
}

// A device that reconnects over and over (a script, or a page stuck in a
// loop) must not slow the table for the others.
func TestAttackReconnectLoopKeepsTablePrompt(t *testing.T) {
	s := newStage(t, stageOpt{})
	room := s.tab.Code()
	// Some history makes each full view cost something.
	s.advance(t, func(v rules.View) bool { return v.Round() == 3 })
	good, _ := openSock(t, s.base, joinSeat(t, s.base, room, "germany").Token)
	tok := joinSeat(t, s.base, room, "ukraine").Token
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var loops atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				ctx, cancel := context.WithTimeout(context.Background(), time.Second)
				conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.base, "http")+wire.SocketPath, nil)
				if err == nil {
					conn.SetReadLimit(1 << 20)
					_ = conn.Write(ctx, websocket.MessageText, fmt.Appendf(nil, `{"t":"hello","token":%q}`, tok))
					_, _, _ = conn.Read(ctx)
					conn.CloseNow()
					loops.Add(1)
				}
				cancel()
			}
		}()
	}
	worst := honest(t, good, 10, 100*time.Millisecond)
	close(stop)
	wg.Wait()
	// Each reconnection tells every device who sits at the table, twice.
	t.Logf("%d reconnections; slowest honest answer %v; meanwhile the honest device got %d updates", loops.Load(), worst, good.skipped)
	if worst > time.Second {
		t.Errorf("an honest move took %v to answer during the reconnections", worst)
	}
}

// A device that stops reading is dropped, never waited for: the table
// keeps playing for the others.
func TestAttackSlowReaderIsDropped(t *testing.T) {
	s := newStage(t, stageOpt{tinyBuffers: true, lim: limits(func(l *host.Limits) {
		l.Queue = 16
		l.WriteWithin = 3 * time.Second
	})})
	room := s.tab.Code()
	good, _ := openSock(t, s.base, joinSeat(t, s.base, room, "us").Token)

	// The slow device says hello and never reads again; its socket's
	// buffer is tiny and it takes no compression, so the host feels it
	// soon.
	opt := &websocket.DialOptions{CompressionMode: websocket.CompressionDisabled, HTTPClient: &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
			if tc, ok := c.(*net.TCPConn); ok {
				_ = tc.SetReadBuffer(4096)
			}
			return c, err
		}}}}
	slow, _, err := dialSock(t, s.base, opt)
	if err != nil {
		t.Fatal(err)
	}
	slow.send(fmt.Sprintf(`{"t":"hello","token":%q}`, joinSeat(t, s.base, room, "ukraine").Token))

	// Each Do sends every seat an update of a few kilobytes, until the
	// reading device sees the slow one leave Ukraine's seat.
	var worst time.Duration
	begin := time.Now()
	seen, dropped := false, false
	updates := 0
	for give := time.Now().Add(10 * time.Second); time.Now().Before(give) && !dropped; updates++ {
		start := time.Now()
		done := make(chan error, 1)
		go func() { done <- s.tab.Do(nudge) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(time.Second):
			t.Fatalf("the table waited more than a second for a device at update %d", updates)
		}
		worst = max(worst, time.Since(start))
		if updates > 1000 {
			// Long past filling the slow device's buffers: now only
			// waiting for the host to let it go.
			time.Sleep(5 * time.Millisecond)
		}
		// The reading device reads each update before the next.
		for first := true; first || len(good.in) > 0; first = false {
			g := good.next(time.Second)
			if g.err != nil {
				t.Fatalf("the reading device was dropped: %v", g.err)
			}
			if g.out.Update != nil && g.out.Update.Teams != nil {
				n := g.out.Update.Teams[ukraine].Devices
				seen = seen || n == 1
				dropped = seen && n == 0
			}
		}
	}
	if !dropped {
		t.Fatalf("after %d updates in 10 s the slow device is still on its seat", updates)
	}
	if worst > time.Second {
		t.Errorf("an update took %v with a slow reader on the table", worst)
	}
	// The updates paused and resumed the game; it goes on.
	if err := s.tab.Do(func(m *match.Match) { m.Resume() }); err != nil {
		t.Fatal(err)
	}
	good.send(`{"t":"act","id":"p","action":{"kind":"pass"}}`)
	if g := good.answer(time.Second); g.err != nil || g.out.T != wire.TAck {
		t.Fatalf("the reading device's move answered with %s (%v)", g.data, g.err)
	}

	// What the slow device was sent ends well before the last update.
	slow.reading()
	ce, outs := slow.closed(5 * time.Second)
	var last int64
	for _, o := range outs {
		last = max(last, o.Seq)
	}
	if last >= int64(updates) {
		t.Errorf("the slow device got all %d messages: it was waited for", last)
	}
	t.Logf("dropped after %d updates (%v); it had read %d messages, then %v", updates, time.Since(begin), len(outs), ce)
}

// A device that was away for a while comes back up to date with one
// reconnection, however much it missed: never dropped for the backlog it
// asked for.
func TestAttackReconnectAfterMissingMoreThanTheQueue(t *testing.T) {
	s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.Queue = 8 })})
	c := joinSeat(t, s.base, s.tab.Code(), "us")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	drain := func() error {
		for {
			rctx, rcancel := context.WithTimeout(ctx, 200*time.Millisecond)
			_, _, err := c.Next(rctx)
			rcancel()
			if errors.Is(err, context.DeadlineExceeded) {
				return nil
			}
			if err != nil {
				return err
			}
		}
	}
	if err := drain(); err != nil {
		t.Fatal(err)
	}
	for _, missed := range []int{2, 30} {
		fulls := c.Fulls
		c.Drop()
		for range missed {
			if err := s.tab.Do(nudge); err != nil {
				t.Fatal(err)
			}
		}
		if err := c.Connect(ctx); err != nil {
			t.Fatal(err)
		}
		if err := drain(); err != nil {
			t.Fatalf("after missing %d messages: %v", missed, err)
		}
		mate := joinSeat(t, s.base, s.tab.Code(), "us")
		if err := mate.Connect(ctx); err != nil {
			t.Fatal(err)
		}
		if _, _, err := mate.Next(ctx); err != nil {
			t.Fatal(err)
		}
		if c.Last < mate.Last-1 {
			t.Errorf("after missing %d messages the device is at %d, the stream at %d", missed, c.Last, mate.Last)
		}
		// A few are sent as they were; many are replaced by a full view.
		if full := c.Fulls > fulls; full != (missed > 4) {
			t.Errorf("after missing %d messages (queue 8), a full view: %v", missed, full)
		}
		mate.Close()
	}
}

// Every limit on devices refuses the one too many with a reason, and
// gives its place back when a device leaves.
func TestAttackLimitsRefuseTheExtraDevice(t *testing.T) {
	t.Run("devices per seat", func(t *testing.T) {
		s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.DevicesPerSeat = 2 })})
		tok := joinSeat(t, s.base, s.tab.Code(), "us").Token
		first, _ := openSock(t, s.base, tok)
		openSock(t, s.base, tok)
		extra, out := openSock(t, s.base, joinSeat(t, s.base, s.tab.Code(), "us").Token)
		if out.T != wire.TError || !strings.Contains(out.Reason, "This delegation has as many devices as it can take") {
			t.Errorf("the third device on a seat got %+v", out)
		}
		if ce, _ := extra.closed(2 * time.Second); ce.Code != websocket.StatusTryAgainLater {
			t.Errorf("closed with %v", ce)
		}
		if _, out := openSock(t, s.base, joinSeat(t, s.base, s.tab.Code(), "ukraine").Token); out.T != wire.TFull {
			t.Errorf("a device on another seat got %+v", out)
		}
		first.conn.CloseNow()
		givenBack(t, func() bool {
			dev, out := openSock(t, s.base, tok)
			dev.conn.CloseNow()
			return out.T == wire.TFull
		})
	})
	t.Run("devices per room", func(t *testing.T) {
		s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.DevicesPerRoom = 3 })})
		tok := joinSeat(t, s.base, s.tab.Code(), "").Token
		for range 3 {
			openSock(t, s.base, tok)
		}
		extra, out := openSock(t, s.base, joinSeat(t, s.base, s.tab.Code(), "us").Token)
		if out.T != wire.TError || !strings.Contains(out.Reason, "This room has as many devices as it can take") {
			t.Errorf("the fourth device in the room got %+v", out)
		}
		if ce, _ := extra.closed(2 * time.Second); ce.Code != websocket.StatusTryAgainLater {
			t.Errorf("closed with %v", ce)
		}
	})
	t.Run("tokens per room", func(t *testing.T) {
		s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.TokensPerRoom = 3 })})
		// Refused requests hand out no token.
		for _, party := range []string{"nobody", "uk", "italy"} {
			status, _ := postJoin(t, s.base, fmt.Sprintf(`{"room":%q,"party":%q}`, s.tab.Code(), party))
			if status == http.StatusOK {
				t.Fatalf("joined %q", party)
			}
		}
		for _, party := range []string{"us", "us", ""} {
			joinSeat(t, s.base, s.tab.Code(), party)
		}
		status, body := postJoin(t, s.base, fmt.Sprintf(`{"room":%q,"party":"ukraine"}`, s.tab.Code()))
		if status != http.StatusConflict || !strings.Contains(body, "as many seats as it can") {
			t.Errorf("the fourth join: %d %q", status, body)
		}
	})
	t.Run("connections", func(t *testing.T) {
		s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.Connections = 2 })})
		first, _ := openSock(t, s.base, "")
		openSock(t, s.base, joinSeat(t, s.base, s.tab.Code(), "us").Token)
		_, resp, err := dialSock(t, s.base, nil)
		if err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("a third socket: %v, %v", resp, err)
		}
		first.conn.CloseNow()
		givenBack(t, func() bool {
			dev, _, err := dialSock(t, s.base, nil)
			if err == nil {
				dev.conn.CloseNow()
			}
			return err == nil
		})
	})
	t.Run("hello within", func(t *testing.T) {
		s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.HelloWithin = 300 * time.Millisecond })})
		start := time.Now()
		silent, _ := openSock(t, s.base, "")
		talker, _ := openSock(t, s.base, joinSeat(t, s.base, s.tab.Code(), "us").Token)
		silent.closed(3 * time.Second)
		if d := time.Since(start); d < 250*time.Millisecond || d > 2*time.Second {
			t.Errorf("a silent socket was closed after %v, want about 300ms", d)
		}
		time.Sleep(400 * time.Millisecond)
		talker.send(`{"t":"act","id":"p","action":{"kind":"pass"}}`)
		if g := talker.answer(2 * time.Second); g.out.T != wire.TAck {
			t.Errorf("a device that said hello in time got %s (%v)", g.data, g.err)
		}
	})
}

func givenBack(t *testing.T, ok func() bool) {
	t.Helper()
	for range 40 {
		if ok() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the place was not given back")
}

func postJoin(t *testing.T, base, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(base+wire.JoinPath, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, strings.TrimSpace(string(data))
}

func getBody(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %s", url, resp.Status, data)
	}
	return data
}

// quoted is s as it reads inside a JSON string.
func quoted(t *testing.T, s string) []byte {
	q := mustJSON(t, s)
	return q[1 : len(q)-1]
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Join requests a device should not make are refused with a sentence it
// can show.
func TestAttackJoinRequestsRefused(t *testing.T) {
	kinds := []match.SeatKind{match.HumanSeat(), match.AISeat("normal"), match.HumanSeat(), match.HumanSeat(),
		match.HumanSeat(), match.OutSeat(), match.OutSeat()}
	s := newStage(t, stageOpt{kinds: kinds})
	room := s.tab.Code()
	tests := []struct {
		name, body string
		status     int
		want       string
	}{
		{"an unknown room", `{"room":"ZZZZZ","party":"us"}`, http.StatusNotFound, "There is no room with that code"},
		{"an AI seat", `{"room":"` + room + `","party":"ukraine"}`, http.StatusConflict, "An AI delegate plays this delegation"},
		{"a seat left out", `{"room":"` + room + `","party":"uk"}`, http.StatusConflict, "not taking part in this game"},
		{"an unknown delegation", `{"room":"` + room + `","party":"atlantis"}`, http.StatusConflict, "There is no such delegation"},
		{"a seat by number", `{"room":"` + room + `","party":"us","seat":1}`, http.StatusBadRequest, `unknown field "seat"`},
		{"not JSON", `room=` + room, http.StatusBadRequest, "The join request is not valid"},
		{"a wrong type", `{"room":"` + room + `","party":1}`, http.StatusBadRequest, "The join request is not valid"},
		{"an oversized body", `{"room":"` + room + `","party":"us","team":"` + strings.Repeat("x", 8000) + `"}`, http.StatusBadRequest, "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := postJoin(t, s.base, tt.body)
			if status != tt.status || !strings.Contains(body, tt.want) {
				t.Errorf("answered %d %q, want %d saying %q", status, body, tt.status, tt.want)
			}
		})
	}
	for _, path := range []string{wire.RoomPath + "?room=ZZZZ", wire.ScenarioPath + "?room=", wire.RoomPath} {
		resp, err := http.Get(s.base + path)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound || !strings.Contains(string(data), "There is no room with that code") {
			t.Errorf("GET %s: %s %q", path, resp.Status, data)
		}
	}
	resp, err := http.Get(s.base + wire.JoinPath)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET %s: %s", wire.JoinPath, resp.Status)
	}
}

func TestAttackTeamNamesAreCleaned(t *testing.T) {
	tests := []struct{ typed, want string }{
		{"  The   Owls \n", "The Owls"},
		{`<script>alert("x")</script>`, `<script>alert("x")</script>`}, // kept as text, escaped when shown
		{"Tab\tand\u00a0spaces", "Tab and spaces"},
		{"Null\x00Bell\aEsc\x1b[31mRed", "NullBellEsc[31mRed"},
		{"DEL\u007f and C1\u0085\u009b", "DEL and C1"},
		{"\u202Eslwo eht", "slwo eht"},           // right-to-left override
		{"a\u2066b\u2067c\u2068d\u2069", "abcd"}, // isolates
		{"zero\u200Bwidth\u200D\uFEFF", "zerowidth"},
		{"line\u2028para\u2029graph", "line para graph"},
		{"tag\U000E0041s", "tags"},
		{"bad\xffUTF-8", "badUTF-8"},
		{strings.Repeat("x", 100), strings.Repeat("x", host.MaxTeamName)},
		{strings.Repeat("é", 100), strings.Repeat("é", host.MaxTeamName)},
		{strings.Repeat("ab ", 20), strings.Repeat("ab ", 13) + "a"},
		{"\u202E\u200B \x00", ""},
	}
	for _, tt := range tests {
		got := host.TeamName(tt.typed)
		if got != tt.want {
			t.Errorf("TeamName(%q) = %q, want %q", tt.typed, got, tt.want)
		}
		for _, r := range got {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
				t.Errorf("TeamName(%q) keeps %U", tt.typed, r)
			}
		}
	}

	// Names arrive in JSON, where a page that sets textContent shows them
	// as typed: no raw markup in the bytes.
	s := newStage(t, stageOpt{})
	room := s.tab.Code()
	typed := []string{`<script>alert(1)</script>`, "Owls\u202E<img src=x onerror=alert(1)>", "</script><b>bold", "a&amp;b\"'", "x\x00y"}
	for i, name := range typed {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		if _, err := client.Join(ctx, s.base, room, partyIDs[i], name); err != nil {
			t.Fatal(err)
		}
		cancel()
	}
	dev, full := openSock(t, s.base, joinSeat(t, s.base, room, "").Token)
	resp, err := http.Get(s.base + wire.RoomPath + "?room=" + room)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("the room is served as %q, nosniff %q", ct, resp.Header.Get("X-Content-Type-Options"))
	}
	// A spectator's move comes back as an error, after all sent before it.
	dev.send(`{"t":"act","id":"x","action":{"kind":"pass"}}`)
	var sent []byte
	for g := dev.next(time.Second); g.out.T != wire.TError; g = dev.next(time.Second) {
		sent = append(sent, g.data...)
	}
	var r wire.Room
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatal(err)
	}
	for i, name := range typed {
		if r.Teams[i].Team != host.TeamName(name) || full.Full.Teams[i].Team != host.TeamName(name) {
			t.Errorf("%s's team shows as %q in the room and %q on a socket, want %q", partyIDs[i], r.Teams[i].Team, full.Full.Teams[i].Team, host.TeamName(name))
		}
	}
	for what, data := range map[string][]byte{"the room": body, "the socket": sent} {
		if bytes.ContainsAny(data, "<>") || bytes.Contains(data, []byte("\u202E")) {
			t.Errorf("%s carries raw markup or a bidi override: %s", what, data)
		}
	}
}

// The team page shows whatever a team typed with textContent: its script
// never writes HTML from data.
func TestAttackPageWritesNoHTML(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("web", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no page files: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sink := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setTimeout(\"", "setInterval(\""} {
			if bytes.Contains(data, []byte(sink)) {
				t.Errorf("%s uses %s: write text with textContent instead", f, sink)
			}
		}
		if filepath.Ext(f) == ".html" && bytes.Contains(bytes.ToLower(data), []byte("<script>")) {
			t.Errorf("%s has an inline script, which the page's policy forbids", f)
		}
	}
}

// A device may use as many client ids as it likes: the host remembers the
// answers to the latest ones only, so its memory stays bounded, and the
// table stays prompt.
func TestAttackManyMoveIDsKeepMemoryBounded(t *testing.T) {
	s := newStage(t, stageOpt{lim: limits(func(l *host.Limits) { l.Rate, l.Burst = 1e6, 1e6 })})
	room := s.tab.Code()
	dev, _ := openSock(t, s.base, joinSeat(t, s.base, room, "ukraine").Token)
	steps, hash := s.game(t)
	const n = 1500
	answers := map[string][]byte{}
	for i := 0; i < n; i += 100 {
		for j := i; j < i+100; j++ {
			// Not Ukraine's turn: refused, but answered.
			dev.send(fmt.Sprintf(`{"t":"act","id":"m%d","action":{"kind":"pass"}}`, j))
		}
		for range 100 {
			g := dev.answer(5 * time.Second)
			if g.err != nil || g.out.T != wire.TRefused {
				t.Fatalf("answered with %s (%v)", g.data, g.err)
			}
			answers[g.out.ID] = g.data
		}
	}
	if len(answers) != n {
		t.Fatalf("%d answers to %d moves", len(answers), n)
	}
	// The latest is remembered: answered again as it was.
	dev.send(fmt.Sprintf(`{"t":"act","id":"m%d","action":{"kind":"pass"}}`, n-1))
	if g := dev.answer(2 * time.Second); !bytes.Equal(g.data, answers[fmt.Sprintf("m%d", n-1)]) {
		t.Errorf("the latest move answered with %s, want %s", g.data, answers[fmt.Sprintf("m%d", n-1)])
	}
	// The first was forgotten: judged again, under a new number.
	dev.send(`{"t":"act","id":"m0","action":{"kind":"pass"}}`)
	if g := dev.answer(2 * time.Second); g.out.T != wire.TRefused || bytes.Equal(g.data, answers["m0"]) {
		t.Errorf("after %d moves the first is still remembered: %s", n, g.data)
	}
	if st, h := s.game(t); st != steps || h != hash {
		t.Error("the game changed")
	}
}

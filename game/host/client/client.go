// Package client is a team's device written in Go: it joins a table, keeps
// its seat's numbered stream in order across reconnections, and resends
// moves until they are answered. The host's tests and the load script play
// through it; it checks, on every message, what the protocol promises (no
// gap, no message twice, events in order), so a broken promise is an error
// where it happens.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"

	"github.com/coder/websocket"

	"bindingwords/game/wire"
)

// A Client is one device on one seat. It is not safe for concurrent use.
type Client struct {
	Base  string // the host, e.g. http://127.0.0.1:8080
	Room  string
	Token string
	Seat  int

	conn *websocket.Conn
	// in carries what the socket's reader goroutine reads: a message, or
	// the error that ended the socket.
	in chan received
	// Last is the last sequence number seen.
	Last int64
	// Brief, State, Teams and Lines are the seat's view as the messages
	// so far build it; Events is the part of the event log they cover.
	Brief  *wire.Brief
	State  wire.State
	Teams  []wire.Team
	Lines  []wire.Line
	Events int
	// Dups counts messages received again after a reconnection (and
	// ignored); Fulls counts full views; Moves the full views of another
	// seat than the one before (the teacher moved the team).
	Dups, Fulls, Moves int
	// Record, when set, gets every byte the host sends this device.
	Record io.Writer

	// unanswered holds moves sent and not yet acknowledged or refused.
	unanswered map[string]wire.Action
	order      []string
	// Throttled counts moves the host did not take because the device
	// sent too fast; [Client.Resend] sends them again.
	Throttled int
	throttled []string
	// Answers holds the answer to each move by client id.
	Answers map[string]wire.Out
	next    int
}

var ids atomic.Int64

type received struct {
	data []byte
	err  error
}

// readAll reads conn into in until the socket ends. A read is never
// given a deadline: cancelling one closes a coder/websocket connection.
func readAll(conn *websocket.Conn, in chan<- received) {
	for {
		_, data, err := conn.Read(context.Background())
		in <- received{data, err}
		if err != nil {
			return
		}
	}
}

// Join asks the host for a seat: party is a delegation's id, or "" to
// watch.
func Join(ctx context.Context, base, room, party, team string) (*Client, error) {
	body, _ := json.Marshal(wire.JoinRequest{Room: room, Party: party, Team: team})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, base+wire.JoinPath, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("join %s as %q: %s: %s", room, party, resp.Status, strings.TrimSpace(string(data)))
	}
	var r wire.JoinReply
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, err
	}
	return &Client{Base: base, Room: room, Token: r.Token, Seat: r.Seat,
		unanswered: map[string]wire.Action{}, Answers: map[string]wire.Out{},
		next: int(ids.Add(1)) * 1_000_000}, nil
}

// Connect opens the socket, says hello with the last number seen, and
// resends every move not yet answered: the host answers each at most
// once.
func (c *Client) Connect(ctx context.Context) error {
	ws := "ws" + strings.TrimPrefix(c.Base, "http") + wire.SocketPath
	conn, _, err := websocket.Dial(ctx, ws, &websocket.DialOptions{CompressionMode: websocket.CompressionNoContextTakeover})
	if err != nil {
		return err
	}
	conn.SetReadLimit(64 << 20)
	c.conn = conn
	c.in = make(chan received, 1024)
	go readAll(conn, c.in)
	// The numbers seen are the seat's: say whose, in case the teacher has
	// moved the team since.
	seat := c.Seat
	if err := c.write(ctx, wire.In{T: wire.THello, Token: c.Token, Last: c.Last, LastSeat: &seat}); err != nil {
		return err
	}
	for _, id := range c.order {
		if a, ok := c.unanswered[id]; ok {
			if err := c.write(ctx, wire.In{T: wire.TAct, ID: id, Action: &a}); err != nil {
				return err
			}
		}
	}
	return nil
}

// Drop closes the socket at once, as a closed lid or a lost Wi-Fi does.
func (c *Client) Drop() {
	if c.conn != nil {
		c.conn.CloseNow()
		c.conn = nil
	}
}

// Connected reports whether the socket is open.
func (c *Client) Connected() bool { return c.conn != nil }

func (c *Client) write(ctx context.Context, in wire.In) error {
	data, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return c.conn.Write(ctx, websocket.MessageText, data)
}

// Act sends a move and returns its client id; the answer arrives through
// [Client.Next].
func (c *Client) Act(ctx context.Context, a wire.Action) (string, error) {
	if c.unanswered == nil {
		// A Client made from a kept token (a reloaded page) rather than
		// by Join.
		c.unanswered, c.Answers = map[string]wire.Action{}, map[string]wire.Out{}
		c.next = int(ids.Add(1)) * 1_000_000
	}
	c.next++
	id := fmt.Sprintf("m%d", c.next)
	c.unanswered[id] = a
	c.order = append(c.order, id)
	if c.conn == nil {
		return id, nil // sent on reconnecting
	}
	return id, c.write(ctx, wire.In{T: wire.TAct, ID: id, Action: &a})
}

// Resend sends again the moves the host did not take for the rate.
func (c *Client) Resend(ctx context.Context) error {
	ids := c.throttled
	c.throttled = nil
	for _, id := range ids {
		a, ok := c.unanswered[id]
		if !ok || c.conn == nil {
			continue
		}
		if err := c.write(ctx, wire.In{T: wire.TAct, ID: id, Action: &a}); err != nil {
			return err
		}
	}
	return nil
}

// SendRaw sends bytes as they are: for tests of what the host does with
// malformed or forged messages.
func (c *Client) SendRaw(ctx context.Context, data []byte) error {
	return c.conn.Write(ctx, websocket.MessageText, data)
}

// Pending reports whether a move is still unanswered.
func (c *Client) Pending() bool { return len(c.unanswered) > 0 }

// ErrProtocol is a broken promise of the protocol.
var ErrProtocol = errors.New("protocol")

// ErrDisconnected says the socket is closed: [Client.Connect] again.
var ErrDisconnected = errors.New("disconnected")

// Next reads one message, checks it and applies it. A message seen
// before is counted in Dups and returned with dup set.
func (c *Client) Next(ctx context.Context) (out wire.Out, dup bool, err error) {
	if c.conn == nil {
		return out, false, ErrDisconnected
	}
	var r received
	select {
	case r = <-c.in:
	case <-ctx.Done():
		return out, false, ctx.Err()
	}
	if r.err != nil {
		c.Drop()
		return out, false, fmt.Errorf("%w: %w", ErrDisconnected, r.err)
	}
	data := r.data
	if c.Record != nil {
		_, _ = c.Record.Write(data)
		_, _ = c.Record.Write([]byte{'\n'})
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return out, false, fmt.Errorf("%w: undecodable message: %v", ErrProtocol, err)
	}
	dup, err = c.apply(out)
	return out, dup, err
}

func (c *Client) apply(out wire.Out) (bool, error) {
	switch {
	case out.T == wire.TError:
		if _, ok := c.unanswered[out.ID]; ok {
			// Sent over the rate: not played; send it again later.
			c.Throttled++
			c.throttled = append(c.throttled, out.ID)
		}
		return false, nil
	case out.T == wire.TFull:
		if out.Full == nil {
			return false, fmt.Errorf("%w: full view without a view", ErrProtocol)
		}
		f := out.Full
		// A full view of another seat (the teacher moved the team) starts
		// a new stream: its numbers are not the old one's.
		moved := f.Seat != c.Seat
		if out.Seq < c.Last && c.Last > 0 && c.Fulls > 0 && !moved {
			return false, fmt.Errorf("%w: full view %d goes back from %d", ErrProtocol, out.Seq, c.Last)
		}
		if moved {
			c.Moves++
		}
		if f.Events < c.Events {
			return false, fmt.Errorf("%w: full view covers %d events, fewer than the %d seen", ErrProtocol, f.Events, c.Events)
		}
		c.Fulls++
		c.Last, c.Seat, c.Brief, c.State, c.Teams = out.Seq, f.Seat, f.Brief, f.State, f.Teams
		c.Lines, c.Events = f.Lines, f.Events
		return false, nil
	case out.Seq <= c.Last:
		c.Dups++
		// A move resent after a full view is answered again with the
		// answer's first number, which the full view has passed: the
		// answer still settles the move.
		c.answer(out)
		return true, nil
	case out.Seq != c.Last+1:
		return false, fmt.Errorf("%w: message %d after %d: a gap", ErrProtocol, out.Seq, c.Last)
	}
	c.Last = out.Seq
	switch out.T {
	case wire.TUpdate:
		u := out.Update
		if u == nil || u.From != c.Events || u.To < u.From {
			return false, fmt.Errorf("%w: update of events %v after %d events", ErrProtocol, u, c.Events)
		}
		c.Events = u.To
		c.Lines = append(c.Lines, u.Lines...)
		if u.State != nil {
			c.State = *u.State
		}
		if u.Teams != nil {
			c.Teams = u.Teams
		}
	case wire.TAck, wire.TRefused:
		c.answer(out)
	default:
		return false, fmt.Errorf("%w: unknown message kind %q", ErrProtocol, out.T)
	}
	return false, nil
}

// answer settles the move an acknowledgement or refusal answers.
func (c *Client) answer(out wire.Out) {
	if out.T != wire.TAck && out.T != wire.TRefused {
		return
	}
	if _, ok := c.unanswered[out.ID]; ok {
		delete(c.unanswered, out.ID)
		c.Answers[out.ID] = out
	}
}

// Close closes the socket politely.
func (c *Client) Close() {
	if c.conn != nil {
		_ = c.conn.Close(websocket.StatusNormalClosure, "")
		c.conn = nil
	}
}

// PlainMove is a move that needs no thought and no private figures: pass
// at the table, vote yes, say nothing to the press, sign when the seat may
// and decline when it may not. It is false when the table does not wait
// for the seat. Tests and the load script play with it.
func PlainMove(st wire.State) (wire.Action, bool) {
	if st.Mine == nil || !st.Mine.MustAct {
		return wire.Action{}, false
	}
	switch {
	case st.Phase == "table" && st.Pending != nil:
		return wire.Action{Kind: "vote", Yes: true}, true
	case st.Phase == "table":
		return wire.Action{Kind: "pass"}, true
	case st.Phase == "press":
		return wire.Action{Kind: "statement", Press: &wire.Press{Kind: "none"}}, true
	case st.Phase == "signing" && st.Mine.CanSign:
		return wire.Action{Kind: "sign"}, true
	case st.Phase == "signing":
		return wire.Action{Kind: "decline"}, true
	}
	return wire.Action{}, false
}

// Gain is what changes would add to the seat's points, by its brief b,
// against the draft text: what a scripted team weighs before it tables or
// votes. A change its brief cannot score adds nothing; a nil brief, 0.
func Gain(b *wire.Brief, text []int, changes []wire.Change) int {
	if b == nil {
		return 0
	}
	g := 0
	for _, c := range changes {
		if c.Slot < 0 || c.Slot >= len(b.Points) || c.Slot >= len(text) {
			continue
		}
		row := b.Points[c.Slot]
		if c.Option >= 0 && c.Option < len(row) && text[c.Slot] >= 0 && text[c.Slot] < len(row) {
			g += row[c.Option] - row[text[c.Slot]]
		}
	}
	// Links: points for two wordings together, won or lost by the changes.
	at := func(s int) int {
		o := text[s]
		for _, c := range changes {
			if c.Slot == s {
				o = c.Option
			}
		}
		return o
	}
	for _, l := range b.Links {
		if l.If.Slot < 0 || l.If.Slot >= len(text) || l.And.Slot < 0 || l.And.Slot >= len(text) {
			continue
		}
		before := text[l.If.Slot] == l.If.Option && text[l.And.Slot] == l.And.Option
		after := at(l.If.Slot) == l.If.Option && at(l.And.Slot) == l.And.Option
		switch {
		case after && !before:
			g += l.Points
		case before && !after:
			g -= l.Points
		}
	}
	return g
}

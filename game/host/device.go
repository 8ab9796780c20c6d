package host

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/coder/websocket"

	"bindingwords/game/wire"
)

// A device is one socket on one seat. Its reader runs in the handler's
// goroutine, its writer in one more; the table only ever hands it
// messages through send, which never blocks.
type device struct {
	conn *websocket.Conn
	out  chan []byte
	t    *Table
	seat int
	// token is the seat's secret this device said hello with.
	token string
	// gone is closed once the device is dropped; closing says why, with
	// code (StatusTryAgainLater unless set).
	gone     chan struct{}
	dropOnce sync.Once
	why      string
	code     websocket.StatusCode
	// written is closed when the writer has finished with the socket.
	written chan struct{}
}

// send queues msg for the device; a device whose queue is full reads too
// slowly and is dropped, so that nobody waits for it.
func (d *device) send(msg []byte) {
	select {
	case d.out <- msg:
	case <-d.gone:
	default:
		d.drop(tooSlow)
	}
}

// drop ends the device's connection, saying why.
func (d *device) drop(why string) { d.dropWith(websocket.StatusTryAgainLater, why) }

// dropWith ends the device's connection with a close code and reason.
func (d *device) dropWith(code websocket.StatusCode, why string) {
	d.dropOnce.Do(func() {
		d.why, d.code = why, code
		close(d.gone)
	})
}

// serveSocket is a device's whole connection: hello, then moves until it
// leaves or is dropped. Once the device is attached the socket goes on in
// goroutines of its own and the handler returns, so that net/http lets go
// of the request and of the goroutine that served it: an idle device
// costs the host about 9 KB less (docs/host-load.md).
func (h *Host) serveSocket(w http.ResponseWriter, r *http.Request) {
	if !h.conns.take() {
		http.Error(w, "The host has as many devices as it can take; try again in a minute.", http.StatusServiceUnavailable)
		return
	}
	live := false // the socket's goroutines have taken it over
	defer func() {
		if !live {
			h.conns.give()
		}
	}()
	conn, err := websocket.Accept(w, r, &websocket.AcceptOptions{CompressionMode: websocket.CompressionNoContextTakeover})
	if err != nil {
		return // Accept has answered the request.
	}
	defer func() {
		if !live {
			conn.CloseNow()
		}
	}()
	conn.SetReadLimit(wire.MaxIn)
	lim := &h.limits

	ctx, cancel := context.WithTimeout(r.Context(), lim.HelloWithin)
	_, data, err := conn.Read(ctx)
	cancel()
	if err != nil {
		return
	}
	in, err := wire.ParseIn(data)
	if err == nil && in.T != wire.THello {
		err = errors.New("the first message must be hello")
	}
	if err != nil {
		refuse(conn, websocket.StatusPolicyViolation, err.Error())
		return
	}
	seat, ok, tooOften := h.seatOf(in.Token)
	if !ok {
		refuse(conn, statusUnknownToken, "This seat's token is unknown here: join the room again.")
		return
	}
	if tooOften {
		refuse(conn, websocket.StatusTryAgainLater, "This device reconnects too often: wait a few seconds.")
		return
	}
	d := &device{conn: conn, out: make(chan []byte, lim.Queue), t: seat.t, seat: seat.party, token: in.Token, gone: make(chan struct{}), written: make(chan struct{})}
	var why string
	if err := seat.t.do(func() { why = seat.t.attach(d, in) }); err != nil {
		why = err.Error()
	}
	switch why {
	case "":
	case WhyRemoved:
		refuse(conn, statusRemoved, why)
		return
	default:
		refuse(conn, websocket.StatusTryAgainLater, why)
		return
	}
	// The request's context ends when the handler returns; the socket's
	// ends when it closes, or the host drops the device.
	sock := context.WithoutCancel(r.Context())
	live = true
	go func() {
		defer h.conns.give()
		defer conn.CloseNow()
		defer seat.t.post(func() { seat.t.detach(d) })
		// As net/http does for a handler: a panic ends this connection,
		// not the host.
		defer func() {
			if err := recover(); err != nil {
				h.logf("a device at table %s: %v", seat.t.code, err)
				d.drop("")
			}
		}()
		go d.write(sock)
		d.read(sock)
		<-d.written
	}()
}

// tooSlow is why a device that reads too slowly is dropped.
const tooSlow = "too slow to keep up; reconnecting brings it up to date"

// tooMany is the error a device gets for a message over its rate.
const tooMany = "Too many messages: slow down."

// statusUnknownToken closes a socket whose token the host does not know
// (a private-use close code: the page then offers to join again).
const statusUnknownToken websocket.StatusCode = 4001

func refuse(conn *websocket.Conn, code websocket.StatusCode, why string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	msg := encode(wire.Out{T: wire.TError, Reason: why})
	_ = conn.Write(ctx, websocket.MessageText, msg)
	// A close reason is at most 123 bytes, and UTF-8: a browser fails a
	// connection whose reason is not, and the page never sees why.
	if len(why) > 120 {
		i := 120
		for i > 0 && !utf8.RuneStart(why[i]) {
			i--
		}
		why = why[:i]
	}
	_ = conn.Close(code, why)
}

// read takes the device's messages until the socket closes, holding each
// to the size and rate limits, and hands moves to the table.
func (d *device) read(ctx context.Context) {
	lim := &d.t.h.limits
	var b bucket
	strikes := 0
	for {
		_, data, err := d.conn.Read(ctx)
		if err != nil {
			d.drop("")
			return
		}
		in, err := wire.ParseIn(data)
		if !b.allow(lim.Rate, lim.Burst, time.Now()) {
			strikes++
			if strikes > lim.Strikes {
				d.drop("too many messages")
				return
			}
			// The move's id goes back with the error, so the device knows
			// this move was not played and may send it again, slower.
			d.send(encode(wire.Out{T: wire.TError, ID: in.ID, Reason: tooMany}))
			continue
		}
		strikes = 0
		if err == nil && in.T != wire.TAct {
			err = errors.New("already said hello: send moves only")
		}
		if err != nil {
			d.send(encode(wire.Out{T: wire.TError, Reason: err.Error()}))
			continue
		}
		id, a := in.ID, *in.Action
		d.t.post(func() { d.t.act(d, id, a) })
		select {
		case <-d.gone:
			return
		default:
		}
	}
}

// write sends the device its queue, and pings it; it closes the socket
// when the device is dropped or a write or ping fails.
func (d *device) write(ctx context.Context) {
	lim := &d.t.h.limits
	ping := time.NewTicker(lim.Ping)
	defer ping.Stop()
	defer close(d.written)
	for {
		select {
		case msg := <-d.out:
			wctx, cancel := context.WithTimeout(ctx, lim.WriteWithin)
			err := d.conn.Write(wctx, websocket.MessageText, msg)
			cancel()
			if err != nil {
				// Never write again on a socket a write failed on: the
				// websocket library may keep its writer locked after a
				// failed compressed write, and the next write would wait
				// WriteWithin for it, keeping a gone device on its seat.
				d.drop("")
				d.conn.CloseNow()
				return
			}
		case <-ping.C:
			pctx, cancel := context.WithTimeout(ctx, lim.WriteWithin)
			err := d.conn.Ping(pctx)
			cancel()
			if err != nil {
				d.drop("")
				d.conn.CloseNow()
				return
			}
		case <-d.gone:
			if d.why != "" {
				// A device dropped for a reason gets what was already
				// queued for it (the errors that led to it, say) before
				// the reason, within one write's time; but not one that
				// was dropped for reading too slowly.
				if d.why != tooSlow {
					d.flush(ctx, lim.WriteWithin)
				}
				_ = d.conn.Close(d.code, d.why)
			} else {
				d.conn.CloseNow()
			}
			return
		case <-ctx.Done():
			d.drop("")
		}
	}
}

// flush writes what is queued for the device, for at most within.
func (d *device) flush(ctx context.Context, within time.Duration) {
	fctx, cancel := context.WithTimeout(ctx, within)
	defer cancel()
	for {
		select {
		case msg := <-d.out:
			if d.conn.Write(fctx, websocket.MessageText, msg) != nil {
				return
			}
		default:
			return
		}
	}
}

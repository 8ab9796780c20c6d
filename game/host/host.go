// Package host serves a class from the teacher's machine: every table
// (a committee, with its own room code) is a [match.Match] owned by one
// goroutine, and every team plays from its own browser over the local
// network, through the light team page this package serves and the
// protocol of package wire.
//
// The host is authoritative: a device's seat comes from the secret token
// it got on joining, never from what it sends; it sees its own seat's
// view only; its moves are judged by the rules, answered, and played at
// most once. Nothing leaves the room: no accounts, no internet, no
// telemetry.
package host

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"bindingwords/game/match"
	"bindingwords/game/narrate"
	"bindingwords/game/save"
)

// Config sets up a host.
type Config struct {
	// Store keeps every table's autosave; nil keeps none (tests).
	Store *save.Store
	// Limits bounds what devices may take; a field left at zero takes
	// its value from [DefaultLimits].
	Limits Limits
	// Logf reports what the teacher should know (a failed autosave); nil
	// writes to the standard logger.
	Logf func(format string, args ...any)
}

// Host serves tables to devices. Its methods are safe for concurrent use.
type Host struct {
	store  *save.Store
	limits Limits
	logf   func(string, ...any)
	quit   chan struct{}
	conns  counter
	guard  guard
	files  *files

	mu     sync.Mutex
	tables map[string]*Table
	seats  map[string]*seatRef
	closed bool
	wg     sync.WaitGroup
}

// seatRef is what a token stands for, and how often it has said hello.
type seatRef struct {
	t      *Table
	party  int
	hellos bucket
}

// New makes a host with no tables yet.
func New(cfg Config) *Host {
	lim := cfg.Limits.orDefaults()
	logf := cfg.Logf
	if logf == nil {
		logf = log.Printf
	}
	h := &Host{store: cfg.Store, limits: lim, logf: logf, quit: make(chan struct{}),
		tables: map[string]*Table{}, seats: map[string]*seatRef{}, files: pageFiles()}
	h.conns.max = int64(lim.Connections)
	return h
}

// TableOptions are a table's settings beyond its match.
type TableOptions struct {
	// Name is what the table's saves are called; "" names it after the
	// scenario and room code.
	Name string
	// Pace spaces AI moves out for a projector to show ([match.PaceTicks]);
	// without it they are played at once.
	Pace bool
	// OnEnd, if set, is called on the table's goroutine when its game is
	// over.
	OnEnd func(*Table)
	// Lobby holds the match (paused) with the room open: teams join and
	// choose their delegations, the teacher arranges them, and the game
	// begins with [Table.Start].
	Lobby bool
}

// AddTable serves m to a new room and returns its table. From now on the
// table's goroutine owns m: reach it only through [Table.Do].
func (h *Host) AddTable(m *match.Match, opt TableOptions) (*Table, error) {
	if m == nil {
		return nil, errors.New("no match to serve")
	}
	pub := m.Public().Scenario()
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, errors.New("the host has closed")
	}
	code := newCode()
	for h.tables[code] != nil {
		code = newCode()
	}
	t := &Table{code: code, h: h, name: opt.Name, pace: opt.Pace, onEnd: opt.OnEnd,
		scenarioJSON: publicJSON(pub),
		cmds:         make(chan func(), 64), done: make(chan struct{}),
		m: m, narr: narrate.New(pub), teams: make([]teamSeat, len(pub.Parties)),
		answers: make([]answers, len(pub.Parties)),
		members: map[string]*member{}, byHandle: map[string]*member{}}
	if opt.Lobby {
		m.Pause()
	} else {
		t.started.Store(true)
	}
	t.scenarioGz = gzipped(t.scenarioJSON)
	if t.name == "" {
		t.name = fmt.Sprintf("Class %s %s", pub.Title, code)
	}
	t.scenarioHash = publicHash(pub)
	t.streams = make([]*stream, len(pub.Parties)+1)
	for i := range t.streams {
		t.streams[i] = newStream(h.limits.History)
	}
	t.sent = len(m.Public().Events())
	t.told = t.lines(m.Public().Events(), 0)
	t.phase, t.round, t.saved = m.Public().Phase(), m.Public().Round(), m.Steps()
	h.tables[code] = t
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		t.run()
	}()
	// AI seats may move first; their moves go out like any other.
	t.post(func() { t.flush(false) })
	return t, nil
}

// Table is the table with room code, if any.
func (h *Host) Table(code string) (*Table, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t, ok := h.tables[NormalCode(code)]
	return t, ok
}

// Tables lists the tables being served.
func (h *Host) Tables() []*Table {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]*Table, 0, len(h.tables))
	for _, t := range h.tables {
		out = append(out, t)
	}
	return out
}

// Close stops every table, after saving it, and drops every device.
func (h *Host) Close() {
	h.mu.Lock()
	if h.closed {
		h.mu.Unlock()
		return
	}
	h.closed = true
	tables := make([]*Table, 0, len(h.tables))
	for _, t := range h.tables {
		tables = append(tables, t)
	}
	h.mu.Unlock()
	for _, t := range tables {
		_ = t.do(t.save)
	}
	close(h.quit)
	h.wg.Wait()
}

// seatOf is the seat a token stands for; ok is false for an unknown
// token, and tooOften set for one that says hello too often.
func (h *Host) seatOf(token string) (s seatRef, ok, tooOften bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	ref, ok := h.seats[token]
	if !ok {
		return seatRef{}, false, false
	}
	return seatRef{t: ref.t, party: ref.party}, true, !ref.hellos.allow(h.limits.HelloRate, h.limits.Hellos, time.Now())
}

// counter bounds the sockets open at once.
type counter struct{ n, max int64 }

func (c *counter) take() bool {
	if atomic.AddInt64(&c.n, 1) > c.max {
		atomic.AddInt64(&c.n, -1)
		return false
	}
	return true
}

func (c *counter) give() { atomic.AddInt64(&c.n, -1) }

// Handler serves the team page, the room and join requests, the public
// scenario and the devices' sockets.
func (h *Host) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.files.serve)
	mux.HandleFunc("GET /app.js", h.files.serve)
	mux.HandleFunc("GET /app.css", h.files.serve)
	mux.HandleFunc("GET "+roomPath, h.serveRoom)
	mux.HandleFunc("POST "+joinPath, h.serveJoin)
	mux.HandleFunc("GET "+scenarioPath, h.serveScenario)
	mux.HandleFunc("GET "+socketPath, h.serveSocket)
	// A room's own address (the QR code's), the page with its code filled
	// in: /KBTR.
	mux.HandleFunc("GET /{code}", h.serveRoomPage)
	return securityHeaders(mux)
}

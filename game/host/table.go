package host

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"sync/atomic"
	"time"

	"bindingwords/game/match"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
)

// A Table is one match served to the devices of a room. One goroutine owns
// it: the match, the seats' streams and the devices' membership change
// only there, reached through [Table.do], so the match needs no lock and
// moves are played in the order they arrive.
type Table struct {
	code string
	h    *Host
	name string
	pace bool
	// scenarioJSON is the public scenario as the page fetches it, made
	// once; it never changes during a game.
	scenarioJSON []byte
	scenarioGz   []byte
	scenarioHash string

	cmds chan func()
	done chan struct{}

	// version, started and locked are read from any goroutine.
	version atomic.Uint64
	started atomic.Bool
	locked  atomic.Bool

	// Owned by the table's goroutine.
	m       *match.Match
	narr    narrate.Narrator
	streams []*stream // [0] spectators, [p+1] party p
	teams   []teamSeat
	// members are the tokens handed out, by token, by handle and in the
	// order they joined.
	members  map[string]*member
	byHandle map[string]*member
	order    []*member
	devices  int
	sent     int // events sent so far
	// told is those events as sentences, told once and kept for the full
	// views of devices that join or come back.
	told    []wire.Line
	phase   rules.Phase
	round   int
	saved   int
	answers []answers // per party: client id → encoded reply
	tokens  int       // seats handed out
	// teamsDirty says the team list changed since it last went out.
	teamsDirty bool
	onEnd      func(*Table)
}

// teamSeat is what the table knows of the people on one seat.
type teamSeat struct {
	devices int
}

// answers remembers the reply to each client id a seat used, so a move
// resent after a lost acknowledgement is answered again, never replayed.
type answers struct {
	byID  map[string][]byte
	order []string
}

const maxAnswers = 1024

func (a *answers) get(id string) ([]byte, bool) {
	b, ok := a.byID[id]
	return b, ok
}

func (a *answers) put(id string, reply []byte) {
	if a.byID == nil {
		a.byID = map[string][]byte{}
	}
	if len(a.order) == maxAnswers {
		delete(a.byID, a.order[0])
		a.order = a.order[1:]
	}
	a.byID[id] = reply
	a.order = append(a.order, id)
}

// Code is the table's room code.
func (t *Table) Code() string { return t.code }

// Name is the table's name, as its saves are called.
func (t *Table) Name() string { return t.name }

// errClosed reports a table that has stopped.
var errClosed = errors.New("this table has closed")

// do runs f on the table's goroutine and waits for it; it fails when the
// table has closed.
func (t *Table) do(f func()) error {
	ran := make(chan struct{})
	select {
	case t.cmds <- func() { f(); close(ran) }:
	case <-t.done:
		return errClosed
	}
	select {
	case <-ran:
		return nil
	case <-t.done:
		return errClosed
	}
}

// post runs f on the table's goroutine without waiting; it is dropped if
// the table has closed.
func (t *Table) post(f func()) {
	select {
	case t.cmds <- f:
	case <-t.done:
	}
}

// Do runs f with the table's match on the table's goroutine and sends the
// devices whatever f changed: the way a projector or a teacher's control
// reaches a table the host is serving.
//
// A control made in f (a pause, more time, the chair moving the table on,
// news, the end, a seat handed to an AI) reaches every device at once,
// as a move does, and a phase it ended is saved; f that only reads sends
// nothing. Resuming a lobby table's match starts its game.
func (t *Table) Do(f func(m *match.Match)) error {
	return t.do(func() {
		before := t.fingerprint()
		kinds := t.m.Kinds()
		f(t.m)
		if !t.started.Load() && !t.m.Paused() {
			t.started.Store(true)
		}
		if !slices.Equal(kinds, t.m.Kinds()) {
			t.teamsChanged()
		}
		t.flush(t.fingerprint() != before)
	})
}

// run is the table's goroutine.
func (t *Table) run() {
	const step = 100 * time.Millisecond
	tick := time.NewTicker(step)
	tick.Stop()
	ticking := false
	for {
		if want := t.needsTicks(); want != ticking {
			if want {
				tick.Reset(step)
			} else {
				tick.Stop()
			}
			ticking = want
		}
		select {
		case f := <-t.cmds:
			f()
		case <-tick.C:
			t.tick(int(step * match.TicksPerSecond / time.Second))
		case <-t.h.quit:
			close(t.done)
			for _, s := range t.streams {
				for d := range s.devices {
					d.drop("the host is closing")
				}
			}
			return
		}
		t.drain()
		t.pushTeams()
	}
}

// drain runs what else is already waiting for the table (up to a bound,
// so that time still moves the table on under a flood).
func (t *Table) drain() {
	for range cap(t.cmds) {
		select {
		case f := <-t.cmds:
			f()
		default:
			return
		}
	}
}

// needsTicks reports whether time moves the table on: AI moves to pace,
// or a round timer running.
func (t *Table) needsTicks() bool {
	if t.m.Paused() || t.m.Over() {
		return false
	}
	return t.m.Busy() || t.m.Clock().Minutes > 0
}

// tick moves the table on by n of the match's ticks.
func (t *Table) tick(n int) {
	clockRound := t.m.Clock().Round
	for range n {
		if t.pace {
			t.m.Tick()
		}
		if t.m.TickTimer() {
			// A second of the timer a projector shows.
			t.changed()
		}
	}
	// The rules may refuse the timer's move (say a call raced it); then
	// time waits for the people as it does on one screen.
	t.m.TimeOut(timeUpReason)
	t.flush(t.m.Clock().Round != clockRound)
}

const timeUpReason = "Time ran out."

// playAI plays the AI seats' moves at once when the table does not pace
// them for a projector.
func (t *Table) playAI() {
	if t.pace {
		return
	}
	for t.m.Pacing() && !t.m.Paused() {
		t.m.Skip()
		if !t.m.Tick() {
			return
		}
	}
}

// flush sends every stream what changed since the last flush: the new
// events as sentences, and each seat's state if it changed (always when
// force is set, for a change the events do not show, such as a pause).
func (t *Table) flush(force bool) {
	t.playAI()
	evs := t.m.Public().Events()
	if len(evs) == t.sent && !force {
		return
	}
	t.changed()
	from := t.sent
	lines := t.lines(evs, from)
	t.told = append(t.told, lines...)
	t.sent = len(evs)
	for i, s := range t.streams {
		st := t.stateOf(i - 1)
		s.push(wire.Out{T: wire.TUpdate, Update: &wire.Update{From: from, To: t.sent, Lines: lines, State: &st}})
	}
	t.autosave()
	if t.m.Over() && t.onEnd != nil {
		t.onEnd(t)
	}
}

// lines tells events from on as sentences.
func (t *Table) lines(evs []rules.Event, from int) []wire.Line {
	out := make([]wire.Line, 0, len(evs)-from)
	for i := from; i < len(evs); i++ {
		e := evs[i]
		text := t.narr.Event(e)
		if text == "" {
			continue
		}
		out = append(out, wire.Line{I: i, Round: e.Round, Kind: eventNames[e.Kind], Party: e.Party, Text: text, Reason: e.Reason})
	}
	return out
}

// stateOf is the state seat p (or -1, the spectators) sees now.
func (t *Table) stateOf(p int) wire.State {
	c := t.m.Clock()
	v := t.m.Public()
	if p >= 0 {
		v = t.m.SeatView(p)
	}
	st := wire.StateOf(v, wire.Clock{Minutes: c.Minutes, Left: c.Left, Paused: c.Paused})
	if st.Result != nil {
		st.Entry = narrate.New(v.Scenario()).EntryRule(st.Result, v.Parties())
	}
	st.Lobby = !t.started.Load()
	if st.Mine != nil {
		st.Mine.AI = t.m.Kind(p).Role == match.AI
	}
	return st
}

// full is the whole view of seat p for one device, numbered as the
// stream's latest message: it stands for everything up to it.
func (t *Table) full(p int) []byte {
	v := t.m.Public()
	if p >= 0 {
		v = t.m.SeatView(p)
	}
	f := &wire.Full{Room: t.code, Seat: p, ScenarioHash: t.scenarioHash, Brief: wire.BriefOf(v),
		Lines: t.told, Events: t.sent, State: t.stateOf(p), Teams: t.teamList()}
	return encode(wire.Out{Seq: t.streams[p+1].head, T: wire.TFull, Full: f})
}

// teamList is who sits at the table, as every device sees it.
func (t *Table) teamList() []wire.Team {
	sc := t.m.Public().Scenario()
	out := make([]wire.Team, len(sc.Parties))
	for p, party := range sc.Parties {
		k := t.m.Kind(p)
		ts := t.teams[p]
		out[p] = wire.Team{Party: p, ID: party.ID, Name: party.Name, Kind: k.String(), Team: t.seatTeam(p),
			Devices: ts.devices, Away: k.Role == match.Human && ts.devices == 0 && t.seated(p)}
	}
	return out
}

// teamsChanged notes that who sits at the table has changed. Devices
// hear of it once the table has done what is waiting for it, so that many
// devices coming and going at once make one team list, not one each.
func (t *Table) teamsChanged() { t.teamsDirty = true }

// pushTeams tells every device who now sits at the table, if that changed.
func (t *Table) pushTeams() {
	if !t.teamsDirty {
		return
	}
	t.teamsDirty = false
	t.changed()
	teams := t.teamList()
	for _, s := range t.streams {
		s.push(wire.Out{T: wire.TUpdate, Update: &wire.Update{From: t.sent, To: t.sent, Teams: teams}})
	}
}

// act plays a move a device sent for its seat, at most once per client
// id, and answers on the seat's stream. The seat is read here, on the
// table's goroutine, since the teacher may move the device.
func (t *Table) act(d *device, id string, a wire.Action) {
	p := d.seat
	if _, ok := t.streams[p+1].devices[d]; !ok {
		return // removed, or gone, since it sent the move
	}
	if p < 0 {
		d.send(encode(wire.Out{T: wire.TError, ID: id, Reason: "a spectator cannot move"}))
		return
	}
	ans := &t.answers[p]
	// Answers are kept by token and id: two devices of a team that happen
	// to number their moves alike still get their own answers.
	key := d.token + "\x00" + id
	if reply, ok := ans.get(key); ok {
		d.send(reply)
		return
	}
	s := t.streams[p+1]
	// The teacher's holds first: a sentence the team understands, not the
	// match's error.
	why := ""
	move, err := a.Rules(p)
	switch {
	case err != nil:
		why = err.Error()
	case !t.started.Load():
		why = WhyNotStarted
	case t.m.Paused():
		why = WhyPaused
	case t.m.Kind(p).Role == match.AI:
		why = WhyAI
	default:
		if _, err = t.m.Submit(p, move); err != nil {
			why = err.Error()
		}
	}
	if why != "" {
		ans.put(key, s.push(wire.Out{T: wire.TRefused, ID: id, Reason: why}))
		return
	}
	t.flush(false)
	ans.put(key, s.push(wire.Out{T: wire.TAck, ID: id}))
}

// autosave saves the game when a phase or round has ended, and at the
// end: a crash costs at most the phase in progress.
func (t *Table) autosave() {
	g := t.m.Public()
	if g.Phase() == t.phase && g.Round() == t.round {
		return
	}
	t.phase, t.round = g.Phase(), g.Round()
	t.save()
}

func (t *Table) save() {
	if t.h.store == nil || t.m.Steps() == t.saved {
		return
	}
	if _, err := t.h.store.SaveAs(t.name, t.m.Game(), t.m.RecordSeats(), t.m.Clock()); err != nil {
		t.h.logf("table %s: autosave failed: %v", t.code, err)
		return
	}
	t.saved = t.m.Steps()
}

var eventNames = map[rules.EventKind]string{
	rules.EvRoundStarted: "round", rules.EvPhase: "phase", rules.EvNews: "news", rules.EvNoNews: "news",
	rules.EvSupport: "support", rules.EvWeight: "weight", rules.EvThreshold: "threshold", rules.EvTrust: "trust",
	rules.EvTabled: "tabled", rules.EvPassed: "passed", rules.EvVoted: "vote", rules.EvAdopted: "adopted",
	rules.EvRejected: "rejected", rules.EvTextChanged: "text", rules.EvBracketed: "bracketed",
	rules.EvSettled: "settled", rules.EvCall: "call", rules.EvCallsCleared: "call", rules.EvStatement: "statement",
	rules.EvCommitted: "commitment", rules.EvPoll: "poll", rules.EvArticleDropped: "dropped",
	rules.EvSigned: "signed", rules.EvDeclined: "declined", rules.EvAgreement: "agreement",
	rules.EvVoteAtHome: "ratification", rules.EvRatified: "ratified", rules.EvInForce: "inforce",
	rules.EvEnded: "ended", rules.EvChose: "chose", rules.EvLapsed: "lapsed", rules.EvNewsHeld: "newsheld",
	rules.EvChair: "chair",
}

// publicJSON is the public scenario as devices get it, with the hash of
// its public part ([publicHash]) in place of the file's: the file's hash
// covers the private briefs too, and nothing a device gets may change
// with another delegation's brief.
func publicJSON(sc *rules.PublicScenario) []byte {
	c := *sc
	c.Hash = publicHash(sc)
	return mustJSON(&c)
}

// publicHash identifies the public part of a scenario.
func publicHash(sc *rules.PublicScenario) string {
	c := *sc
	c.Hash = ""
	sum := sha256.Sum256(mustJSON(&c))
	return hex.EncodeToString(sum[:16])
}

func mustJSON(sc *rules.PublicScenario) []byte {
	data, err := json.Marshal(sc)
	if err != nil {
		panic("host: cannot encode a scenario: " + err.Error())
	}
	return data
}

package ui

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/input"
	"bindingwords/game/wire"
)

// snapshot is what the tests read of a match after a control.
type snapshot struct {
	clock    match.Clock
	held     bool
	phase    rules.Phase
	round    int
	toAct    []int
	kinds    []match.SeatKind
	lastNews int
	chair    int
}

func read(t *testing.T, c *class) snapshot {
	t.Helper()
	var s snapshot
	do(t, c, func(m *match.Match) {
		v := m.Public()
		s = snapshot{clock: m.Clock(), held: m.NewsHeld(), phase: v.Phase(), round: v.Round(), toAct: v.ToAct(),
			kinds: m.Kinds(), lastNews: -1}
		for _, e := range v.Events() {
			switch e.Kind {
			case rules.EvNews:
				s.lastNews = e.Card
			case rules.EvChair:
				s.chair++
			}
		}
	})
	return s
}

// key is one tick's input of typed characters.
func key(chars ...rune) input.Snapshot { return input.Snapshot{Chars: chars} }

// Every teacher's control changes the match as it says, by its key (and
// the choosers by their buttons' actions), through a real host table.
func TestTeacherControls(t *testing.T) {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 5), TimerMinutes: 6})
	pjFrame(a, p, input.Snapshot{})

	// Space pauses and resumes; so does P.
	pjFrame(a, p, input.Snapshot{Space: true})
	if !read(t, c).clock.Paused {
		t.Fatal("Space did not pause")
	}
	pjFrame(a, p, key('p'))
	if read(t, c).clock.Paused {
		t.Fatal("P did not resume")
	}

	// + gives a minute more, − takes one away.
	left := read(t, c).clock.Left
	pjFrame(a, p, key('+'))
	if got := read(t, c).clock.Left; got < left+55 || got > left+60 {
		t.Fatalf("+: %d seconds left, want about %d", got, left+60)
	}
	pjFrame(a, p, key('-'))
	pjFrame(a, p, key('-'))
	if got := read(t, c).clock.Left; got > left-55 {
		t.Fatalf("−−+: %d seconds left, want about %d", got, left-60)
	}

	// T opens the round length chooser; a length sets it and starts the
	// round's time again.
	pjFrame(a, p, key('t'))
	if p.open != panelTimer {
		t.Fatalf("T opened panel %d", p.open)
	}
	p.setTimer(4)
	if clk := read(t, c).clock; clk.Minutes != 4 || clk.Left != 240 {
		t.Fatalf("timer set to 4 min: %+v", clk)
	}
	// Esc closes any chooser.
	pjFrame(a, p, input.Snapshot{Back: true})
	if p.open != panelNone {
		t.Fatalf("Esc left panel %d open", p.open)
	}

	// H holds the news, and again lets it run.
	pjFrame(a, p, key('h'))
	if !read(t, c).held {
		t.Fatal("H did not hold the news")
	}
	pjFrame(a, p, key('h'))
	if read(t, c).held {
		t.Fatal("H did not let the news run")
	}

	// N lists the news; a card chosen goes on the table.
	pjFrame(a, p, key('n'))
	if p.open != panelInject {
		t.Fatalf("N opened panel %d", p.open)
	}
	_, text := pjFrame(a, p, input.Snapshot{})
	if !strings.Contains(text, sc.News[3].Headline) {
		t.Fatalf("the news chooser lacks %q", sc.News[3].Headline)
	}
	// Five delegations: the cards about the United Kingdom and Italy,
	// which the rules would refuse, are not offered; every other card is.
	// (A window tall enough for the whole list, so that none is scrolled
	// out of the frame's text.)
	a.ui.Begin(input.Snapshot{}, BaseW, 5000)
	p.Update(a.ui)
	a.ui.End()
	all := strings.Join(a.ui.Texts(), " ")
	away := 0
	for c := range sc.News {
		pc := sc.NewsParty(c)
		switch shown := strings.Contains(all, sc.News[c].Headline); {
		case pc >= 0 && sc.Parties[pc].Optional && shown:
			t.Errorf("the news chooser offers %q, about %s, who is not at the table", sc.News[c].Headline, sc.Parties[pc].Name)
		case pc >= 0 && sc.Parties[pc].Optional:
			away++
		case !shown:
			t.Errorf("the news chooser lacks %q", sc.News[c].Headline)
		}
	}
	if away == 0 {
		t.Fatal("berlin has no news card about an optional delegation: the check above shows nothing")
	}
	p.inject(3)
	if s := read(t, c); s.lastNews != 3 || p.open != panelNone {
		t.Fatalf("injected card 3: last news %d, panel %d", s.lastNews, p.open)
	}

	// A asks first; then every move the table waits for passes, until the
	// phase moves on.
	before := read(t, c)
	pjFrame(a, p, key('a'))
	if p.open != panelConfirm || read(t, c).chair != before.chair {
		t.Fatal("A moved the table on without asking")
	}
	_, text = pjFrame(a, p, input.Snapshot{})
	if !strings.Contains(text, sc.Parties[before.toAct[0]].Name) {
		t.Errorf("the confirmation does not name %s:\n%s", sc.Parties[before.toAct[0]].Name, text)
	}
	pjFrame(a, p, input.Snapshot{Activate: true}) // the focus is on Yes
	after := read(t, c)
	if after.chair <= before.chair || (after.phase == before.phase && after.round == before.round) {
		t.Fatalf("advance: before %+v, after %+v", before, after)
	}

	// S: a seat goes to an AI delegate, and back to its team.
	pjFrame(a, p, key('s'))
	if p.open != panelSeats {
		t.Fatalf("S opened panel %d", p.open)
	}
	_, text = pjFrame(a, p, input.Snapshot{})
	if !strings.Contains(text, "silent") {
		t.Errorf("no seat is flagged silent with no device connected:\n%s", text)
	}
	p.setSeat(2, match.AISeat("hard"))
	if k := read(t, c).kinds[2]; k != match.AISeat("hard") {
		t.Fatalf("seat 2 is %v, want ai:hard", k)
	}
	p.setSeat(2, match.HumanSeat())
	if k := read(t, c).kinds[2]; k != match.HumanSeat() {
		t.Fatalf("seat 2 is %v, want human", k)
	}
	pjFrame(a, p, input.Snapshot{Back: true})

	// L locks the room and opens it again.
	pjFrame(a, p, key('l'))
	if !c.t.Locked() {
		t.Fatal("L did not lock the room")
	}
	pjFrame(a, p, key('l'))
	if c.t.Locked() {
		t.Fatal("L did not open the room")
	}

	// F1 and ? open the help, which lists every control with its keys.
	pjFrame(a, p, input.Snapshot{Help: true})
	_, text = pjFrame(a, p, input.Snapshot{})
	if p.open != panelHelp {
		t.Fatalf("F1 opened panel %d", p.open)
	}
	for _, ctl := range controls() {
		if !strings.Contains(text, ctl.keys) || !strings.Contains(text, ctl.label) {
			t.Errorf("the help lacks %q %q", ctl.keys, ctl.label)
		}
	}
	pjFrame(a, p, key('?'))
	if p.open != panelNone {
		t.Fatal("? did not close the help")
	}

	// E asks, then ends the negotiation: the text goes to signing.
	pjFrame(a, p, key('e'))
	if p.open != panelConfirm {
		t.Fatal("E did not ask")
	}
	pjFrame(a, p, input.Snapshot{Back: true})
	if s := read(t, c); s.phase == rules.PhaseSigning {
		t.Fatal("Esc did not cancel ending the game")
	}
	pjFrame(a, p, key('e'))
	p.confirmed()
	if s := read(t, c); s.phase != rules.PhaseSigning {
		t.Fatalf("after E: phase %s, want signing", s.phase)
	}
}

// D lists the devices that joined (over the real join request, on
// loopback); one is moved to another seat with its team, then removed.
func TestTeacherMovesAndRemovesDevices(t *testing.T) {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 5)})
	srv := httptest.NewServer(c.h.Handler())
	t.Cleanup(srv.Close)
	body, _ := json.Marshal(wire.JoinRequest{Room: c.code, Party: sc.Parties[0].ID, Team: "Eagles"})
	res, err := http.Post(srv.URL+wire.JoinPath, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("join: %s", res.Status)
	}
	lobby := c.t.Lobby()
	if len(lobby.Seats[0].Devices) != 1 {
		t.Fatalf("lobby after joining: %+v", lobby.Seats[0])
	}
	handle := lobby.Seats[0].Devices[0].Handle
	pjFrame(a, p, key('d'))
	_, text := pjFrame(a, p, input.Snapshot{})
	if p.open != panelDevices || !strings.Contains(text, handle) || !strings.Contains(text, "Eagles") {
		t.Fatalf("the devices chooser (panel %d) lacks %s of Eagles:\n%s", p.open, handle, text)
	}
	p.moveDevice(handle, 3)
	lobby = c.t.Lobby()
	if len(lobby.Seats[0].Devices) != 0 || len(lobby.Seats[3].Devices) != 1 || lobby.Seats[3].Devices[0].Handle != handle {
		t.Fatalf("after the move: %+v / %+v", lobby.Seats[0], lobby.Seats[3])
	}
	p.removeDevice(handle)
	if lobby = c.t.Lobby(); len(lobby.Seats[3].Devices) != 0 {
		t.Fatalf("after the removal: %+v", lobby.Seats[3])
	}
	_, text = pjFrame(a, p, input.Snapshot{})
	if strings.Contains(text, "Eagles") || !strings.Contains(text, "No device has joined yet.") {
		t.Fatalf("the removed device is still listed:\n%s", text)
	}
}

// click presses the mouse at (x, y): the toolkit knows what lies under
// the cursor once the frame is laid out, so the control answers on the
// next frame.
func click(a *App, p *projectorScene, x, y float64) {
	pjFrame(a, p, input.Snapshot{X: x, Y: y, Moved: true, Click: true, Held: true})
	pjFrame(a, p, input.Snapshot{X: x, Y: y})
}

// The controls are reachable by the mouse: the Controls button opens the
// list, a line of it makes its control, and Close closes a chooser.
func TestTeacherControlsByMouse(t *testing.T) {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 5), TimerMinutes: 6})
	pjFrame(a, p, input.Snapshot{})
	click(a, p, BaseW-14-95, 40)
	if p.open != panelHelp {
		t.Fatalf("the Controls button opened panel %d", p.open)
	}
	left := read(t, c).clock.Left
	x, y := lineCentre(a, p, "pj.c.extend")
	click(a, p, x, y)
	if got := read(t, c).clock.Left; got < left+55 || p.open != panelNone {
		t.Fatalf("after clicking +: %d seconds left (was %d), panel %d", got, left, p.open)
	}
	click(a, p, BaseW-14-95, 40)
	x, y = lineCentre(a, p, "pj.c.timer")
	click(a, p, x, y)
	if p.open != panelTimer {
		t.Fatalf("clicking T opened panel %d", p.open)
	}
	x, y = lineCentre(a, p, "pj.close")
	click(a, p, x, y)
	if p.open != panelNone {
		t.Fatalf("Close left panel %d open", p.open)
	}
}

// lineCentre finds a point of control id on screen by moving the cursor
// over the screen until the toolkit reports it hovered (it reports the
// frame before, so the point is the one before).
func lineCentre(a *App, p *projectorScene, id string) (float64, float64) {
	px, py := -1.0, -1.0
	for y := 10.0; y < BaseH; y += 20 {
		for x := 10.0; x < BaseW; x += 40 {
			pjFrame(a, p, input.Snapshot{X: x, Y: y, Moved: true})
			if a.ui.Hovered(id) {
				return px, py
			}
			px, py = x, y
		}
	}
	return -1, -1
}

// Esc with nothing open asks before closing the class; Yes goes back to
// the title, which closes it.
func TestTeacherClosesTheClass(t *testing.T) {
	sc := berlinWith(t)
	a, _, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 5)})
	pjFrame(a, p, input.Snapshot{})
	if out, _ := pjFrame(a, p, input.Snapshot{Back: true}); out.To != Stay || p.open != panelConfirm || p.confirm != confirmLeave {
		t.Fatalf("Esc: route %d, panel %d, confirm %d", out.To, p.open, p.confirm)
	}
	pjFrame(a, p, input.Snapshot{Back: true})
	if p.open != panelNone {
		t.Fatal("a second Esc did not cancel")
	}
	pjFrame(a, p, input.Snapshot{Back: true})
	if out, _ := pjFrame(a, p, input.Snapshot{Activate: true}); out.To != ToTitle {
		t.Fatalf("Yes: route %d, want the title", out.To)
	}
}

package ui

import (
	"context"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui/input"
	"bindingwords/scenarios"
)

// berlinClass opens a class of Berlin's five core delegations (the UK
// and Italy left out) on a real host on loopback, any free port.
func berlinClass(t *testing.T) *class {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	out := make([]bool, len(sc.Parties))
	for p := range sc.Parties {
		out[p] = sc.Parties[p].Optional
	}
	store, err := save.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c, err := openClass(store, classSetup{ScenarioID: "berlin", Scenario: sc, Preset: lessonPresets[0], Out: out, Seed: 5},
		"127.0.0.1", []int{0})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// joinTeam joins a team to party on the class's host, as a device does.
func joinTeam(t *testing.T, c *class, party, team string) *client.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	base := "http://127.0.0.1:" + strconv.Itoa(c.srv.Port())
	cl, err := client.Join(ctx, base, c.code, party, team)
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cl.Close() })
	return cl
}

// waitModel reads the lobby each time the table's version moves, until
// ok accepts it or five seconds pass.
func waitModel(t *testing.T, c *class, what string, ok func(lobbyModel) bool) lobbyModel {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		m := modelOf(c.t.Lobby())
		if ok(m) {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: the lobby never showed it; last model %+v", what, m)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func rowNamed(t *testing.T, m lobbyModel, c *class, id string) lobbyRow {
	t.Helper()
	r, ok := m.row(c.sc.PartyIndex(id))
	if !ok {
		t.Fatalf("no row for %s in %+v", id, m.rows)
	}
	return r
}

// The lobby lists the teams that joined, shows a seat handed to an AI
// delegate, and the game cannot start while a delegation is empty.
func TestLobbyOnARealHost(t *testing.T) {
	c := berlinClass(t)
	if c.rounds != 6 || c.timerMinutes != 5 {
		t.Errorf("one-lesson class: want 6 rounds of 5 minutes, got %d of %d", c.rounds, c.timerMinutes)
	}
	if len(c.urls) == 0 || len(c.joinURLs) != len(c.urls) || !strings.HasSuffix(c.joinURLs[0], "/"+c.code) ||
		c.joinURLs[0] != strings.ToUpper(c.joinURLs[0]) {
		t.Errorf("join addresses %v for %v and room %s", c.joinURLs, c.urls, c.code)
	}
	m := modelOf(c.t.Lobby())
	if len(m.rows) != 5 || len(m.empty) != 5 || m.canStart() {
		t.Fatalf("a new room: want 5 empty delegations, got %+v", m)
	}

	joinTeam(t, c, "us", "Eagles")
	joinTeam(t, c, "ukraine", "Sunflowers")
	v0 := c.t.Version()
	m = waitModel(t, c, "two teams connected", func(m lobbyModel) bool {
		return m.teams == 2 && rowNamed(t, m, c, "us").connected() == 1 && rowNamed(t, m, c, "ukraine").connected() == 1
	})
	for id, team := range map[string]string{"us": "Eagles", "ukraine": "Sunflowers"} {
		r := rowNamed(t, m, c, id)
		if r.team != team || !r.hasTeam() || r.empty() || r.status() != team+" · 1 connected" {
			t.Errorf("%s: want team %s, got row %+v (%q)", id, team, r, r.status())
		}
	}
	if got := strings.Join(m.empty, ", "); got != "Germany, France, Poland" {
		t.Errorf("empty delegations: %q", got)
	}
	if err := c.start(); err == nil || !strings.Contains(err.Error(), "Germany, France, Poland") {
		t.Fatalf("the game started with three empty delegations, or did not say which: %v", err)
	}
	if c.t.Started() {
		t.Fatal("a refused start left the table started")
	}

	if err := c.t.SetSeat(c.sc.PartyIndex("germany"), match.AISeat("hard")); err != nil {
		t.Fatal(err)
	}
	m = waitModel(t, c, "Germany to an AI", func(m lobbyModel) bool { return len(m.empty) == 2 })
	if c.t.Version() == v0 {
		t.Error("the table's version did not move")
	}
	de := rowNamed(t, m, c, "germany")
	if de.kind != match.AISeat("hard") || de.status() != "AI delegate (hard)" {
		t.Errorf("Germany: %+v, %q", de, de.status())
	}
	if err := c.start(); err == nil {
		t.Fatal("the game started with France and Poland empty")
	}
	if c.t.Started() {
		t.Fatal("a refused start left the table started")
	}
	for _, id := range []string{"france", "poland"} {
		if err := c.t.SetSeat(c.sc.PartyIndex(id), match.AISeat(match.DefaultLevel)); err != nil {
			t.Fatal(err)
		}
	}
	m = waitModel(t, c, "every seat played", func(m lobbyModel) bool { return m.canStart() })
	if err := c.start(); err != nil {
		t.Fatalf("every delegation played, and Start says: %v", err)
	}
	waitModel(t, c, "started", func(m lobbyModel) bool { return m.started })
}

// The lobby screen says what the room needs to know: the code, the
// teams, which delegations are still empty; Start waits for them.
func TestLobbyScreen(t *testing.T) {
	a, _ := testApp(t)
	c := berlinClass(t)
	joinTeam(t, c, "us", "Eagles")
	waitModel(t, c, "a team connected", func(m lobbyModel) bool { return len(m.rows) > 0 && m.rows[0].connected() == 1 })
	l := newLobby(a, c)
	out, text := frame(a, l)
	if out.To != Stay {
		t.Fatalf("the lobby left at once: %+v", out)
	}
	for _, want := range []string{"Eagles · 1 connected", "4 delegations are still empty", "Room code",
		shownAddress(c.urls[0])} {
		if !strings.Contains(text, want) {
			t.Errorf("the lobby does not say %q:\n%s", want, text)
		}
	}
	if l.qr == nil {
		t.Error("no QR code")
	}
	// Start is disabled: pressing it (keyboard shortcut S) does nothing.
	a.ui.Begin(inputChars('s'), BaseW, BaseH)
	out = l.Update(a.ui)
	a.ui.End()
	if out.To != Stay || c.t.Started() {
		t.Fatalf("S started a game with empty delegations: %+v", out)
	}
}

// A lesson preset never asks for more rounds than the rules allow, and
// Free keeps the scenario's.
func TestLessonPresets(t *testing.T) {
	sc := &rules.Scenario{PublicScenario: rules.PublicScenario{Rounds: 7}}
	for _, p := range lessonPresets {
		n := p.roundsFor(sc)
		if n < 1 || n > rules.MaxRounds {
			t.Errorf("%s: %d rounds", p.id, n)
		}
		if p.id == "free" && (n != 7 || p.timerMinutes != 0) {
			t.Errorf("free: want the scenario's 7 rounds and no timer, got %d and %d min", n, p.timerMinutes)
		}
	}
	if n := (lessonPreset{rounds: 99}).roundsFor(sc); n != rules.MaxRounds {
		t.Errorf("99 rounds asked: %d given", n)
	}
}

func inputChars(r ...rune) input.Snapshot { return input.Snapshot{Chars: r} }

// The class setup hands the lobby what the teacher chose: the scenario,
// the lesson and the optional delegations left out.
func TestClassSetupOutcome(t *testing.T) {
	a, _ := testApp(t)
	s := newClassSetup(a)
	s.preset = 1
	uk := s.sc.PartyIndex("uk")
	s.out[uk] = true
	a.ui.Begin(input.Snapshot{Activate: true}, BaseW, BaseH)
	out := s.Update(a.ui)
	a.ui.End()
	// Enter presses the focused control: Open the room has the focus.
	if out.To != ToLobby || out.Setup == nil {
		t.Fatalf("Enter on the setup: %+v", out)
	}
	set := out.Setup
	if set.ScenarioID != "berlin" || set.Preset.id != "two" {
		t.Errorf("setup %+v", set)
	}
	kinds := set.seats()
	for p, k := range kinds {
		want := match.HumanSeat()
		if p == uk {
			want = match.OutSeat()
		}
		if k != want {
			t.Errorf("seat %d: %v, want %v", p, k, want)
		}
	}
}

// lobbyStep builds one frame of scene with input in.
func lobbyStep(a *App, scene Scene, in input.Snapshot) Outcome {
	a.ui.Begin(in, BaseW, BaseH)
	out := scene.Update(a.ui)
	a.ui.End()
	return out
}

// settle waits for the table's version to move past the lobby's model,
// then builds a frame, as the App does when the scene is busy.
func settle(t *testing.T, a *App, l *lobbyScene, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: never happened; model %+v", what, l.model)
		}
		time.Sleep(10 * time.Millisecond)
		if l.Busy() {
			lobbyStep(a, l, input.Snapshot{})
		}
	}
}

// The teacher runs the lobby by keyboard alone: a delegation's sheet
// hands it to an AI delegate, a team's device moves to an empty
// delegation, L locks the room, and Esc asks before closing it; closing
// stops the server.
func TestLobbyByKeyboard(t *testing.T) {
	a, _ := testApp(t)
	c := berlinClass(t)
	a.class = c
	joinTeam(t, c, "us", "Eagles")
	us, ua, fr := c.sc.PartyIndex("us"), c.sc.PartyIndex("ukraine"), c.sc.PartyIndex("france")
	l := newLobby(a, c)
	settle(t, a, l, "the team connected", func() bool { r, _ := l.model.row(us); return r.connected() == 1 })
	key := func(in input.Snapshot) Outcome {
		t.Helper()
		out := lobbyStep(a, l, in)
		if a.ui.Again() {
			lobbyStep(a, l, input.Snapshot{})
		}
		return out
	}
	key(input.Snapshot{})

	// Ukraine, the second row, to an AI delegate of the hard level.
	key(input.Snapshot{Down: true})
	key(input.Snapshot{Activate: true})
	if l.sheet != ua {
		t.Fatalf("Enter on the second row opened sheet %d, want Ukraine %d", l.sheet, ua)
	}
	for range 3 {
		key(input.Snapshot{Next: true})
	}
	key(input.Snapshot{Activate: true})
	settle(t, a, l, "Ukraine to a hard AI", func() bool { r, _ := l.model.row(ua); return r.kind == match.AISeat("hard") })
	key(input.Snapshot{Back: true})
	if l.sheet != -1 || l.confirm {
		t.Fatalf("Esc in the sheet: sheet %d, confirm %v", l.sheet, l.confirm)
	}

	// The Eagles' device from the US to the first empty delegation.
	key(input.Snapshot{Up: true})
	key(input.Snapshot{Activate: true})
	if l.sheet != us {
		t.Fatalf("sheet %d open, want the US %d", l.sheet, us)
	}
	want, _ := l.model.row(c.sc.PartyIndex("germany"))
	if l.moveTo != want.party {
		t.Errorf("a device would move to %d by default, want the first empty delegation, Germany", l.moveTo)
	}
	for range 4 {
		key(input.Snapshot{Next: true})
	}
	if a.ui.Focus() != "lobby.moveto" {
		t.Fatalf("focus on %q, want the destination", a.ui.Focus())
	}
	key(input.Snapshot{Right: true})
	if l.moveTo != fr {
		t.Fatalf("→ on the destination: %d, want France %d", l.moveTo, fr)
	}
	key(input.Snapshot{Next: true})
	if a.ui.Focus() != "lobby.moveall" {
		t.Fatalf("focus on %q, want Move the whole team", a.ui.Focus())
	}
	key(input.Snapshot{Activate: true})
	settle(t, a, l, "the Eagles moved to France", func() bool {
		r, _ := l.model.row(fr)
		u, _ := l.model.row(us)
		return r.team == "Eagles" && u.empty()
	})
	key(input.Snapshot{Back: true})

	// L locks the room.
	key(inputChars('l'))
	settle(t, a, l, "the room locked", func() bool { return l.model.locked })
	if !c.t.Locked() {
		t.Fatal("L did not lock the table")
	}

	// Esc asks; Esc again keeps the room; Esc, Tab, Enter closes it.
	key(input.Snapshot{Back: true})
	if !l.confirm || a.ui.Focus() != "lobby.keep" {
		t.Fatalf("Esc: confirm %v, focus %q; want the question with Keep focused", l.confirm, a.ui.Focus())
	}
	key(input.Snapshot{Back: true})
	if l.confirm {
		t.Fatal("Esc in the question did not keep the room")
	}
	key(input.Snapshot{Back: true})
	key(input.Snapshot{Next: true})
	out := key(input.Snapshot{Activate: true})
	if out.To != ToTitle {
		t.Fatalf("Close the room: %+v", out)
	}
	base := "http://127.0.0.1:" + strconv.Itoa(c.srv.Port())
	a.route(out)
	if a.class != nil {
		t.Fatal("the class is still the App's")
	}
	if resp, err := http.Get(base + "/"); err == nil {
		resp.Body.Close()
		t.Fatal("the server still answers after the room was closed")
	}
}

// A port another program holds is skipped for the next one in the list.
func TestClassSkipsABusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	busy := ln.Addr().(*net.TCPAddr).Port
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	c, err := openClass(nil, classSetup{ScenarioID: "berlin", Scenario: sc, Preset: lessonPresets[2], Seed: 1}, "127.0.0.1", []int{busy, 0})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.srv.Port() == busy || c.srv.Port() == 0 {
		t.Errorf("served on port %d; %d was busy", c.srv.Port(), busy)
	}
	if c.rounds != sc.Rounds || c.timerMinutes != 0 {
		t.Errorf("free lesson: %d rounds, %d-minute timer; want the scenario's %d, none", c.rounds, c.timerMinutes, sc.Rounds)
	}
	// Every port busy: the error says so, and nothing is left running.
	if _, err := openClass(nil, classSetup{ScenarioID: "berlin", Scenario: sc, Preset: lessonPresets[0], Seed: 1}, "127.0.0.1", []int{busy}); err == nil {
		t.Error("a class opened on a busy port")
	}
}

// The title's Host a class opens the class setup.
func TestTitleHostsAClass(t *testing.T) {
	a, _ := testApp(t)
	title := newTitle(a)
	lobbyStep(a, title, input.Snapshot{})
	a.ui.SetFocus("title.class")
	if out := lobbyStep(a, title, input.Snapshot{Activate: true}); out.To != ToClassSetup {
		t.Fatalf("Enter on Host a class: %+v", out)
	}
	a.route(Outcome{To: ToClassSetup})
	if _, ok := a.scene.(*classSetupScene); !ok {
		t.Fatalf("the route opened %T", a.scene)
	}
}

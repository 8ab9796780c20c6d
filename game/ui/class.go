package ui

import (
	"errors"
	"net"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
)

// canHost is whether this build can serve a class: the browser build
// cannot listen for the teams' devices.
const canHost = runtime.GOOS != "js"

// A lessonPreset is how long a class's game is: its rounds and round
// timer. Rounds 0 keeps the scenario's number of rounds.
type lessonPreset struct {
	id           string
	rounds       int
	timerMinutes int
}

// lessonPresets are the lesson lengths the class setup offers, first the
// default, as measured in docs/class-timing.md (bash scripts/class.sh):
// six rounds of five teams took 25.7 class minutes on average and 29.3
// at worst untimed; a 5-minute timer caps a round without deciding any
// vote by the clock, where 4 minutes cut over half the rounds.
var lessonPresets = []lessonPreset{
	{id: "one", rounds: 6, timerMinutes: 5},
	{id: "two", rounds: 10, timerMinutes: 5},
	{id: "free"},
}

// label names the preset on screen (the translation tables want literal
// keys).
func (p lessonPreset) label() string {
	switch p.id {
	case "one":
		return i18n.T("class.preset.one")
	case "two":
		return i18n.T("class.preset.two")
	}
	return i18n.T("class.preset.free")
}

// roundsFor is the number of rounds the preset plays of sc, never more
// than the rules allow.
func (p lessonPreset) roundsFor(sc *rules.Scenario) int {
	if p.rounds == 0 {
		return sc.Rounds
	}
	return min(p.rounds, rules.MaxRounds)
}

// A classSetup is what the teacher chose on the class setup screen.
type classSetup struct {
	// ScenarioID is the scenario's id as the scenario picker lists it: a
	// built-in id, or a scenario file's path.
	ScenarioID string
	Scenario   *rules.Scenario
	Preset     lessonPreset
	// Out marks, by party, the optional delegations left out.
	Out  []bool
	Seed uint64
	// Resume, when set, is the save of an earlier lesson's class to go
	// on with (a file of the window's store): its delegations, seats,
	// rounds, timer and name are the save's, not the choices above.
	Resume string
}

// seats are the match's seats: people on every delegation taking part
// (the teacher hands empty ones to AI delegates in the lobby).
func (s classSetup) seats() []match.SeatKind {
	kinds := make([]match.SeatKind, len(s.Scenario.Parties))
	for p := range kinds {
		kinds[p] = match.HumanSeat()
		if p < len(s.Out) && s.Out[p] && s.Scenario.Parties[p].Optional {
			kinds[p] = match.OutSeat()
		}
	}
	return kinds
}

// A class is a game served to a room from this window: the host, its web
// server, the one table, and what the lobby and the projector show of
// them. The window reaches the match only through Table.Do.
type class struct {
	h   *host.Host
	srv *host.Server
	t   *host.Table
	sc  *rules.Scenario
	// urls are the addresses teams open, one per network this machine is
	// on; the first is the one shown large. joinURLs are the same with
	// the room code, in upper case for the QR code.
	urls     []string
	joinURLs []string
	code     string
	// onNetwork is false when only this machine can reach the server.
	onNetwork bool
	// rounds and timerMinutes are the game's length as set up.
	rounds       int
	timerMinutes int

	closeOnce sync.Once
	closeErr  error
}

// classPorts are the ports a class is served on, in order of preference:
// 8080, the usual one a teacher may have written down, then the next ten,
// then any the system gives.
func classPorts() []int {
	ports := make([]int, 0, 12)
	for p := 8080; p <= 8090; p++ {
		ports = append(ports, p)
	}
	return append(ports, 0)
}

// openClass starts hosting s: a host keeping its saves in store, a match
// in the together pace waiting in the lobby, and a web server on listen
// (a host name or address, "" for every interface) at the first of
// ports that is free.
func openClass(store *save.Store, s classSetup, listen string, ports []int) (*class, error) {
	if s.Scenario == nil {
		return nil, errors.New("no scenario chosen")
	}
	var m *match.Match
	var err error
	name := i18n.T("class.savename", "scenario", s.Scenario.Title, "when", time.Now().Format("2 Jan 2006 15.04"))
	rounds, timer := s.Preset.roundsFor(s.Scenario), s.Preset.timerMinutes
	if s.Resume != "" {
		if m, name, err = resumeClass(store, s.Resume); err != nil {
			return nil, err
		}
		s.Scenario = m.Scenario()
		rounds, timer = m.Game().Rounds(), m.Clock().Minutes
	} else {
		m, err = match.New(match.Config{Scenario: s.Scenario, Seed: s.Seed, Rounds: rounds,
			Seats: s.seats(), TimerMinutes: timer, Together: true})
		if err != nil {
			return nil, err
		}
		if store != nil {
			// A scenario file opened in the picker records its path, as
			// a game's save does (App.startSession); a built-in id none.
			store.RegisterScenario(s.Scenario, scenarioSource(s.ScenarioID, s.Scenario.ID))
		}
	}
	h := host.New(host.Config{Store: store})
	t, err := h.AddTable(m, host.TableOptions{Lobby: true, Name: name, Pace: true})
	if err != nil {
		h.Close()
		return nil, err
	}
	var srv *host.Server
	for _, port := range ports {
		if srv, err = host.Serve(h, net.JoinHostPort(listen, strconv.Itoa(port))); err == nil {
			break
		}
	}
	if srv == nil {
		h.Close()
		return nil, err
	}
	c := &class{h: h, srv: srv, t: t, sc: s.Scenario, code: t.Code(), rounds: rounds, timerMinutes: timer}
	c.urls, c.onNetwork = srv.URLs(), srv.OnNetwork()
	for _, u := range c.urls {
		c.joinURLs = append(c.joinURLs, host.JoinURL(u, c.code))
	}
	return c, nil
}

// resumeClass loads an earlier lesson's class from store to go on with:
// the game where it stood, its seats (teams join again and choose their
// delegations), its round timer with the time the round had left, and
// its name, so that the class goes on in the same save.
func resumeClass(store *save.Store, file string) (*match.Match, string, error) {
	if store == nil {
		return nil, "", errors.New("there is no saves folder to go on from")
	}
	l, err := store.Load(file)
	if err != nil {
		return nil, "", err
	}
	if l.Game.Over() {
		return nil, "", errors.New(i18n.T("class.resume.over"))
	}
	m, err := match.Resume(l.Scenario, l.Game, l.Seats, l.Save.Meta.Clock.Minutes)
	if err != nil {
		return nil, "", err
	}
	m.SetClock(l.Save.Meta.Clock)
	return m, l.Save.Meta.Name, nil
}

// start begins the game, once every delegation taking part is played by
// a team or an AI delegate: a delegation nobody plays would hold up every
// round. The host starts whatever it is asked to; the class decides when.
func (c *class) start() error {
	if m := modelOf(c.t.Lobby()); !m.canStart() {
		return errors.New(i18n.T("lobby.stillempty", "delegations", strings.Join(m.empty, ", ")))
	}
	return c.t.Start()
}

// Close stops serving: the server closes, the table is saved and every
// device is dropped. It may be called more than once.
func (c *class) Close() error {
	c.closeOnce.Do(func() {
		c.closeErr = c.srv.Close()
		c.h.Close()
	})
	return c.closeErr
}

// openClass starts hosting s from the window, with the window's saves,
// on the usual ports; the class is the App's until it is closed.
func (a *App) openClass(s classSetup) (*class, error) {
	c, err := openClass(a.saves, s, "", classPorts())
	if err != nil {
		return nil, err
	}
	a.closeClass()
	a.class = c
	return c, nil
}

// closeClass stops hosting, if the window is: the table is saved and the
// teams' devices are disconnected.
func (a *App) closeClass() {
	if a.class == nil {
		return
	}
	if err := a.class.Close(); err != nil {
		a.notify("class.close", i18n.T("class.closefailed", "error", err.Error()))
	}
	a.class = nil
}

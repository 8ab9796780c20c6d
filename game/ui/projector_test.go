package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/input"
	"bindingwords/game/wire"
	"bindingwords/scenarios"
)

// berlinWith loads Berlin with the optional delegations in or out.
func berlinWith(t *testing.T) *rules.Scenario {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// seatsFor seats the first humans delegations with people and the rest
// with AI delegates; with five, Berlin's two optional delegations stay
// out.
func seatsFor(sc *rules.Scenario, parties, humans int) []match.SeatKind {
	kinds := make([]match.SeatKind, len(sc.Parties))
	n := 0
	for p := range kinds {
		switch {
		case sc.Parties[p].Optional && parties < len(sc.Parties):
			kinds[p] = match.OutSeat()
		case n < humans:
			kinds[p] = match.HumanSeat()
			n++
		default:
			kinds[p] = match.AISeat("normal")
			n++
		}
	}
	return kinds
}

// hostedClass serves a match of sc on a real host, as the window's class
// does, and opens the projector on it (no network: the window reaches the
// table through Do).
func hostedClass(t *testing.T, sc *rules.Scenario, cfg match.Config) (*App, *class, *projectorScene) {
	t.Helper()
	a, _ := testApp(t)
	a.session, a.table = nil, nil
	c, p := hostedClassOn(t, a, sc, cfg)
	return a, c, p
}

// hostedClassOn is [hostedClass] on the App a.
func hostedClassOn(t *testing.T, a *App, sc *rules.Scenario, cfg match.Config) (*class, *projectorScene) {
	t.Helper()
	cfg.Scenario = sc
	if cfg.Seed == 0 {
		cfg.Seed = 11
	}
	m, err := match.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	h := host.New(host.Config{Logf: t.Logf})
	t.Cleanup(h.Close)
	tb, err := h.AddTable(m, host.TableOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := &class{h: h, t: tb, sc: sc, code: tb.Code(), urls: []string{"http://192.0.2.7:8080/"}}
	p := newProjector(a, c).(*projectorScene)
	a.scene = p
	return c, p
}

// pjFrame builds one frame of the projector with input in and returns
// what it decided and the text on screen.
// Lines of wrapped text are joined with spaces, so a sentence reads as
// one.
func pjFrame(a *App, p *projectorScene, in input.Snapshot) (Outcome, string) {
	a.ui.Begin(in, BaseW, BaseH)
	out := p.Update(a.ui)
	a.drawNotice(a.ui)
	a.ui.End()
	return out, strings.Join(a.ui.Texts(), " ")
}

// do runs f on the class's table and fails the test if the table has
// closed.
func do(t *testing.T, c *class, f func(m *match.Match)) {
	t.Helper()
	if err := c.t.Do(f); err != nil {
		t.Fatal(err)
	}
}

// plainMove is the move that keeps the game going for human party p: pass,
// vote yes, no comment, sign when it can.
func plainMove(m *match.Match, p int) rules.Action {
	v := m.SeatView(p)
	for _, a := range v.Legal() {
		switch a.Kind {
		case rules.Pass, rules.Sign:
			return a
		case rules.Vote:
			if a.Yes {
				return a
			}
		case rules.Statement:
			if a.Press.Kind == rules.NoComment {
				return a
			}
		}
	}
	if l := v.Legal(); len(l) > 0 {
		return l[len(l)-1]
	}
	return rules.Action{Party: p, Kind: rules.Pass}
}

// playUntil makes the human seats' plain moves until done says stop (or
// the game ends); the AI seats move on their own.
func playUntil(t *testing.T, c *class, done func(v rules.View) bool) {
	t.Helper()
	for range 2000 {
		stop := false
		do(t, c, func(m *match.Match) {
			v := m.Public()
			if v.Over() || done(v) {
				stop = true
				return
			}
			for _, p := range m.Humans() {
				if v.MustAct(p) && !v.Chosen(p) {
					if _, err := m.Submit(p, plainMove(m, p)); err != nil {
						t.Errorf("%s: %v", m.Scenario().Parties[p].ID, err)
					}
					return
				}
			}
		})
		if stop {
			return
		}
	}
	t.Fatal("the game did not get there")
}

// The projector's model and screen, built from a real class at the
// together pace with AI delegates moving, never carry a brief or a
// delegation's points: every brief of the scenario is marked with a
// distinctive text and distinctive numbers, and none of them may appear
// in the model or in any text on screen, with every chooser open.
func TestProjectorShowsNoBrief(t *testing.T) {
	sc := berlinWith(t)
	var canaries []string
	for p := range sc.Briefs {
		b := &sc.Briefs[p]
		tag := fmt.Sprintf("CANARY-%s", sc.Parties[p].ID)
		b.Text = tag + "-TEXT"
		b.Objectives = []string{tag + "-OBJECTIVE"}
		b.Reservation = 8000000 + p
		canaries = append(canaries, b.Text, b.Objectives[0], fmt.Sprint(b.Reservation))
		for s := range b.Points {
			for o := range b.Points[s] {
				b.Points[s][o] = 7000000 + p*10000 + s*10 + o
				canaries = append(canaries, fmt.Sprint(b.Points[s][o]))
			}
		}
	}
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 7, 2), Together: true, TimerMinutes: 6})
	check := func(where, s string) {
		t.Helper()
		for _, c := range canaries {
			if strings.Contains(s, c) {
				t.Fatalf("%s shows private %q", where, c)
			}
		}
	}
	seen := map[rules.Phase]bool{}
	for round := 1; round <= 2; round++ {
		for _, ph := range []rules.Phase{rules.PhaseTable, rules.PhasePress} {
			playUntil(t, c, func(v rules.View) bool { return v.Round() > round || (v.Round() == round && v.Phase() >= ph) })
			p.refresh()
			seen[p.pm.Phase] = true
			check("the model", fmt.Sprintf("%+v", p.pm))
			for _, open := range []panel{panelNone, panelHelp, panelNews, panelSeats, panelDevices, panelInject, panelTimer} {
				p.open = open
				_, text := pjFrame(a, p, input.Snapshot{})
				check(fmt.Sprintf("round %d, %s, panel %d", p.pm.Round, p.pm.Phase, open), text)
			}
			p.open = panelNone
		}
	}
	if !p.pm.Together || len(p.pm.Seats) != 7 {
		t.Fatalf("want a together game of 7 delegations, got together=%v with %d", p.pm.Together, len(p.pm.Seats))
	}
	if !seen[rules.PhaseTable] || !seen[rules.PhasePress] {
		t.Fatalf("phases seen: %v", seen)
	}
	// A party's own view would carry its brief: the model refuses one.
	do(t, c, func(m *match.Match) {
		defer func() {
			if recover() == nil {
				t.Error("the projector model accepted a delegation's own view")
			}
		}()
		buildProjModel(m.SeatView(0), m.Clock(), m.Kinds())
	})
}

// The countdown, the pause, the news card and the item on the table on
// the projector follow the match.
func TestProjectorFollowsTheMatch(t *testing.T) {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 5), TimerMinutes: 6})
	_, text := pjFrame(a, p, input.Snapshot{})
	if p.pm.Clock.Minutes != 6 || p.pm.Clock.Left != 360 || !strings.Contains(text, "06:00") {
		t.Fatalf("clock: %+v; screen:\n%s", p.pm.Clock, text)
	}
	if len(p.pm.Seats) != 5 || p.pm.Item != nil {
		t.Fatalf("want 5 seats and nothing on the table, got %d and %+v", len(p.pm.Seats), p.pm.Item)
	}
	// The first delegation tables an amendment: it is on the table, nobody
	// has voted, and the strip asks for votes.
	var proposer int
	do(t, c, func(m *match.Match) {
		v := m.Public()
		proposer = v.Proposer()
		act := rules.Action{Party: proposer, Kind: rules.Table, Changes: []rules.Change{{Slot: 0, Option: 1}}, Reason: "Shorter is clearer."}
		if _, err := m.Submit(proposer, act); err != nil {
			t.Fatal(err)
		}
	})
	p.refresh()
	_, text = pjFrame(a, p, input.Snapshot{})
	it := p.pm.Item
	if it == nil || it.Party != proposer || it.Decided || len(it.Changes) != 1 || it.Changes[0].SlotIdx != 0 {
		t.Fatalf("item on the table: %+v", it)
	}
	for _, want := range []string{"Item 1, tabled by " + sc.Parties[proposer].Name, "Territorial scope", "To vote:", "Votes in: 1 of 5"} {
		if !strings.Contains(text, want) {
			t.Errorf("screen lacks %q:\n%s", want, text)
		}
	}
	// Everyone votes: the result and who voted how.
	playUntil(t, c, func(v rules.View) bool { return v.NumItems() > 0 && v.Item(0).Decided })
	p.refresh()
	_, text = pjFrame(a, p, input.Snapshot{})
	if it := p.pm.Item; it == nil || !it.Decided || len(it.Yes)+len(it.No) != 5 {
		t.Fatalf("decided item: %+v", it)
	}
	if !strings.Contains(text, "ADOPTED") && !strings.Contains(text, "REJECTED") {
		t.Errorf("no result on screen:\n%s", text)
	}
	// The teacher pauses: PAUSED, and the clock stands.
	p.togglePause()
	_, text = pjFrame(a, p, input.Snapshot{})
	if !p.pm.Clock.Paused || !strings.Contains(text, "PAUSED") {
		t.Fatalf("paused: %+v\n%s", p.pm.Clock, text)
	}
	p.togglePause()
	_, text = pjFrame(a, p, input.Snapshot{})
	if p.pm.Clock.Paused || strings.Contains(text, "PAUSED") {
		t.Fatalf("resumed: %+v", p.pm.Clock)
	}
	// A news card put on the table is the round's card (the last card
	// about a delegation at the table: the chair may not deal one about
	// the United Kingdom or Italy when they are away).
	card := len(sc.News) - 1
	for p.pm.Away[card] {
		card--
	}
	p.inject(card)
	_, text = pjFrame(a, p, input.Snapshot{})
	if p.pm.News == nil || p.pm.News.Card != card || !strings.Contains(text, sc.News[card].Headline) || !strings.Contains(text, "Simulated news") {
		t.Fatalf("news: %+v\n%s", p.pm.News, text)
	}
	// To the press: each statement as it is made.
	playUntil(t, c, func(v rules.View) bool {
		for _, e := range v.Events() {
			if e.Kind == rules.EvStatement {
				return true
			}
		}
		return false
	})
	p.refresh()
	_, text = pjFrame(a, p, input.Snapshot{})
	if len(p.pm.Said) != 1 || !strings.Contains(text, "To the press") || !strings.Contains(text, p.pm.Said[0].Text) {
		t.Fatalf("press: %+v\n%s", p.pm.Said, text)
	}
}

// In a secret ballot the projector shows the count, never who voted how.
func TestProjectorKeepsASecretBallot(t *testing.T) {
	sc := berlinWith(t)
	sc.Adoption.Secret = true
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 5)})
	do(t, c, func(m *match.Match) {
		q := m.Public().Proposer()
		if _, err := m.Submit(q, rules.Action{Party: q, Kind: rules.Table, Changes: []rules.Change{{Slot: 0, Option: 1}}}); err != nil {
			t.Fatal(err)
		}
		// One delegation votes no; the rest yes.
		no := true
		for _, r := range m.Humans() {
			if !m.Public().MustAct(r) {
				continue
			}
			if _, err := m.Submit(r, rules.Action{Party: r, Kind: rules.Vote, Yes: !no}); err != nil {
				t.Fatal(err)
			}
			no = false
		}
	})
	p.refresh()
	_, text := pjFrame(a, p, input.Snapshot{})
	it := p.pm.Item
	if it == nil || !it.Decided || !it.Secret || it.YesN != 4 || it.NoN != 1 || it.Yes != nil || it.No != nil {
		t.Fatalf("secret ballot item: %+v", it)
	}
	if !strings.Contains(text, "Secret ballot: 4 yes, 1 no.") || strings.Contains(text, "Yes: ") || strings.Contains(text, "No: ") {
		t.Fatalf("secret ballot on screen:\n%s", text)
	}
}

// Once the class's game is over, the projector goes on to the results and
// the debrief of that very game, as the table screen does.
func TestProjectorGoesToTheDebrief(t *testing.T) {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 2), Together: true})
	do(t, c, func(m *match.Match) {
		if err := m.EndEarly(); err != nil {
			t.Fatal(err)
		}
	})
	playUntil(t, c, func(rules.View) bool { return false })
	var hash string
	do(t, c, func(m *match.Match) { hash = m.Hash() })
	p.refresh()
	out, _ := pjFrame(a, p, input.Snapshot{})
	if out.To != ToRatification {
		t.Fatalf("a finished game: want the results, got route %d", out.To)
	}
	if a.session == nil || a.session.Hash() != hash || !a.session.Public().Over() {
		t.Fatalf("the results are not of the class's game (hash %s)", hash)
	}
	a.route(out)
	if _, ok := a.scene.(*ratificationScene); !ok {
		t.Fatalf("scene after the game: %T", a.scene)
	}
	a.route(goTo(ToDebrief))
	if _, text := frame(a, a.scene); !strings.Contains(text, sc.Title) {
		t.Fatalf("debrief:\n%s", text)
	}
}

// Leaving a class's debrief for the title keeps the window's own
// autosave: the class's game is the host's to save, and a solo game the
// teacher left before the lesson can still be continued after it.
func TestClassDebriefKeepsTheWindowsAutosave(t *testing.T) {
	a := storeApp(t, t.TempDir(), nil)
	startGame(t, a)
	for range 40 {
		playMove(t, a)
	}
	a.route(goTo(ToTitle))
	before, err := a.saves.Continue()
	if err != nil {
		t.Fatal(err)
	}
	sc := berlinWith(t)
	c, p := hostedClassOn(t, a, sc, match.Config{Seats: seatsFor(sc, 5, 2), Together: true})
	do(t, c, func(m *match.Match) {
		if err := m.EndEarly(); err != nil {
			t.Fatal(err)
		}
	})
	playUntil(t, c, func(rules.View) bool { return false })
	p.refresh()
	out, _ := pjFrame(a, p, input.Snapshot{})
	if out.To != ToRatification || a.session == nil || !a.session.Public().Over() {
		t.Fatalf("the class's results did not open (route %d)", out.To)
	}
	a.route(out)
	a.route(goTo(ToDebrief))
	a.route(goTo(ToTitle))
	after, err := a.saves.Continue()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := after.Game.Hash(), before.Game.Hash(); got != want {
		t.Errorf("the autosave is now game %s (over: %v), not the window's game %s", got, after.Game.Over(), want)
	}
}

// An idle projector asks for no frames: only a change at the table (its
// version moves) or, while the clock runs, a new second does.
func TestProjectorIdlesUntilTheTableMoves(t *testing.T) {
	sc := berlinWith(t)
	a, c, p := hostedClass(t, sc, match.Config{Seats: seatsFor(sc, 5, 5)})
	pjFrame(a, p, input.Snapshot{})
	if p.Busy() {
		t.Fatal("a projector with nothing new is busy")
	}
	do(t, c, func(m *match.Match) {
		q := m.Public().Proposer()
		if _, err := m.Submit(q, rules.Action{Party: q, Kind: rules.Pass}); err != nil {
			t.Fatal(err)
		}
	})
	if !p.Busy() {
		t.Fatal("the table moved and the projector does not want a frame")
	}
	pjFrame(a, p, input.Snapshot{})
	if p.Busy() {
		t.Fatal("the projector is still busy after reading the table")
	}
}

// From the lobby to the projector on a real class served on loopback:
// two teams on their devices, three AI delegates; a team's move from its
// device shows on the projector as a tick, with the clock running.
func TestProjectorAfterTheLobby(t *testing.T) {
	c := berlinClass(t)
	us := joinTeam(t, c, "us", "Eagles")
	joinTeam(t, c, "ukraine", "Sunflowers")
	for _, id := range []string{"germany", "france", "poland"} {
		if err := c.t.SetSeat(c.sc.PartyIndex(id), match.AISeat("normal")); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.start(); err != nil {
		t.Fatal(err)
	}
	a, _ := testApp(t)
	a.session, a.table, a.class = nil, nil, c
	a.route(goTo(ToProjector))
	p, ok := a.scene.(*projectorScene)
	if !ok {
		t.Fatalf("the lobby's start opened %T", a.scene)
	}
	_, text := pjFrame(a, p, input.Snapshot{})
	for _, want := range []string{"Round 1 of 6", "Amendments on the table", "Choosing:", "United States", "Room " + c.code} {
		if !strings.Contains(text, want) {
			t.Errorf("the projector lacks %q:\n%s", want, text)
		}
	}
	if clk, full := p.pm.Clock, c.timerMinutes*60; clk.Minutes != c.timerMinutes || clk.Left > full || clk.Left < full-10 || clk.Paused {
		t.Errorf("clock after the start: %+v", clk)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := us.Act(ctx, wire.Action{Kind: "pass"}); err != nil {
		t.Fatal(err)
	}
	usP := c.sc.PartyIndex("us")
	for !chose(p, usP) {
		if ctx.Err() != nil {
			t.Fatalf("the projector never showed the Eagles' choice: %+v", p.pm.Seats)
		}
		pjFrame(a, p, input.Snapshot{})
		time.Sleep(10 * time.Millisecond)
	}
	if _, text = pjFrame(a, p, input.Snapshot{}); !strings.Contains(text, "✓ United States") {
		t.Errorf("no tick for the United States:\n%s", text)
	}
}

// chose reports whether the projector's model shows party p's choice made.
func chose(p *projectorScene, party int) bool {
	for _, st := range p.pm.Seats {
		if st.Party == party {
			return st.Chosen || !st.Waiting
		}
	}
	return false
}

// The projector quotes a wording as the table does: a label's own single
// marks nest inside (Berlin's ‘the territory of Ukraine’ (undefined), as
// FORMAT.md asks authors to write it), a label in double marks is left as
// it is, and an apostrophe is no quotation.
func TestProjectorQuotesWordings(t *testing.T) {
	for in, want := range map[string]string{
		"internationally recognised borders":     "“internationally recognised borders”",
		"‘the territory of Ukraine’ (undefined)": "“‘the territory of Ukraine’ (undefined)”",
		"\"the territory\" (undefined)":          "\"the territory\" (undefined)",
		"Ukraine’s borders":                      "“Ukraine’s borders”",
	} {
		if got := quoted(in); got != want {
			t.Errorf("quoted(%q) = %q, want %q", in, got, want)
		}
	}
}

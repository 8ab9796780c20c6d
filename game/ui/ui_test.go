package ui

import (
	"regexp"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/input"
	"bindingwords/scenarios"
)

// missingKey is how i18n.T shows a key it does not know: "[ng.start]".
var missingKey = regexp.MustCompile(`^\[[a-z0-9_]+(\.[a-z0-9_]+)+\]$`)

// testApp is an App with fonts and a game of Berlin where party 0 and 1
// are human and the rest AI; no window is opened.
func testApp(t *testing.T) (*App, *Session) { return testAppOf(t, "berlin") }

// testAppOf is testApp for the built-in scenario id.
func testAppOf(t *testing.T, id string) (*App, *Session) {
	t.Helper()
	load := func(id string) (*rules.Scenario, error) { return scenarios.LoadBuiltin(id) }
	a, err := NewApp(Options{Scenarios: scenarios.Builtin(), Load: load, Scenario: id, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load(id)
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat("normal")
	}
	seats[0], seats[1] = match.HumanSeat(), match.HumanSeat()
	s, err := NewSession(Config{Scenario: sc, Seats: seats, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	a.session, a.table = s, newTable(a, s)
	// The round's news card has been read (news_card_test.go tests it).
	a.table.newsRound = s.Public().Round()
	a.scale = 1
	a.fonts.SetScale(1)
	return a, s
}

// frame builds one frame of scene and returns the text on screen.
func frame(a *App, scene Scene) (Outcome, string) {
	a.ui.Begin(input.Snapshot{}, BaseW, BaseH)
	out := scene.Update(a.ui)
	a.ui.End()
	return out, strings.Join(a.ui.Texts(), "\n")
}

// The projected table never shows a delegation's brief or points unless
// that delegation has passed the pass screen and it is its turn.
func TestTableShowsNoPrivateDataWhileLocked(t *testing.T) {
	a, s := testApp(t)
	actor := s.Actor()
	if !s.Human(actor) {
		t.Fatalf("round 1 should open with a human proposer, got %d", actor)
	}
	out, _ := frame(a, a.table)
	if out.To != ToPass || out.Party != actor {
		t.Fatalf("locked table: want the pass screen for %d, got %+v", actor, out)
	}
	if p := a.table.privileged(); p != -1 {
		t.Fatalf("locked table is privileged for %d", p)
	}
	s.Unlock(actor)
	if p := a.table.privileged(); p != actor {
		t.Fatalf("unlocked table: want %d privileged, got %d", actor, p)
	}
	// Another human's unlock does not open the actor's data.
	s.Unlock(1 - actor)
	if p := a.table.privileged(); p != -1 {
		t.Fatalf("table privileged for %d while %d is to act", p, actor)
	}
}

// A whole game of every built-in scenario played by the session (humans
// pass, vote yes, say nothing and sign when they can), with every scene
// built along the way: no scene panics, no string is missing from the
// translation table.
func TestEveryScreenOfAGame(t *testing.T) {
	for _, id := range scenarios.Builtin() {
		t.Run(id, func(t *testing.T) { everyScreenOf(t, id) })
	}
}

func everyScreenOf(t *testing.T, id string) {
	a, s := testAppOf(t, id)
	check := func(name, text string) {
		t.Helper()
		if strings.Contains(text, "[") && strings.Contains(text, ".") {
			for _, l := range strings.Split(text, "\n") {
				// A key is dotted lower-case words; a bracketed word of
				// the draft ("[Italy,]") is not one.
				if missingKey.MatchString(l) {
					t.Errorf("%s: missing translation %s", name, l)
				}
			}
		}
	}
	for _, sc := range []Scene{newTitle(a), newNewGame(a), newSettings(a), newBriefing(a, s), newPass(a, s, 0, passForBrief), newBrief(a, s, 0, true)} {
		_, text := frame(a, sc)
		check("setup", text)
	}
	for i := 0; i < 5000 && !s.m.Game().Over(); i++ {
		s.Skip()
		s.Tick()
		actor := s.Actor()
		if actor < 0 || !s.Human(actor) {
			continue
		}
		s.Unlock(actor)
		_, text := frame(a, a.table)
		check("table", text)
		v := s.m.Game().View(actor)
		act := rules.Action{Party: actor, Kind: rules.Pass}
		switch s.m.Game().Phase() {
		case rules.PhaseTable:
			if _, ok := v.Pending(); ok {
				act = rules.Action{Party: actor, Kind: rules.Vote, Yes: true}
			}
		case rules.PhasePress:
			act = rules.Action{Party: actor, Kind: rules.Statement, Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}
		case rules.PhaseSigning:
			act = rules.Action{Party: actor, Kind: rules.Decline}
			if v.CanSign() {
				act.Kind = rules.Sign
			}
		}
		if err := s.Apply(act); err != nil {
			t.Fatalf("%v refused: %v", act, err)
		}
	}
	if !s.m.Game().Over() {
		t.Fatal("the game did not end")
	}
	for n := 1; n <= s.PollRounds(); n++ {
		_, text := frame(a, newPolls(a, s, n))
		check("polls", text)
	}
	_, text := frame(a, newRatification(a, s))
	check("ratification", text)
	d := newDebrief(a, s)
	for tab := range d.tabs() {
		d.tab = tab
		_, text := frame(a, d)
		check("debrief", text)
	}
	// Every event of the game reads as a sentence.
	desc := describer{&s.m.Scenario().PublicScenario}
	for _, e := range s.m.Game().Events() {
		if got := desc.Event(e); got == "?" || strings.Contains(got, "[ev.") {
			t.Errorf("event %+v renders as %q", e, got)
		}
	}
}

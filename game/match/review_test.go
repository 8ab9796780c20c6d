package match

// A second pair of eyes on the teacher's controls: each test tries to
// break one promise they make. Tests that found a real bug are skipped
// with "BUG:" so the branch stays green; remove the skip to see them fail.

import (
	"errors"
	"testing"

	"bindingwords/game/rules"
)

// tableSomething posts, for every delegation the together window waits
// for, its first legal proposal (or a pass), so the window closes with
// items queued.
func tableSomething(t *testing.T, m *Match) {
	t.Helper()
	for _, p := range m.Public().ToAct() {
		var move rules.Action
		for _, a := range m.SeatView(p).Legal() {
			if a.Kind == rules.Table || a.Kind == rules.Pass && move.Kind != rules.Table {
				move = a
			}
		}
		if _, err := m.Submit(p, move); err != nil {
			t.Fatal(err)
		}
		if m.Game().Phase() != rules.PhaseTable || !m.Game().Chosen(p) {
			return
		}
	}
}

// Advance moves one phase on and no further: from the window (items
// queued) to the press, from the last press to the signing without
// declining for anyone, from the signing to the end; on a finished game
// it does nothing.
func TestReviewAdvanceStopsAtEachPhaseAndTheEnd(t *testing.T) {
	sc := berlin(t)
	for _, together := range []bool{true, false} {
		m, err := New(Config{Scenario: sc, Seed: 5, Seats: kinds(sc, HumanSeat()), Together: together, Rounds: 1})
		if err != nil {
			t.Fatal(err)
		}
		if together {
			p := m.Public().ToAct()[0]
			for _, a := range m.SeatView(p).Legal() {
				if a.Kind == rules.Table {
					if _, err := m.Submit(p, a); err != nil {
						t.Fatal(err)
					}
					break
				}
			}
			if !m.Game().Chosen(p) {
				t.Fatal("no proposal was sealed")
			}
		}
		if err := m.Advance(); err != nil || m.Game().Phase() != rules.PhasePress {
			t.Fatalf("together=%v: advance from the table: %v, phase %d", together, err, m.Game().Phase())
		}
		if err := m.Advance(); err != nil || m.Game().Phase() != rules.PhaseSigning {
			t.Fatalf("together=%v: advance from the last press: %v, phase %d", together, err, m.Game().Phase())
		}
		for _, p := range m.Game().Parties() {
			if m.Public().Decision(p) != rules.VoteNone || m.Game().Chosen(p) {
				t.Fatalf("together=%v: advancing into the signing decided for %d", together, p)
			}
		}
		if err := m.Advance(); err != nil || !m.Over() {
			t.Fatalf("together=%v: advance in the signing: %v, over %v", together, err, m.Over())
		}
		steps, hash := m.Steps(), m.Hash()
		if err := m.Advance(); err != nil || m.Steps() != steps || m.Hash() != hash {
			t.Fatalf("together=%v: advance on a finished game: %v, %d steps (was %d)", together, err, m.Steps(), steps)
		}
		if _, err := rules.Replay(sc, record(t, m)); err != nil {
			t.Fatalf("together=%v: %v", together, err)
		}
	}
}

// Out of time at the together pace, the timer moves the table on step by
// step to the signing of the last round, and there it stops: it never
// declines for anyone, not even after the chair closed early.
func TestReviewTimeOutNeverDeclines(t *testing.T) {
	sc := berlin(t)
	for _, early := range []bool{false, true} {
		m, err := New(Config{Scenario: sc, Seed: 8, Seats: kinds(sc, HumanSeat()), Together: true, Rounds: 2, TimerMinutes: 1})
		if err != nil {
			t.Fatal(err)
		}
		tableSomething(t, m)
		if early {
			if err := m.EndEarly(); err != nil {
				t.Fatal(err)
			}
		}
		for step := 0; m.Game().Phase() != rules.PhaseSigning; step++ {
			if step > 100 {
				t.Fatal("the timer never reached the signing")
			}
			if err := m.Extend(-3600); err != nil {
				t.Fatal(err)
			}
			if _, ok := m.TimeOut("Time ran out."); !ok {
				t.Fatalf("out of time, the timer did nothing in round %d phase %d", m.Game().Round(), m.Game().Phase())
			}
		}
		m.Extend(-3600)
		for range 3 {
			if evs, ok := m.TimeOut("Time ran out."); ok || len(evs) > 0 {
				t.Fatalf("early=%v: the timer moved in the signing: %+v", early, evs)
			}
		}
		for _, p := range m.Game().Parties() {
			if m.Public().Decision(p) != rules.VoteNone || m.Game().Chosen(p) {
				t.Fatalf("early=%v: the timer decided for %d", early, p)
			}
		}
	}
}

// SetKind refuses delegations out of the game, unknown ones and leaving a
// delegation out; a device cannot make the chair's move, however it is
// dressed, and a refused move changes nothing.
func TestReviewSetKindAndSubmitRefusals(t *testing.T) {
	sc := berlin(t)
	ks := kinds(sc, HumanSeat())
	out := -1
	for p, k := range ks {
		if k.Role == Out {
			out = p
		}
	}
	m, err := New(Config{Scenario: sc, Seed: 4, Seats: ks, Together: true})
	if err != nil {
		t.Fatal(err)
	}
	hash := m.Hash()
	if out >= 0 {
		if err := m.SetKind(out, AISeat("easy")); err == nil {
			t.Error("a delegation left out was handed to an AI")
		}
	}
	for _, p := range []int{-1, len(sc.Parties), 99} {
		if err := m.SetKind(p, HumanSeat()); err == nil {
			t.Errorf("SetKind(%d) was accepted", p)
		}
	}
	if err := m.SetKind(0, OutSeat()); err == nil {
		t.Error("a delegation taking part was left out")
	}
	if err := m.SetKind(0, SeatKind{Role: AI, Level: "expert"}); err == nil {
		t.Error("an unknown AI level was accepted")
	}
	for _, a := range []rules.Action{
		{Kind: rules.ChairMove, Chair: rules.ChairAdvance},
		{Kind: rules.ChairMove, Party: rules.ChairParty, Chair: rules.ChairClose},
		{Kind: rules.ChairMove, Party: 0, Chair: rules.ChairNews, Card: 0},
	} {
		if _, err := m.Submit(0, a); !errors.Is(err, ErrNotPeople) {
			t.Errorf("a device's chair move %+v: %v", a, err)
		}
	}
	if m.Hash() != hash || m.Steps() != 0 {
		t.Fatal("refusals changed the game")
	}
}

// A delegation handed to an AI while its people had the shared screen
// open must not keep its private view on show: only people's delegations
// can be unlocked.
func TestReviewSetKindLocksTheScreen(t *testing.T) {
	sc := berlin(t)
	m, err := New(Config{Scenario: sc, Seed: 4, Seats: kinds(sc, HumanSeat())})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Unlock(0); err != nil {
		t.Fatal(err)
	}
	if err := m.SetKind(0, AISeat("normal")); err != nil {
		t.Fatal(err)
	}
	if m.Unlocked() == 0 {
		t.Fatal("the AI's delegation is still unlocked: its brief stays on the shared screen")
	}
}

// ReplaySeats plays a recorded game's moves through the match loop; a
// together game the teacher moved on must replay too.
func TestReviewReplaySeatsWithChairMoves(t *testing.T) {
	sc := berlin(t)
	m, err := New(Config{Scenario: sc, Seed: 6, Seats: kinds(sc, HumanSeat()), Together: true, Rounds: 1})
	if err != nil {
		t.Fatal(err)
	}
	tableSomething(t, m)
	for !m.Over() {
		if err := m.Advance(); err != nil {
			t.Fatal(err)
		}
	}
	g := m.Game()
	r, err := WithSeats(sc, g.Setup(), ReplaySeats(len(sc.Parties), g.Actions()), m.Kinds())
	if err != nil {
		t.Fatal(err)
	}
	n, err := r.Run()
	if err != nil {
		t.Fatal(err)
	}
	if n != m.Steps() || r.Hash() != m.Hash() {
		t.Fatalf("replayed %d moves of %d", n, m.Steps())
	}
}

// In a secret ballot, AI delegates' votes must not be readable on the
// projector: their reasons say "… objects" or "… goes along with it".
func TestReviewSecretBallotAIReasons(t *testing.T) {
	sc := berlin(t)
	sc.Adoption.Secret = true
	for _, together := range []bool{false, true} {
		m, err := New(Config{Scenario: sc, Seed: 3, Seats: kinds(sc, AISeat("hard")), Together: together, Rounds: 2})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Run(); err != nil {
			t.Fatal(err)
		}
		for _, e := range m.Public().Events() {
			if e.Kind == rules.EvVoted && e.Reason != "" {
				t.Fatalf("together=%v: the projector reads party %d's secret vote: %q", together, e.Party, e.Reason)
			}
		}
	}
}

// On a shared screen the private view locks after every move a
// delegation makes, so the next delegation to take the device cannot read
// the last one's brief. The chair's moves that move the table on for a
// delegation (Advance, the together timer, closing early) must lock it
// as Submit does.
func TestReviewChairMovesLockTheSharedScreen(t *testing.T) {
	sc := berlin(t)
	moves := map[string]func(m *Match) error{
		"advance":  func(m *Match) error { return m.Advance() },
		"endearly": func(m *Match) error { return m.EndEarly() },
		"timeout": func(m *Match) error {
			m.Extend(-3600)
			if _, ok := m.TimeOut("Time ran out."); !ok {
				return errors.New("the timer did nothing")
			}
			return nil
		},
	}
	for name, move := range moves {
		for _, together := range []bool{false, true} {
			m, err := New(Config{Scenario: sc, Seed: 9, Seats: kinds(sc, HumanSeat()), Together: together, TimerMinutes: 1})
			if err != nil {
				t.Fatal(err)
			}
			p := m.Actor()
			if err := m.Unlock(p); err != nil {
				t.Fatal(err)
			}
			if err := move(m); err != nil {
				t.Fatalf("%s together=%v: %v", name, together, err)
			}
			if m.Unlocked() >= 0 {
				t.Errorf("%s together=%v: after the chair moved the table on, %s's private view is still on the shared screen (now waiting for %v)",
					name, together, sc.Parties[p].ID, m.Public().ToAct())
			}
		}
	}
}

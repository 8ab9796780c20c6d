package match

import (
	"errors"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

func berlin(t testing.TB) *rules.Scenario {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// kinds seats the delegations of sc that must take part with the given
// kind and leaves the optional ones out.
func kinds(sc *rules.Scenario, k SeatKind) []SeatKind {
	out := make([]SeatKind, len(sc.Parties))
	for p := range out {
		out[p] = k
		if sc.Parties[p].Optional {
			out[p] = OutSeat()
		}
	}
	return out
}

func record(t *testing.T, m *Match) *rules.Record {
	t.Helper()
	r, err := rules.RecordOf(m.Game(), m.RecordSeats())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func sameRecord(t *testing.T, what string, a, b *rules.Record) {
	t.Helper()
	if a.Start != b.Start || len(a.Steps) != len(b.Steps) {
		t.Fatalf("%s: %d steps from %s, %d steps from %s", what, len(a.Steps), a.Start, len(b.Steps), b.Start)
	}
	for i := range a.Steps {
		if a.Steps[i].Hash != b.Steps[i].Hash || a.Steps[i].Action != b.Steps[i].Action {
			t.Fatalf("%s: step %d differs: %s %q against %s %q", what, i+1,
				a.Steps[i].Hash, a.Steps[i].Action, b.Steps[i].Hash, b.Steps[i].Action)
		}
	}
}

// A table of AI delegates plays to the end headless, and the paced loop a
// screen drives plays the very same game, move for move.
func TestRunAndTickPlayTheSameGame(t *testing.T) {
	sc := berlin(t)
	for _, level := range LevelNames() {
		for _, seed := range []uint64{1, 42} {
			cfg := Config{Scenario: sc, Seed: seed, Seats: kinds(sc, AISeat(level))}
			headless, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := headless.Run(); err != nil {
				t.Fatalf("%s seed %d: %v", level, seed, err)
			}
			if !headless.Over() {
				t.Fatalf("%s seed %d: Run stopped in round %d before the end", level, seed, headless.Game().Round())
			}
			paced, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			for ticks := 0; !paced.Over(); ticks++ {
				if ticks > 200*PaceTicks*len(sc.Parties) {
					t.Fatalf("%s seed %d: the paced match never ended", level, seed)
				}
				paced.Tick()
			}
			sameRecord(t, level, record(t, headless), record(t, paced))
		}
	}
}

// The same seed gives the same game; another seed another game.
func TestSeedDecidesTheGame(t *testing.T) {
	sc := berlin(t)
	play := func(seed uint64) string {
		m, err := New(Config{Scenario: sc, Seed: seed, Seats: kinds(sc, AISeat("normal"))})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Run(); err != nil {
			t.Fatal(err)
		}
		return m.Hash()
	}
	first, again := play(7), play(7)
	if first != again {
		t.Error("two matches of seed 7 ended in different states")
	}
	if first == play(8) {
		t.Error("seeds 7 and 8 ended in the same state")
	}
}

// Replay seats play a recorded game back through the same loop, to the
// same hash after every move.
func TestReplaySeatsReproduceAGame(t *testing.T) {
	sc := berlin(t)
	cfg := Config{Scenario: sc, Seed: 3, Seats: kinds(sc, AISeat("hard"))}
	m, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Run(); err != nil {
		t.Fatal(err)
	}
	g := m.Game()
	setup := g.Setup()
	r, err := WithSeats(sc, setup, ReplaySeats(len(sc.Parties), g.Actions()), m.Kinds())
	if err != nil {
		t.Fatal(err)
	}
	n, err := r.Run()
	if err != nil {
		t.Fatal(err)
	}
	if n != m.Steps() {
		t.Fatalf("replayed %d moves of %d", n, m.Steps())
	}
	sameRecord(t, "replay", record(t, m), record(t, r))
}

// People's moves arrive through Submit for their own seat only; the rules
// judge them, and a refused move changes nothing.
func TestSubmit(t *testing.T) {
	sc := berlin(t)
	ks := kinds(sc, AISeat("normal"))
	ks[0], ks[1] = HumanSeat(), HumanSeat()
	m, err := New(Config{Scenario: sc, Seed: 5, Seats: ks})
	if err != nil {
		t.Fatal(err)
	}
	// Play AI moves until a person must act.
	for m.Actor() >= 0 && !m.Human(m.Actor()) {
		if moved, err := m.Step(); err != nil || !moved {
			t.Fatalf("AI step: %v %v", moved, err)
		}
	}
	p := m.Actor()
	if !m.Human(p) {
		t.Fatalf("the table waits for %d, not people", p)
	}
	ai := -1
	for q := range ks {
		if ks[q].Role == AI {
			ai = q
			break
		}
	}
	if _, err := m.Submit(ai, rules.Action{Kind: rules.Pass}); !errors.Is(err, ErrNotPeople) {
		t.Errorf("a move for an AI seat: got %v, want ErrNotPeople", err)
	}
	other := 1 - p
	before := m.Hash()
	var re *rules.RuleError
	if m.Game().MustAct(other) {
		t.Fatalf("the table waits for both %d and %d", p, other)
	}
	if _, err := m.Submit(other, rules.Action{Kind: rules.Pass}); !errors.As(err, &re) {
		t.Errorf("a move out of turn: got %v, want a rule error", err)
	}
	if m.Hash() != before {
		t.Error("a refused move changed the game")
	}
	m.Pause()
	if _, err := m.Submit(p, m.SeatView(p).Legal()[0]); !errors.Is(err, ErrPaused) {
		t.Errorf("a move while paused: got %v, want ErrPaused", err)
	}
	m.Resume()
	if err := m.Unlock(p); err != nil {
		t.Fatal(err)
	}
	legal := m.SeatView(p).Legal()
	var move rules.Action
	for _, a := range legal {
		if a.Kind != rules.Call {
			move = a
			break
		}
	}
	// The party comes from who submits, not from the move.
	move.Party = other
	if _, err := m.Submit(p, move); err != nil {
		t.Fatalf("a legal move: %v", err)
	}
	if last := m.Game().Actions()[m.Steps()-1]; last.Party != p {
		t.Errorf("the move was played for %d, want %d", last.Party, p)
	}
	if m.Unlocked() != -1 {
		t.Error("the private view stayed open after the move")
	}
}

// Only a delegation played by people can open its private view, and the
// shown view is private only while it is open.
func TestPrivacyLock(t *testing.T) {
	sc := berlin(t)
	ks := kinds(sc, AISeat("easy"))
	ks[2] = HumanSeat()
	m, err := New(Config{Scenario: sc, Seed: 9, Seats: ks})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Unlock(0); err == nil {
		t.Error("an AI delegation's private view was opened")
	}
	if v, ok := m.Own(); ok || v.Brief() != nil || m.Shown().Brief() != nil {
		t.Error("a private view is shown while the table is locked")
	}
	if err := m.Unlock(2); err != nil {
		t.Fatal(err)
	}
	if v, ok := m.Own(); !ok || v.Seat() != 2 || v.Brief() == nil {
		t.Error("the unlocked delegation does not see its brief")
	}
	m.Lock()
	if m.Shown().Seat() != rules.Spectator {
		t.Error("the table shows a private view after Lock")
	}
}

// The round timer counts only while the match runs, moves people on once
// it is out, and starts again with each round.
func TestTimer(t *testing.T) {
	sc := berlin(t)
	ks := kinds(sc, HumanSeat())
	m, err := New(Config{Scenario: sc, Seed: 2, Seats: ks, TimerMinutes: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := m.TimeUp("time"); ok {
		t.Fatal("time is up at the start")
	}
	m.Pause()
	for range 100 {
		m.TickTimer()
	}
	if c := m.Clock(); c.Left != 60 || !c.Paused {
		t.Fatalf("a paused clock moved: %+v", c)
	}
	m.Resume()
	for range 60 * TicksPerSecond {
		m.TickTimer()
	}
	if c := m.Clock(); c.Left != 0 {
		t.Fatalf("after a minute the clock shows %+v", c)
	}
	a, ok := m.TimeUp("time")
	if !ok || a.Kind != rules.Pass || a.Party != m.Actor() {
		t.Fatalf("time up: %+v %v, want a pass for %d", a, ok, m.Actor())
	}
	if _, err := m.Submit(a.Party, a); err != nil {
		t.Fatal(err)
	}
	saved := Clock{Minutes: 1, Left: 12, Round: m.Game().Round(), Paused: true}
	m.SetClock(saved)
	if got := m.Clock(); got != saved {
		t.Errorf("restored clock %+v, want %+v", got, saved)
	}
}

func TestSeatKinds(t *testing.T) {
	for _, s := range []string{"human", "ai:easy", "ai:normal", "ai:hard", "out"} {
		k, err := ParseSeatKind(s)
		if err != nil || k.String() != s {
			t.Errorf("%q: %v %v", s, k, err)
		}
	}
	if k, err := ParseSeatKind("ai"); err != nil || k != AISeat("normal") {
		t.Errorf(`"ai" reads as %v, %v; want ai:normal`, k, err)
	}
	for _, s := range []string{"", "AI:normal", "ai:expert", "robot", "human "} {
		if _, err := ParseSeatKind(s); err == nil {
			t.Errorf("%q was accepted", s)
		}
		if k := KindOfRecord(s); k != HumanSeat() {
			t.Errorf("a record's %q seats %v, want people", s, k)
		}
	}
}

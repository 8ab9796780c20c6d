package match

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"bindingwords/game/rules"
)

// AI delegates play a whole Berlin game at the together pace, at every
// level, and the record replays to the same state.
func TestTogetherMatchPlaysToTheEndAndReplays(t *testing.T) {
	sc := berlin(t)
	for _, level := range LevelNames() {
		m, err := New(Config{Scenario: sc, Seed: 7, Seats: kinds(sc, AISeat(level)), Together: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Run(); err != nil {
			t.Fatalf("%s: %v", level, err)
		}
		if !m.Over() {
			t.Fatalf("%s: the together game stalled in round %d, phase %d", level, m.Game().Round(), m.Game().Phase())
		}
		items := 0
		for _, e := range m.Game().Events() {
			if e.Kind == rules.EvTabled {
				items++
			}
		}
		if items == 0 {
			t.Errorf("%s: nobody tabled anything in a together game", level)
		}
		rec := record(t, m)
		g, err := rules.Replay(sc, rec)
		if err != nil || g.Hash() != m.Hash() {
			t.Fatalf("%s: the record does not replay: %v", level, err)
		}
	}
}

// People's choices in a together game may arrive in any order: the game
// comes out the same, step by step.
func TestTogetherPeopleInAnyOrder(t *testing.T) {
	sc := berlin(t)
	play := func(shuffle *rand.Rand) *Match {
		m, err := New(Config{Scenario: sc, Seed: 11, Seats: kinds(sc, HumanSeat()), Together: true, Rounds: 3})
		if err != nil {
			t.Fatal(err)
		}
		for step := 0; !m.Over(); step++ {
			if step > 500 {
				t.Fatal("the game did not end")
			}
			to := m.Public().ToAct()
			var moves []rules.Action
			for _, p := range to {
				legal := m.SeatView(p).Legal()
				var pick []rules.Action
				for _, a := range legal {
					if a.Kind != rules.Call {
						pick = append(pick, a)
					}
				}
				// The choice depends on the party and the step, not on
				// the order the moves arrive in.
				moves = append(moves, pick[(p*7+step*3)%len(pick)])
			}
			if shuffle != nil {
				shuffle.Shuffle(len(moves), func(i, j int) { moves[i], moves[j] = moves[j], moves[i] })
			}
			for _, a := range moves {
				if _, err := m.Submit(a.Party, a); err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
			}
		}
		return m
	}
	a := play(nil)
	for seed := range uint64(5) {
		b := play(rand.New(rand.NewPCG(seed, 1)))
		if a.Hash() != b.Hash() || !slices.Equal(a.Game().Result().Scores, b.Game().Result().Scores) {
			t.Fatalf("arrival order %d changed the game", seed)
		}
	}
}

func TestTeacherControls(t *testing.T) {
	sc := berlin(t)
	seats := kinds(sc, HumanSeat())
	m, err := New(Config{Scenario: sc, Seed: 3, Seats: seats, Together: true, TimerMinutes: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Extend(60); err != nil || m.Clock().Left != 180 {
		t.Fatalf("extend: %v, %d s left", err, m.Clock().Left)
	}
	if err := m.Extend(-500); err != nil || m.Clock().Left != 0 {
		t.Fatalf("taking time away: %v, %d s left", err, m.Clock().Left)
	}
	// Out of time: everyone still choosing passes, step after step.
	steps := 0
	for m.Game().Round() == 1 {
		if _, ok := m.TimeOut("Time ran out."); !ok {
			t.Fatalf("the timer did not move round 1 on (phase %d)", m.Game().Phase())
		}
		steps++
	}
	if steps > 3 {
		t.Errorf("moving an idle round on took %d timer moves", steps)
	}
	m.SetTimer(5)
	if c := m.Clock(); c.Minutes != 5 || c.Left != 300 {
		t.Fatalf("set timer: %+v", c)
	}
	m.Pause()
	if _, err := m.Submit(0, rules.Action{Kind: rules.Pass}); !errors.Is(err, ErrPaused) {
		t.Fatalf("a paused match took a move: %v", err)
	}
	m.Resume()
	if _, err := m.Submit(0, rules.Action{Kind: rules.ChairMove, Chair: rules.ChairClose}); err == nil {
		t.Fatal("a device made the chair's move")
	}
	if err := m.HoldNews(true); err != nil || !m.NewsHeld() {
		t.Fatalf("hold: %v", err)
	}
	told := m.Public().News()
	card := 0
	for slices.Contains(told, card) {
		card++
	}
	if err := m.InjectNews(card); err != nil || m.Public().News()[m.Game().Round()-1] != card {
		t.Fatalf("inject: %v", err)
	}
	if err := m.InjectNews(card); err == nil && !sc.News[card].Repeatable {
		t.Fatal("a card was told twice")
	}
	if err := m.Advance(); err != nil || m.Game().Phase() != rules.PhasePress {
		t.Fatalf("advance: %v, phase %d", err, m.Game().Phase())
	}
	us := sc.PartyIndex("us")
	if err := m.SetKind(us, AISeat("hard")); err != nil || m.Human(us) {
		t.Fatalf("hand to AI: %v", err)
	}
	if _, err := m.Run(); err != nil || !m.Game().Chosen(us) {
		t.Fatalf("the AI did not choose for the US: %v", err)
	}
	if err := m.SetKind(us, HumanSeat()); err != nil || !m.Human(us) {
		t.Fatalf("back to people: %v", err)
	}
	if err := m.EndEarly(); err != nil || m.Game().Phase() != rules.PhaseSigning {
		t.Fatalf("end early: %v, phase %d", err, m.Game().Phase())
	}
	if err := m.Advance(); err != nil || !m.Over() {
		t.Fatalf("advance in the signing should end the game: %v", err)
	}
	rec := record(t, m)
	if _, err := rules.Replay(sc, rec); err != nil {
		t.Fatalf("the teacher's game does not replay: %v", err)
	}
}

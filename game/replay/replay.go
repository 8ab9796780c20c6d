// Package replay lays out a recorded game for stepping through: the
// debrief's replay view shows the text, the polls and the news at any
// point, and jumps to the start of any round or phase.
package replay

import (
	"fmt"

	"bindingwords/game/rules"
)

// A Timeline is a recorded game, verified, with the points where each
// round and phase begins.
type Timeline struct {
	sc      *rules.Scenario
	rec     *rules.Record
	actions []rules.Action
	marks   []Mark
	final   *rules.Game
}

// A Mark is a point where a round or phase begins: the state after Step
// actions (0 is the start of the game) is the first of Round and Phase.
type Mark struct {
	Step  int
	Round int
	Phase rules.Phase
}

// New replays rec against sc, checking every state hash as [rules.Replay]
// does (a record made under the scenario's former rules replays under
// them, see [rules.Scenario.Formers]), and notes where each round and
// phase begins.
func New(sc *rules.Scenario, rec *rules.Record) (*Timeline, error) {
	t, err := newOn(sc, rec)
	if rules.ChangedRules(err) {
		for _, old := range sc.Formers() {
			if t2, err2 := newOn(old, rec); err2 == nil {
				return t2, nil
			}
		}
	}
	return t, err
}

func newOn(sc *rules.Scenario, rec *rules.Record) (*Timeline, error) {
	if sc.ID != rec.Scenario || sc.Hash != rec.ScenarioHash {
		return nil, fmt.Errorf("the record is of scenario %s %.12s…, not %s %.12s…", rec.Scenario, rec.ScenarioHash, sc.ID, sc.Hash)
	}
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: rec.Seed, Rounds: rec.Rounds, Parties: rec.Parties, Together: rec.Together})
	if err != nil {
		return nil, err
	}
	if h := g.Hash(); h != rec.Start {
		return nil, &rules.DivergenceError{Want: rec.Start, Got: h}
	}
	t := &Timeline{sc: sc, rec: rec, marks: []Mark{{0, g.Round(), g.Phase()}}}
	for i, s := range rec.Steps {
		a, err := sc.ParseAction(s.Action)
		if err != nil {
			return nil, &rules.StepError{Step: i + 1, Line: s.Line, Err: err}
		}
		if _, err := g.Apply(a); err != nil {
			return nil, &rules.StepError{Step: i + 1, Line: s.Line, Err: err}
		}
		if h := g.Hash(); h != s.Hash {
			return nil, &rules.DivergenceError{Step: i + 1, Line: s.Line, Want: s.Hash, Got: h}
		}
		t.actions = append(t.actions, a)
		if last := t.marks[len(t.marks)-1]; last.Round != g.Round() || last.Phase != g.Phase() {
			t.marks = append(t.marks, Mark{i + 1, g.Round(), g.Phase()})
		}
	}
	t.final = g
	return t, nil
}

// Len is the number of actions in the game.
func (t *Timeline) Len() int { return len(t.actions) }

// Final is the game after its last action. Callers must not apply actions
// to it.
func (t *Timeline) Final() *rules.Game { return t.final }

// Marks returns where each round and phase begins, in order.
func (t *Timeline) Marks() []Mark { return append([]Mark(nil), t.marks...) }

// MarkAt is the round and phase the game is in after k actions.
func (t *Timeline) MarkAt(k int) Mark {
	m := t.marks[0]
	for _, x := range t.marks {
		if x.Step > k {
			break
		}
		m = x
	}
	return m
}

// RoundStart is the step where round r begins (its table phase), or -1
// when the game never reached it.
func (t *Timeline) RoundStart(r int) int {
	for _, m := range t.marks {
		if m.Round == r {
			return m.Step
		}
	}
	return -1
}

// Action is the k-th action of the game, from 1.
func (t *Timeline) Action(k int) rules.Action { return t.actions[k-1] }

// At returns a new game replayed up to the state after k actions (0 to
// Len), for the replay view to show through its spectator view: the text,
// the polls and the news as they stood. Replaying from the start costs a
// millisecond or so; the view need not cache.
func (t *Timeline) At(k int) (*rules.Game, error) {
	if k < 0 || k > len(t.actions) {
		return nil, fmt.Errorf("step %d is outside the game (0 to %d)", k, len(t.actions))
	}
	g, _, err := rules.NewGame(t.sc, rules.Setup{Seed: t.rec.Seed, Rounds: t.rec.Rounds, Parties: t.rec.Parties, Together: t.rec.Together})
	if err != nil {
		return nil, err
	}
	for i := 0; i < k; i++ {
		if _, err := g.Apply(t.actions[i]); err != nil {
			return nil, fmt.Errorf("step %d: %v", i+1, err)
		}
	}
	return g, nil
}

// Of lays out a game in progress or just ended (the debrief's replay view
// of the game on screen): it records the game and replays the record.
func Of(sc *rules.Scenario, g *rules.Game) (*Timeline, error) {
	rec, err := rules.RecordOf(g, nil)
	if err != nil {
		return nil, err
	}
	return New(sc, rec)
}

package rules

import "errors"

// FormerCommitBoostDefault is the support a public commitment won at home,
// in whole points, in scenarios that did not set commit_boost before its
// default became 0. Records made then replay with it.
const FormerCommitBoostDefault = 2

// Former returns the scenario as the rules played it before the default
// of commit_boost became 0 (a copy sharing everything but its press
// rules), or nil when the scenario plays the same now as then: a file
// that sets commit_boost, or a scenario built in Go that set no former
// value. A record replays against sc first and, if that diverges,
// against sc.Former(): the state hashes it carries show which rules it
// was played under, so an old save still verifies and a new one is never
// read under the old rules by mistake.
func (sc *Scenario) Former() *Scenario {
	if f := sc.Press.FormerCommitBoost; f == 0 || f == sc.Press.CommitBoost {
		return nil
	}
	old := *sc
	old.Press.CommitBoost = sc.Press.FormerCommitBoost
	return &old
}

// Replay plays a record against sc and checks every hash. It returns the
// game as it stands after the last step, or the first error: a scenario
// that is not the one recorded, an action the rules refuse, or a
// [*DivergenceError]. A record that diverges under today's rules is tried
// under the scenario's former ones ([Scenario.Former]); the game returned
// then plays on under those, so a resumed old game stays one game.
func Replay(sc *Scenario, r *Record) (*Game, error) {
	g, err := replayOn(sc, r)
	if div := (*DivergenceError)(nil); err != nil && errors.As(err, &div) {
		if old := sc.Former(); old != nil {
			if g2, err2 := replayOn(old, r); err2 == nil {
				return g2, nil
			}
		}
	}
	return g, err
}

// Rules returns the whole scenario the game plays under: the one it was
// set up with, or for a record replayed under former rules the copy with
// them ([Scenario.Former]). Whoever rebuilds the game from its actions
// must use this one. Callers must not modify it.
func (g *Game) Rules() *Scenario { return g.sc }

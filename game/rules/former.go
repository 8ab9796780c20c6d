package rules

import "errors"

// FormerCommitBoostDefault is the support a public commitment won at home,
// in whole points, in scenarios that did not set commit_boost before its
// default became 0. Records made then replay with it.
const FormerCommitBoostDefault = 2

// Former returns the oldest rules the scenario was played under (the
// last of [Scenario.Formers]), or nil when it plays the same now as then.
func (sc *Scenario) Former() *Scenario {
	f := sc.Formers()
	if len(f) == 0 {
		return nil
	}
	return f[len(f)-1]
}

// Formers returns the scenario as the rules played it before each change
// that alters how a recorded game plays, newest first: copies sharing
// everything but those rules. Three changes so far:
//
//   - the chair may no longer deal a news card about a delegation not at
//     the table (chair.go); before, only the draw skipped such cards;
//   - news cards about a delegation not at the table are no longer dealt
//     (news.go); before, they were dealt and only their effects on absent
//     delegations skipped;
//   - before that, the default of commit_boost became 0: a file that does
//     not set it played with [FormerCommitBoostDefault].
//
// A record replays against sc first and, if that diverges or is refused,
// against each of these in turn: the state hashes it carries show which
// rules it was played under, so an old save still verifies and a new one
// is never read under old rules by mistake.
func (sc *Scenario) Formers() []*Scenario {
	chair := *sc
	chair.absentChair = true
	news := *sc
	news.absentNews = true
	out := []*Scenario{&chair, &news}
	if f := sc.Press.FormerCommitBoost; f != 0 && f != sc.Press.CommitBoost {
		boost := news
		boost.Press.CommitBoost = f
		out = append(out, &boost)
	}
	return out
}

// Replay plays a record against sc and checks every hash. It returns the
// game as it stands after the last step, or the first error: a scenario
// that is not the one recorded, an action the rules refuse, or a
// [*DivergenceError]. A record that diverges under today's rules, or has
// a step they refuse, is tried under the scenario's former ones
// ([Scenario.Formers]); the game returned then plays on under those, so a
// resumed old game stays one game. If none of them takes it, the error is
// today's rules'.
func Replay(sc *Scenario, r *Record) (*Game, error) {
	g, err := replayOn(sc, r)
	if ChangedRules(err) {
		for _, old := range sc.Formers() {
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

// ChangedRules reports whether err, from replaying a record, may come from
// rules that changed since the record was made: a divergence, or a step
// today's rules refuse. Only such a record is tried under the former
// rules; a malformed one is not.
func ChangedRules(err error) bool {
	div, refused := (*DivergenceError)(nil), (*RuleError)(nil)
	return err != nil && (errors.As(err, &div) || errors.As(err, &refused))
}

package bots

import (
	"fmt"

	"bindingwords/game/rules"
)

// A Baseline is a simple negotiator to measure the AI delegates against.
// It knows only its own table and reads nothing of the others: the
// hardliner tables the single change that gains it most, votes only for
// what gains it points and signs anything at least as good as no
// agreement; the pushover asks for nothing and accepts everything. The
// Boulware and Conceder baselines are [TimeDependent] agents.
type Baseline struct {
	kind string
	seat int
	best int
	text []int
}

// The baselines the sim command offers besides "random".
const (
	// Pushover accepts everything and asks for nothing.
	Pushover = "pushover"
	// Hardliner never concedes: it votes only for what gains it points.
	Hardliner = "hardliner"
	// Boulware is the standard time-dependent agent with e = 0.2: it
	// concedes late, reaching its reservation at its last turn.
	Boulware = "boulware"
	// Conceder is the same agent with e = 2: it concedes early.
	Conceder = "conceder"
)

// NewBaseline returns a baseline player of the given kind for seat.
func NewBaseline(kind string, seat int) (Player, error) {
	switch kind {
	case Pushover, Hardliner:
		return &Baseline{kind: kind, seat: seat}, nil
	case Boulware:
		return newTimeDependent(kind, boulwareE, seat), nil
	case Conceder:
		return newTimeDependent(kind, concederE, seat), nil
	}
	return nil, fmt.Errorf("unknown baseline %q; want random, pushover, hardliner, boulware or conceder", kind)
}

// Act decides the baseline's next action.
func (b *Baseline) Act(v rules.View) (rules.Action, bool) {
	if v.Seat() != b.seat || !v.MustAct(b.seat) {
		return rules.Action{}, false
	}
	sc, brief := v.Scenario(), v.Brief()
	if b.text == nil {
		b.text = make([]int, len(sc.Slots))
		b.best = sc.BestScore(brief)
	}
	for s := range b.text {
		b.text[s] = v.Option(s)
	}
	name := sc.Parties[b.seat].Name
	score, _ := v.Scores(b.text)
	a := rules.Action{Party: b.seat}
	switch v.Phase() {
	case rules.PhaseTable:
		if it, ok := v.Pending(); ok {
			a.Kind = rules.Vote
			next := append([]int(nil), b.text...)
			for _, c := range it.Changes {
				next[c.Slot] = c.Option
			}
			after, red := v.Scores(next)
			a.Yes = b.kind == Pushover || (!red && (after >= score || after >= b.best))
			a.Reason = sayFor(name, map[bool]reasonKey{true: reasonAcceptAll, false: reasonHoldOut}[a.Yes])
			return a, true
		}
		a.Kind = rules.Pass
		a.Reason = sayFor(name, reasonContent)
		if b.kind == Pushover {
			return a, true
		}
		bestGain, pick := 0, rules.Change{}
		for s := range sc.Slots {
			for o := range sc.Slots[s].Options {
				g := brief.Points[s][o] - brief.Points[s][b.text[s]]
				if len(brief.Links) > 0 {
					g += rules.LinkChange(brief.Links, b.text, []rules.Change{{Slot: s, Option: o}})
				}
				if g > bestGain && !redLine(brief, s, o) {
					bestGain, pick = g, rules.Change{Slot: s, Option: o}
				}
			}
		}
		if bestGain > 0 {
			a.Kind, a.Changes = rules.Table, []rules.Change{pick}
			a.Reason = sayFor(name, reasonWant, sc.Slots[pick.Slot].Options[pick.Option].Label, sc.Slots[pick.Slot].Name)
		}
		return a, true
	case rules.PhasePress:
		a.Kind, a.Press = rules.Statement, rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}
		a.Reason = sayFor(name, reasonNoComment)
		return a, true
	case rules.PhaseSigning:
		a.Kind = rules.Decline
		a.Reason = sayFor(name, reasonDecline)
		final := sc.BriefScore(brief, b.text, v.Present())
		if v.CanSign() && (b.kind == Pushover || final >= brief.Reservation) {
			a.Kind = rules.Sign
			a.Reason = sayFor(name, reasonSign)
		}
		return a, true
	}
	return rules.Action{}, false
}

func redLine(brief *rules.Brief, s, o int) bool {
	for _, r := range brief.RedLines {
		if r.Slot == s && r.Option == o {
			return true
		}
	}
	return false
}

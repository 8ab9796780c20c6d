package bots

import (
	"math"

	"bindingwords/game/rules"
)

// TimeDependent is the standard time-dependent negotiator of the
// automated-negotiation field (Faratin, Sierra and Jennings 1998, the
// Boulware and Conceder agents of the ANAC competitions and the Genius
// framework), mapped onto the table's protocol. It knows its own brief
// only and models nobody.
//
// Its target utility at time t is
//
//	u(t) = Pmin + (Pmax − Pmin)·(1 − F(t)),  F(t) = k + (1 − k)·t^(1/e),  k = 0,
//
// with Pmax its best text's score and Pmin its reservation value. Its
// decision points are its tabling turns, one a round: t = (r − 1)/(R − 1)
// in round r of R, so its last turn, in the last round, is at t = 1 and
// bids its reservation; the signing comes after the deadline. Each
// decision point is mapped so:
//
//   - Bid: in its tabling turn, if the draft is worth less than u(t), it
//     tables the text closest above u(t) among those within one item of
//     the draft (at most [rules.MaxPackage] changes): the lowest score at
//     or above u(t), then the fewest changes, then the first in clause
//     and wording order. It cannot know which text is best for the
//     others, so it keeps as much of the draft, which they shaped, as its
//     target allows. If no text within reach meets u(t), it tables the
//     best one within reach, if that beats the draft. If the draft meets
//     u(t), the draft is its bid: it passes.
//   - Accept ("AC_next"): it votes for an item, calls for signature on the
//     draft and signs the final text iff the text is worth at least its
//     own next bid, u(t′) at its next tabling turn (Pmin once its last
//     turn has gone by, so at the signing: at least its reservation).
//
// A text's worth is its score as it would be signed if the game ended
// now: an article with a clause still in brackets falls out, and an item
// settles the clauses it names. A text that keeps one of its red lines in
// the treaty is worth nothing to it.
type TimeDependent struct {
	kind string
	e    float64
	seat int

	ready      bool
	pmax, pmin int
	// bidRound is the last round whose tabling turn it has taken.
	bidRound int
	red      [][]bool // [slot][option]: its own red lines
	present  []bool   // scratch: [article]

	// scratch for the search of a bid
	text     []int
	settle   []bool
	best     []rules.Change
	bestU    int
	bestN    int
	found    bool
	changes  []rules.Change
	goal     float64
	fallback bool
	// settling counts the bracketed clauses the item in hand settles;
	// mustSettle is how many a bid must settle.
	settling, mustSettle int
}

// The time-dependent baselines' concession exponents: e < 1 concedes
// late (Boulware), e > 1 early (Conceder).
const (
	boulwareE = 0.2
	concederE = 2
)

func newTimeDependent(kind string, e float64, seat int) *TimeDependent {
	return &TimeDependent{kind: kind, e: e, seat: seat}
}

// Clock is the time of the agent's tabling turn in round r of rounds:
// 0 in the first round, 1 in the last.
func Clock(r, rounds int) float64 {
	if rounds <= 1 {
		return 1
	}
	return math.Min(1, math.Max(0, float64(r-1)/float64(rounds-1)))
}

// Target is u(t) = pmin + (pmax − pmin)·(1 − t^(1/e)), the time-dependent
// tactic with k = 0.
func Target(pmin, pmax int, e, t float64) float64 {
	f := math.Pow(math.Min(1, math.Max(0, t)), 1/e)
	return float64(pmin) + float64(pmax-pmin)*(1-f)
}

func (b *TimeDependent) setup(v rules.View) {
	if b.ready {
		return
	}
	b.ready = true
	sc, brief := v.Scenario(), v.Brief()
	b.pmin = brief.Reservation
	b.red = make([][]bool, len(sc.Slots))
	for s := range sc.Slots {
		b.red[s] = make([]bool, len(sc.Slots[s].Options))
	}
	for _, r := range brief.RedLines {
		b.red[r.Slot][r.Option] = true
	}
	// Pmax is its best text that crosses none of its red lines.
	for s, row := range brief.Points {
		m := math.MinInt
		for o, x := range row {
			if !b.red[s][o] {
				m = max(m, x)
			}
		}
		if m == math.MinInt {
			m = 0
		}
		b.pmax += m
	}
	if len(brief.Links) > 0 {
		// A link can make a worse wording part of its best text.
		b.pmax = sc.BestSignable(brief)
	}
	// With no text worth its reservation, it holds there throughout.
	b.pmax = max(b.pmax, b.pmin)
	b.text = make([]int, len(sc.Slots))
	b.settle = make([]bool, len(sc.Slots))
}

// nextGoal is u(t′), the worth of its own next bid: at its tabling turn
// this round if it has not taken it yet, else the next round's; its
// reservation once the last turn has gone by.
func (b *TimeDependent) nextGoal(v rules.View) float64 {
	r := v.Round()
	if b.bidRound >= r || v.Phase() != rules.PhaseTable {
		r++
	}
	if r > v.Rounds() {
		return float64(b.pmin)
	}
	return Target(b.pmin, b.pmax, b.e, Clock(r, v.Rounds()))
}

// worth is the text's score as it would be signed now: articles with a
// clause in brackets (and not settled by the item in hand) fall out. ok is
// false when a red line stays in the text.
func (b *TimeDependent) worth(v rules.View, text []int, settled []bool) (score int, ok bool) {
	sc, brief := v.Scenario(), v.Brief()
	if len(b.present) != len(sc.Articles) {
		b.present = make([]bool, len(sc.Articles))
	}
	present := b.present
	for a := range present {
		present[a] = true
	}
	for s := range sc.Slots {
		if v.Bracketed(s) && (settled == nil || !settled[s]) {
			present[sc.Slots[s].Article] = false
		}
	}
	for s, o := range text {
		if !present[sc.Slots[s].Article] {
			continue
		}
		if b.red[s][o] {
			return 0, false
		}
		score += brief.Points[s][o]
	}
	if len(brief.Links) > 0 {
		score += sc.LinkPoints(brief.Links, text, present)
	}
	return score, true
}

// Act decides the agent's next action.
func (b *TimeDependent) Act(v rules.View) (rules.Action, bool) {
	if v.Seat() != b.seat || !v.MustAct(b.seat) {
		return rules.Action{}, false
	}
	b.setup(v)
	sc := v.Scenario()
	name := sc.Parties[b.seat].Name
	for s := range b.text {
		b.text[s] = v.Option(s)
	}
	a := rules.Action{Party: b.seat}
	if ph := v.Phase(); ph == rules.PhaseTable || ph == rules.PhasePress {
		// A call for signature accepts the draft as it stands.
		now, ok := b.worth(v, b.text, nil)
		want := ok && !anyBracketed(v) && float64(now) >= b.nextGoal(v)
		if want != v.Calling(b.seat) {
			a.Kind, a.Yes = rules.Call, want
			a.Reason = sayFor(name, map[bool]reasonKey{true: reasonCall, false: reasonUncall}[want])
			return a, true
		}
	}
	switch v.Phase() {
	case rules.PhaseTable:
		if it, ok := v.Pending(); ok {
			return b.vote(v, it), true
		}
		return b.bid(v), true
	case rules.PhasePress:
		a.Kind, a.Press = rules.Statement, rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}
		a.Reason = sayFor(name, reasonNoComment)
		return a, true
	case rules.PhaseSigning:
		// After the deadline u = Pmin: sign whatever beats no agreement.
		a.Kind, a.Reason = rules.Decline, sayFor(name, reasonDecline)
		if v.CanSign() && v.DraftScore() >= b.pmin {
			a.Kind, a.Reason = rules.Sign, sayFor(name, reasonSign)
		}
		return a, true
	}
	return rules.Action{}, false
}

func anyBracketed(v rules.View) bool {
	for s := range v.Scenario().Slots {
		if v.Bracketed(s) {
			return true
		}
	}
	return false
}

// vote is AC_next: yes iff the draft with the item is worth at least its
// own next bid.
func (b *TimeDependent) vote(v rules.View, it rules.Item) rules.Action {
	settled := make([]bool, len(b.text))
	after := append([]int(nil), b.text...)
	for _, c := range it.Changes {
		after[c.Slot] = c.Option
		settled[c.Slot] = true
	}
	u, ok := b.worth(v, after, settled)
	yes := ok && float64(u) >= b.nextGoal(v)
	key := reasonHoldOut
	if yes {
		key = reasonAcceptAll
	}
	return rules.Action{Party: b.seat, Kind: rules.Vote, Yes: yes, Reason: sayFor(v.Scenario().Parties[b.seat].Name, key)}
}

// bid takes its tabling turn: the draft if it meets u(t), else the text
// closest above u(t) within one item of the draft.
func (b *TimeDependent) bid(v rules.View) rules.Action {
	sc := v.Scenario()
	name := sc.Parties[b.seat].Name
	b.bidRound = v.Round()
	b.goal = Target(b.pmin, b.pmax, b.e, Clock(v.Round(), v.Rounds()))
	pass := rules.Action{Party: b.seat, Kind: rules.Pass, Reason: sayFor(name, reasonContent)}
	now, ok := b.worth(v, b.text, nil)
	if ok && float64(now) >= b.goal {
		// The draft is its bid. Clauses still in brackets would fall out,
		// so it tables their present wordings to settle them.
		var settle []rules.Change
		for s := range b.text {
			if v.Bracketed(s) && len(settle) < rules.MaxPackage {
				settle = append(settle, rules.Change{Slot: s, Option: b.text[s]})
			}
		}
		if len(settle) == 0 {
			return pass
		}
		return rules.Action{Party: b.seat, Kind: rules.Table, Changes: settle,
			Reason: sayFor(name, reasonSettle, rules.InSentence(sc.Slots[settle[0].Slot].Name))}
	}
	b.found, b.fallback, b.best, b.changes = false, false, b.best[:0], b.changes[:0]
	b.settling, b.mustSettle = 0, 0
	for s := range b.text {
		if v.Bracketed(s) {
			b.mustSettle++
		}
	}
	b.mustSettle = min(b.mustSettle, rules.MaxPackage)
	for s := range b.settle {
		b.settle[s] = false
	}
	b.search(v, 0)
	if !b.found {
		// Nothing within reach meets the target: the best within reach,
		// if it beats the draft.
		b.fallback = true
		b.search(v, 0)
		if !b.found || (ok && b.bestU <= now) {
			pass.Reason = sayFor(name, reasonStuck)
			return pass
		}
	}
	for s := range b.text {
		b.text[s] = v.Option(s)
	}
	a := rules.Action{Party: b.seat, Kind: rules.Table, Changes: append([]rules.Change(nil), b.best...)}
	// The reason names the change that gains it most (its own view only).
	brief := v.Brief()
	top, gain := a.Changes[0], math.MinInt
	for _, c := range a.Changes {
		if g := brief.Points[c.Slot][c.Option] - brief.Points[c.Slot][b.text[c.Slot]]; g > gain {
			top, gain = c, g
		}
	}
	if gain <= 0 {
		a.Reason = sayFor(name, reasonSettle, rules.InSentence(sc.Slots[top.Slot].Name))
	} else {
		a.Reason = sayFor(name, reasonWant, sc.Slots[top.Slot].Options[top.Option].Label, rules.InSentence(sc.Slots[top.Slot].Name))
	}
	return a
}

// search walks every item of at most rules.MaxPackage changes from the
// draft (a change to a clause's current wording settles its brackets) in
// clause and wording order, keeping the best by the bid's order.
func (b *TimeDependent) search(v rules.View, s int) {
	sc := v.Scenario()
	if s == len(b.text) {
		if len(b.changes) > 0 && b.settling >= b.mustSettle {
			b.consider(v)
		}
		return
	}
	b.search(v, s+1)
	if len(b.changes) == rules.MaxPackage {
		return
	}
	cur := v.Option(s)
	for o := range sc.Slots[s].Options {
		if b.red[s][o] || (o == cur && !v.Bracketed(s)) {
			continue
		}
		b.text[s], b.settle[s] = o, true
		b.changes = append(b.changes, rules.Change{Slot: s, Option: o})
		if v.Bracketed(s) {
			b.settling++
		}
		b.search(v, s+1)
		if v.Bracketed(s) {
			b.settling--
		}
		b.changes = b.changes[:len(b.changes)-1]
		b.text[s], b.settle[s] = cur, false
	}
}

func (b *TimeDependent) consider(v rules.View) {
	u, ok := b.worth(v, b.text, b.settle)
	if !ok {
		return
	}
	n := len(b.changes)
	better := false
	switch {
	case b.fallback:
		// The highest worth, then the fewest changes.
		better = !b.found || u > b.bestU || (u == b.bestU && n < b.bestN)
	case float64(u) >= b.goal:
		// The lowest worth at or above the goal, then the fewest changes.
		better = !b.found || u < b.bestU || (u == b.bestU && n < b.bestN)
	}
	if better {
		b.found, b.bestU, b.bestN = true, u, n
		b.best = append(b.best[:0], b.changes...)
	}
}

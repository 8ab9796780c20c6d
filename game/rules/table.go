package rules

// Proposer is the party whose turn it is to table in the table phase, or -1
// in any other phase. Turn order rotates each round so no delegation always
// speaks first.
func (g *Game) Proposer() int {
	if g.together {
		// Everyone tables at once; the proposer is the item's.
		if g.phase == PhaseTable && g.item >= 0 {
			return g.items[g.item].Party
		}
		return -1
	}
	if g.phase != PhaseTable || g.turn >= len(g.order) {
		return -1
	}
	return g.inTurn(g.turn)
}

// inTurn is the i-th delegation (from 0) in this round's turn order: the
// parties in scenario order, rotated each round.
func (g *Game) inTurn(i int) int { return g.order[(g.round-1+i)%len(g.order)] }

func (g *Game) table(a Action) {
	g.tabled[a.Party] = true
	it := Item{Party: a.Party, Round: g.round, Changes: a.Changes, Votes: make([]VoteValue, len(g.sc.Parties)), Reason: a.Reason}
	it.Votes[a.Party] = VoteYes
	it.Before = make([]int, len(a.Changes))
	for i, c := range a.Changes {
		it.Before[i] = g.text[c.Slot]
	}
	g.items = append(g.items, it)
	g.item = len(g.items) - 1
	e := g.newEvent(EvTabled)
	e.Party, e.Item, e.Reason = a.Party, g.item, a.Reason
	g.emit(e)
}

func (g *Game) vote(a Action) {
	it := &g.items[g.item]
	v := VoteNo
	if a.Yes {
		v = VoteYes
	}
	it.Votes[a.Party] = v
	e := g.newEvent(EvVoted)
	e.Party, e.Item, e.Value, e.Reason = a.Party, g.item, g.shownVote(a.Yes), g.shownReason(a.Reason)
	g.emit(e)
	for _, p := range g.order {
		if it.Votes[p] == VoteNone {
			return
		}
	}
	g.resolve()
}

// Adopts reports whether the scenario's adoption rule passes an item with
// these votes (indexed by party; parties not taking part are ignored).
func (g *Game) Adopts(votes []VoteValue) bool {
	rule := &g.sc.Adoption
	for _, p := range rule.MustAgree {
		if g.active[p] && votes[p] != VoteYes {
			return false
		}
	}
	yes, n := 0, 0
	for _, p := range g.order {
		if isIn(rule.MustAgree, p) {
			continue
		}
		n++
		if votes[p] == VoteYes {
			yes++
		}
	}
	return yes >= rule.Others.Needs(n)
}

// CountOthers is how many of parties the quota counts: those outside
// the rule's MustAgree list.
func (a AdoptionRule) CountOthers(parties []int) int {
	n := 0
	for _, p := range parties {
		if !isIn(a.MustAgree, p) {
			n++
		}
	}
	return n
}

// Needs is how many of n delegations quota q needs to say yes: more than
// half, at least two-thirds, none or all. The engine's adoption rule and
// the analysis of what a table can adopt both count with it.
func (q Quota) Needs(n int) int {
	switch q {
	case QuotaMajority:
		if n == 0 {
			return 0
		}
		return n/2 + 1
	case QuotaTwoThirds:
		return (2*n + 2) / 3
	case QuotaNone:
		return 0
	}
	return n
}

// shownVote is the value a vote event shows: 1 for yes, 0 for no, and -1
// in a secret ballot, whose events never tell a delegation's vote.
func (g *Game) shownVote(yes bool) int {
	if g.sc.Adoption.Secret {
		return -1
	}
	return b2i(yes)
}

// shownReason is the reason a vote event shows: none in a secret ballot,
// where "we cannot accept this" would tell everyone the vote.
func (g *Game) shownReason(reason string) string {
	if g.sc.Adoption.Secret {
		return ""
	}
	return reason
}

func (g *Game) resolve() {
	id := g.item
	it := &g.items[id]
	it.Decided = true
	it.Adopted = g.Adopts(it.Votes)
	if g.sc.Adoption.Secret {
		e := g.newEvent(EvTally)
		e.Item = id
		for _, p := range g.order {
			switch it.Votes[p] {
			case VoteYes:
				e.Value++
			case VoteNo:
				e.Delta++
			}
		}
		g.emit(e)
	}
	cause := noCause
	cause.Kind, cause.Item, cause.Party = CauseItem, id, it.Party
	if it.Adopted {
		e := g.newEvent(EvAdopted)
		e.Party, e.Item = it.Party, id
		g.emit(e)
		changed := false
		for _, c := range it.Changes {
			if g.text[c.Slot] != c.Option {
				changed = true
				g.text[c.Slot] = c.Option
				e := g.newEvent(EvTextChanged)
				e.Slot, e.Option, e.Cause = c.Slot, c.Option, cause
				g.emit(e)
			}
			if g.bracketed[c.Slot] {
				g.bracketed[c.Slot] = false
				e := g.newEvent(EvSettled)
				e.Slot, e.Cause = c.Slot, cause
				g.emit(e)
			}
		}
		if changed {
			g.clearCalls()
		}
	} else {
		e := g.newEvent(EvRejected)
		e.Party, e.Item = firstObjector(g.order, it.Votes), id
		if g.sc.Adoption.Secret {
			e.Party = -1
		}
		g.emit(e)
		for _, c := range it.Changes {
			if !g.bracketed[c.Slot] {
				g.bracketed[c.Slot] = true
				e := g.newEvent(EvBracketed)
				e.Slot, e.Cause = c.Slot, cause
				g.emit(e)
			}
		}
	}
	g.item = -1
	g.nextProposer()
}

// clearCalls withdraws every call for signature: a call endorses the text
// as it stood, so it lapses when the text changes.
func (g *Game) clearCalls() {
	any := false
	for p := range g.calls {
		any = any || g.calls[p]
		g.calls[p] = false
	}
	if any {
		e := g.newEvent(EvCallsCleared)
		e.Cause.Kind = CauseTextChanged
		g.emit(e)
	}
}

func firstObjector(order []int, votes []VoteValue) int {
	for _, p := range order {
		if votes[p] == VoteNo {
			return p
		}
	}
	return -1
}

func (g *Game) nextProposer() {
	if g.together {
		g.nextQueued()
		return
	}
	g.turn++
	if g.turn >= len(g.order) {
		g.setPhase(PhasePress)
	}
}

func isIn(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

package rules

// This file is the together pace (see [Setup].Together): each step of a
// round is one sealed choice per delegation, revealed and carried out in
// the rules' order once every delegation has chosen. The moves are still
// a sequence of validated actions in the record; only their effects wait
// for the last one, so the order they arrive in never changes the game.

// fairOrder is the order in which a round's sealed choices take effect:
// the turn order, rotated each round as the table's turns are, so that no
// delegation always goes first.
func (g *Game) fairOrder() []int {
	out := make([]int, len(g.order))
	for i := range out {
		out[i] = g.inTurn(i)
	}
	return out
}

// choose seals party a.Party's choice in the current step, and carries out
// the step once every delegation it waits for has chosen.
func (g *Game) choose(a Action) {
	p := a.Party
	g.chosen[p] = true
	g.sealed[p] = a
	switch a.Kind {
	case Table, Pass:
		g.tabled[p] = true
	case Statement:
		g.spoke[p] = true
	}
	e := g.newEvent(EvChose)
	e.Party = p
	if g.item >= 0 {
		e.Item = g.item
	}
	g.emit(e)
	if g.waiting() {
		return
	}
	switch g.phase {
	case PhaseTable:
		if g.window {
			g.closeWindow()
		} else {
			g.revealVotes()
		}
	case PhasePress:
		g.revealPress()
	case PhaseSigning:
		g.revealSigning()
	}
}

// clearChoices forgets the sealed choices once a step is carried out.
func (g *Game) clearChoices() {
	for p := range g.chosen {
		g.chosen[p] = false
		g.sealed[p] = Action{}
	}
}

// closeWindow ends the tabling window: passes are told, and the proposals
// queue for their votes in the fair order.
func (g *Game) closeWindow() {
	g.window = false
	g.queue = g.queue[:0]
	for _, p := range g.fairOrder() {
		a := g.sealed[p]
		if a.Kind == Table {
			g.queue = append(g.queue, a)
			continue
		}
		e := g.newEvent(EvPassed)
		e.Party, e.Reason = p, a.Reason
		g.emit(e)
	}
	g.clearChoices()
	g.nextQueued()
}

// nextQueued puts the next queued proposal to the vote; one that no
// longer changes the draft lapses. With none left, the press phase opens.
func (g *Game) nextQueued() {
	for len(g.queue) > 0 {
		a := g.queue[0]
		g.queue = g.queue[1:]
		// A change to the wording the draft already has, out of brackets,
		// would change nothing: an earlier item settled it. The rest of a
		// package still goes to the vote; with nothing left, it lapses.
		var left []Change
		for _, c := range a.Changes {
			if g.text[c.Slot] != c.Option || g.bracketed[c.Slot] {
				left = append(left, c)
			}
		}
		if len(left) == 0 {
			e := g.newEvent(EvLapsed)
			e.Party, e.Reason = a.Party, a.Reason
			g.emit(e)
			continue
		}
		a.Changes = left
		g.table(a)
		return
	}
	g.setPhase(PhasePress)
}

// revealVotes writes every sealed vote into the item, in turn order, and
// decides it.
func (g *Game) revealVotes() {
	it := &g.items[g.item]
	for _, p := range g.order {
		if !g.chosen[p] {
			continue
		}
		a := g.sealed[p]
		it.Votes[p] = VoteNo
		if a.Yes {
			it.Votes[p] = VoteYes
		}
		e := g.newEvent(EvVoted)
		e.Party, e.Item, e.Value, e.Reason = p, g.item, g.shownVote(a.Yes), g.shownReason(a.Reason)
		g.emit(e)
	}
	g.clearChoices()
	g.resolve()
}

// takeSealed returns the step's sealed choices in the fair order and
// forgets them, so that carrying them out starts from a clean step.
func (g *Game) takeSealed() []Action {
	var out []Action
	for _, p := range g.fairOrder() {
		if g.chosen[p] {
			out = append(out, g.sealed[p])
		}
	}
	g.clearChoices()
	return out
}

// revealPress carries out every statement in the fair order, then polls.
func (g *Game) revealPress() {
	for _, a := range g.takeSealed() {
		g.say(a)
	}
	g.endPress()
}

// revealSigning carries out every signature and refusal in the fair
// order, then forms the agreement.
func (g *Game) revealSigning() {
	for _, a := range g.takeSealed() {
		g.sign(a)
	}
	g.finish()
}

package rules

// Apply carries out one action for one delegation and returns the events it
// caused, or a [*RuleError] saying in plain words why it is not allowed. A
// refused action changes nothing. The returned events must not be
// modified; they stay valid after later calls unless the game was set up
// with [Setup].NoLog.
func (g *Game) Apply(a Action) ([]Event, error) {
	if err := g.check(a); err != nil {
		return nil, err
	}
	if g.noLog {
		g.events = g.events[:0]
	}
	start := len(g.events)
	a.Changes = cloneChanges(a.Changes)
	g.actions = append(g.actions, a)
	if a.Kind == ChairMove {
		g.chair(a)
	} else {
		g.move(a)
	}
	return g.events[start:len(g.events):len(g.events)], nil
}

// move carries out a delegation's action that [Game.check] allowed: at
// once, or sealed until everyone has chosen in the together pace.
func (g *Game) move(a Action) {
	if g.together {
		switch a.Kind {
		case Table, Pass, Vote, Statement, Sign, Decline:
			g.choose(a)
			return
		}
	}
	switch a.Kind {
	case Table:
		g.table(a)
	case Pass:
		e := g.newEvent(EvPassed)
		e.Party, e.Reason = a.Party, a.Reason
		g.emit(e)
		g.nextProposer()
	case Vote:
		g.vote(a)
	case Call:
		g.calls[a.Party] = a.Yes
		e := g.newEvent(EvCall)
		e.Party, e.Value, e.Reason = a.Party, b2i(a.Yes), a.Reason
		g.emit(e)
	case Statement:
		g.statement(a)
	case Sign, Decline:
		g.decide(a)
	}
}

func cloneChanges(cs []Change) []Change {
	if len(cs) == 0 {
		return nil
	}
	return append([]Change(nil), cs...)
}

// check refuses any action the rules do not allow now, before anything changes.
func (g *Game) check(a Action) error {
	if a.Kind == ChairMove {
		return g.checkChair(a)
	}
	p := a.Party
	if p < 0 || p >= len(g.sc.Parties) {
		return g.refuse(ErrUnknownParty, p, "There is no delegation number %d in this scenario.", p)
	}
	if !g.active[p] {
		return g.refuse(ErrNotPlaying, p, "%s is not taking part in this game.", g.subject(p))
	}
	if g.phase == PhaseEnded {
		return g.refuse(ErrGameOver, p, "The game is over.")
	}
	switch a.Kind {
	case Table, Pass:
		if g.phase != PhaseTable {
			return g.refuse(ErrWrongPhase, p, "Amendments can only be tabled in the table phase.")
		}
		if g.item >= 0 {
			return g.refuse(ErrNotYourTurn, p, "An item is being voted on; %s must wait for the vote.", PartyInSentence(g.sc.Parties[p].Name, false))
		}
		if g.tabled[p] {
			return g.refuse(ErrAlreadyTabled, p, "%s has already tabled an amendment this round.", g.subject(p))
		}
		if g.together && !g.window {
			return g.refuse(ErrNotYourTurn, p, "The tabling window has closed for this round.")
		}
		if cur := g.Proposer(); !g.together && cur != p {
			return g.refuse(ErrNotYourTurn, p, "It is %s turn to table, not %s.", Possessive(PartyInSentence(g.sc.Parties[cur].Name, false)), Possessive(PartyInSentence(g.sc.Parties[p].Name, false)))
		}
		if a.Kind == Table {
			return g.checkChanges(p, a.Changes)
		}
	case Vote:
		if g.phase != PhaseTable || g.item < 0 {
			return g.refuse(ErrNothingToVote, p, "There is nothing on the table to vote on.")
		}
		it := &g.items[g.item]
		if it.Party == p {
			return g.refuse(ErrAlreadyVoted, p, "%s tabled this item; its vote counts as yes.", g.subject(p))
		}
		if it.Votes[p] != VoteNone || g.chosen[p] {
			return g.refuse(ErrAlreadyVoted, p, "%s has already voted on this item.", g.subject(p))
		}
	case Call:
		if g.phase != PhaseTable && g.phase != PhasePress {
			return g.refuse(ErrWrongPhase, p, "A call for signature can only be made during the table or press phase.")
		}
		if g.calls[p] == a.Yes {
			if a.Yes {
				return g.refuse(ErrBadAction, p, "%s is already calling for signature.", g.subject(p))
			}
			return g.refuse(ErrBadAction, p, "%s is not calling for signature.", g.subject(p))
		}
	case Statement:
		if g.phase != PhasePress {
			return g.refuse(ErrWrongPhase, p, "Press statements are made in the press phase.")
		}
		if g.spoke[p] {
			return g.refuse(ErrAlreadySpoke, p, "%s has already made its press statement this round.", g.subject(p))
		}
		return g.checkPress(p, a.Press)
	case Sign, Decline:
		if g.phase != PhaseSigning {
			return g.refuse(ErrWrongPhase, p, "The text is not open for signature yet.")
		}
		if g.decision[p] != VoteNone || g.chosen[p] {
			return g.refuse(ErrAlreadyDecided, p, "%s has already decided whether to sign.", g.subject(p))
		}
		if a.Kind == Sign && g.sc.CrossesRedLine(p, g.text, g.present) {
			return g.refuse(ErrRedLine, p, "%s cannot sign: the final text crosses one of its red lines.", g.subject(p))
		}
	default:
		return g.refuse(ErrBadAction, p, "That is not an action in this game.")
	}
	return nil
}

func (g *Game) checkChanges(p int, cs []Change) error {
	if len(cs) == 0 {
		return g.refuse(ErrBadPackage, p, "An amendment must change at least one clause.")
	}
	if len(cs) > MaxPackage {
		return g.refuse(ErrBadPackage, p, "A package may link at most %d changes.", MaxPackage)
	}
	for i, c := range cs {
		if c.Slot < 0 || c.Slot >= len(g.sc.Slots) {
			return g.refuse(ErrBadChange, p, "There is no clause number %d in the draft.", c.Slot)
		}
		s := &g.sc.Slots[c.Slot]
		if c.Option < 0 || c.Option >= len(s.Options) {
			return g.refuse(ErrBadChange, p, "The clause %q has no wording number %d.", s.Name, c.Option)
		}
		if g.text[c.Slot] == c.Option && !g.bracketed[c.Slot] {
			return g.refuse(ErrBadChange, p, "The draft already reads %q for %q.", s.Options[c.Option].Label, s.Name)
		}
		for _, d := range cs[:i] {
			if d.Slot == c.Slot {
				return g.refuse(ErrBadPackage, p, "A package can change the clause %q only once.", s.Name)
			}
		}
	}
	return nil
}

func (g *Game) checkPress(p int, s Press) error {
	switch s.Kind {
	case NoComment, Leak:
	case Reassure, Address:
		if s.Public < 0 || s.Public >= len(g.sc.Publics) || !g.active[g.sc.Publics[s.Public].Party] {
			return g.refuse(ErrBadStatement, p, "There is no such public in this game.")
		}
		own := g.sc.Publics[s.Public].Party == p
		if s.Kind == Reassure && !own {
			return g.refuse(ErrBadStatement, p, "%s can only reassure its own public; to speak to %s, address it.", g.subject(p), g.sc.Publics[s.Public].Name)
		}
		if s.Kind == Address && own {
			return g.refuse(ErrBadStatement, p, "%s answers to %s; to speak to it, reassure it.", g.subject(p), g.sc.Publics[s.Public].Name)
		}
	case Commit:
		if s.Slot < 0 || s.Slot >= len(g.sc.Slots) || s.Option < 0 || s.Option >= len(g.sc.Slots[s.Slot].Options) {
			return g.refuse(ErrBadStatement, p, "A commitment must name a clause and one of its wordings.")
		}
		if s.Stance != Reject && s.Stance != Insist {
			return g.refuse(ErrBadStatement, p, "A commitment either rejects or insists on a wording.")
		}
		for _, c := range g.commitments {
			if c.Party == p && c.Slot == s.Slot {
				return g.refuse(ErrAlreadyCommitted, p, "%s has already committed itself publicly on %q.", g.subject(p), g.sc.Slots[s.Slot].Name)
			}
		}
	default:
		return g.refuse(ErrBadStatement, p, "That is not a kind of press statement.")
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// subject is delegation p's name at the start of a refusal's sentence
// ("The United States has already voted"). It is worked out only when a
// move is refused: legal-move searches check many moves that pass.
func (g *Game) subject(p int) string { return PartyInSentence(g.sc.Parties[p].Name, true) }

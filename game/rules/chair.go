package rules

// This file is the chair's moves: what the teacher does to the table
// (move it on, hold or put news on the table, close the negotiation).
// They are actions like the delegations', in the record and the hashes,
// so a class's game replays exactly, teacher included.

// checkChair refuses a chair's move the rules do not allow now.
func (g *Game) checkChair(a Action) error {
	p := ChairParty
	if g.phase == PhaseEnded {
		return g.refuse(ErrGameOver, p, "The game is over.")
	}
	switch a.Chair {
	case ChairAdvance:
		if !g.waiting() {
			return g.refuse(ErrBadAction, p, "The table is not waiting for anyone.")
		}
	case ChairHold:
		if g.newsHeld == a.Yes {
			if a.Yes {
				return g.refuse(ErrBadAction, p, "The news is already held.")
			}
			return g.refuse(ErrBadAction, p, "The news is not held.")
		}
	case ChairNews:
		if g.phase != PhaseTable && g.phase != PhasePress {
			return g.refuse(ErrWrongPhase, p, "News can only be put on the table during the negotiation.")
		}
		if a.Card < 0 || a.Card >= len(g.sc.News) {
			return g.refuse(ErrBadAction, p, "There is no news card number %d in this scenario.", a.Card)
		}
		if g.drawn[a.Card] && !g.sc.News[a.Card].Repeatable {
			return g.refuse(ErrBadAction, p, "The news %q has already been told.", g.sc.News[a.Card].Headline)
		}
		if !g.sc.absentChair && !g.atTable(a.Card) {
			// The chair deals by the table's rule too: news about a
			// delegation that is not taking part is not dealt (except
			// under the former rules old records replay under).
			return g.refuse(ErrBadAction, p, "The news %q is about %s, which is not at the table.",
				g.sc.News[a.Card].Headline, PartyInSentence(g.sc.Parties[g.sc.NewsParty(a.Card)].Name, false))
		}
	case ChairClose:
		if g.phase != PhaseTable && g.phase != PhasePress {
			return g.refuse(ErrWrongPhase, p, "The negotiation is already over.")
		}
	default:
		return g.refuse(ErrBadAction, p, "That is not a move the chair can make.")
	}
	return nil
}

// chair carries out a chair's move that [Game.checkChair] allowed.
func (g *Game) chair(a Action) {
	switch a.Chair {
	case ChairAdvance:
		e := g.newEvent(EvChair)
		e.Value = int(ChairAdvance)
		g.emit(e)
		for _, p := range g.AppendToAct(nil) {
			d := g.doNothing(p)
			if g.check(d) == nil {
				g.move(d)
			}
		}
	case ChairHold:
		g.newsHeld = a.Yes
		e := g.newEvent(EvNewsHeld)
		e.Value = b2i(a.Yes)
		g.emit(e)
	case ChairNews:
		g.drawn[a.Card] = true
		if n := len(g.newsByRound); n > 0 {
			g.newsByRound[n-1] = a.Card
		}
		e := g.newEvent(EvNews)
		e.Card = a.Card
		e.Cause.Kind = CauseChair
		g.emit(e)
		g.applyEffects(a.Card)
	case ChairClose:
		e := g.newEvent(EvChair)
		e.Value = int(ChairClose)
		g.emit(e)
		g.item = -1
		g.window = false
		g.queue = g.queue[:0]
		g.clearChoices()
		g.openSigning()
	}
}

// doNothing is the move the chair makes for party p when moving the table
// on: pass, vote no, no comment, or decline to sign. Silence is not
// consent.
func (g *Game) doNothing(p int) Action {
	a := Action{Party: p}
	switch g.phase {
	case PhaseTable:
		a.Kind = Pass
		if g.item >= 0 {
			a.Kind = Vote
		}
	case PhasePress:
		a.Kind = Statement
		a.Press = Press{Kind: NoComment, Public: -1, Slot: -1, Option: -1}
	default:
		a.Kind = Decline
	}
	return a
}

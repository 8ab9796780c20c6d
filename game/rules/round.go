package rules

func (g *Game) setPhase(ph Phase) {
	g.phase = ph
	e := g.newEvent(EvPhase)
	e.Value = int(ph)
	g.emit(e)
}

// startRound opens the next round: news, then the table.
func (g *Game) startRound() {
	g.round++
	g.turn = 0
	for p := range g.tabled {
		g.tabled[p] = false
		g.spoke[p] = false
	}
	g.window = g.together
	g.queue = g.queue[:0]
	g.emit(g.newEvent(EvRoundStarted))
	g.setPhase(PhaseNews)
	if g.newsHeld {
		g.newsByRound = append(g.newsByRound, -1)
		e := g.newEvent(EvNewsHeld)
		e.Value = 1
		g.emit(e)
	} else {
		g.drawNews()
	}
	g.setPhase(PhaseTable)
}

// endPress runs the polls once every delegation has spoken, then either
// opens the next round or the signing.
func (g *Game) endPress() {
	g.setPhase(PhasePolls)
	g.poll()
	if g.round >= g.rounds || g.readyToSign() {
		g.openSigning()
		return
	}
	g.startRound()
}

// readyToSign reports whether every delegation calls for signature on a
// text with no brackets left, which ends the negotiation early.
func (g *Game) readyToSign() bool {
	for _, p := range g.order {
		if !g.calls[p] {
			return false
		}
	}
	for _, b := range g.bracketed {
		if b {
			return false
		}
	}
	return true
}

// Calling reports whether party p is calling for signature.
func (g *Game) Calling(p int) bool { return g.calls[p] }

// ReadyToSign reports whether, as things stand, the negotiation would end
// early after this round's polls.
func (g *Game) ReadyToSign() bool { return g.readyToSign() }

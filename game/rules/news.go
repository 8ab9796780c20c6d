package rules

// drawNews deals the card the scenario fixes for this round, if any;
// otherwise it draws one card among those that may be drawn this round,
// with chances proportional to their weights. It applies the card's
// effects. A fixed card takes nothing from the random source, so a
// scenario without one draws exactly as before fixed cards existed.
//
// A card about a delegation not at the table (see [PublicScenario.NewsParty])
// is never dealt, fixed or drawn: a game without the United Kingdom does
// not open a round with a debate in the House of Commons. Records made
// before that rule replay under the former rules ([Scenario.Formers]),
// which dealt such cards and skipped only their effects on absent
// delegations.
func (g *Game) drawNews() {
	for c := range g.sc.News {
		if r := g.sc.News[c].Round; r > 0 && r == g.round && g.atTable(c) {
			g.deal(c)
			return
		}
	}
	total := 0
	for c := range g.sc.News {
		if g.eligible(c) {
			total += g.sc.News[c].Weight
		}
	}
	if total == 0 {
		g.newsByRound = append(g.newsByRound, -1)
		g.emit(g.newEvent(EvNoNews))
		return
	}
	r := g.rng.IntN(total)
	card := -1
	for c := range g.sc.News {
		if !g.eligible(c) {
			continue
		}
		if r < g.sc.News[c].Weight {
			card = c
			break
		}
		r -= g.sc.News[c].Weight
	}
	g.deal(card)
}

// deal puts card c on the table and applies its effects.
func (g *Game) deal(card int) {
	g.drawn[card] = true
	g.newsByRound = append(g.newsByRound, card)
	e := g.newEvent(EvNews)
	e.Card = card
	g.emit(e)
	g.applyEffects(card)
}

// eligible reports whether card c may be drawn now: within its rounds, not
// already drawn (unless repeatable), and every condition holds.
func (g *Game) eligible(c int) bool {
	n := &g.sc.News[c]
	if n.Round > 0 || n.Weight <= 0 || g.round < n.FromRound || (n.ToRound > 0 && g.round > n.ToRound) {
		return false
	}
	if (g.drawn[c] && !n.Repeatable) || !g.atTable(c) {
		return false
	}
	for i := range n.Conditions {
		if !g.holds(&n.Conditions[i]) {
			return false
		}
	}
	return true
}

// atTable reports whether news card c may be dealt for who is at the
// table: a card about everyone always, a card about a delegation only
// when it is seated — or under the former rules, always.
func (g *Game) atTable(c int) bool {
	p := g.sc.NewsParty(c)
	return g.sc.absentNews || p < 0 || g.active[p]
}

// NewsParty is the delegation news card c is about, or -1 for a card
// about everyone (no effect falls on a delegation). It is the delegation
// of the card's first effect: a scenario lists a card's main effect
// first (the Commons debate moves the British publics, then the French
// one). A public's effects fall on the delegation whose public it is.
func (sc *PublicScenario) NewsParty(c int) int {
	efs := sc.News[c].Effects
	if len(efs) == 0 {
		return -1
	}
	return sc.EffectParty(efs[0])
}

// EffectParty is the delegation a news effect falls on: a public's
// support or weight falls on the delegation whose public it is, a
// threshold or trust on the delegation it names.
func (sc *PublicScenario) EffectParty(ef Effect) int {
	if ef.Kind == EffSupport || ef.Kind == EffWeight {
		return sc.Publics[ef.Public].Party
	}
	return ef.Party
}

func (g *Game) holds(c *Condition) bool {
	switch c.Kind {
	case CondSupport:
		if !g.active[g.sc.Publics[c.Public].Party] {
			return false
		}
		return compare(g.support[c.Public], c.Cmp, c.Value*10)
	case CondOption:
		if c.Cmp == IsNot {
			return g.text[c.Slot] != c.Option
		}
		return g.text[c.Slot] == c.Option
	case CondAttribute:
		g.sc.AttrTotals(g.totals, g.text, nil)
		return compare(g.totals[c.Attr], c.Cmp, c.Value)
	case CondBracketed:
		return g.bracketed[c.Slot] == (c.Cmp == Is)
	}
	return false
}

func compare(v int, cmp Comparison, x int) bool {
	switch cmp {
	case AtLeast:
		return v >= x
	case AtMost:
		return v <= x
	case Is:
		return v == x
	case IsNot:
		return v != x
	}
	return false
}

func (g *Game) applyEffects(card int) {
	cause := noCause
	cause.Kind, cause.Card = CauseNews, card
	for _, ef := range g.sc.News[card].Effects {
		switch ef.Kind {
		case EffSupport:
			if g.active[g.sc.Publics[ef.Public].Party] {
				g.shift(ef.Public, ef.Delta*10, cause)
			}
		case EffWeight:
			if g.active[g.sc.Publics[ef.Public].Party] {
				g.weights[ef.Public][ef.Attr] += ef.Delta
				e := g.newEvent(EvWeight)
				e.Public, e.Attr, e.Delta, e.Value, e.Cause = ef.Public, ef.Attr, ef.Delta, g.weights[ef.Public][ef.Attr], cause
				g.emit(e)
			}
		case EffThreshold:
			if !g.active[ef.Party] {
				continue
			}
			for i, r := range g.sc.Parties[ef.Party].Ratification[ef.Form] {
				if r.Public != ef.Public {
					continue
				}
				v := clamp(g.threshold[ef.Party][ef.Form][i]+ef.Delta, 1, 100)
				d := v - g.threshold[ef.Party][ef.Form][i]
				g.threshold[ef.Party][ef.Form][i] = v
				e := g.newEvent(EvThreshold)
				e.Party, e.Form, e.Public, e.Delta, e.Value, e.Cause = ef.Party, ef.Form, ef.Public, d, v, cause
				g.emit(e)
			}
		case EffTrust:
			if g.active[ef.Party] {
				g.changeTrust(ef.Party, ef.Delta, cause)
			}
		}
	}
}

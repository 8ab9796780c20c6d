package rules

func (g *Game) statement(a Action) {
	g.spoke[a.Party] = true
	g.say(a)
	for _, q := range g.order {
		if !g.spoke[q] {
			return
		}
	}
	g.endPress()
}

// say carries out a press statement: it is told, and publics react.
func (g *Game) say(a Action) {
	p, s := a.Party, a.Press
	e := g.newEvent(EvStatement)
	e.Party, e.Press, e.Public, e.Reason = p, s, -1, a.Reason
	if s.Kind == Reassure || s.Kind == Address {
		e.Public = s.Public
	}
	g.emit(e)
	rules := &g.sc.Press
	cause := noCause
	cause.Party = p
	switch s.Kind {
	case Reassure:
		cause.Kind = CauseReassure
		k := g.reassured[s.Public]
		g.reassured[s.Public]++
		g.shift(s.Public, g.diminished(rules.Reassure, p, k), cause)
	case Address:
		cause.Kind = CauseAddress
		k := g.addressed[p][s.Public]
		g.addressed[p][s.Public]++
		g.shift(s.Public, g.diminished(rules.Address, p, k), cause)
	case Commit:
		g.commitments = append(g.commitments, Commitment{Party: p, Slot: s.Slot, Option: s.Option, Stance: s.Stance, Round: g.round})
		c := g.newEvent(EvCommitted)
		c.Party, c.Slot, c.Option, c.Value = p, s.Slot, s.Option, int(s.Stance)
		g.emit(c)
		// The boost is 0 unless the scenario sets it: a commitment is worth
		// what it does at the table, where the others know that signing
		// the wording would cost the party AudienceCost (see signing.go).
		cause.Kind, cause.Slot, cause.Option = CauseCommit, s.Slot, s.Option
		for _, pub := range g.sc.Parties[p].Publics {
			g.shift(pub, rules.CommitBoost*10, cause)
		}
	case Leak:
		g.leak(p)
	}
}

// diminished is the effect, in tenths, of a statement worth points that has
// been made k times before to the same public: each repetition persuades
// less, and a delegation that has lost trust persuades less.
func (g *Game) diminished(points, party, k int) int {
	return points * 10 * g.trust[party] / 100 / (1 + k)
}

func (g *Game) leak(p int) {
	cause := noCause
	cause.Kind, cause.Party = CauseLeak, p
	g.sc.AttrTotals(g.totals, g.text, nil)
	for pub := range g.sc.Publics {
		if !g.active[g.sc.Publics[pub].Party] {
			continue
		}
		gap := g.verdict(pub)*10 - g.support[pub]
		g.shift(pub, gap*g.sc.Press.LeakShift/100, cause)
	}
	g.changeTrust(p, -g.sc.Press.LeakTrust, cause)
}

func (g *Game) changeTrust(p, delta int, cause Cause) {
	v := clamp(g.trust[p]+delta, 0, 100)
	if v == g.trust[p] {
		return
	}
	e := g.newEvent(EvTrust)
	e.Party, e.Delta, e.Value, e.Cause = p, v-g.trust[p], v, cause
	g.trust[p] = v
	g.emit(e)
}

// shift moves a public's support by delta tenths, within 0–100 points, and
// reports the move with its cause.
func (g *Game) shift(pub, delta int, cause Cause) {
	v := clamp(g.support[pub]+delta, 0, 1000)
	if v == g.support[pub] {
		return
	}
	e := g.newEvent(EvSupport)
	e.Public, e.Delta, e.Value, e.Cause = pub, v-g.support[pub], v, cause
	g.support[pub] = v
	g.emit(e)
}

// PressEffect is the change, in tenths of a point of support, that party's
// statement s would make to its public if made now: what [Game.diminished]
// gives a reassurance or a case made to that public, given the statements
// already made (public knowledge) and the party's trust, stopped at 0% and
// 100%. Other statements move no public directly, so it is 0 for them.
// The press step shows it on each choice, so a team weighs statements by
// their size, not by guesswork.
func (v View) PressEffect(party int, s Press) int {
	g := v.g
	if s.Public < 0 || s.Public >= len(g.support) || party < 0 || party >= len(g.trust) {
		return 0
	}
	var d int
	switch s.Kind {
	case Reassure:
		d = g.diminished(g.sc.Press.Reassure, party, g.reassured[s.Public])
	case Address:
		d = g.diminished(g.sc.Press.Address, party, g.addressed[party][s.Public])
	default:
		return 0
	}
	return clamp(g.support[s.Public]+d, 0, 1000) - g.support[s.Public]
}

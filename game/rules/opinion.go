package rules

// verdict is public pub's verdict (whole points) on the current draft with
// its current weights; g.totals must hold the draft's attribute totals.
func (g *Game) verdict(pub int) int {
	return VerdictOf(g.sc.Publics[pub].Base, g.weights[pub], g.totals)
}

// poll moves every public toward its verdict on the draft and records the
// poll. Each move names the wording that weighs most in its direction.
func (g *Game) poll() {
	g.sc.AttrTotals(g.totals, g.text, nil)
	for pub := range g.sc.Publics {
		if !g.active[g.sc.Publics[pub].Party] {
			continue
		}
		v := g.verdict(pub)
		delta := (v*10 - g.support[pub]) * g.sc.Publics[pub].Drift / 100
		if delta != 0 {
			cause := noCause
			cause.Kind = CauseDrift
			cause.Slot, cause.Value = g.mainFactor(pub, delta)
			if cause.Slot >= 0 {
				cause.Option = g.text[cause.Slot]
			}
			g.shift(pub, delta, cause)
		}
		g.polls[pub] = append(g.polls[pub], g.support[pub])
		e := g.newEvent(EvPoll)
		e.Public, e.Value, e.Delta = pub, g.support[pub], v
		g.emit(e)
	}
}

// mainFactor finds the clause that explains a move of support best: for a
// fall, the wording the public dislikes most compared with the best
// alternative for that clause; for a rise, the wording it likes most
// compared with the worst. It returns the slot (or -1 if no clause
// matters to this public) and that difference in verdict points.
func (g *Game) mainFactor(pub, direction int) (slot, points int) {
	w := g.weights[pub]
	slot = -1
	for si := range g.sc.Slots {
		opts := g.sc.Slots[si].Options
		cur := weigh(w, opts[g.text[si]].Attrs)
		lo, hi := cur, cur
		for oi := range opts {
			v := weigh(w, opts[oi].Attrs)
			lo, hi = min(lo, v), max(hi, v)
		}
		d := cur - hi // how much worse than the best alternative
		if direction > 0 {
			d = cur - lo // how much better than the worst
		}
		if d != 0 && (slot < 0 || (direction > 0 && d > points) || (direction < 0 && d < points)) {
			slot, points = si, d
		}
	}
	return slot, points
}

func weigh(weights, attrs []int) int {
	v := 0
	for a, x := range attrs {
		v += weights[a] * x
	}
	return v
}

// Verdict is public pub's current verdict (whole points) on the draft as it
// stands, with the weights news may have changed.
func (g *Game) Verdict(pub int) int {
	g.sc.AttrTotals(g.totals, g.text, nil)
	return g.verdict(pub)
}

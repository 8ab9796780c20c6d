package rules

import "slices"

// Result is how a game ended. Scores come from the delegations' private
// briefs, so a front end decides when to reveal them (the debrief).
type Result struct {
	// Text is the final text (an option per slot) and Present says which
	// articles survived: an article still in brackets falls out.
	Text    []int
	Present []bool
	// Forms is the legal form of each document in the final text.
	Forms   []int
	Signed  []bool
	Formed  bool
	Ratify  []bool // per party: ratified at home (signatories only)
	InForce bool
	// Scores holds each party's score: its points for the final text if
	// the agreement is in force for it, its reservation value otherwise.
	Scores []int
	// Indicators holds the value of each outcome indicator.
	Indicators []int
	// Broken lists the public commitments the signatories broke (each
	// cost the party's publics the audience cost when it signed), and
	// Kept those the signatories kept: the final text honours them.
	Broken []Commitment
	Kept   []Commitment
}

// openSigning ends the negotiation: bracketed articles fall out and the
// final text is opened for signature.
func (g *Game) openSigning() {
	g.present = make([]bool, len(g.sc.Articles))
	for a := range g.present {
		g.present[a] = true
	}
	for si, b := range g.bracketed {
		if !b {
			continue
		}
		a := g.sc.Slots[si].Article
		if g.present[a] {
			g.present[a] = false
			e := g.newEvent(EvArticleDropped)
			e.Article, e.Slot = a, si
			e.Cause.Kind, e.Cause.Slot = CauseBracket, si
			g.emit(e)
		}
	}
	g.setPhase(PhaseSigning)
	if !slices.Contains(g.present, true) {
		// Nothing is left to sign: every article fell out.
		g.finish()
	}
}

func (g *Game) decide(a Action) {
	g.sign(a)
	for _, q := range g.order {
		if g.decision[q] == VoteNone {
			return
		}
	}
	g.finish()
}

// sign carries out a signature or a refusal to sign.
func (g *Game) sign(a Action) {
	p := a.Party
	e := g.newEvent(EvDeclined)
	g.decision[p] = VoteNo
	if a.Kind == Sign {
		g.decision[p] = VoteYes
		e.Kind = EvSigned
	}
	e.Party, e.Reason = p, a.Reason
	g.emit(e)
	if a.Kind == Sign {
		g.audienceCosts(p)
	}
}

// audienceCosts punishes a party that signs a text breaking its own public
// commitment: each of its publics turns against it.
func (g *Game) audienceCosts(p int) {
	for _, c := range g.commitments {
		if c.Party != p || !c.Broken(&g.sc.PublicScenario, g.text, g.present) {
			continue
		}
		cause := noCause
		cause.Kind, cause.Party, cause.Slot, cause.Option = CauseAudience, p, c.Slot, c.Option
		for _, pub := range g.sc.Parties[p].Publics {
			g.shift(pub, -g.sc.Press.AudienceCost*10, cause)
		}
	}
}

// finish forms the agreement, runs ratification and scores the game.
func (g *Game) finish() {
	sc := g.sc
	np := len(sc.Parties)
	r := &Result{Text: slices.Clone(g.text), Present: slices.Clone(g.present),
		Signed: make([]bool, np), Ratify: make([]bool, np), Scores: make([]int, np)}
	empty := !slices.Contains(g.present, true)
	signers := 0
	for _, p := range g.order {
		r.Signed[p] = g.decision[p] == VoteYes
		signers += b2i(r.Signed[p])
	}
	r.Formed = !empty && signers >= sc.Signing.Minimum
	missing := -1
	for _, p := range sc.Signing.Required {
		if g.active[p] && !r.Signed[p] {
			r.Formed = false
			if missing < 0 {
				missing = p
			}
		}
	}
	e := g.newEvent(EvAgreement)
	e.Value, e.Party = b2i(r.Formed), missing
	g.emit(e)
	r.Forms = make([]int, len(sc.Documents))
	for d := range sc.Documents {
		r.Forms[d] = sc.DocumentForm(d, g.text, g.present)
	}
	if r.Formed {
		g.setPhase(PhaseRatification)
		r.InForce = g.ratify(r)
	}
	e = g.newEvent(EvInForce)
	e.Value = b2i(r.InForce)
	g.emit(e)
	for _, p := range g.order {
		if r.InForce && r.Ratify[p] {
			r.Scores[p] = sc.Score(p, g.text, g.present)
		} else {
			r.Scores[p] = sc.Briefs[p].Reservation
		}
		if r.Signed[p] {
			for _, c := range g.commitments {
				switch {
				case c.Party != p:
				case c.Broken(&sc.PublicScenario, g.text, g.present):
					r.Broken = append(r.Broken, c)
				default:
					r.Kept = append(r.Kept, c)
				}
			}
		}
	}
	r.Indicators = g.indicators(r.InForce)
	g.result = r
	g.setPhase(PhaseEnded)
	g.emit(g.newEvent(EvEnded))
}

// ratify holds each signatory's votes at home and reports whether the
// agreement enters into force by the scenario's entry-into-force rule (by
// default: every required signatory ratifies, and at least the signing
// minimum of parties do).
func (g *Game) ratify(r *Result) bool {
	sc := g.sc
	signers := 0
	for _, p := range g.order {
		if !r.Signed[p] {
			continue
		}
		ok := true
		for d := range sc.Documents {
			if !g.documentPresent(d) {
				continue
			}
			f := r.Forms[d]
			for i, req := range sc.Parties[p].Ratification[f] {
				thr := g.threshold[p][f][i]
				pass := g.support[req.Public] >= thr*10
				ok = ok && pass
				e := g.newEvent(EvVoteAtHome)
				e.Party, e.Doc, e.Form, e.Public, e.Value, e.Threshold = p, d, f, req.Public, g.support[req.Public], thr
				e.Delta = b2i(pass)
				g.emit(e)
			}
		}
		r.Ratify[p] = ok
		signers++
		e := g.newEvent(EvRatified)
		e.Party, e.Value = p, b2i(ok)
		g.emit(e)
	}
	return sc.EntersIntoForce(g.active, r.Ratify, signers)
}

func (g *Game) documentPresent(d int) bool { return g.sc.DocumentPresent(d, g.present) }

func (g *Game) indicators(inForce bool) []int {
	out := make([]int, len(g.sc.Indicators))
	if inForce {
		g.sc.AttrTotals(g.totals, g.text, g.present)
	}
	for i := range g.sc.Indicators {
		ind := &g.sc.Indicators[i]
		if !inForce {
			out[i] = ind.NoAgreement
			continue
		}
		out[i] = ind.Base + weigh(ind.Weights, g.totals)
	}
	return out
}

// Band returns the band of indicator i that value v falls in, or nil when
// the indicator has no bands.
func (s *PublicScenario) Band(i, v int) *Band {
	bands := s.Indicators[i].Bands
	for b := range bands {
		if b == len(bands)-1 || v <= bands[b].Max {
			return &bands[b]
		}
	}
	return nil
}

package sim

import "math"

// z95 is the normal quantile of a two-sided 95% interval.
const z95 = 1.959963984540054

// A rate counts successes, possibly fractional (a shared "best placed"),
// out of n trials.
type rate struct {
	k float64
	n int
}

func (r *rate) add(share float64) { r.k += share; r.n++ }

func (r rate) value() Num {
	if r.n == 0 {
		return Num(math.NaN())
	}
	return Num(r.k / float64(r.n))
}

// ci is the Wilson score interval: unlike the normal approximation it
// stays within 0–1 and is sound for rates near 0 or 1 and small counts.
func (r rate) ci() Interval {
	if r.n == 0 {
		return noInterval
	}
	n := float64(r.n)
	p := r.k / n
	z2 := z95 * z95
	d := 1 + z2/n
	c := (p + z2/(2*n)) / d
	h := z95 * math.Sqrt(p*(1-p)/n+z2/(4*n*n)) / d
	return Interval{Num(math.Max(0, c-h)), Num(math.Min(1, c+h))}
}

// A mean accumulates values by Welford's method, which is numerically
// stable; fed in the same order it gives the same bits.
type mean struct {
	n     int
	m, m2 float64
}

func (a *mean) add(x float64) {
	a.n++
	d := x - a.m
	a.m += d / float64(a.n)
	a.m2 += d * (x - a.m)
}

func (a mean) value() Num {
	if a.n == 0 {
		return Num(math.NaN())
	}
	return Num(a.m)
}

// ci is the normal-approximation Interval of the mean; it needs two values.
func (a mean) ci() Interval {
	if a.n < 2 {
		return noInterval
	}
	h := z95 * math.Sqrt(a.m2/float64(a.n-1)/float64(a.n))
	return Interval{Num(a.m - h), Num(a.m + h)}
}

// A tally sums up the outcomes of one run.
type tally struct {
	// generated counts agreement and quality over games with a non-empty
	// ZOPA only: a generated case may leave nothing to agree on.
	generated bool
	games     int
	zopaGames int
	formed    rate
	inForce   rate
	rounds    mean
	welfare   mean
	pareto    mean
	nash      mean
	// social, nashDist and paretoPts are the field's measures over every
	// game counted, failures included.
	social    mean
	welfAll   mean
	nashDist  mean
	paretoPts mean
	adv       mean // every seat of every game
	seats     []seatTally
	texts     textCount // signed texts, over the games counted
}

// A seatTally is one delegation's part of a tally, by party index.
type seatTally struct {
	id, name string
	adv      mean
	best     rate
	pledges  pledgeTally
}

func newTally(generated bool) *tally { return &tally{generated: generated, texts: textCount{}} }

func (t *tally) add(tb *table, o *outcome) {
	t.games++
	t.rounds.add(float64(o.rounds))
	if o.zopa {
		t.zopaGames++
	}
	if !t.generated || o.zopa {
		t.formed.add(b2f(o.formed))
		t.inForce.add(b2f(o.inForce))
		t.social.add(o.social)
		t.welfAll.add(o.welfareAll)
		t.nashDist.add(o.nashDist)
		t.paretoPts.add(o.paretoPts)
		if o.formed {
			t.texts[o.text]++
		}
		if o.inForce {
			t.welfare.add(o.welfare)
			t.pareto.add(o.pareto)
			t.nash.add(o.nash)
		}
	}
	for _, p := range tb.parties {
		for len(t.seats) <= p {
			t.seats = append(t.seats, seatTally{})
		}
		st := &t.seats[p]
		if st.id == "" {
			st.id, st.name = tb.sc.Parties[p].ID, tb.sc.Parties[p].Name
		}
		st.adv.add(o.adv[p])
		st.best.add(o.best[p])
		if o.pledges != nil {
			st.pledges.add(o.pledges[p], o.boost)
		}
		t.adv.add(o.adv[p])
	}
}

func (t *tally) summary() Summary {
	s := Summary{
		Games:            t.games,
		AgreementRate:    t.formed.value(),
		AgreementCI:      t.formed.ci(),
		RatificationRate: t.inForce.value(),
		RatificationCI:   t.inForce.ci(),
		MeanRounds:       t.rounds.value(),
		MeanRoundsCI:     t.rounds.ci(),
		InForceGames:     t.welfare.n,
		WelfareRatio:     t.welfare.value(),
		WelfareCI:        t.welfare.ci(),
		ParetoDistance:   t.pareto.value(),
		ParetoCI:         nonNegative(t.pareto.ci()),
		NashRatio:        t.nash.value(),
		NashCI:           t.nash.ci(),
		SocialWelfare:    t.social.value(),
		SocialWelfareCI:  t.social.ci(),
		WelfareAll:       t.welfAll.value(),
		WelfareAllCI:     t.welfAll.ci(),
		NashDistance:     t.nashDist.value(),
		NashDistanceCI:   nonNegative(t.nashDist.ci()),
		ParetoPoints:     t.paretoPts.value(),
		ParetoPointsCI:   nonNegative(t.paretoPts.ci()),
		MeanAdvantage:    t.adv.value(),
		MeanAdvantageCI:  t.adv.ci(),
		Parties:          []PartyRow{},
		Texts:            t.texts.top(t.formed.n),
	}
	if t.generated {
		z := t.zopaGames
		s.ZOPAGames = &z
	}
	for _, st := range t.seats {
		if st.id == "" {
			continue // an optional party left out
		}
		s.Parties = append(s.Parties, PartyRow{ID: st.id, Name: st.name, Games: st.adv.n,
			Advantage: st.adv.value(), AdvantageCI: st.adv.ci(),
			BestPlaced: st.best.value(), BestPlacedCI: st.best.ci(),
			Commitments: st.pledges.row(st.adv.n)})
	}
	return s
}

// A pairTally compares the baseline with the bots in the same seats of the
// same games. Scenario runs pair by seat (and over all seats); generated
// runs, whose seats differ from case to case, only over all seats.
type pairTally struct {
	bySeat bool
	seats  []pairSeat
	all    pairSeat
}

type pairSeat struct {
	id, name  string
	base, bot mean
	diff      mean
}

func newPairTally(generated bool) *pairTally { return &pairTally{bySeat: !generated} }

func (t *pairTally) add(tb *table, base []bool, vs, allBots *outcome) {
	for _, p := range tb.parties {
		if !base[p] {
			continue
		}
		for len(t.seats) <= p {
			t.seats = append(t.seats, pairSeat{})
		}
		for _, ps := range []*pairSeat{&t.seats[p], &t.all} {
			ps.base.add(vs.adv[p])
			ps.bot.add(allBots.adv[p])
			ps.diff.add(vs.adv[p] - allBots.adv[p])
		}
		if t.seats[p].id == "" {
			t.seats[p].id, t.seats[p].name = tb.sc.Parties[p].ID, tb.sc.Parties[p].Name
		}
	}
}

func (t *pairTally) rows() []PairRow {
	var out []PairRow
	row := func(id, name string, ps *pairSeat) PairRow {
		return PairRow{Seat: id, Name: name, Games: ps.diff.n,
			Baseline: ps.base.value(), BaselineCI: ps.base.ci(),
			Bots: ps.bot.value(), BotsCI: ps.bot.ci(),
			Difference: ps.diff.value(), DifferenceCI: ps.diff.ci()}
	}
	if t.bySeat {
		for i := range t.seats {
			if ps := &t.seats[i]; ps.id != "" {
				out = append(out, row(ps.id, ps.name, ps))
			}
		}
	}
	return append(out, row("all", "All seats", &t.all))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// nonNegative clips an Interval of a measure that cannot be negative, such
// as a distance, whose normal Interval may reach below zero.
func nonNegative(iv Interval) Interval {
	if !math.IsNaN(float64(iv[0])) {
		iv[0] = max(iv[0], 0)
	}
	return iv
}

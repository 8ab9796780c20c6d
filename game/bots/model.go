package bots

import (
	"math"
	"slices"

	"bindingwords/game/rules"
)

// prior is the delegate's first picture of party p's interests: what p's
// publics think of each option, scaled to points like its own. Publics'
// weights are public, and governments rarely stray far from what their
// publics want. It is written into raw, a row per clause, whose rows are
// cut from buf, one cell per option: every delegate builds a prior of
// every party at the start of a game, and a row apiece showed in the
// allocation profile. Each row is capped so an append cannot run into the
// next.
func (d *Delegate) prior(v rules.View, p int, raw [][]int, buf []int) [][]int {
	sc := d.sc
	// The publics' weights are summed once per attribute: the sum of
	// products is the same integer, with a fraction of the work (every
	// delegate builds this for every party at setup).
	var room [16]int
	w := room[:0]
	for a := range sc.Attributes {
		sum := 0
		for _, pub := range sc.Parties[p].Publics {
			sum += v.Weight(pub, a)
		}
		w = append(w, sum)
	}
	spread, n := 0, 0
	for s := range sc.Slots {
		k := len(sc.Slots[s].Options)
		raw[s], buf = buf[:k:k], buf[k:]
		for o := range sc.Slots[s].Options {
			attrs := sc.Slots[s].Options[o].Attrs
			w := w[:len(attrs)]
			sum := 0
			for a, x := range attrs {
				sum += w[a] * x
			}
			raw[s][o] = sum
		}
		lo, hi := raw[s][0], raw[s][0]
		for _, x := range raw[s] {
			lo, hi = min(lo, x), max(hi, x)
		}
		spread += hi - lo
		n++
	}
	// Scale so that a typical clause spans about as many points as the
	// delegate's own clauses do.
	if spread == 0 {
		return raw
	}
	for s := range raw {
		for o := range raw[s] {
			raw[s][o] = raw[s][o] * d.scale * n / spread
		}
	}
	return raw
}

// yesWeight is how much a yes vote counts against a no when the delegate
// learns, unless its level says otherwise (Level.YesWeight): a yes may be
// a concession rather than a gain.
const yesWeight = 0.3

// priorPull is how strongly, unless its level says otherwise (Level.Pull),
// the delegate's picture of a delegation whose publics speak is held to
// what the publics say.
const priorPull = 0.2

// strangerPull is the same for a delegation whose publics say nothing,
// unless the level says otherwise (Level.StrangerPull).
const strangerPull = 0.05

// tableWeight is how much tabling an item at the start of the game counts,
// as a yes from its proposer, for a delegation whose publics say nothing.
const tableWeight = 2.0

// A refusal is an item a delegation voted against, when, and what the
// delegate then believed the text with it was worth to that delegation.
type refusal struct {
	changes []rules.Change
	round   int
	score   float64
}

// scoreWith is party p's score, as the delegate pictures it, for the
// draft as it reads now with changes made.
func (d *Delegate) scoreWith(v rules.View, p int, changes []rules.Change) float64 {
	sum := 0
	for s := range d.sc.Slots {
		o := v.Option(s)
		for _, c := range changes {
			if c.Slot == s {
				o = c.Option
			}
		}
		sum += d.model[p][s][o]
	}
	if len(d.links[p]) > 0 {
		sum += rules.LinkChange(d.links[p], d.text, changes) + d.sc.LinkPoints(d.links[p], d.text, nil)
	}
	return float64(sum)
}

// insists is the least score party p has lately shown it insists on: just
// above the best text, as the delegate pictured it, that p voted down in
// this round or the two before (minus infinity if none). The others' reservations are
// hidden; a refusal of a text the delegate thought good enough for p says
// p wants more, whatever its guess at p's concessions says.
func (d *Delegate) insists(p int) float64 {
	best := math.Inf(-1)
	rs := d.refused[p]
	for i := len(rs) - 1; i >= 0 && rs[i].round >= d.round-2; i-- {
		best = max(best, rs[i].score+1) // as math.Max, without the call
	}
	return best
}

// refusedLately reports whether party p voted against one of c's changes
// in this round or the last: it is unlikely to take it now, whatever the
// delegate's picture of its interests says. It is kept only for a
// delegation whose publics say nothing, whose votes are all the delegate
// has to go on; of the others, the picture learnt from votes suffices.
func (d *Delegate) refusedLately(p int, c *cand) bool {
	rs := d.refused[p]
	for i := len(rs) - 1; i >= 0 && rs[i].round >= d.round-1; i-- {
		for _, x := range rs[i].changes {
			if slices.Contains(c.ch[:c.n], x) {
				return true
			}
		}
	}
	return false
}

// An observation is one thing a delegation did that says something about
// its table: it voted for or against an item (or tabled it).
type observation struct {
	changes []rules.Change
	before  []int
	yes     bool
	weight  float64
}

// A seen is what fit needs of an observation, as observe keeps it: where
// its changes start in the delegate's list of the party's moves, how many
// there are, and the vote. It holds no pointers and a third of an
// observation's bytes, so the hundreds a game keeps are cheap to allocate
// and the collector does not scan them.
type seen struct {
	at, n  int32
	yes    bool
	weight float64
}

// learn revises the picture of the others from the items decided since the
// last decision and from new public commitments. The picture is the one
// that best explains every vote so far, pulled toward the publics' view:
// a vote for an item says the voter gains by it (or can live with it), a
// vote against that it loses.
func (d *Delegate) learn(v rules.View) {
	fresh := false
	for ; d.items < v.NumItems(); d.items++ {
		// Only a decided item is copied: the one being voted on is asked
		// about at every decision, and copying it each time showed in the
		// profile.
		if !v.ItemDecided(d.items) {
			break
		}
		if !d.level.Learn || (d.cheat != nil) {
			continue
		}
		it := v.DecidedItem(d.items)
		for _, p := range d.parties {
			if p == d.seat {
				continue
			}
			vote := v.ItemVote(d.items, p)
			if vote == rules.VoteNone {
				// A secret ballot hides how the others voted: it says
				// nothing of any one of them.
				continue
			}
			yes := vote == rules.VoteYes
			// A no says the voter loses. A yes says less: the voter may
			// gain, or may just be ready to concede — all the more if it
			// already calls for signature. What a delegation tables may be
			// a concession, so it says nothing sure — except where its
			// publics say nothing and its moves are all there is: then
			// what it tables early is taken as mostly what it wants, as an
			// opponent's early bids are in the frequency models of
			// automated negotiation, and counts for less as time runs.
			w := 1.0
			switch {
			case p == it.Party && d.flat[p]:
				w = tableWeight * (1 - float64(it.Round-1)/float64(v.Rounds()))
			case p == it.Party:
				w = 0
			case yes && v.Calling(p):
				w = 0
			case yes:
				w = d.yesW
			}
			if vote == rules.VoteNo && d.flat[p] {
				d.refused[p] = append(d.refused[p], refusal{changes: it.Changes, round: it.Round, score: d.scoreWith(v, p, it.Changes)})
			}
			if w > 0 {
				d.observe(p, observation{changes: it.Changes, before: it.Before, yes: yes, weight: w})
			}
			fresh = true
		}
	}
	for ; d.comms < v.NumCommitments(); d.comms++ {
		c := v.Commitment(d.comms)
		if c.Party == d.seat || d.bflat[c.Party] == nil {
			continue
		}
		// A public commitment is costly to break, so take it seriously.
		if c.Stance == rules.Reject {
			d.pflat[c.Party][d.cellAt[c.Slot]+int32(c.Option)] -= 3 * float64(d.scale)
		} else {
			d.pflat[c.Party][d.cellAt[c.Slot]+int32(c.Option)] += 3 * float64(d.scale)
		}
		fresh = true
	}
	if fresh && !(d.cheat != nil) {
		for _, p := range d.parties {
			if p != d.seat {
				d.fit(p)
			}
		}
	}
}

// A move is one change of an observed item as two cells of the flat
// tables (see Delegate.cellAt): the option it put in and the one it
// replaced, the same cell twice for a clause it left as it was.
type move struct{ to, from int32 }

// observe records what party p did, and the options it touched: each
// change and the wording it replaced, in order (fit pulls each of them
// back toward the prior, twice if touched twice), and once each the
// options whose rounded value fit must write back. Keeping these as the
// observations come saves fit building them again at every vote.
func (d *Delegate) observe(p int, ob observation) {
	d.obs[p] = append(d.obs[p], seen{at: int32(len(d.moves[p])), n: int32(len(ob.changes)), yes: ob.yes, weight: ob.weight})
	for i, c := range ob.changes {
		m := move{to: d.cellAt[c.Slot] + int32(c.Option), from: d.cellAt[c.Slot] + int32(ob.before[i])}
		d.moves[p] = append(d.moves[p], m)
		for _, x := range [2]int32{m.to, m.from} {
			if d.inCells[p][x] == 0 {
				d.inCells[p][x] = 1
				d.cells[p] = append(d.cells[p], x)
			}
		}
	}
}

// fit finds the picture of party p that best explains its votes: a few
// passes of gradient ascent on the likelihood of the votes, where a vote
// is yes with a chance that grows with the item's gain, and a pull back
// toward the prior keeps options nobody voted on where the publics put
// them.
func (d *Delegate) fit(p int) {
	bflat, pflat, mflat := d.bflat[p], d.pflat[p], d.mflat[p]
	tau := math.Max(1, float64(d.scale)/2)
	// A prior drawn from publics that care about nothing is no evidence,
	// so it barely holds the picture back.
	pull := d.pull
	if d.flat[p] {
		pull = strangerPull
		if len(d.parties) > 2 {
			// Between two, each sees the other's every refusal, and
			// the hard delegate's own pull cost it the edge over a
			// Boulware (twoparty family: −0.046 → −0.035, its
			// interval reaching 0).
			pull = d.level.strangerPull()
		}
	}
	// Only options some vote touched can have moved from the prior, so
	// only they need the pull back and the rounding.
	moves := d.moves[p]
	// The newest votes say most about where the others stand now; older
	// ones have been learnt from already.
	obs := d.obs[p]
	if len(obs) > 24 {
		obs = obs[len(obs)-24:]
	}
	// Each observation's options are read through the flat table, by the
	// indexes observe kept: the same cells, without a row lookup each.
	// The two steps of a pass are functions of their own: fit runs for
	// every other delegation after every vote, and as one loop nest the
	// compiler kept its counters on the stack (the arithmetic is the
	// same).
	for pass := 0; pass < 3; pass++ {
		ascend(bflat, moves, obs, tau)
		pullBack(bflat, pflat, moves, pull)
	}
	for _, c := range d.cells[p] {
		mflat[c] = int(math.Round(bflat[c]))
	}
}

// ascend makes one pass of gradient ascent on the likelihood of the
// observations obs over the flat picture b: each shifts the options its
// changes touched (moves, cells of b) by a step that grows with how badly
// the picture explains it.
func ascend(b []float64, moves []move, obs []seen, tau float64) {
	const rate = 0.3
	for k := range obs {
		ob := &obs[k]
		at := moves[ob.at : ob.at+ob.n]
		gain := 0.0
		for _, m := range at {
			gain += b[m.to] - b[m.from]
		}
		y := 0.0
		if ob.yes {
			y = 1
		}
		step := rate * ob.weight * (y - sigmoid(gain/tau)) * tau
		for _, m := range at {
			// An unchanged option (the same cell twice) stays as it is.
			if m.to != m.from {
				b[m.to] += step
				b[m.from] -= step
			}
		}
	}
}

// pullBack moves each cell of the flat picture b that one of moves
// touched a share pull of the way back toward the prior: the option put
// in, then the one replaced, move after move.
func pullBack(b, prior []float64, moves []move, pull float64) {
	prior = prior[:len(b)] // one bounds check covers both tables
	for _, m := range moves {
		// An option touched twice is pulled twice: a little more
		// regularisation where the evidence is richer does no harm.
		b[m.to] += pull * (prior[m.to] - b[m.to])
		b[m.from] += pull * (prior[m.from] - b[m.from])
	}
}

// sigmoid is a cheap logistic-shaped curve from 0 to 1, 0.5 at 0: the
// bots call it thousands of times a game, and its exact shape matters less
// than its speed.
func sigmoid(x float64) float64 {
	if x < 0 {
		return 0.5 - 0.5*(-x)/(1-x)
	}
	return 0.5 + 0.5*x/(1+x)
}

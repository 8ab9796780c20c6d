package bots

import (
	"math"

	"bindingwords/game/rules"
)

// A cand is a possible proposal: up to rules.MaxPackage changes, what the
// delegate gains, and what it believes each party gains.
type cand struct {
	ch    [rules.MaxPackage]rules.Change
	n     int
	mine  int
	gains []int
	obj   float64
}

func (c *cand) changes() []rules.Change { return append([]rules.Change(nil), c.ch[:c.n]...) }

func (c *cand) touches(slot int) bool {
	for _, x := range c.ch[:c.n] {
		if x.Slot == slot {
			return true
		}
	}
	return false
}

// set makes c the sum of a and b, reusing c's gains buffer. The search
// makes thousands of these a decision, so a's changes come over as one
// fixed-size array (what lies past c.n is never read) and b's one by one,
// without the calls to memmove two copies made, and the gains are summed
// over slices cut to one length, with no bounds check per party.
func (c *cand) set(a, b *cand) {
	c.n = a.n + b.n
	c.ch = a.ch
	for i := range b.ch[:b.n] {
		c.ch[a.n+i] = b.ch[i]
	}
	g := c.gains
	ag, bg := a.gains[:len(g)], b.gains[:len(g)]
	for p := range g {
		g[p] = ag[p] + bg[p]
	}
}

// copyFrom makes c a copy of x, reusing c's gains buffer. The fields are
// copied one by one, not as a whole struct, so that the copy writes no
// pointer (and, while the collector runs, costs no write barrier).
func (c *cand) copyFrom(x *cand) {
	c.ch, c.n, c.mine, c.obj = x.ch, x.n, x.mine, x.obj
	copy(c.gains, x.gains)
}

// A shortlist keeps the k best candidates seen by some key, best first,
// in buffers reused from one decision to the next.
type shortlist struct {
	k int
	// store holds the candidates, and order their places in store, best
	// first: a better candidate moves the worse ones down the order, not
	// their 112-byte structs down the store (the search offers every
	// candidate it judges, and moving them showed in the profile).
	store []cand
	order []int
	keys  []float64 // the key of each candidate, in order
}

func newShortlist(k, parties int) *shortlist {
	l := &shortlist{k: k, store: make([]cand, k), keys: make([]float64, 0, k)}
	// The candidates' gains and the order share one backing array: every
	// delegate makes three or four lists at setup, and a row apiece was a
	// tenth of a game's allocations.
	gains := make([]int, k*parties+k)
	l.order = gains[k*parties : k*parties : k*parties+k]
	for i := range l.store {
		l.store[i].gains = gains[i*parties : (i+1)*parties : (i+1)*parties]
	}
	return l
}

func (l *shortlist) reset() { l.order, l.keys = l.order[:0], l.keys[:0] }

// len is the number of candidates on the list.
func (l *shortlist) len() int { return len(l.order) }

// at is the i-th best candidate on the list.
func (l *shortlist) at(i int) *cand { return &l.store[l.order[i]] }

// offer keeps a copy of c if it is among the k best by key.
func (l *shortlist) offer(c *cand, key float64) {
	at := len(l.order)
	for at > 0 && l.keys[at-1] < key {
		at--
	}
	if at >= l.k {
		return
	}
	// The new candidate takes a free place in the store or, on a full
	// list, that of the worst, which drops off.
	slot := len(l.order)
	if len(l.order) < l.k {
		l.order = append(l.order, 0)
		l.keys = append(l.keys, 0)
	} else {
		slot = l.order[len(l.order)-1]
	}
	copy(l.order[at+1:], l.order[at:len(l.order)-1])
	copy(l.keys[at+1:], l.keys[at:len(l.keys)-1])
	l.order[at], l.keys[at] = slot, key
	l.store[slot].copyFrom(c)
}

// pairWidth is how many of the most promising single changes (and pairs)
// are extended with every other single: packages are built around what
// matters most.
const pairWidth = 6

// propose chooses what to table: the change (or package) that best moves
// the draft toward the delegate's target — the fairest deal it believes
// the table can reach — or, failing that, one that gains it something and
// that it expects nobody to lose by. Only what it expects the table to
// adopt is tabled, since a failed item puts its clauses in brackets.
func (d *Delegate) propose(v rules.View, st *situation) rules.Action {
	if a, ok := d.settle(v, st); ok {
		return a
	}
	if st.last && st.brkts == 0 && d.satisfied(st) && d.dealStands(v) {
		// The last turn, and every signature needed is ready for the
		// draft as it stands: take the deal rather than risk it.
		return rules.Action{Party: d.seat, Kind: rules.Pass, Reason: d.say(reasonContent)}
	}
	d.ensureTarget(v)
	unhappy := d.unhappy(v)
	d.singles(v, st)
	d.shortlist.reset()
	d.bold = d.boldness(st)
	d.probes = nil
	if !st.last && (d.blindSignatory(v) || d.noVotes) {
		// With a delegation known only from the table, or where only
		// the unseen reservations bound a deal (no vote at home), a turn
		// passed teaches nothing: if no item is likely to pass, the
		// delegate tables the most promising one anyway, and the votes
		// will say where the others stand (a failed item's brackets can
		// still be settled in a later turn). On the narrow family,
		// whole games went by with every delegate passing.
		if d.probeList == nil {
			d.probeList = newShortlist(4, len(d.sc.Parties))
		}
		d.probes = d.probeList
		d.probes.reset()
	}
	d.search(v, st)
	// Take the best candidates in turn; checking that a text will still
	// ratify is the costly test, so it is done only for the few best.
	for _, l := range []*shortlist{d.shortlist, d.probes} {
		if l == nil {
			continue
		}
		for i := range l.len() {
			c := l.at(i)
			if !d.level.Aware || d.keepsRatification(v, st, c) {
				return rules.Action{Party: d.seat, Kind: rules.Table, Changes: c.changes(), Reason: d.explain(v, c, unhappy)}
			}
		}
	}
	if d.satisfied(st) {
		return rules.Action{Party: d.seat, Kind: rules.Pass, Reason: d.say(reasonContent)}
	}
	return rules.Action{Party: d.seat, Kind: rules.Pass, Reason: d.say(reasonStuck)}
}

// settle tables the bracketed clauses as they read, when brackets have
// piled up or the end is near: an article still in brackets at the end
// falls out of the text, and a clause that reads as everyone has accepted
// so far is adopted without objection.
func (d *Delegate) settle(v rules.View, st *situation) (rules.Action, bool) {
	if st.brkts == 0 || (st.brkts < 3 && v.Round() < v.Rounds()-1) {
		return rules.Action{}, false
	}
	a := rules.Action{Party: d.seat, Kind: rules.Table}
	for s := range d.text {
		if v.Bracketed(s) && len(a.Changes) < rules.MaxPackage {
			a.Changes = append(a.Changes, rules.Change{Slot: s, Option: d.text[s]})
		}
	}
	a.Reason = d.say(reasonSettle, d.slotName(a.Changes[0].Slot))
	return a, true
}

// ensureTarget recomputes the target when there is news: a new round or
// new votes to learn from.
func (d *Delegate) ensureTarget(v rules.View) {
	if d.targetRound != v.Round() {
		d.refreshTarget(v)
	}
}

// singles lists every single change the delegate could table, with gains.
func (d *Delegate) singles(v rules.View, st *situation) {
	np := len(d.sc.Parties)
	d.pool = d.pool[:0]
	for s := range d.sc.Slots {
		cur := d.text[s]
		br := v.Bracketed(s)
		for o := range d.sc.Slots[s].Options {
			if (o == cur && !br) || d.redLine(s, o) {
				continue
			}
			// The pool has room for every option of every clause, each
			// with its own gains row (see setup), so this never allocates.
			d.pool = d.pool[:len(d.pool)+1]
			c := &d.pool[len(d.pool)-1]
			*c = cand{gains: c.gains}
			c.n = 1
			c.ch[0] = rules.Change{Slot: s, Option: o}
			for p := 0; p < np; p++ {
				g := 0
				if v.Active(p) {
					g = d.model[p][s][o] - d.model[p][s][cur]
					if len(d.links[p]) > 0 {
						g += rules.LinkChange(d.links[p], d.text, c.ch[:1])
					}
					if br {
						// Settling a bracket saves the article, and that
						// matters more as the end draws near.
						g += int(st.t * float64(max(0, d.model[p][s][o])))
					}
				}
				c.gains[p] = g
			}
			c.mine = c.gains[d.seat]
		}
	}
}

// search judges the single changes and the packages built from them, up
// to the level's package size, keeping the best few in d.shortlist. A
// package is a promising single (by the delegate's own gain, or by how far
// it moves the draft toward the target) combined with other singles.
func (d *Delegate) search(v rules.View, st *situation) {
	asp := aspiration(1, st.t)
	for _, p := range d.parties {
		d.dscore[p] = float64(d.scoreOf(p, d.text))
		// What each delegation is guessed to insist on now, conceding at
		// an even pace: a vote it may give even at a loss.
		d.wants[p] = d.resv[p] + (d.mbest[p]-d.resv[p])*asp
	}
	base := d.draftFairness(nil)
	promise := func(c *cand) float64 {
		return max(float64(c.mine)*d.unit[d.seat], d.draftFairness(c)-base)
	}
	judge := func(c *cand) {
		if d.objective(v, st, c, base) {
			d.shortlist.offer(c, c.obj)
		}
	}
	// The seeds (and below, the pairs) are only extended when the level
	// builds larger packages: below that, ranking them by promise would be
	// work whose result nobody reads (for normal delegates, a fifth of the
	// search went on ranking pairs that were never extended).
	for i := range d.pool {
		judge(&d.pool[i])
	}
	if d.level.Package < 2 {
		return
	}
	d.seeds.reset()
	for i := range d.pool {
		d.seeds.offer(&d.pool[i], promise(&d.pool[i]))
	}
	pairs := d.pairs // nil below packages of three (setup)
	if pairs != nil {
		pairs.reset()
	}
	// Where each single stands among the seeds (-1: not one), looked up
	// once per single rather than once per seed.
	d.seedRank = d.seedRank[:0]
	for j := range d.pool {
		d.seedRank = append(d.seedRank, d.seeds.rank(&d.pool[j]))
	}
	work := &d.work
	for si := range d.seeds.len() {
		seed := d.seeds.at(si)
		for j := range d.pool {
			x := &d.pool[j]
			// A pair of two seeds is judged once, from the better seed.
			if seed.touches(x.ch[0].Slot) {
				continue
			}
			if r := d.seedRank[j]; r >= 0 && r < si {
				continue
			}
			d.combine(work, seed, x)
			work.mine = work.gains[d.seat]
			judge(work)
			if pairs != nil {
				pairs.offer(work, promise(work))
			}
		}
	}
	if pairs == nil {
		return
	}
	for pi := range pairs.len() {
		pair := pairs.at(pi)
		for j := range d.pool {
			x := &d.pool[j]
			if pair.touches(x.ch[0].Slot) {
				continue
			}
			d.combine(work, pair, x)
			work.mine = work.gains[d.seat]
			judge(work)
		}
	}
}

// combine makes c the package of a and b. Gains add up clause by clause,
// except for links: a package can complete a link (or break one) that
// neither half does alone, so for a party with links the difference is
// put right. Without links this is c.set(a, b) and costs nothing more.
func (d *Delegate) combine(c, a, b *cand) {
	c.set(a, b)
	for _, p := range d.linked {
		links := d.links[p]
		c.gains[p] += rules.LinkChange(links, d.text, c.ch[:c.n]) -
			rules.LinkChange(links, d.text, a.ch[:a.n]) - rules.LinkChange(links, d.text, b.ch[:b.n])
	}
}

// draftFairness is the fairness of the draft after c (nil: as it is),
// measured as fairness in target.go measures the target.
func (d *Delegate) draftFairness(c *cand) float64 {
	lo, sum := math.Inf(1), 0.0
	// Only the delegations taking part have a unit (refreshTarget), and
	// d.parties lists them in the parties' order, as a walk over unit
	// meets them: the same sum, without a pass over the absent.
	for _, p := range d.parties {
		u := d.unit[p]
		if u == 0 {
			continue
		}
		sc := d.dscore[p]
		if c != nil {
			sc += float64(c.gains[p])
		}
		g := (sc - d.resv[p]) * u
		lo = min(lo, g)
		sum += g
	}
	return min(lo, d.cushion) + sum/5
}

// rank tells where single x is on the list (-1: it is not), so that a
// pair of two listed singles is judged once.
func (l *shortlist) rank(x *cand) int {
	for i := range l.len() {
		if c := l.at(i); c.n == 1 && c.ch[0] == x.ch[0] {
			return i
		}
	}
	return -1
}

// unhappy lists the other delegations not calling for signature.
func (d *Delegate) unhappy(v rules.View) []int {
	var out []int
	for _, p := range d.parties {
		if p != d.seat && !v.Calling(p) {
			out = append(out, p)
		}
	}
	return out
}

// objective scores a candidate and reports whether it is worth tabling.
// Its worth is how much fairer it makes the draft plus what it gains the
// delegate, times the chance that the table adopts it: each delegation
// whose vote counts is expected to vote yes with a chance that grows with
// the gain the delegate pictures for it, or when the text stays above
// what the delegate guesses it still insists on.
func (d *Delegate) objective(v rules.View, st *situation, c *cand, base float64) bool {
	gains := c.gains
	votes := d.votes
	chance := 1.0
	for p := range votes {
		votes[p] = rules.VoteNone
		if !v.Active(p) {
			continue
		}
		votes[p] = rules.VoteYes
		if p == d.seat {
			continue
		}
		yes := d.chanceOfYes(p, c)
		if yes < 0.5 {
			votes[p] = rules.VoteNo
		}
		if d.decisive[p] {
			chance *= yes
			if chance < d.bold && d.probes == nil {
				// A factor is at most 1, so the product can only fall
				// from here (rounding too is monotone): the item is not
				// likely, and with no probes to collect, that is the
				// answer, as below. Most candidates end here, without the
				// other delegations' chances or the count of the votes.
				return false
			}
		}
	}
	likely := chance >= d.bold && v.Adopts(votes)
	if !likely && d.probes == nil {
		return false
	}
	var worth float64
	if st.worth < d.res {
		// Below its reservation the delegate cannot sign: whatever its
		// picture says is fair, it must ask for more.
		if c.mine <= 0 {
			return false
		}
		worth = float64(c.mine) * d.unit[d.seat]
		if d.noVotes && !d.blindTable(v) {
			// Where only the reservations bound a deal and the publics
			// show the others' interests, what it takes beyond its
			// reservation another may need to sign: among the items that
			// reach it, the delegate asks for the one that costs the
			// others least, as a trade-off offer does (Faratin, Sierra
			// and Jennings 2002). rules-majority, hard: 70.0% → 73.0%
			// agreement; optional-present 85.5% → 89.0%. Toward
			// strangers (neutral publics) the costs are guesses, and it
			// cost agreement there.
			worth = float64(min(c.mine, d.res-st.worth))*d.unit[d.seat] + d.draftFairness(c) - base
		}
	} else {
		fair := d.draftFairness(c) - base
		pareto := c.mine > 0
		for _, p := range d.parties {
			pareto = pareto && gains[p] >= 0
		}
		if fair <= 1e-9 && !pareto {
			return false
		}
		if c.mine < 0 && st.score+c.mine < max(st.want, d.res) {
			// A concession the delegate is not ready to make yet.
			return false
		}
		if st.last && (d.blindSignatory(v) || d.noVotes) {
			// Nobody can settle a failed item's clauses after this turn,
			// so their articles would fall out of a text the delegate can
			// sign, and a delegation it knows only from the table, or
			// whose reservation alone decides (no vote at home), may then
			// refuse it: the delegate does not stake the deal on its
			// guess. On the narrow family this gamble lost 49 of 108
			// failed games (28 of them over a text all could sign).
			return false
		}
		worth = fair + d.level.Selfishness*float64(c.mine)*d.unit[d.seat]
	}
	c.obj = chance*worth + 0.001*d.rng.Float64()
	if !likely {
		// Not likely to pass, but worth asking if nothing is: see probes.
		d.probes.offer(c, c.obj)
		return false
	}
	return true
}

// blindSignatory reports whether the agreement needs the signature of a
// delegation whose publics say nothing of its interests, so that the
// delegate knows its reservation only from its votes.
func (d *Delegate) blindSignatory(v rules.View) bool {
	for _, p := range d.sc.Signing.Required {
		if p != d.seat && v.Active(p) && d.flat[p] && d.cheat == nil {
			return true
		}
	}
	return false
}

// dealStands reports whether every other delegation whose signature is
// needed calls for signature on the draft as it stands.
func (d *Delegate) dealStands(v rules.View) bool {
	for _, p := range d.sc.Signing.Required {
		if p != d.seat && v.Active(p) && !v.Calling(p) {
			return false
		}
	}
	return true
}

// boldness is the least chance of adoption for which the delegate tables
// an item. Where some delegation whose vote counts has publics that say
// nothing of its interests, the delegate's odds are mostly ignorance, not
// doubt: the least chance halves for each such delegation it has seen no
// vote from yet (a refused probe is worth something too, since the
// refusal teaches what that delegation will not take), and it falls as
// the deadline nears, as a time-dependent tactic's demands do, so that a
// table of strangers never freezes.
func (d *Delegate) boldness(st *situation) float64 {
	b, blind := d.level.Boldness, false
	for _, p := range d.parties {
		if p == d.seat || !d.decisive[p] || !d.flat[p] || d.cheat != nil {
			continue
		}
		blind = true
		if len(d.obs[p]) == 0 {
			b *= 0.5
		}
	}
	if blind {
		b *= 1 - st.t/2
	}
	return b
}

// chanceOfYes is how likely the delegate thinks party p is to vote for
// candidate c, which it pictures as gaining p c.gains[p] points.
func (d *Delegate) chanceOfYes(p int, c *cand) float64 {
	gain := c.gains[p]
	if d.cheat != nil {
		if gain >= 0 || d.dscore[p]+float64(gain) >= d.wants[p] {
			return 1
		}
		return 0
	}
	want := d.wants[p]
	if d.flat[p] {
		// With nothing public to go on, its refusals are the best guide
		// to what it will take: a change it has just voted down is
		// unlikely to pass now, and it insists on more than the texts it
		// refused, whatever the delegate guesses of its concessions.
		if d.refusedLately(p, c) {
			return 0.5 * min(0.5, d.yesFor(gain))
		}
		want = max(want, d.insists(p))
	}
	if gain < 0 && d.dscore[p]+float64(gain) >= want {
		return 0.8
	}
	return d.yesFor(gain)
}

// yesRange is the largest gain, either way, whose chance of a yes is kept
// in Delegate.yesAt: on Berlin every gain the search pictures lies within
// ±64 points (normal and hard delegates).
const yesRange = 64

// yesFor is sigmoid(gain / tau): the chance of a yes from a delegation
// pictured to gain gain points, all else aside. The search asks for it
// tens of thousands of times a game, for a few dozen distinct gains, so
// setup works out those within ±yesRange once (with the same arithmetic,
// so the same bits) and this looks them up, small enough to inline into
// chanceOfYes.
func (d *Delegate) yesFor(gain int) float64 {
	if i := uint(gain + yesRange); i < uint(len(d.yesAt)) {
		return d.yesAt[i]
	}
	return sigmoid(float64(gain) * d.tauInv)
}

// keepsRatification reports whether the text after c is worth at least
// the points the delegate expects from it once the votes at home are
// counted: a change that sinks a vote is no gain.
func (d *Delegate) keepsRatification(v rules.View, st *situation, c *cand) bool {
	next := append(d.next[:0], d.text...)
	for _, ch := range c.ch[:c.n] {
		next[ch.Slot] = ch.Option
	}
	return d.worth(v, next, st.remain)-st.worth >= c.mine
}

// explain gives the one-line reason for tabling c.
func (d *Delegate) explain(v rules.View, c *cand, unhappy []int) string {
	mineAt, theirsAt := 0, -1
	for i, ch := range c.ch[:c.n] {
		if d.delta(ch) > d.delta(c.ch[mineAt]) {
			mineAt = i
		}
	}
	bestTheirs := 0
	for i, ch := range c.ch[:c.n] {
		t := 0
		for _, p := range d.parties {
			if p != d.seat {
				t += d.model[p][ch.Slot][ch.Option] - d.model[p][ch.Slot][d.text[ch.Slot]]
			}
		}
		if i != mineAt && (theirsAt < 0 || t > bestTheirs) {
			theirsAt, bestTheirs = i, t
		}
	}
	mch := c.ch[mineAt]
	if c.n == 1 && mch.Option == d.text[mch.Slot] {
		return d.say(reasonSettle, d.slotName(mch.Slot))
	}
	if c.mine <= 0 {
		// A concession: name the delegation it helps most.
		who, gain := -1, 0
		for _, p := range d.parties {
			if p != d.seat && c.gains[p] > gain {
				who, gain = p, c.gains[p]
			}
		}
		if who < 0 {
			return d.say(reasonCommonGround, d.label(mch.Slot, mch.Option), d.slotName(mch.Slot))
		}
		// Whom it helps is the delegate's guess at others' private
		// tables, so it is not said; a stand taken in public is.
		if r, ok := d.meetsStand(v, c, who); ok {
			return r
		}
		ch := c.ch[0]
		for _, x := range c.ch[:c.n] {
			if d.model[who][x.Slot][x.Option]-d.model[who][x.Slot][d.text[x.Slot]] > d.model[who][ch.Slot][ch.Option]-d.model[who][ch.Slot][d.text[ch.Slot]] {
				ch = x
			}
		}
		return d.say(reasonMediate, d.label(ch.Slot, ch.Option), d.slotName(ch.Slot))
	}
	if c.n == 1 || theirsAt < 0 {
		return d.say(reasonWant, d.label(mch.Slot, mch.Option), d.slotName(mch.Slot))
	}
	tch := c.ch[theirsAt]
	return d.say(reasonPackage, d.label(mch.Slot, mch.Option), d.slotName(mch.Slot), d.label(tch.Slot, tch.Option), d.slotName(tch.Slot))
}

// meetsStand finds, in concession c, a change that meets another
// delegation's public commitment, preferring delegation who, and says so.
func (d *Delegate) meetsStand(v rules.View, c *cand, who int) (string, bool) {
	order := append([]int{who}, d.parties...)
	for _, p := range order {
		if p == d.seat {
			continue
		}
		for _, ch := range c.ch[:c.n] {
			if st, ok := publicStand(v, p, ch.Slot); ok && heeds(st, ch.Option) && !heeds(st, d.text[ch.Slot]) {
				return d.say(reasonMeetStand, d.label(ch.Slot, ch.Option), d.slotName(ch.Slot), rules.PartyInSentence(d.sc.Parties[p].Name, false)), true
			}
		}
	}
	return "", false
}

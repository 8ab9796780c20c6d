package bots

import "bindingwords/game/rules"

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

// set makes c the sum of a and b, reusing c's gains buffer.
func (c *cand) set(a, b *cand) {
	c.n = a.n + b.n
	copy(c.ch[:], a.ch[:a.n])
	copy(c.ch[a.n:], b.ch[:b.n])
	for p := range c.gains {
		c.gains[p] = a.gains[p] + b.gains[p]
	}
}

// copyFrom makes c a copy of x, reusing c's gains buffer.
func (c *cand) copyFrom(x *cand) {
	g := c.gains
	*c = *x
	c.gains = append(g[:0], x.gains...)
}

// A shortlist keeps the k best candidates seen by some key, best first,
// in buffers reused from one decision to the next.
type shortlist struct {
	k    int
	cs   []cand
	keys []float64
}

func newShortlist(k, parties int) *shortlist {
	l := &shortlist{k: k, cs: make([]cand, 0, k), keys: make([]float64, 0, k)}
	for i := 0; i < k; i++ {
		l.cs = append(l.cs, cand{gains: make([]int, parties)})
	}
	l.cs = l.cs[:0]
	return l
}

func (l *shortlist) reset() { l.cs, l.keys = l.cs[:0], l.keys[:0] }

// offer keeps a copy of c if it is among the k best by key.
func (l *shortlist) offer(c *cand, key float64) {
	at := len(l.cs)
	for at > 0 && l.keys[at-1] < key {
		at--
	}
	if at >= l.k {
		return
	}
	if len(l.cs) < l.k {
		l.cs = l.cs[:len(l.cs)+1]
		l.keys = append(l.keys, 0)
	}
	// Shift the worse ones down, recycling the last buffer.
	last := l.cs[len(l.cs)-1].gains
	copy(l.cs[at+1:], l.cs[at:len(l.cs)-1])
	copy(l.keys[at+1:], l.keys[at:len(l.keys)-1])
	l.cs[at].gains = last
	l.cs[at].copyFrom(c)
	l.keys[at] = key
}

// pairWidth is how many of the most promising single changes (and pairs)
// are extended with every other single: packages are built around what
// matters most.
const pairWidth = 8

// propose chooses what to table. A delegate short of what it wants looks
// for the change (or package) that gains it most among those it expects
// the table to adopt; one that is satisfied looks for changes that meet
// the concerns of the delegations not yet ready to sign; and late in the
// game everyone tries to settle brackets so that no article falls out.
func (d *Delegate) propose(v rules.View, st *situation) rules.Action {
	mediate := d.level.Mediate && d.satisfied(st)
	unhappy := d.unhappy(v)
	if mediate && len(unhappy) == 0 && st.brkts == 0 {
		return rules.Action{Party: d.seat, Kind: rules.Pass, Reason: d.say(reasonContent)}
	}
	d.singles(v, st)
	d.shortlist.reset()
	d.search(v, st, mediate, unhappy)
	// Take the best candidates in turn; checking that a text will still
	// ratify is the costly test, so it is done only for the few best.
	for i := range d.shortlist.cs {
		c := &d.shortlist.cs[i]
		if !d.level.Aware || d.keepsRatification(v, st, c, mediate) {
			return rules.Action{Party: d.seat, Kind: rules.Table, Changes: c.changes(), Reason: d.explain(v, c, mediate, unhappy)}
		}
	}
	return rules.Action{Party: d.seat, Kind: rules.Pass, Reason: d.say(reasonStuck)}
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
			var g []int
			if len(d.pool) < cap(d.pool) {
				g = d.pool[:len(d.pool)+1][len(d.pool)].gains
			}
			if len(g) != np {
				g = make([]int, np)
			}
			d.pool = append(d.pool, cand{gains: g})
			c := &d.pool[len(d.pool)-1]
			c.n = 1
			c.ch[0] = rules.Change{Slot: s, Option: o}
			for p := 0; p < np; p++ {
				g := 0
				if v.Active(p) {
					g = d.model[p][s][o] - d.model[p][s][cur]
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

// search judges every single change and the packages built from them, up
// to the level's package size, keeping the best few in d.best. Packages
// are the most promising singles paired with every other single, and the
// most promising pairs extended by a third; promise is the delegate's own
// gain or, when it mediates, the gain of those still unsatisfied.
func (d *Delegate) search(v rules.View, st *situation, mediate bool, unhappy []int) {
	promise := func(c *cand) float64 {
		if !mediate {
			return float64(c.mine)
		}
		h := 0
		for _, p := range unhappy {
			h += c.gains[p]
		}
		return float64(h)
	}
	judge := func(c *cand) {
		if d.objective(v, st, c, mediate, unhappy) {
			d.shortlist.offer(c, c.obj)
		}
	}
	d.seeds.reset()
	for i := range d.pool {
		judge(&d.pool[i])
		d.seeds.offer(&d.pool[i], promise(&d.pool[i]))
	}
	if d.level.Package < 2 {
		return
	}
	d.pairs.reset()
	work := &d.work
	for si := range d.seeds.cs {
		seed := &d.seeds.cs[si]
		for j := range d.pool {
			x := &d.pool[j]
			if seed.touches(x.ch[0].Slot) || (d.seeds.has(x) && d.seeds.rank(x) < si) {
				continue
			}
			work.set(seed, x)
			work.mine = work.gains[d.seat]
			judge(work)
			d.pairs.offer(work, promise(work))
		}
	}
	if d.level.Package < 3 {
		return
	}
	for pi := range d.pairs.cs {
		pair := &d.pairs.cs[pi]
		for j := range d.pool {
			x := &d.pool[j]
			if pair.touches(x.ch[0].Slot) {
				continue
			}
			work.set(pair, x)
			work.mine = work.gains[d.seat]
			judge(work)
		}
	}
}

// has and rank tell whether single x is on the list and where, so that a
// pair of two listed singles is judged once.
func (l *shortlist) has(x *cand) bool { return l.rank(x) >= 0 }

func (l *shortlist) rank(x *cand) int {
	for i := range l.cs {
		if l.cs[i].n == 1 && l.cs[i].ch[0] == x.ch[0] {
			return i
		}
	}
	return -1
}

// unhappy lists the other delegations not calling for signature.
func (d *Delegate) unhappy(v rules.View) []int {
	var out []int
	for _, p := range v.Parties() {
		if p != d.seat && !v.Calling(p) {
			out = append(out, p)
		}
	}
	return out
}

// objective scores a candidate and reports whether it is worth tabling:
// the table must be expected to adopt it, and it must serve the
// delegate's purpose.
func (d *Delegate) objective(v rules.View, st *situation, c *cand, mediate bool, unhappy []int) bool {
	gains := c.gains
	votes := d.votes
	for p := range votes {
		votes[p] = rules.VoteNone
		if v.Active(p) {
			votes[p] = rules.VoteYes
			if p != d.seat && gains[p] < 0 {
				votes[p] = rules.VoteNo
			}
		}
	}
	if !v.Adopts(votes) {
		return false
	}
	// Outvoting a delegation whose signature the agreement needs only
	// moves the text away from a deal.
	for _, p := range d.sc.Signing.Required {
		if v.Active(p) && votes[p] == rules.VoteNo {
			return false
		}
	}
	others := 0
	for p, g := range gains {
		if p != d.seat && g > 0 {
			others += g
		}
	}
	if !mediate {
		if c.mine <= 0 {
			return false
		}
		c.obj = float64(c.mine) + d.level.Generosity*float64(others) + 0.01*d.rng.Float64()
		return true
	}
	if st.score+c.mine < st.want {
		return false
	}
	help := 0
	for _, p := range unhappy {
		help += gains[p]
	}
	if help <= 0 {
		return false
	}
	c.obj = float64(help) + 0.1*float64(c.mine) + 0.01*d.rng.Float64()
	return true
}

// keepsRatification reports whether the text after c is worth at least
// the points the delegate expects from it once the votes at home are
// counted: a change that sinks a vote is no gain.
func (d *Delegate) keepsRatification(v rules.View, st *situation, c *cand, mediate bool) bool {
	next := append([]int(nil), d.text...)
	for _, ch := range c.ch[:c.n] {
		next[ch.Slot] = ch.Option
	}
	w := d.worth(v, next, st.remain)
	if mediate {
		return w >= st.want
	}
	return w > st.worth
}

// explain gives the one-line reason for tabling c.
func (d *Delegate) explain(v rules.View, c *cand, mediate bool, unhappy []int) string {
	mineAt, theirsAt := 0, -1
	for i, ch := range c.ch[:c.n] {
		if d.delta(ch) > d.delta(c.ch[mineAt]) {
			mineAt = i
		}
	}
	bestTheirs := 0
	for i, ch := range c.ch[:c.n] {
		t := 0
		for _, p := range v.Parties() {
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
	if mediate {
		who := unhappy[0]
		gains := c.gains
		for _, p := range unhappy {
			if gains[p] > gains[who] {
				who = p
			}
		}
		ch := c.ch[0]
		for _, x := range c.ch[:c.n] {
			if d.model[who][x.Slot][x.Option]-d.model[who][x.Slot][d.text[x.Slot]] > d.model[who][ch.Slot][ch.Option]-d.model[who][ch.Slot][d.text[ch.Slot]] {
				ch = x
			}
		}
		return d.say(reasonMediate, d.label(ch.Slot, ch.Option), d.slotName(ch.Slot), d.sc.Parties[who].Name)
	}
	if c.n == 1 || theirsAt < 0 {
		return d.say(reasonWant, d.label(mch.Slot, mch.Option), d.slotName(mch.Slot))
	}
	tch := c.ch[theirsAt]
	return d.say(reasonPackage, d.label(mch.Slot, mch.Option), d.slotName(mch.Slot), d.label(tch.Slot, tch.Option), d.slotName(tch.Slot))
}

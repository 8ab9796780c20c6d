package bots

import "bindingwords/game/rules"

// prior is the delegate's first picture of party p's interests: what p's
// publics think of each option, scaled to points like its own. Publics'
// weights are public, and governments rarely stray far from what their
// publics want.
func (d *Delegate) prior(v rules.View, p int) [][]int {
	sc := d.sc
	raw := make([][]int, len(sc.Slots))
	spread, n := 0, 0
	for s := range sc.Slots {
		raw[s] = make([]int, len(sc.Slots[s].Options))
		for o := range sc.Slots[s].Options {
			for _, pub := range sc.Parties[p].Publics {
				for a, x := range sc.Slots[s].Options[o].Attrs {
					raw[s][o] += v.Weight(pub, a) * x
				}
			}
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

// learn revises the picture of the others from the items decided since the
// last decision and from new public commitments. A vote that contradicts
// the picture moves the options involved toward what the vote revealed.
func (d *Delegate) learn(v rules.View) {
	for ; d.items < v.NumItems(); d.items++ {
		it := v.Item(d.items)
		if !it.Decided {
			break
		}
		if !d.level.Learn {
			continue
		}
		for _, p := range v.Parties() {
			if p == d.seat {
				continue
			}
			yes := it.Votes[p] == rules.VoteYes
			margin := 0
			if p == it.Party {
				// Tabling it says more than voting for it.
				margin = d.scale / 2
			}
			pred := 0
			for i, c := range it.Changes {
				pred += d.model[p][c.Slot][c.Option] - d.model[p][c.Slot][it.Before[i]]
			}
			step := max(1, d.scale/3)
			switch {
			case yes && pred < margin:
			case !yes && pred >= 0:
				step = -step
			default:
				continue
			}
			for i, c := range it.Changes {
				if c.Option == it.Before[i] {
					continue
				}
				d.model[p][c.Slot][c.Option] += step
				d.model[p][c.Slot][it.Before[i]] -= step
			}
		}
	}
	for ; d.comms < v.NumCommitments(); d.comms++ {
		c := v.Commitment(d.comms)
		if c.Party == d.seat {
			continue
		}
		// A public commitment is costly to break, so take it seriously.
		if c.Stance == rules.Reject {
			d.model[c.Party][c.Slot][c.Option] -= 3 * d.scale
		} else {
			d.model[c.Party][c.Slot][c.Option] += 3 * d.scale
		}
	}
}

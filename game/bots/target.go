package bots

import (
	"math"
	"slices"

	"bindingwords/game/rules"
)

// The delegate's target is the text it believes is the fairest deal the
// table can reach: it cannot see the others' tables or reservation values,
// so it assumes each is as demanding as itself — its reservation sits as
// high among the texts it could get as the delegate's own does — and looks
// for the text that gives the worst-off delegation the most, in units of
// how much each one's score varies, with the total as a tie-breaker.

// spread holds the mean and standard deviation of a party's score over
// all texts (each clause's wordings equally likely), as the delegate
// pictures it.
type spread struct{ mean, sd float64 }

func (d *Delegate) spreadOf(p int) spread {
	var m, v float64
	for s := range d.model[p] {
		row := d.model[p][s]
		var sm, sq float64
		for _, x := range row {
			sm += float64(x)
			sq += float64(x) * float64(x)
		}
		k := float64(len(row))
		sm /= k
		m += sm
		v += sq/k - sm*sm
	}
	return spread{mean: m, sd: math.Max(1, math.Sqrt(v))}
}

// refreshTarget recomputes the estimated reservations and the target text.
func (d *Delegate) refreshTarget(v rules.View) {
	own := d.spreadOf(d.seat)
	z := (float64(d.res) - own.mean) / own.sd
	for _, p := range d.parties {
		sp := d.spreadOf(p)
		d.mbest[p] = 0
		for _, row := range d.model[p] {
			d.mbest[p] += float64(slices.Max(row))
		}
		d.unit[p] = 1 / sp.sd
		if p == d.seat {
			d.resv[p] = float64(d.res)
		} else if d.cheat != nil {
			d.resv[p] = float64(d.cheat.Briefs[p].Reservation)
		} else {
			d.resv[p] = sp.mean + z*sp.sd
		}
	}
	copy(d.target, d.text)
	for s := range d.target {
		// A red line is never part of the delegate's target.
		for d.redLine(s, d.target[s]) {
			d.target[s] = (d.target[s] + 1) % len(d.sc.Slots[s].Options)
		}
	}
	for _, p := range d.parties {
		d.tscore[p] = float64(d.scoreOf(p, d.target))
	}
	d.sc.AttrTotals(d.ttotals, d.target, nil)
	for doc := range d.sc.Documents {
		d.tforms[doc] = d.sc.DocumentForm(doc, d.target, nil)
	}
	remain := v.Rounds() - v.Round() + 1
	// Coordinate ascent: change one clause at a time while it helps.
	// The fairness of the target as it stands is the same whichever clause
	// is "changed" to its own wording, unless that would change a
	// document's form: it is worked out once until the target moves (a
	// third of the search's calls were this one value).
	stay, stayOK := 0.0, false
	for sweep := 0; sweep < 4; sweep++ {
		improved := false
		for s := range d.sc.Slots {
			cur := d.target[s]
			var bestF float64
			switch kept := d.formsKept(s, cur); {
			case kept && stayOK:
				bestF = stay
			case kept:
				bestF = d.fairness(v, s, cur, cur, remain)
				stay, stayOK = bestF, true
			default:
				bestF = d.fairness(v, s, cur, cur, remain)
			}
			bestO := cur
			for o := range d.sc.Slots[s].Options {
				if o == cur || d.redLine(s, o) {
					continue
				}
				if f := d.fairness(v, s, cur, o, remain); f > bestF+1e-9 {
					bestO, bestF = o, f
				}
			}
			if bestO != cur {
				for _, p := range d.parties {
					d.tscore[p] += float64(d.model[p][s][bestO] - d.model[p][s][cur])
				}
				d.moveTarget(s, cur, bestO)
				improved, stayOK = true, false
			}
		}
		if !improved {
			break
		}
	}
	d.targetRound = v.Round()
	d.targetItems = v.NumItems()
}

// moveTarget sets the target's slot s from cur to o, with its totals and forms.
func (d *Delegate) moveTarget(s, cur, o int) {
	d.target[s] = o
	for a, x := range d.sc.Slots[s].Options[o].Attrs {
		d.ttotals[a] += x - d.sc.Slots[s].Options[cur].Attrs[a]
	}
	d.changedForms(d.tforms, s, o)
}

// formsKept reports whether the target's forms stay as they are with
// slot s reading option o.
func (d *Delegate) formsKept(s, o int) bool {
	for doc := range d.sc.Documents {
		if d.sc.Documents[doc].FormSlot == s && d.tforms[doc] != d.sc.Slots[s].Options[o].Form {
			return false
		}
	}
	return true
}

// changedForms updates forms for slot s reading option o.
func (d *Delegate) changedForms(forms []int, s, o int) {
	for doc := range d.sc.Documents {
		if d.sc.Documents[doc].FormSlot == s {
			forms[doc] = d.sc.Slots[s].Options[o].Form
		}
	}
}

// fairness scores the target with slot s changed from option cur to o:
// the smallest normalised gain over the estimated reservations, up to the
// delegate's cushion, plus a fifth of their sum — or, for a text that would
// not be ratified, a penalty growing with how far its votes fall short.
// Past the cushion the worst-off's gain counts only in the sum, so the
// search turns from the worst-off to the total: a fair text first, then a
// better one for all together.
func (d *Delegate) fairness(v rules.View, s, cur, o, remain int) float64 {
	// The slices are read into locals first: the search calls this for
	// every wording of every clause, and the compiler cannot keep them in
	// registers across the stores into d.xtotals.
	xt, oa, ca := d.xtotals, d.sc.Slots[s].Options[o].Attrs, d.sc.Slots[s].Options[cur].Attrs
	copy(xt, d.ttotals)
	copy(d.xforms, d.tforms)
	ca, xa := ca[:len(oa)], xt[:len(oa)] // one bounds check, not one per attribute
	for a, x := range oa {
		xa[a] += x - ca[a]
	}
	d.changedForms(d.xforms, s, o)
	if _, short := d.shortfall(v, xt, d.xforms, remain); short > 0 {
		return -1000 - float64(short)
	}
	lo, sum := math.Inf(1), 0.0
	tscore, resv, model := d.tscore, d.resv, d.model
	// As in draftFairness: a walk over d.parties meets the delegations
	// with a unit in the order a walk over unit would.
	for _, p := range d.parties {
		u := d.unit[p]
		if u == 0 {
			continue
		}
		g := (tscore[p] + float64(model[p][s][o]-model[p][s][cur]) - resv[p]) * u
		// The built-in min gives what math.Min gives (NaN and −0
		// included) without its call, which showed in the profile.
		lo = min(lo, g)
		sum += g
	}
	return min(lo, d.cushion) + sum/5
}

package bots

import (
	"slices"

	"bindingwords/game/rules"
)

// Public commitments, as the delegates use them. A commitment earns
// nothing at home by itself (a scenario may give it a boost, by default
// none): it is a costly signal (Fearon 1994). Having said in public that
// it will not sign a wording, a delegation pays the audience cost if it
// signs it after all, so the others can believe it; they learn from it
// what the delegation values (see learn). A delegate rules out its red
// lines, and a wording it will not give up cheaply once someone wants it
// (see atRisk); when it signs, it weighs the price of breaking its word
// (see sign) and walks away rather than sign a text whose audience cost
// would lose it the vote at home.
//
// Two firmer readings were tried and measured (docs/balance.md, "Public
// commitments"): a delegate holding its own commitments as red lines, and
// never tabling a wording another delegation had ruled out. Together they
// narrowed what the table could agree on: hard delegates agreed in 5 to
// 11 points fewer games of the generated families (narrow 90.5% -> 82.5%,
// rules-majority 84.0% -> 75.0%), while the commitments were kept about
// as often without them.

// commitment picks what to rule out in public, if anything: a red line
// first (it is never signed anyway, and saying so tells the others where
// the limit lies), then a wording at risk that would cost the delegate
// more than a typical clause's spread, if the draft does not read it and
// the delegate's own target does not need it.
func (d *Delegate) commitment(v rules.View) (slot, option int, ok bool) {
	for _, r := range d.brief.RedLines {
		if d.text[r.Slot] != r.Option && !committed(v, d.seat, r.Slot) {
			return r.Slot, r.Option, true
		}
	}
	d.ensureTarget(v)
	worst := d.scale // only what costs more than a typical clause's spread
	slot, option = -1, -1
	for s, row := range d.brief.Points {
		if committed(v, d.seat, s) {
			continue
		}
		best := slices.Max(row)
		for o, x := range row {
			if o == d.text[s] || o == d.target[s] {
				continue
			}
			if best-x > worst && d.atRisk(v, s, o) {
				worst, slot, option = best-x, s, o
			}
		}
	}
	return slot, option, slot >= 0
}

func committed(v rules.View, p, slot int) bool {
	_, ok := publicStand(v, p, slot)
	return ok
}

// audienceCost is how far (tenths) signing the final text would set back
// the delegate's publics: the scenario's audience cost for each of its
// public commitments the text breaks.
func (d *Delegate) audienceCost(v rules.View) int {
	present := v.Present()
	n := 0
	for _, c := range v.Commitments() {
		if c.Party == d.seat && c.Broken(d.sc, d.text, present) {
			n++
		}
	}
	return n * d.sc.Press.AudienceCost * 10
}

// atRisk reports whether wording o of clause s could end up in the text:
// the draft reads it, another delegation has tabled it or insists on it
// in public, or the delegate believes it is another delegation's
// favourite on the clause. Ruling out what nobody wants would tell nobody
// anything; ruling out what someone wants tells the table where the limit
// is, and the others then build their proposals inside it. Measured on
// Berlin, 2,000 games each (docs/balance.md, "Public commitments"): with
// the belief left out for all but red lines, normal delegates' welfare
// fell to 0.835 (0.846 before the change); with it, 0.849.
func (d *Delegate) atRisk(v rules.View, s, o int) bool {
	if d.text[s] == o {
		return true
	}
	for i := 0; i < v.NumItems(); i++ {
		if !v.ItemDecided(i) {
			break
		}
		if it := v.DecidedItem(i); it.Party != d.seat && changes(it.Changes, s, o) {
			return true
		}
	}
	if it, ok := v.Pending(); ok && it.Party != d.seat && changes(it.Changes, s, o) {
		return true
	}
	for _, p := range d.parties {
		if p == d.seat || !v.Active(p) {
			continue
		}
		if c, ok := publicStand(v, p, s); ok && c.Stance == rules.Insist && c.Option == o {
			return true
		}
		if row := d.model[p][s]; slices.Index(row, slices.Max(row)) == o {
			return true
		}
	}
	return false
}

func changes(cs []rules.Change, s, o int) bool {
	for _, c := range cs {
		if c.Slot == s && c.Option == o {
			return true
		}
	}
	return false
}

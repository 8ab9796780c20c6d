package bots

import (
	"math"

	"bindingwords/game/rules"
)

// ratification returns the first public whose vote would fail (or -1) and
// by how much, in tenths, all the votes that matter fall short together.
func (d *Delegate) ratification(v rules.View, text []int, remain int) (failing, short int) {
	sc := d.sc
	sc.AttrTotals(d.totals, text, nil)
	for doc := range sc.Documents {
		d.forms[doc] = sc.DocumentForm(doc, text, nil)
	}
	return d.shortfall(v, d.totals, d.forms, remain)
}

// shortfall is ratification for a text given by its attribute totals and
// the legal form of each document.
func (d *Delegate) shortfall(v rules.View, totals, forms []int, remain int) (failing, short int) {
	if !d.level.Aware {
		return -1, 0
	}
	failing = -1
	for _, f := range forms {
		// The votes that count for form f, in the order of the
		// ratifiers and their requirements (see setup).
		for _, c := range d.checks[f] {
			gap := v.Threshold(c.party, f, c.req)*10 - d.project(v, c.public, totals, remain) - c.slack
			if gap > 0 {
				short += gap
				if failing < 0 {
					failing = c.public
				}
			}
		}
	}
	return failing, short
}

// A check is a vote at home that shortfall weighs for a legal form: the
// req-th requirement of party for that form, the public that votes, and
// the slack (tenths) the delegate allows for its own, which it can still
// reassure. shortfall runs thousands of times a decision, and walking the
// ratifiers' requirements form by form was a tenth of a Berlin game.
type check struct {
	party, req, public, slack int
}

// checksByForm lists, per legal form, the votes at home shortfall weighs:
// every requirement of every ratifier, in the ratifiers' order.
func (d *Delegate) checksByForm() [][]check {
	sc := d.sc
	n := 0
	for f := range sc.Forms {
		for _, p := range d.ratifiers {
			n += len(sc.Parties[p].Ratification[f])
		}
	}
	all := make([]check, 0, n) // one array for every form's list
	out := make([][]check, len(sc.Forms))
	for f := range out {
		start := len(all)
		for _, p := range d.ratifiers {
			slack := 0
			if p == d.seat {
				slack = sc.Press.Reassure * 10
			}
			for i, req := range sc.Parties[p].Ratification[f] {
				all = append(all, check{party: p, req: i, public: req.Public, slack: slack})
			}
		}
		out[f] = all[start:len(all):len(all)]
	}
	return out
}

// worth is what text is worth to the delegate: its points, less a penalty
// for every point by which a vote that matters is projected to fall short.
// A soft penalty (rather than "no agreement") keeps the delegate caring
// about its points while it steers toward a text that will ratify.
func (d *Delegate) worth(v rules.View, text []int, remain int) int {
	_, short := d.ratification(v, text, remain)
	return d.scoreOf(d.seat, text) - 2*short/10
}

// project predicts a public's support (tenths) after the remaining polls
// for a text with the given attribute totals.
func (d *Delegate) project(v rules.View, pub int, totals []int, remain int) int {
	p := &d.sc.Publics[pub]
	verdict := p.Base
	for a, x := range totals {
		verdict += v.Weight(pub, a) * x
	}
	verdict = min(max(verdict, 0), 100) * 10
	s := v.Support(pub)
	// Each poll closes Drift% of the gap: after remain polls, a share
	// (1 − Drift%)^remain of it is left.
	return verdict + int(float64(s-verdict)*d.decay(pub, remain))
}

// decay is the share of the gap between support and verdict that public
// pub still has after remain polls, cached per number of polls. It is
// kept small enough to inline into project, its caller thousands of times
// a decision; working the shares out is a call apart (decaysFor).
func (d *Delegate) decay(pub, remain int) float64 {
	if d.decayFor != remain {
		d.decaysFor(remain)
	}
	return d.decays[pub]
}

// decaysFor works out every public's decay for remain polls.
func (d *Delegate) decaysFor(remain int) {
	d.decayFor = remain
	for i := range d.decays {
		d.decays[i] = math.Pow(1-float64(d.sc.Publics[i].Drift)/100, float64(remain))
	}
}

// margin is how far (tenths) the delegate's own weakest vote at home
// stands above its threshold for the current draft, and that public.
func (d *Delegate) margin(v rules.View, remain int) (int, int) {
	sc := d.sc
	sc.AttrTotals(d.totals, d.text, nil)
	worst, pub := 1<<30, -1
	for doc := range sc.Documents {
		f := sc.DocumentForm(doc, d.text, nil)
		for i, req := range sc.Parties[d.seat].Ratification[f] {
			m := d.project(v, req.Public, d.totals, remain) - v.Threshold(d.seat, f, i)*10
			if m < worst {
				worst, pub = m, req.Public
			}
		}
	}
	return worst, pub
}

// redLine reports whether option o of slot s is one of the delegate's red
// lines. A wording it ruled out in public is not one: breaking its word
// has a price, the audience cost, which the delegate weighs when it signs
// (see sign); treating it as a red line narrowed the deals the table
// could reach (docs/balance.md, "Public commitments").
func (d *Delegate) redLine(s, o int) bool { return redLine(d.brief, s, o) }

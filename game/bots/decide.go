package bots

import (
	"slices"

	"bindingwords/game/rules"
)

// vote answers the item on the table: yes to what leaves the delegate
// better off, or still at what it insists on by now; no to its red lines,
// to what would sink a vote at home, and to losses it cannot accept.
func (d *Delegate) vote(v rules.View, st *situation) rules.Action {
	it, _ := v.Pending()
	a := rules.Action{Party: d.seat, Kind: rules.Vote}
	next := append(d.next[:0], d.text...)
	for _, c := range it.Changes {
		next[c.Slot] = c.Option
	}
	for _, c := range it.Changes {
		if c.Option != d.text[c.Slot] && d.redLine(c.Slot, c.Option) {
			a.Reason = d.objection(v, c)
			return a
		}
	}
	if d.vetoed(&it, st) {
		a.Reason = d.objection(v, d.worstChange(it.Changes))
		return a
	}
	worth := d.worth(v, next, st.remain)
	if d.level.Aware && worth < st.worth {
		// Say so when the loss comes from a vote at home the change would sink.
		if pub, short := d.ratification(v, next, st.remain); short > 0 {
			if _, before := d.ratification(v, d.text, st.remain); before < short && worth < st.want {
				c := d.worstChange(it.Changes)
				if d.sc.Publics[pub].Party == d.seat {
					a.Reason = d.say(reasonSinksOwnVote, d.label(c.Slot, c.Option), d.publicName(pub))
				} else {
					a.Reason = d.say(reasonSinksVote, d.label(c.Slot, c.Option), d.publicName(pub))
				}
				return a
			}
		}
	}
	switch {
	case worth > st.worth:
		a.Yes = true
		c := d.bestChange(it.Changes)
		a.Reason = d.say(reasonGain, d.label(c.Slot, c.Option), d.slotName(c.Slot))
	case worth == st.worth:
		a.Yes = true
		if len(it.Changes) == 1 && it.Changes[0].Option == d.text[it.Changes[0].Slot] {
			a.Reason = d.say(reasonAgreeSettle, d.slotName(it.Changes[0].Slot))
		} else {
			a.Reason = d.say(reasonAcceptAll)
		}
	case worth >= st.want && worth >= d.res:
		a.Yes = true
		a.Reason = d.say(reasonCompromise)
	default:
		a.Reason = d.objection(v, d.worstChange(it.Changes))
	}
	return a
}

// bestChange and worstChange find the change of an item that matters most
// to the delegate, for its reason.
func (d *Delegate) bestChange(cs []rules.Change) rules.Change {
	return slices.MaxFunc(cs, func(a, b rules.Change) int { return d.delta(a) - d.delta(b) })
}

func (d *Delegate) worstChange(cs []rules.Change) rules.Change {
	return slices.MinFunc(cs, func(a, b rules.Change) int { return d.delta(a) - d.delta(b) })
}

func (d *Delegate) delta(c rules.Change) int {
	g := d.brief.Points[c.Slot][c.Option] - d.brief.Points[c.Slot][d.text[c.Slot]]
	if len(d.brief.Links) > 0 {
		g += rules.LinkChange(d.brief.Links, d.text, []rules.Change{c})
	}
	return g
}

// press chooses the delegate's statement: shore up a vote at home that is
// at risk; rule out in public a wording it will not accept that someone
// is pushing (see commitment); help another country's vote that the
// agreement needs; otherwise keep its own public on side.
func (d *Delegate) press(v rules.View, st *situation) rules.Action {
	a := rules.Action{Party: d.seat, Kind: rules.Statement, Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}
	m, pub := d.margin(v, st.remain)
	if pub >= 0 && m < 20 {
		a.Press.Kind, a.Press.Public = rules.Reassure, pub
		a.Reason = d.say(reasonReassureRisk, d.publicName(pub))
		return a
	}
	if d.level.Commit {
		if s, o, ok := d.commitment(v); ok {
			a.Press = rules.Press{Kind: rules.Commit, Public: -1, Slot: s, Option: o, Stance: rules.Reject}
			a.Reason = d.say(reasonCommit, d.label(s, o), d.slotName(s))
			return a
		}
	}
	if d.level.Address && st.score > d.res {
		if p := d.weakestOtherVote(v, st); p >= 0 {
			a.Press.Kind, a.Press.Public = rules.Address, p
			a.Reason = d.say(reasonAddress, d.publicName(p))
			return a
		}
	}
	if pub >= 0 {
		a.Press.Kind, a.Press.Public = rules.Reassure, pub
		a.Reason = d.say(reasonReassure, d.publicName(pub))
		return a
	}
	if own := d.sc.Parties[d.seat].Publics; len(own) > 0 {
		a.Press.Kind, a.Press.Public = rules.Reassure, own[0]
		a.Reason = d.say(reasonReassure, d.publicName(own[0]))
		return a
	}
	a.Reason = d.say(reasonNoComment)
	return a
}

// weakestOtherVote finds another required signatory's public whose vote on
// the current draft is projected to fail, or -1.
func (d *Delegate) weakestOtherVote(v rules.View, st *situation) int {
	sc := d.sc
	sc.AttrTotals(d.totals, d.text, nil)
	worst, pub := 0, -1
	for doc := range sc.Documents {
		f := sc.DocumentForm(doc, d.text, nil)
		for _, p := range sc.Signing.Required {
			if p == d.seat || !v.Active(p) {
				continue
			}
			for i, req := range sc.Parties[p].Ratification[f] {
				m := d.project(v, req.Public, d.totals, st.remain) - v.Threshold(p, f, i)*10
				if m < worst {
					worst, pub = m, req.Public
				}
			}
		}
	}
	return pub
}

// sign signs a final text that beats the delegate's reservation value and
// that its own publics will ratify.
func (d *Delegate) sign(v rules.View, st *situation) rules.Action {
	score := d.sc.BriefScore(d.brief, d.text, v.Present())
	a := rules.Action{Party: d.seat, Kind: rules.Decline}
	if !v.CanSign() || score < d.res {
		a.Reason = d.declining(v)
		return a
	}
	m, pub := d.margin(v, 0)
	if cost := d.audienceCost(v); cost > 0 && pub >= 0 && m-cost < 0 {
		// Signing would break its word in public, and its publics would
		// then turn the vote at home against it: walk away instead.
		a.Reason = d.declining(v)
		return a
	}
	if d.level.Aware && pub >= 0 && m < 0 {
		a.Reason = d.say(reasonDeclineRatify, d.publicName(pub))
		return a
	}
	a.Kind = rules.Sign
	a.Reason = d.say(reasonSign)
	if pub >= 0 && m >= 0 {
		// The public whose vote is closest, from the polls everyone sees.
		a.Reason = d.say(reasonSignRatify, d.publicName(pub))
	}
	return a
}

// vetoed reports whether a delegation whose signature the agreement needs
// has voted against the pending item, where items pass without every yes
// and only the reservations bound a deal: adopted over its no, the text
// may be one it will not sign, so the delegate, who can sign the draft,
// votes no with it, as unanimity would have it. rules-majority, hard:
// 73.0% → 84.0% agreement; rules-twothirds 71.5% → 85.5%; rules-mustagree
// 78.0% → 89.5%.
func (d *Delegate) vetoed(it *rules.Item, st *situation) bool {
	if !d.noVotes || d.sc.Adoption.Others == rules.QuotaAll || st.worth < d.res {
		return false
	}
	for _, p := range d.sc.Signing.Required {
		if p != d.seat && p < len(it.Votes) && it.Votes[p] == rules.VoteNo {
			return true
		}
	}
	return false
}

package bots

import "bindingwords/game/rules"

// bidWeight is how much an item a delegation tabled counts, as a yes of
// its own, when the delegate learns what that delegation wants at a table
// whose publics speak and whose votes at home count. Berlin normal, seeds
// 1–2000: 1 and 2 raised welfare about as much (0.850, 0.854) but left
// Poland and the United States best placed in under 10% of games, and 2
// pushed agreement to 86.5%, above the 85% a class should be able to miss.
const bidWeight = 1.5

// learnBids learns from what the other delegations table, where their
// publics speak and votes at home count (Berlin). learn ignores a
// proposer's own item there, since what a delegation tables may be a
// concession; but a package it tables is, taken whole, worth something to
// it, and on Berlin that is the only way the others find out what the
// publics hide: the United States gains 14 points by an executive
// agreement over a treaty, which every other delegation pictures as 1.
// Opponent models in automated negotiation read an opponent's bids the
// same way (Baarslag et al. 2016, "Learning about the opponent in
// automated bilateral negotiation"). Where no vote at home bounds a deal
// the families were tuned without it, and a delegation known only from
// the table is already learnt from this way in learn.
//
// A delegate with foresight (hard) does not: it already weighs whether the
// others will ratify, and with the bids read too its welfare on Berlin
// fell (seeds 1–2000: 0.863 → 0.844 at weight 1.5, 0.845 at 0.5) while
// the United States was best placed in 6% of games.
func (d *Delegate) learnBids(v rules.View) {
	if !d.level.Learn || d.level.Foresight || d.cheat != nil || d.noVotes {
		d.bidItems = v.NumItems()
		return
	}
	fresh := false
	for ; d.bidItems < v.NumItems(); d.bidItems++ {
		it := v.Item(d.bidItems)
		if !it.Decided {
			break
		}
		p := it.Party
		if p == d.seat || d.flat[p] || d.belief[p] == nil {
			continue
		}
		d.obs[p] = append(d.obs[p], observation{changes: it.Changes, before: it.Before, yes: true, weight: bidWeight})
		fresh = true
	}
	if fresh {
		for _, p := range d.parties {
			if p != d.seat {
				d.fit(p)
			}
		}
	}
}

package rules

import "slices"

// Spectator is the seat of the projector: it sees everything public and
// nothing private.
const Spectator = -1

// A View is what one seat may see of a game: everything public, plus its
// own private brief. Front ends, AI delegates and the network see a game
// only through views, so a delegation's private data can reach another
// seat only by a bug in this file. A View reads the live game; it is cheap
// to make and to keep.
type View struct {
	g    *Game
	seat int
}

// View returns the view of seat, a party index or [Spectator].
func (g *Game) View(seat int) View {
	if seat < 0 || seat >= len(g.sc.Parties) {
		seat = Spectator
	}
	return View{g: g, seat: seat}
}

// Seat is the party this view belongs to, or [Spectator].
func (v View) Seat() int { return v.seat }

// Scenario is the public part of the scenario. Callers must not modify it.
func (v View) Scenario() *PublicScenario { return &v.g.sc.PublicScenario }

// Brief is the seat's own private brief, or nil for a spectator. Callers
// must not modify it.
func (v View) Brief() *Brief {
	if v.seat < 0 {
		return nil
	}
	return &v.g.sc.Briefs[v.seat]
}

// Round is the current round, from 1.
func (v View) Round() int { return v.g.round }

// Rounds is the number of rounds in this game.
func (v View) Rounds() int { return v.g.rounds }

// Phase is the current phase.
func (v View) Phase() Phase { return v.g.phase }

// Active reports whether party p takes part.
func (v View) Active(p int) bool { return v.g.Active(p) }

// Parties lists the parties taking part, in scenario order.
func (v View) Parties() []int { return v.g.Parties() }

// Proposer is the party whose turn it is to table, or -1.
func (v View) Proposer() int {
	if v.g.item >= 0 {
		return -1
	}
	return v.g.Proposer()
}

// ToAct lists the parties the game is waiting for, in turn order: the
// proposer, the delegations still to vote, speak or decide on signing.
func (v View) ToAct() []int { return v.g.ToAct() }

// MustAct reports whether the game is waiting for party p.
func (v View) MustAct(p int) bool { return v.g.MustAct(p) }

// Together reports whether the game is played at the simultaneous pace.
func (v View) Together() bool { return v.g.together }

// Chosen reports whether party p has made its sealed choice in the current
// step of the together pace (see [Game.Chosen]).
func (v View) Chosen(p int) bool { return v.g.Chosen(p) }

// NewsHeld reports whether the chair holds the news.
func (v View) NewsHeld() bool { return v.g.newsHeld }

// NewsAtTable reports whether news card c may be dealt at this table: a
// card about a delegation that is not taking part is not, by the draw or
// (under today's rules) by the chair. Under the former rules old records
// replay under, such cards could be dealt ([Scenario.Formers]).
func (v View) NewsAtTable(c int) bool { return v.g.atTable(c) }

// Option is the current wording of slot.
func (v View) Option(slot int) int { return v.g.text[slot] }

// Text returns a copy of the current draft: an option per slot.
func (v View) Text() []int { return slices.Clone(v.g.text) }

// Bracketed reports whether slot is in brackets.
func (v View) Bracketed(slot int) bool { return v.g.bracketed[slot] }

// Present reports, once signing has begun, which articles are still in the
// text; nil before.
func (v View) Present() []bool { return slices.Clone(v.g.present) }

// Support is public pub's support in tenths of a point.
func (v View) Support(pub int) int { return v.g.support[pub] }

// Polls returns public pub's support (tenths) at the start and after each poll.
func (v View) Polls(pub int) []int { return slices.Clone(v.g.polls[pub]) }

// Verdict is public pub's verdict (whole points) on the current draft.
func (v View) Verdict(pub int) int { return v.g.Verdict(pub) }

// VerdictOn is public pub's verdict (whole points) on any complete text,
// with the public's current weights: what the public would think of it.
func (v View) VerdictOn(pub int, text []int) int {
	totals := v.g.sc.AttrTotals(make([]int, len(v.g.sc.Attributes)), text, nil)
	return VerdictOf(v.g.sc.Publics[pub].Base, v.g.weights[pub], totals)
}

// Weight is how much public pub currently weighs attribute a.
func (v View) Weight(pub, a int) int { return v.g.weights[pub][a] }

// Threshold is party p's current threshold (whole points) for its i-th
// ratification requirement for form f.
func (v View) Threshold(p, f, i int) int { return v.g.threshold[p][f][i] }

// Trust is party p's trust, 0–100: how far its statements persuade.
func (v View) Trust(p int) int { return v.g.trust[p] }

// Commitments returns every public commitment made so far.
func (v View) Commitments() []Commitment { return slices.Clone(v.g.commitments) }

// Calling reports whether party p calls for signature.
func (v View) Calling(p int) bool { return v.g.calls[p] }

// Tabled reports whether party p has tabled an item this round.
func (v View) Tabled(p int) bool { return v.g.tabled[p] }

// Spoke reports whether party p has made its press statement this round.
func (v View) Spoke(p int) bool { return v.g.spoke[p] }

// Decision is party p's signing decision so far.
func (v View) Decision(p int) VoteValue { return v.g.decision[p] }

// Items returns every item tabled so far, with its votes.
func (v View) Items() []Item {
	out := v.g.Items()
	for i := range out {
		out[i] = v.masked(out[i])
	}
	return out
}

// NumItems is the number of items tabled so far.
func (v View) NumItems() int { return len(v.g.items) }

// Item returns a copy of the i-th item tabled (from 0).
func (v View) Item(i int) Item { return v.masked(v.g.items[i].clone()) }

// ItemDecided reports whether the i-th item has been voted on, without
// copying the item: the bots ask it before every decision.
func (v View) ItemDecided(i int) bool { return v.g.items[i].Decided }

// DecidedItem returns the i-th item, which must have been decided, without
// copying it: its Changes and Before are the game's own, which never change
// once an item is tabled, and callers must not modify them. Its Votes are
// left out; [View.ItemVote] gives each, hidden as in [View.Item]. Every bot
// learns from every decided item, and copying each one showed in the
// profile of bot games.
func (v View) DecidedItem(i int) Item {
	it := v.g.items[i]
	it.Votes = nil
	return it
}

// ItemVote is party p's vote on the i-th item, without copying the item;
// in a secret ballot, VoteNone for anyone but the seat and the proposer.
func (v View) ItemVote(i, p int) VoteValue {
	it := &v.g.items[i]
	if v.hides(it, p) {
		return VoteNone
	}
	return it.Votes[p]
}

// hides reports whether the seat may not see party p's vote on it: in a
// secret ballot, anyone's but its own and the proposer's (whose yes is
// known).
func (v View) hides(it *Item, p int) bool {
	return v.g.sc.Adoption.Secret && p != v.seat && p != it.Party
}

// masked hides from the seat the votes [View.hides].
func (v View) masked(it Item) Item {
	if !v.g.sc.Adoption.Secret {
		return it
	}
	for p := range it.Votes {
		if v.hides(&it, p) {
			it.Votes[p] = VoteNone
		}
	}
	return it
}

// NumCommitments is the number of public commitments made so far.
func (v View) NumCommitments() int { return len(v.g.commitments) }

// Commitment returns the i-th public commitment.
func (v View) Commitment(i int) Commitment { return v.g.commitments[i] }

// Pending returns the item being voted on and true, or false if none.
func (v View) Pending() (Item, bool) {
	if v.g.item < 0 {
		return Item{}, false
	}
	return v.masked(v.g.items[v.g.item].clone()), true
}

// HasPending reports whether an item is being voted on, without copying
// it as [View.Pending] does.
func (v View) HasPending() bool { return v.g.item >= 0 }

// News returns the card of each round so far (-1 for none): the card
// drawn, or the last one the chair put on the table that round. The event
// log has every card told.
func (v View) News() []int { return slices.Clone(v.g.newsByRound) }

// Events returns the public event log. Callers must not modify it.
func (v View) Events() []Event { return v.g.Events() }

// Adopts reports whether the adoption rule passes an item with these votes.
func (v View) Adopts(votes []VoteValue) bool { return v.g.Adopts(votes) }

// Scores reports the seat's own score for text with every article in, and
// whether the text crosses one of its red lines. A spectator gets 0, false.
func (v View) Scores(text []int) (score int, redLine bool) {
	if v.seat < 0 {
		return 0, false
	}
	return v.g.sc.Score(v.seat, text, nil), v.g.sc.CrossesRedLine(v.seat, text, nil)
}

// CanSign reports whether the seat may sign the final text (it crosses
// none of its red lines). Only meaningful in the signing phase.
func (v View) CanSign() bool {
	return v.seat >= 0 && v.g.phase == PhaseSigning && !v.g.sc.CrossesRedLine(v.seat, v.g.text, v.g.present)
}

// Result is the public outcome once the game is over, with the seat's own
// score only; nil before the end.
func (v View) Result() *PublicResult {
	r := v.g.result
	if r == nil {
		return nil
	}
	pr := &PublicResult{Text: slices.Clone(r.Text), Present: slices.Clone(r.Present), Forms: slices.Clone(r.Forms),
		Signed: slices.Clone(r.Signed), Formed: r.Formed, Ratify: slices.Clone(r.Ratify), InForce: r.InForce,
		Indicators: slices.Clone(r.Indicators), Broken: slices.Clone(r.Broken), Kept: slices.Clone(r.Kept), Score: -1}
	if v.seat >= 0 {
		pr.Score = r.Scores[v.seat]
	}
	return pr
}

// PublicResult is the outcome as one seat may see it.
type PublicResult struct {
	Text       []int
	Present    []bool
	Forms      []int
	Signed     []bool
	Formed     bool
	Ratify     []bool
	InForce    bool
	Indicators []int
	Broken     []Commitment
	Kept       []Commitment
	// Score is the seat's own score, or -1 for a spectator.
	Score int
}

// ToAct lists the parties the game is waiting for, in turn order.
func (g *Game) ToAct() []int { return g.AppendToAct(nil) }

// MustAct reports whether the game is waiting for party p.
func (g *Game) MustAct(p int) bool {
	if !g.Active(p) {
		return false
	}
	switch g.phase {
	case PhaseTable:
		if g.item >= 0 {
			return g.items[g.item].Votes[p] == VoteNone && !g.chosen[p]
		}
		if g.together {
			return g.window && !g.tabled[p]
		}
		return g.Proposer() == p
	case PhasePress:
		return !g.spoke[p]
	case PhaseSigning:
		return g.decision[p] == VoteNone && !g.chosen[p]
	}
	return false
}

// waiting reports whether the game waits for any delegation, as
// [Game.AppendToAct] would list, without building the list.
func (g *Game) waiting() bool { return slices.ContainsFunc(g.order, g.MustAct) }

// AppendToAct appends the parties the game is waiting for to out, in turn
// order, and returns the extended slice; with a reused buffer it does not
// allocate.
func (g *Game) AppendToAct(out []int) []int {
	for _, p := range g.order {
		if g.MustAct(p) {
			out = append(out, p)
		}
	}
	return out
}

// Items returns copies of every item tabled so far.
func (g *Game) Items() []Item {
	out := make([]Item, len(g.items))
	for i := range g.items {
		out[i] = g.items[i].clone()
	}
	return out
}

func (it Item) clone() Item {
	it.Changes = slices.Clone(it.Changes)
	it.Before = slices.Clone(it.Before)
	it.Votes = slices.Clone(it.Votes)
	return it
}

// Legal lists the actions the seat may take now (see [Game.Legal]).
func (v View) Legal() []Action {
	if v.seat < 0 {
		return nil
	}
	return v.g.Legal(v.seat)
}

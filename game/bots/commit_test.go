package bots

import (
	"testing"

	"bindingwords/game/rules"
)

// TestDelegatesHoldToCommitmentsAndHeedOthers plays Berlin with AI
// delegates at every level and checks, at every action, what a public
// commitment means to them: a delegate never tables a wording another
// delegation ruled out in public (that delegation would have to pay to
// sign it), never votes for a wording it ruled out itself, and every
// commitment it makes is on one of its red lines or on a wording someone
// is pushing or is believed to want (the draft read it, another delegation
// had tabled it or insisted on it, or it is another delegation's
// favourite as far as the delegate can tell), not a free statement about
// a wording nobody wants.
func TestDelegatesHoldToCommitmentsAndHeedOthers(t *testing.T) {
	sc, parties := berlin(t)
	made := 0
	for _, lvl := range Levels {
		for seed := uint64(0); seed < 15; seed++ {
			var stands []rules.Commitment
			playWatched(t, sc, rules.Setup{Seed: seed, Parties: parties}, func(p int) Player { return New(lvl, p, seed) },
				func(g *rules.Game, p int, pl Player, a rules.Action) {
					for _, c := range stands {
						switch {
						case a.Kind == rules.Table && c.Party != p && breaks(c, a.Changes):
							t.Errorf("%s seed %d: %s tabled %s against %s's public commitment", lvl.Name, seed, sc.Parties[p].ID, sc.FormatAction(a), sc.Parties[c.Party].ID)
						case a.Kind == rules.Vote && a.Yes && c.Party == p:
							v := g.View(p)
							it, ok := v.Pending()
							if !ok {
								it = v.DecidedItem(v.NumItems() - 1)
							}
							if breaks(c, it.Changes) {
								t.Errorf("%s seed %d: %s voted for %v against its own commitment", lvl.Name, seed, sc.Parties[p].ID, it.Changes)
							}
						}
					}
					if a.Kind == rules.Statement && a.Press.Kind == rules.Commit {
						made++
						d := pl.(*Delegate)
						if !redLine(d.brief, a.Press.Slot, a.Press.Option) && !pushed(g, p, a.Press.Slot, a.Press.Option) && !d.favourite(a.Press.Slot, a.Press.Option) {
							t.Errorf("%s seed %d: %s ruled out %s, which nobody was pushing", lvl.Name, seed, sc.Parties[p].ID, sc.FormatAction(a))
						}
						stands = g.View(p).Commitments()
					}
				})
		}
	}
	if made == 0 {
		t.Fatal("no delegate made a public commitment: the test checks nothing")
	}
}

// breaks reports whether changes put in a wording commitment c rules out.
func breaks(c rules.Commitment, cs []rules.Change) bool {
	for _, ch := range cs {
		if ch.Slot == c.Slot && !heeds(c, ch.Option) {
			return true
		}
	}
	return false
}

// pushed reports whether wording o of clause s was in play when party p
// spoke: the draft read it, another delegation had tabled it or insisted
// on it in public.
func pushed(g *rules.Game, p, s, o int) bool {
	v := g.View(p)
	if v.Option(s) == o {
		return true
	}
	for _, c := range v.Commitments() {
		if c.Party != p && c.Slot == s && c.Stance == rules.Insist && c.Option == o {
			return true
		}
	}
	for i := 0; i < v.NumItems(); i++ {
		if it := v.DecidedItem(i); it.Party != p && changes(it.Changes, s, o) {
			return true
		}
	}
	return false
}

// favourite reports whether the delegate believes wording o is another
// delegation's favourite on clause s, the last reason atRisk knows.
func (d *Delegate) favourite(s, o int) bool {
	for _, p := range d.parties {
		if p == d.seat {
			continue
		}
		row := d.model[p][s]
		best := 0
		for i, x := range row {
			if x > row[best] {
				best = i
			}
		}
		if best == o {
			return true
		}
	}
	return false
}

package bots

import (
	"slices"
	"testing"

	"bindingwords/game/rules"
)

// TestDelegatesCommitOnlyOnWhatTheyWillNotGiveUpCheaply plays Berlin with
// AI delegates at every level and checks every public commitment they
// make: it rules out one of the delegate's red lines, or a wording the
// draft does not read that would cost the delegate more than a typical
// clause's spread. A commitment on a wording the delegate could live with
// would be a statement it might have to break.
func TestDelegatesCommitOnlyOnWhatTheyWillNotGiveUpCheaply(t *testing.T) {
	sc, parties := berlin(t)
	made, redLines := 0, 0
	for _, lvl := range Levels {
		for seed := uint64(0); seed < 15; seed++ {
			playWatched(t, sc, rules.Setup{Seed: seed, Parties: parties}, func(p int) Player { return New(lvl, p, seed) },
				func(g *rules.Game, p int, pl Player, a rules.Action) {
					if a.Kind != rules.Statement || a.Press.Kind != rules.Commit {
						return
					}
					made++
					d := pl.(*Delegate)
					s, o := a.Press.Slot, a.Press.Option
					if a.Press.Stance != rules.Reject {
						t.Errorf("%s seed %d: %s insisted in public (%s); delegates only rule out", lvl.Name, seed, sc.Parties[p].ID, sc.FormatAction(a))
					}
					if redLine(d.brief, s, o) {
						redLines++
						return
					}
					row := d.brief.Points[s]
					if g.View(p).Option(s) == o || slices.Max(row)-row[o] <= d.scale {
						t.Errorf("%s seed %d: %s ruled out %s, which the draft reads or which costs it only %d", lvl.Name, seed, sc.Parties[p].ID, sc.FormatAction(a), slices.Max(row)-row[o])
					}
				})
		}
	}
	if made == 0 || redLines == 0 {
		t.Fatalf("%d commitments, %d on red lines: the test checks too little", made, redLines)
	}
}

package rules

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// stepChoices picks, for every delegation the together game waits for, a
// random legal choice from the state at the start of the step. Each
// delegation draws from its own generator, so its choice does not depend
// on which delegation's choice arrives first.
func stepChoices(g *Game, rs []*rand.Rand) []Action {
	var out []Action
	for _, p := range g.ToAct() {
		var moves []Action
		for _, a := range g.Legal(p) {
			if a.Kind != Call {
				moves = append(moves, a)
			}
		}
		out = append(out, moves[rs[p].IntN(len(moves))])
	}
	return out
}

// TestTogetherArrivalOrderDoesNotChangeTheGame plays random together games
// twice, each step's choices arriving in a different order each time, and
// checks that the state after every step and the outcome are the same.
func TestTogetherArrivalOrderDoesNotChangeTheGame(t *testing.T) {
	for seed := uint64(1); seed <= 150; seed++ {
		parties := []string{"north", "south", "east"}
		setup := Setup{Seed: seed, Parties: parties, Rounds: 1 + int(seed%4), Together: true}
		a, _, err := NewGame(fixture(), setup)
		if err != nil {
			t.Fatal(err)
		}
		b, _, _ := NewGame(fixture(), setup)
		rs := make([]*rand.Rand, 3)
		for p := range rs {
			rs[p] = rand.New(rand.NewPCG(seed, uint64(p)))
		}
		shuffle := rand.New(rand.NewPCG(seed, 7))
		sealedSteps := 0
		for steps := 0; !a.Over(); steps++ {
			if steps > 1000 {
				t.Fatalf("seed %d: the game did not end", seed)
			}
			choices := stepChoices(a, rs)
			if len(choices) > 1 {
				sealedSteps++
			}
			for _, c := range choices {
				if _, err := a.Apply(c); err != nil {
					t.Fatalf("seed %d: %s refused: %v", seed, a.sc.FormatAction(c), err)
				}
			}
			perm := slices.Clone(choices)
			shuffle.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			for _, c := range perm {
				if _, err := b.Apply(c); err != nil {
					t.Fatalf("seed %d: in another order %s refused: %v", seed, b.sc.FormatAction(c), err)
				}
			}
			if a.Hash() != b.Hash() {
				t.Fatalf("seed %d step %d: arrival order changed the state (%v then %v)", seed, steps, choices, perm)
			}
		}
		if !b.Over() || !slices.Equal(a.Result().Scores, b.Result().Scores) || a.Result().InForce != b.Result().InForce {
			t.Fatalf("seed %d: outcomes differ: %+v / %+v", seed, a.Result(), b.Result())
		}
		if sealedSteps == 0 {
			t.Fatalf("seed %d: no step had two delegations choosing at once", seed)
		}
	}
}

// TestTogetherChoicesAreSealed checks that nobody can read another
// delegation's vote or statement before everyone has chosen.
func TestTogetherChoicesAreSealed(t *testing.T) {
	g, _, err := NewGame(fixture(), Setup{Seed: 3, Together: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := g.ToAct(); len(got) != 3 {
		t.Fatalf("the tabling window waits for %v, want all three", got)
	}
	evs := play(t, g, `north table response=act "we want a firm text"`)
	if e := has(evs, EvChose); e == nil || e.Reason != "" || has(evs, EvTabled) != nil {
		t.Fatalf("a proposal in the window must be sealed: %+v", evs)
	}
	if !g.Chosen(0) || g.Chosen(1) {
		t.Fatal("Chosen must say who has chosen")
	}
	refused(t, g, "north pass")
	play(t, g, "south pass", "east pass")
	if g.item < 0 || g.Proposer() != 0 {
		t.Fatalf("north's proposal should be on the table, item %d", g.item)
	}
	play(t, g, "south vote no")
	if v := g.View(2).ItemVote(g.item, 1); v != VoteNone {
		t.Fatal("east can read south's sealed vote")
	}
	refused(t, g, "south vote yes")
	evs = play(t, g, "east vote yes")
	if has(evs, EvRejected) == nil {
		t.Fatalf("the item should be decided once all have voted: %+v", evs)
	}
	if g.Phase() != PhasePress {
		t.Fatalf("phase %d after the only item, want press", g.Phase())
	}
	evs = play(t, g, "south say reassure south_public")
	if has(evs, EvStatement) != nil || has(evs, EvSupport) != nil {
		t.Fatal("a statement must wait to be revealed with the others")
	}
	evs = play(t, g, "north say none", "east say none")
	if has(evs, EvStatement) == nil || g.Round() != 2 {
		t.Fatalf("the statements should be revealed and the round over: round %d", g.Round())
	}
}

// TestTogetherLapsedProposal checks that a queued proposal an earlier item
// made pointless is not put to the vote.
func TestTogetherLapsedProposal(t *testing.T) {
	g, _, _ := NewGame(fixture(), Setup{Seed: 1, Together: true})
	play(t, g, "north table response=act", "south table response=act", "east pass")
	// Round 1's fair order starts with north: its item comes first.
	if g.items[g.item].Party != 0 {
		t.Fatalf("first item is %d's, want north's", g.items[g.item].Party)
	}
	evs := play(t, g, "south vote yes", "east vote yes")
	if has(evs, EvAdopted) == nil || has(evs, EvLapsed) == nil || g.Phase() != PhasePress {
		t.Fatalf("south's identical proposal should lapse: %+v", evs)
	}
}

func TestChairMoves(t *testing.T) {
	g, _, _ := NewGame(fixture(), Setup{Seed: 5, Together: true})
	evs := play(t, g, "north table aid=large", "chair advance")
	if has(evs, EvChair) == nil || g.item < 0 {
		t.Fatalf("advance should pass the silent delegations and table north's item: %+v", evs)
	}
	evs = play(t, g, "chair advance")
	if has(evs, EvRejected) == nil || g.Phase() != PhasePress {
		t.Fatal("advance on a vote should count the silent as no")
	}
	play(t, g, "chair hold on")
	refused(t, g, "chair hold on")
	play(t, g, "chair news budget")
	refused(t, g, "chair news budget")
	play(t, g, "chair advance")
	if g.Round() != 2 || g.View(-1).News()[1] != -1 {
		t.Fatalf("a held round draws no news: round %d news %v", g.Round(), g.View(-1).News())
	}
	play(t, g, "chair close")
	if g.Phase() != PhaseSigning {
		t.Fatalf("close should open the signing, phase %d", g.Phase())
	}
	refused(t, g, "chair close")
	play(t, g, "north sign", "south decline")
	if g.Phase() != PhaseSigning {
		t.Fatal("signing must wait for east")
	}
	play(t, g, "chair advance")
	if !g.Over() || g.Result().Signed[2] {
		t.Fatal("advance in signing should decline for east and end the game")
	}
	rec, err := RecordOf(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := rec.MarshalText()
	back, err := ParseRecord(text)
	if err != nil {
		t.Fatal(err)
	}
	if !back.Together {
		t.Fatal("the record lost the pace")
	}
	if _, err := Replay(fixture(), back); err != nil {
		t.Fatalf("a game with chair moves does not replay: %v\n%s", err, text)
	}
}

// TestSecretBallot checks that in a secret ballot nobody learns who voted
// how — not from the views, not from the events — only the count.
func TestSecretBallot(t *testing.T) {
	for _, together := range []bool{false, true} {
		sc := fixture()
		sc.Adoption.Secret = true
		g, _, err := NewGame(sc, Setup{Seed: 2, Together: together})
		if err != nil {
			t.Fatal(err)
		}
		if together {
			play(t, g, "north table aid=large", "south pass", "east pass")
		} else {
			for g.Proposer() != 0 {
				play(t, g, sc.Parties[g.Proposer()].ID+" pass")
			}
			play(t, g, "north table aid=large")
		}
		id := g.item
		play(t, g, "south vote no")
		evs := play(t, g, "east vote yes")
		for _, e := range g.Events() {
			if e.Kind == EvVoted && e.Value != -1 {
				t.Fatalf("together=%v: a vote event tells the vote: %+v", together, e)
			}
			if e.Kind == EvRejected && e.Party >= 0 {
				t.Fatalf("together=%v: the failure names an objector", together)
			}
		}
		tally := has(evs, EvTally)
		if tally == nil || tally.Value != 2 || tally.Delta != 1 {
			t.Fatalf("together=%v: want a tally of 2 yes 1 no, got %+v", together, tally)
		}
		for seat := -1; seat < 3; seat++ {
			v := g.View(seat)
			for p := range 3 {
				got := v.ItemVote(id, p)
				if want := g.items[id].Votes[p]; p != seat && p != 0 && got != VoteNone || (p == seat || p == 0) && got != want {
					t.Fatalf("together=%v: seat %d sees party %d's vote as %d", together, seat, p, got)
				}
				if v.Item(id).Votes[p] != got || v.Items()[id].Votes[p] != got {
					t.Fatalf("together=%v: Item and Items disagree with ItemVote", together)
				}
			}
		}
	}
}

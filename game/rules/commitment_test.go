package rules

import "testing"

// TestCommitmentGivesNoFreeSupport checks that a public commitment wins
// nothing at home unless the scenario says so: with commit_boost 0 (the
// default) the statement is recorded and reported but no public moves;
// with a boost, each of the party's own publics, and only those, moves by
// exactly that much.
func TestCommitmentGivesNoFreeSupport(t *testing.T) {
	for _, boost := range []int{0, 3} {
		sc := fixture()
		sc.Press.CommitBoost = boost
		g, _, _ := NewGame(sc, Setup{Seed: 1})
		passTable(t, g)
		before := append([]int(nil), g.support...)
		evs := play(t, g, "north say commit reject response=act")
		if e := has(evs, EvCommitted); e == nil || e.Party != 0 || e.Slot != 0 || e.Option != 0 || e.Value != int(Reject) {
			t.Fatalf("boost %d: the commitment is not reported: %+v", boost, evs)
		}
		for pub := range g.support {
			want := before[pub]
			if sc.Publics[pub].Party == 0 {
				want += boost * 10
			}
			if g.support[pub] != want {
				t.Errorf("boost %d: %s at %d after the commitment, want %d", boost, sc.Publics[pub].ID, g.support[pub], want)
			}
		}
		for _, e := range evs {
			if e.Kind == EvSupport && (boost == 0 || e.Cause.Kind != CauseCommit) {
				t.Errorf("boost %d: a commitment moved support: %+v", boost, e)
			}
		}
	}
}

// TestBrokenCommitmentCosts checks the audience cost: a party that signs
// a text with a wording it ruled out in public loses AudienceCost points
// with each of its publics, at once, in an event that names the party,
// the clause and the wording; the result lists the commitment as broken.
// A party that walks away instead pays nothing, a kept commitment is
// listed as kept, and the simultaneous pace charges the same.
func TestBrokenCommitmentCosts(t *testing.T) {
	for _, together := range []bool{false, true} {
		sc := fixture()
		sc.Press.CommitBoost = 0
		g, _, _ := NewGame(sc, Setup{Seed: 1, Together: together})
		// "act" is adopted; then North rules it out in public all the
		// same and South insists on it.
		if together {
			play(t, g, "north table response=act", "south pass", "east pass", "south vote yes", "east vote yes")
		} else {
			play(t, g, "north table response=act", "south vote yes", "east vote yes")
		}
		if together {
			for g.Phase() == PhaseTable {
				play(t, g, "chair advance")
			}
		} else {
			passTable(t, g)
		}
		play(t, g, "north say commit reject response=act", "south say commit insist response=act", "east say none")
		if together {
			play(t, g, "chair close")
		} else {
			toSigning(t, g)
		}
		if g.text[0] != 0 {
			t.Fatalf("together %v: the draft should read act", together)
		}
		north := append([]int(nil), g.support[:2]...)
		south, east := g.support[2], g.support[3]
		var evs []Event
		if together {
			evs = append(play(t, g, "north sign", "south sign"), play(t, g, "east decline")...)
		} else {
			evs = play(t, g, "north sign")
		}
		for pub := 0; pub < 2; pub++ {
			if got := g.support[pub] - north[pub]; got != -sc.Press.AudienceCost*10 {
				t.Errorf("together %v: %s moved %d tenths when North broke its word, want %d", together, sc.Publics[pub].ID, got, -sc.Press.AudienceCost*10)
			}
		}
		costs := 0
		for _, e := range evs {
			if e.Kind == EvSupport && e.Cause.Kind == CauseAudience {
				costs++
				if e.Cause.Party != 0 || e.Cause.Slot != 0 || e.Cause.Option != 0 || sc.Publics[e.Public].Party != 0 {
					t.Errorf("together %v: the audience cost does not say whose word on what: %+v", together, e)
				}
			}
		}
		if costs != 2 {
			t.Errorf("together %v: %d audience-cost events, want one per North public", together, costs)
		}
		if !together {
			play(t, g, "south sign", "east decline")
		}
		if g.support[2] != south || g.support[3] != east {
			t.Errorf("together %v: a kept commitment or a refusal to sign cost support", together)
		}
		r := g.Result()
		if len(r.Broken) != 1 || r.Broken[0].Party != 0 || len(r.Kept) != 1 || r.Kept[0].Party != 1 {
			t.Errorf("together %v: broken %+v, kept %+v", together, r.Broken, r.Kept)
		}
		if pr := g.View(Spectator).Result(); len(pr.Broken) != 1 || len(pr.Kept) != 1 {
			t.Errorf("together %v: the public result loses them: %+v", together, pr)
		}
	}
}

// TestWalkingAwayFromABrokenCommitmentCostsNothing checks that the cost
// is for signing: the party that ruled a wording out and then declines
// the text that has it keeps its publics.
func TestWalkingAwayFromABrokenCommitmentCostsNothing(t *testing.T) {
	g := newGame(t, 1)
	play(t, g, "north table response=act", "south vote yes", "east vote yes")
	passTable(t, g)
	play(t, g, "north say commit reject response=act", "south say none", "east say none")
	toSigning(t, g)
	before := append([]int(nil), g.support...)
	for _, e := range play(t, g, "north decline") {
		if e.Kind == EvSupport {
			t.Fatalf("declining moved support: %+v", e)
		}
	}
	if g.support[0] != before[0] || g.support[1] != before[1] {
		t.Fatal("North walked away and still paid")
	}
}

package rules

import "testing"

func TestNewsRespectsRoundsAndConditions(t *testing.T) {
	g := newGame(t, 7)
	// Round 1: "rally" waits for round 2 and "budget" for large aid.
	if got := g.View(Spectator).News(); len(got) != 1 || got[0] != -1 {
		t.Fatalf("round 1 news %v, want none", got)
	}
	passRound(t, g)
	// Round 2: South's public is above 40, so the rally is the only card.
	if got := g.View(Spectator).News(); got[1] != 0 {
		t.Fatalf("round 2 news %v, want the rally (0)", got)
	}
	// Its effects: South +5 points; North's treaty vote in the senate needs 5 more.
	if g.support[2] != 550+50 {
		t.Fatalf("South public %d, want 600", g.support[2])
	}
	if g.View(0).Threshold(0, 0, 0) != 65 {
		t.Fatalf("North's senate threshold %d, want 65", g.View(0).Threshold(0, 0, 0))
	}
}

func TestNewsConditionedOnTheDraftAndDrawnOnce(t *testing.T) {
	g := newGame(t, 7)
	play(t, g, "north table aid=large", "south vote yes", "east vote yes")
	passRound(t, g)
	// Round 2: both the rally and the budget row may be drawn.
	first := g.View(Spectator).News()[1]
	if first < 0 {
		t.Fatal("no news in round 2")
	}
	passRound(t, g)
	second := g.View(Spectator).News()[2]
	if first == 1 && second >= 0 {
		t.Fatalf("round 3 drew card %d; the rally's window has passed and the budget row was drawn", second)
	}
	if first == 0 && second != 1 {
		t.Fatalf("round 3 drew %d, want the budget row", second)
	}
	budget := first == 1 || second == 1
	if !budget {
		t.Fatal("the budget row was never drawn")
	}
	if g.weights[0][1] != -7 || g.trust[1] != 90 {
		t.Fatalf("budget row effects: weight %d (want −7), South's trust %d (want 90)", g.weights[0][1], g.trust[1])
	}
}

func TestTheSeedDecidesTheNews(t *testing.T) {
	// With two eligible cards of equal weight, different seeds draw both.
	seen := map[int]bool{}
	for seed := uint64(0); seed < 40; seed++ {
		g := newGame(t, seed)
		play(t, g, "north table aid=large", "south vote yes", "east vote yes")
		passRound(t, g)
		seen[g.View(Spectator).News()[1]] = true
		again := newGame(t, seed)
		play(t, again, "north table aid=large", "south vote yes", "east vote yes")
		passRound(t, again)
		if again.Hash() != g.Hash() {
			t.Fatalf("seed %d: two identical games differ", seed)
		}
	}
	if !seen[0] || !seen[1] {
		t.Fatalf("cards drawn over 40 seeds: %v, want both", seen)
	}
}

// newGameWith is newGame on the fixture changed by edit.
func newGameWith(t *testing.T, seed uint64, edit func(*Scenario)) *Game {
	t.Helper()
	sc := fixture()
	edit(sc)
	g, _, err := NewGame(sc, Setup{Seed: seed})
	if err != nil {
		t.Fatalf("NewGame: %v", err)
	}
	return g
}

// summit is a card fixed to round: it comes up then, and only then
// (issue 14, item 2).
func summit(round int) func(*Scenario) {
	return func(sc *Scenario) {
		sc.News = append(sc.News, NewsCard{ID: "summit", Headline: "Summit", Weight: 1, FromRound: 1, Round: round,
			Effects: []Effect{{Kind: EffSupport, Public: 3, Delta: 2}}})
	}
}

func TestNewsAtAFixedRoundIsDealtThenAndOnlyThen(t *testing.T) {
	for seed := uint64(0); seed < 20; seed++ {
		g := newGameWith(t, seed, summit(2))
		play(t, g, "north table aid=large", "south vote yes", "east vote yes")
		passRound(t, g) // round 2: the rally and the budget row are eligible, the summit wins
		passRound(t, g)
		news := g.View(Spectator).News()
		if news[0] == 2 || news[1] != 2 || news[2] == 2 {
			t.Fatalf("seed %d: news by round %v, want the summit (2) in round 2 only", seed, news)
		}
	}
}

// A card fixed to a later round changes nothing before it: the random
// draws of the rounds before take the same numbers from the seed, so a
// deck without fixed cards deals exactly as before they existed.
func TestNewsAtAFixedRoundLeavesTheOtherRoundsAlone(t *testing.T) {
	for seed := uint64(0); seed < 20; seed++ {
		plain := newGame(t, seed)
		fixed := newGameWith(t, seed, summit(3))
		for _, g := range []*Game{plain, fixed} {
			play(t, g, "north table aid=large", "south vote yes", "east vote yes")
			passRound(t, g)
		}
		a, b := plain.View(Spectator).News(), fixed.View(Spectator).News()
		if len(a) != 2 || len(b) != 2 || a[0] != b[0] || a[1] != b[1] {
			t.Fatalf("seed %d: news %v without the fixed card, %v with it", seed, a, b)
		}
	}
}

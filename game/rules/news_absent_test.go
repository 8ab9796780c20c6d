package rules_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/bots"
	"bindingwords/game/replay"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// absentCards lists the news cards dealt in g (round by round, from its
// public view) that are about a delegation not at the table.
func absentCards(sc *rules.Scenario, g *rules.Game) []int {
	var out []int
	for _, c := range g.View(rules.Spectator).News() {
		if c < 0 {
			continue
		}
		if p := sc.NewsParty(c); p >= 0 && !slices.Contains(g.Parties(), p) {
			out = append(out, c)
		}
	}
	return out
}

// botGame plays a whole game of sc with normal AI delegates at every seat
// of parties (nil: all).
func botGame(t *testing.T, sc *rules.Scenario, seed uint64, parties []string) *rules.Game {
	t.Helper()
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: seed, Parties: parties})
	if err != nil {
		t.Fatal(err)
	}
	botMoves(t, sc, g, seed, -1)
	return g
}

// botMoves plays up to n moves of g (n < 0: to the end) with normal AI
// delegates seeded with seed at every seat taking part.
func botMoves(t *testing.T, sc *rules.Scenario, g *rules.Game, seed uint64, n int) {
	t.Helper()
	players := make([]bots.Player, len(sc.Parties))
	for _, p := range g.Parties() {
		players[p] = bots.New(bots.Normal, p, seed)
	}
	for i := 0; i != n && !g.Over(); i++ {
		to := g.ToAct()
		a, ok := players[to[0]].Act(g.View(to[0]))
		if !ok {
			t.Fatalf("seed %d: no move from %s", seed, sc.Parties[to[0]].ID)
		}
		if _, err := g.Apply(a); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
	}
}

// seated lists the ids of sc's delegations that are not optional.
func seated(sc *rules.Scenario) []string {
	var out []string
	for _, p := range sc.Parties {
		if !p.Optional {
			out = append(out, p.ID)
		}
	}
	return out
}

// A game recorded before the rules stopped dealing news about absent
// delegations (Berlin without the United Kingdom and Italy, AI delegates,
// seed 1: its first card is about one of them) still replays to every
// recorded hash, under the former rules, and goes on under them.
func TestOldRecordWithAbsentNewsReplays(t *testing.T) {
	// The scenario file as it was when the record was made, frozen.
	sc, _, err := scenarios.Open("testdata/berlin-absent-news.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/berlin-absent-news.record")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := rules.ParseRecord(data)
	if err != nil {
		t.Fatal(err)
	}
	g, err := rules.Replay(sc, rec)
	if err != nil {
		t.Fatalf("an old record no longer replays: %v", err)
	}
	if len(absentCards(sc, g)) == 0 {
		t.Fatal("the record deals no card about an absent delegation, so it does not test the former rules")
	}
	// Today's rules were tried first and diverged: the game replayed
	// under a former copy, and plays on under it.
	if g.Rules() == sc {
		t.Error("the old record replayed under today's rules, which no longer deal its card")
	}
	if !g.Over() {
		t.Error("the record is of a finished game")
	}
}

// New games never deal a card about a delegation not at the table:
// Berlin without the United Kingdom and Italy, over many seeds (the
// former rules dealt one in about one game in two); each game replays
// under today's rules. With every delegation seated the rules play
// exactly as the former ones did.
func TestNewGamesDealNoAbsentNews(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	five := seated(sc)
	if len(five) == len(sc.Parties) {
		t.Fatal("berlin has no optional delegation")
	}
	former := sc.Formers()[1] // before the draw skipped absent news ([0]: before the chair did)
	seeds, formerDealt := 150, 0
	if testing.Short() {
		seeds = 30
	}
	for seed := uint64(1); seed <= uint64(seeds); seed++ {
		g := botGame(t, sc, seed, five)
		if bad := absentCards(sc, g); len(bad) > 0 {
			t.Fatalf("seed %d: dealt cards %v about a delegation not at the table", seed, bad)
		}
		rec, err := rules.RecordOf(g, nil)
		if err != nil {
			t.Fatal(err)
		}
		if g2, err := rules.Replay(sc, rec); err != nil || g2.Rules() != sc {
			t.Fatalf("seed %d: a new game does not replay under today's rules (%v)", seed, err)
		}
		if len(absentCards(sc, botGame(t, former, seed, five))) > 0 {
			formerDealt++
		}
	}
	if formerDealt == 0 {
		t.Errorf("the former rules dealt no card about an absent delegation in %d games: the test shows nothing", seeds)
	}
	t.Logf("the former rules dealt a card about an absent delegation in %d of %d games; today's in none", formerDealt, seeds)
	for seed := uint64(1); seed <= 10; seed++ {
		if a, b := botGame(t, sc, seed, nil).Hash(), botGame(t, former, seed, nil).Hash(); a != b {
			t.Errorf("seed %d with every delegation seated: today's rules end at %s, the former at %s", seed, a, b)
		}
	}
}

// optionalNews is the first of sc's news cards about an optional
// delegation.
func optionalNews(t *testing.T, sc *rules.Scenario) int {
	t.Helper()
	for c := range sc.News {
		if p := sc.NewsParty(c); p >= 0 && sc.Parties[p].Optional {
			return c
		}
	}
	t.Fatalf("%s has no news card about an optional delegation", sc.ID)
	return -1
}

// The chair deals by the same rule: a card about a delegation that is not
// at the table is refused with a message that says so, while the same
// card at a full table, or under the former rules (for old records), is
// dealt.
func TestChairDealsNoAbsentNews(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	five := seated(sc)
	card := optionalNews(t, sc)
	deal := rules.Action{Party: rules.ChairParty, Kind: rules.ChairMove, Chair: rules.ChairNews, Card: card}
	for _, tc := range []struct {
		name    string
		sc      *rules.Scenario
		parties []string
		ok      bool
	}{
		{"five delegations", sc, five, false},
		{"every delegation", sc, nil, true},
		{"five, the rules before the chair was refused", sc.Formers()[0], five, true},
		{"five, the rules before the draw skipped it", sc.Formers()[1], five, true},
	} {
		g, _, err := rules.NewGame(tc.sc, rules.Setup{Seed: 3, Parties: tc.parties})
		if err != nil {
			t.Fatal(err)
		}
		// NewsAtTable is the draw's rule: under the rules from before the
		// chair was refused, the draw already skipped such a card.
		wantAt := tc.ok && tc.name != "five, the rules before the chair was refused"
		if got := g.View(rules.Spectator).NewsAtTable(card); got != wantAt {
			t.Errorf("%s: NewsAtTable = %v, want %v", tc.name, got, wantAt)
		}
		_, err = g.Apply(deal)
		switch {
		case tc.ok && err != nil:
			t.Errorf("%s: the chair could not deal %q: %v", tc.name, sc.News[card].Headline, err)
		case !tc.ok && err == nil:
			t.Errorf("%s: the chair dealt %q, about a delegation not at the table", tc.name, sc.News[card].Headline)
		case !tc.ok && !strings.Contains(err.Error(), "not at the table"):
			t.Errorf("%s: the refusal does not say why: %v", tc.name, err)
		}
	}
}

// A record in which the chair dealt news about a delegation not at the
// table, made before the chair was refused that, still replays: today's
// rules refuse the step, and the record is read under the former rules
// that took it (the newest of [rules.Scenario.Formers]).
func TestOldChairDealOfAbsentNewsReplays(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	five := seated(sc)
	card := optionalNews(t, sc)
	old := sc.Formers()[0]
	g, _, err := rules.NewGame(old, rules.Setup{Seed: 7, Parties: five})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Apply(rules.Action{Party: rules.ChairParty, Kind: rules.ChairMove, Chair: rules.ChairNews, Card: card}); err != nil {
		t.Fatalf("the former rules refuse the chair's deal: %v", err)
	}
	botMoves(t, sc, g, 7, 40)
	rec, err := rules.RecordOf(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := rules.Replay(sc, rec)
	if err != nil {
		t.Fatalf("the old record does not replay: %v", err)
	}
	if g2.Hash() != g.Hash() || g2.Rules() == sc {
		t.Errorf("replayed to %s under today's rules %v, want %s under the former", g2.Hash(), g2.Rules() == sc, g.Hash())
	}
	if _, err := replay.New(sc, rec); err != nil {
		t.Errorf("the replay timeline refuses the old record: %v", err)
	}
}

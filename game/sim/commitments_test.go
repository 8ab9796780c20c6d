package sim

import (
	"sync"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// TestCommitmentsAreCountedFromTheGames checks the run's commitment
// figures against the games themselves: per delegation, the commitments
// made, and those the signed text kept or broke (the rules' own lists).
// With the scenario's commit_boost at 0 no ratification can be carried
// by it and none is reported; with a boost, the carried count is reported
// and each carried game is one the same moves without the boost fail.
func TestCommitmentsAreCountedFromTheGames(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	boosted := *sc
	boosted.Press.CommitBoost = 2
	for _, s := range []*rules.Scenario{sc, &boosted} {
		const games = 60
		var mu sync.Mutex
		made, kept, broken := map[int]int{}, map[int]int{}, map[int]int{}
		r, err := Run(Config{Scenario: s, Games: games, Seed: 1, Played: func(_ int, m *match.Match) {
			g := m.Game()
			mu.Lock()
			defer mu.Unlock()
			for _, c := range g.View(rules.Spectator).Commitments() {
				made[c.Party]++
			}
			for _, c := range g.Result().Kept {
				kept[c.Party]++
			}
			for _, c := range g.Result().Broken {
				broken[c.Party]++
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, row := range r.Parties {
			p := s.PartyIndex(row.ID)
			c := row.Commitments
			total += c.Total
			if c.Total != made[p] || c.Made != Num(float64(made[p])/games) || c.Kept != Num(float64(kept[p])/games) || c.Broken != Num(float64(broken[p])/games) {
				t.Errorf("boost %d, %s: reported %+v; the games made %d, kept %d, broke %d", s.Press.CommitBoost, row.ID, c, made[p], kept[p], broken[p])
			}
			if (c.Carried != nil) != (s.Press.CommitBoost > 0) {
				t.Errorf("boost %d, %s: carried reported %v", s.Press.CommitBoost, row.ID, c.Carried)
			}
		}
		if total == 0 {
			t.Fatalf("boost %d: no commitment in %d games: the test checks nothing", s.Press.CommitBoost, games)
		}
	}
}

// TestCarriedMeansTheBoostDecidedTheVote builds a game whose US Senate
// vote the boost decides and checks carriedBy finds it.
func TestCarriedMeansTheBoostDecidedTheVote(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	us := sc.PartyIndex("us")
	// Look for a seeded game, played with a large boost, in which the US
	// ratified; then check the verdict against a replay without it.
	boosted := *sc
	boosted.Press.CommitBoost = 20
	found := false
	for seed := uint64(1); seed < 40 && !found; seed++ {
		_, err := Run(Config{Scenario: &boosted, Games: 1, Seed: seed, Played: func(_ int, m *match.Match) {
			g := m.Game()
			pl := make([]pledges, len(sc.Parties))
			carriedBy(&boosted, g, pl)
			none := boosted
			none.Press.CommitBoost = 0
			alt, _, _ := rules.NewGame(&none, g.Setup())
			for _, a := range g.Actions() {
				if _, err := alt.Apply(a); err != nil {
					return
				}
			}
			want := g.Result().InForce && g.Result().Ratify[us] && !alt.Result().Ratify[us]
			if pl[us].carried != want {
				t.Errorf("seed %d: carried %v, but with the boost ratified %v and without %v", seed, pl[us].carried, g.Result().Ratify[us], alt.Result().Ratify[us])
			}
			found = found || want
		}})
		if err != nil {
			t.Fatal(err)
		}
	}
	if !found {
		t.Skip("no seed where the boost decided the US vote")
	}
}

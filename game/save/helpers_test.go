package save

import (
	"os"
	"path/filepath"
	"testing"

	"bindingwords/game/bots"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// The fixtures are played on frozen copies of scenarios in
// testdata/scenarios, so that editing a shipped scenario does not turn
// every fixture into a "scenario changed" error.
func testFinder(id, hash, source string) (*rules.Scenario, error) {
	return loadTestScenario(id)
}

var testScenarios = map[string]*rules.Scenario{}

func loadTestScenario(id string) (*rules.Scenario, error) {
	if sc, ok := testScenarios[id]; ok {
		return sc, nil
	}
	path := filepath.Join("testdata", "scenarios", id+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sc, rep := scenarios.Load(path, data)
	if rep.HasErrors() {
		return nil, rep
	}
	testScenarios[id] = sc
	return sc, nil
}

func mustScenario(t testing.TB, id string) *rules.Scenario {
	t.Helper()
	sc, err := loadTestScenario(id)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// play plays a game of sc with normal AI delegates in every seat, stopping
// after at most steps actions (negative: to the end).
func play(t testing.TB, sc *rules.Scenario, seed uint64, steps int) (*rules.Game, []rules.Seat) {
	t.Helper()
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	players := make([]bots.Player, len(sc.Parties))
	var seats []rules.Seat
	for _, p := range g.Parties() {
		players[p] = bots.New(bots.Normal, p, seed)
		kind := "ai:normal"
		if p == 0 {
			kind = "human"
		}
		seats = append(seats, rules.Seat{Party: sc.Parties[p].ID, Kind: kind})
	}
	for n := 0; (steps < 0 || n < steps) && !g.Over(); n++ {
		to := g.ToAct()
		a, ok := players[to[0]].Act(g.View(to[0]))
		if !ok {
			t.Fatalf("no action from %s", sc.Parties[to[0]].ID)
		}
		if _, err := g.Apply(a); err != nil {
			t.Fatal(err)
		}
	}
	return g, seats
}

// forgetScenarios empties the scenario texts the package remembers, now
// and when the test ends, so that a test sees only the texts it gives.
func forgetScenarios(t testing.TB) {
	t.Helper()
	clear := func() {
		known.Lock()
		known.m = map[string]*knownScenario{}
		known.Unlock()
	}
	clear()
	t.Cleanup(clear)
}

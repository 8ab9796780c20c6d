package scenarios_test

import (
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"bindingwords/game/bots"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// randomSeeds is how many games of random play each embedded scenario
// must survive: even seeds with every party, odd ones without the optional
// parties.
const randomSeeds = 1000

// TestRandomPlay plays every embedded scenario to the end with seeded
// random legal actions, and checks what the rules promise whatever the
// players do: every game ends, no legal action is refused, support stays
// within 0–100 points, and each delegation scores its table's points for
// the final text if the agreement is in force for it, its reservation
// value otherwise.
func TestRandomPlay(t *testing.T) {
	seeds := randomSeeds
	if testing.Short() {
		seeds = 100
	}
	for _, id := range scenarios.Builtin() {
		sc, err := scenarios.LoadBuiltin(id)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		var core []string
		for _, p := range sc.Parties {
			if !p.Optional {
				core = append(core, p.ID)
			}
		}
		for _, shard := range []struct {
			name    string
			first   int
			parties []string
		}{{"all parties", 0, nil}, {"no optional parties", 1, core}} {
			t.Run(id+"/"+shard.name, func(t *testing.T) {
				t.Parallel()
				inForce := 0
				for seed := shard.first; seed < seeds; seed += 2 {
					g := playRandom(t, sc, uint64(seed), shard.parties)
					checkScores(t, sc, g, uint64(seed))
					if g.Result().InForce {
						inForce++
					}
				}
				t.Logf("%d of %d random games ended with an agreement in force", inForce, seeds/2)
			})
		}
	}
}

// maxActions bounds a game: far more than the longest game the rules
// allow, so reaching it means the game does not end.
const maxActions = 20_000

// playRandom plays one game of sc with random players in every seat,
// checking each step, and returns it over.
func playRandom(t *testing.T, sc *rules.Scenario, seed uint64, parties []string) *rules.Game {
	t.Helper()
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: seed, Parties: parties, NoLog: true})
	if err != nil {
		t.Fatalf("seed %d: %v", seed, err)
	}
	players := make([]bots.Player, len(sc.Parties))
	for _, p := range g.Parties() {
		players[p] = newCaller(seed*1000 + uint64(p))
	}
	spectator := g.View(rules.Spectator)
	var to []int
	for n := 0; !g.Over(); n++ {
		if n == maxActions {
			t.Fatalf("seed %d: the game has not ended after %d actions (round %d, %s)", seed, n, g.Round(), g.Phase())
		}
		to = g.AppendToAct(to[:0])
		if len(to) == 0 {
			t.Fatalf("seed %d: the game waits for nobody in round %d, %s", seed, g.Round(), g.Phase())
		}
		p := to[0]
		a, ok := players[p].Act(g.View(p))
		if !ok {
			t.Fatalf("seed %d: %s has no legal action in round %d, %s", seed, sc.Parties[p].ID, g.Round(), g.Phase())
		}
		if _, err := g.Apply(a); err != nil {
			t.Fatalf("seed %d: the legal action %q was refused: %v", seed, sc.FormatAction(a), err)
		}
		for pub := range sc.Publics {
			if s := spectator.Support(pub); s < 0 || s > 1000 {
				t.Fatalf("seed %d: after %q, %s's support is %d tenths, outside 0–1000", seed, sc.FormatAction(a), sc.Publics[pub].ID, s)
			}
		}
	}
	return g
}

// checkScores checks the result of a finished game against the briefs.
func checkScores(t *testing.T, sc *rules.Scenario, g *rules.Game, seed uint64) {
	t.Helper()
	r := g.Result()
	if r == nil {
		t.Fatalf("seed %d: the game is over without a result", seed)
	}
	if r.InForce && !r.Formed {
		t.Errorf("seed %d: in force without being formed", seed)
	}
	for _, p := range sc.Signing.Required {
		if g.Active(p) && r.Formed && !r.Signed[p] {
			t.Errorf("seed %d: formed without the required signature of %s", seed, sc.Parties[p].ID)
		}
	}
	for _, p := range g.Parties() {
		// In force for a party: it signed and ratified an agreement that
		// entered into force.
		want := sc.Briefs[p].Reservation
		if r.InForce && r.Signed[p] && r.Ratify[p] {
			want = 0
			for s := range sc.Slots {
				if r.Present[sc.Slots[s].Article] {
					want += sc.Briefs[p].Points[s][r.Text[s]]
				}
			}
		}
		if r.Scores[p] != want {
			t.Errorf("seed %d: %s scores %d, want %d (in force %v, signed %v, ratified %v)",
				seed, sc.Parties[p].ID, r.Scores[p], want, r.InForce, r.Signed[p], r.Ratify[p])
		}
	}
}

// A caller is a random player that also calls for signature now and then
// (and sometimes withdraws), which [bots.Random] never does, so that calls
// are played too.
type caller struct {
	*bots.Random
	r *rand.Rand
}

func newCaller(seed uint64) caller {
	return caller{bots.NewRandom(seed), rand.New(rand.NewPCG(seed, 0xca11))}
}

func (c caller) Act(v rules.View) (rules.Action, bool) {
	odds := 2 // out of 10: call
	if v.Calling(v.Seat()) {
		odds = 1 // withdraw
	}
	if c.r.IntN(10) < odds {
		for _, a := range v.Legal() {
			if a.Kind == rules.Call {
				return a, true
			}
		}
	}
	return c.Random.Act(v)
}

// TestRandomGamesReplay records random games of berlin, writes and reads
// the records back, and replays them to the same final state.
func TestRandomGamesReplay(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for seed := range uint64(10) {
		var parties []string // every party, then only the required ones
		if seed%2 == 1 {
			for _, p := range sc.Parties {
				if !p.Optional {
					parties = append(parties, p.ID)
				}
			}
		}
		g := playRandom(t, sc, seed, parties)
		text := recordText(t, g)
		rec, err := rules.ParseRecord(text)
		if err != nil {
			t.Fatalf("seed %d: the record does not parse: %v\n%s", seed, err, text)
		}
		replayed, err := rules.Replay(sc, rec)
		if err != nil {
			t.Fatalf("seed %d: the record does not replay: %v", seed, err)
		}
		if !replayed.Over() || replayed.Hash() != g.Hash() {
			t.Errorf("seed %d: the replay ends in state %s (over %v), the game in %s", seed, replayed.Hash(), replayed.Over(), g.Hash())
		}
	}
}

// recordText is the text of g's record, every seat a random player.
func recordText(t *testing.T, g *rules.Game) []byte {
	t.Helper()
	var seats []rules.Seat
	for _, p := range g.Parties() {
		seats = append(seats, rules.Seat{Party: g.Scenario().Parties[p].ID, Kind: "random"})
	}
	rec, err := rules.RecordOf(g, seats)
	if err != nil {
		t.Fatal(err)
	}
	text, err := rec.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	return text
}

const berlinRecord = "testdata/records/berlin-random.record"

// TestBerlinRecordReplays replays a committed record of a random game of
// berlin: a change to the rules or to berlin.yaml that breaks old records
// shows up here. After a deliberate change, regenerate the record with
// go test ./scenarios -run TestBerlinRecordReplays -update.
func TestBerlinRecordReplays(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	if updating() {
		// The first game from seed 2025 on whose agreement enters into
		// force, so that the record covers signing, ratification and
		// scoring too.
		g := playRandom(t, sc, 2025, nil)
		for seed := uint64(2026); !g.Result().InForce; seed++ {
			if seed == 3025 {
				t.Fatal("no random game of a thousand ended in force")
			}
			g = playRandom(t, sc, seed, nil)
		}
		if err := os.MkdirAll(filepath.Dir(berlinRecord), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(berlinRecord, recordText(t, g), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const hint = "if berlin.yaml or the rules changed on purpose, regenerate the record with\n\tgo test ./scenarios -run TestBerlinRecordReplays -update\nand commit it"
	data, err := os.ReadFile(berlinRecord)
	if err != nil {
		t.Fatalf("%v\n%s", err, hint)
	}
	rec, err := rules.ParseRecord(data)
	if err != nil {
		t.Fatalf("%s: %v\n%s", berlinRecord, err, hint)
	}
	g, err := rules.Replay(sc, rec)
	if err != nil {
		t.Fatalf("%s no longer replays: %v\n%s", berlinRecord, err, hint)
	}
	if !g.Over() {
		t.Fatalf("%s replays to round %d, %s, not to the end of the game\n%s", berlinRecord, g.Round(), g.Phase(), hint)
	}
	if !g.Result().InForce {
		t.Errorf("%s replays to a game without an agreement in force; it was recorded with one\n%s", berlinRecord, hint)
	}
	checkScores(t, sc, g, rec.Seed)
}

// updating reports whether the test binary was run with -update. The flag
// is declared by the package's internal tests (golden_test.go), which
// share this binary; declaring it twice would panic.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

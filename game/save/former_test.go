package save

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"bindingwords/game/replay"
	"bindingwords/game/rules"
)

// TestOldBerlinSaveStillVerifies checks that saves recorded when a public
// commitment won 2 points at home by default (commit_boost's old default)
// still verify now that the default is 0: their scenario file does not
// set commit_boost, so they replay under its former value. It also checks
// that the fallback is what makes them verify, and that the game they
// replay to (and the scenario handed on with it) keeps the former rules.
func TestOldBerlinSaveStillVerifies(t *testing.T) {
	sc := mustScenario(t, "berlin")
	if sc.Press.CommitBoost != 0 || sc.Press.FormerCommitBoost != rules.FormerCommitBoostDefault {
		t.Fatalf("the frozen Berlin file should now load with commit_boost 0 (former %d); got %d (former %d)",
			rules.FormerCommitBoostDefault, sc.Press.CommitBoost, sc.Press.FormerCommitBoost)
	}
	for _, path := range []string{"testdata/v1/berlin-over.record", "testdata/v2/berlin-over.bws", "testdata/v4/berlin-round4.bws"} {
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte("say commit")) {
				t.Fatal("the fixture has no public commitment, so it does not test the old boost")
			}
			l, err := ReadFile(path, testFinder)
			if err != nil {
				t.Fatalf("an old save no longer verifies: %v", err)
			}
			if l.Scenario.Press.CommitBoost != rules.FormerCommitBoostDefault || l.Game.Rules() != l.Scenario {
				t.Errorf("the loaded game should play on under the former rules (boost %d); the scenario handed on has %d",
					rules.FormerCommitBoostDefault, l.Scenario.Press.CommitBoost)
			}
			// Under today's rules alone the record diverges: the
			// fallback is what verifies it.
			today := *sc
			today.Press.FormerCommitBoost = today.Press.CommitBoost
			if _, err := rules.Replay(&today, l.Save.Record); !errors.As(err, new(*rules.DivergenceError)) {
				t.Errorf("replayed with no former rules: %v; want a divergence (the old boost is in its hashes)", err)
			}
			// The debrief's replay view reads it too.
			if _, err := replay.New(sc, l.Save.Record); err != nil {
				t.Errorf("the replay view refuses it: %v", err)
			}
		})
	}
}

// TestNewSaveIsNotReadUnderFormerRules checks that a game played now (no
// boost) verifies under today's rules and that the former rules would not
// verify it: the state hashes tell the two apart.
func TestNewSaveIsNotReadUnderFormerRules(t *testing.T) {
	sc := mustScenario(t, "berlin")
	g, seats := play(t, sc, 5, -1)
	commits := 0
	for _, a := range g.Actions() {
		if a.Kind == rules.Statement && a.Press.Kind == rules.Commit {
			commits++
		}
	}
	if commits == 0 {
		t.Skip("the game made no commitment")
	}
	rec, err := rules.RecordOf(g, seats)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := rules.Replay(sc, rec)
	if err != nil {
		t.Fatal(err)
	}
	if g2.Rules() != sc {
		t.Error("a new game replayed under the former rules")
	}
	if _, err := rules.Replay(sc.Former(), rec); err == nil {
		t.Error("a game with commitments played under today's rules also verifies under the former ones")
	}
}

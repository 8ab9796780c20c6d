package scenarios

import "testing"

// TestBuiltinScenariosGiveNoFreeCommitmentBoost checks the lesson of
// audience costs in every scenario that ships: a public commitment wins
// nothing at home by itself (commit_boost 0, the default), and breaking
// one costs something (audience_cost above 0). In one classroom game under
// the old default the United States' statements supplied 10 of the 14
// points that carried the Senate past 67.
func TestBuiltinScenariosGiveNoFreeCommitmentBoost(t *testing.T) {
	for _, id := range Builtin() {
		sc, err := LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		if sc.Press.CommitBoost != 0 || sc.Press.AudienceCost <= 0 {
			t.Errorf("%s: commit_boost %d, audience_cost %d; want 0 and a real cost", id, sc.Press.CommitBoost, sc.Press.AudienceCost)
		}
	}
	if got := defaultPress.CommitBoost; got != 0 {
		t.Errorf("the default commit_boost is %d, want 0", got)
	}
}

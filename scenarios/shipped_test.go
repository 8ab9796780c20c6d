package scenarios_test

import (
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// shipped loads the bundled scenario id, for the tests that hold each
// scenario's facts and balance.
func shipped(t *testing.T, id string) *rules.Scenario {
	t.Helper()
	sc, err := scenarios.LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

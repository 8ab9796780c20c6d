package scenarios

import (
	"encoding/json"
	"reflect"
	"testing"

	"bindingwords/game/rules"
)

// The browser build embeds the scenarios as JSON rather than carrying the
// YAML loader: a scenario must survive the round trip exactly.
func TestScenariosSurviveJSON(t *testing.T) {
	for _, id := range Builtin() {
		sc, err := LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(sc)
		if err != nil {
			t.Fatal(err)
		}
		var back rules.Scenario
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(sc, &back) {
			t.Fatalf("%s changed in a JSON round trip", id)
		}
	}
}

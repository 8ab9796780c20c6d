//go:build !js

package save

import (
	"fmt"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// FindScenario is the default [Finder]: a built-in scenario by id, or
// else the scenario file at source.
func FindScenario(id, hash, source string) (*rules.Scenario, error) {
	for _, b := range scenarios.Builtin() {
		if b == id {
			return scenarios.LoadBuiltin(id)
		}
	}
	if source == "" {
		return nil, fmt.Errorf("there is no built-in scenario %q, and the save does not say which file it came from", id)
	}
	sc, rep, err := scenarios.Open(source)
	if err != nil {
		return nil, err
	}
	if rep.HasErrors() {
		return nil, fmt.Errorf("the scenario file %s has errors:\n%s", source, rep.Error())
	}
	return sc, nil
}

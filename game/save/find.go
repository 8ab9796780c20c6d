//go:build !js

package save

import (
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// FindScenario is the default [Finder]: [FindWith] the scenario loader,
// which knows the built-in scenarios and reads scenario files.
func FindScenario(id, hash, source string) (*rules.Scenario, error) {
	return FindWith(scenarios.Find)(id, hash, source)
}

// ReadFileOn loads the save at path (see [Load]). If scenario is not
// empty, it names the scenario the game was played on, a built-in id or a
// file (as [scenarios.Find] takes them), and only that one is tried; else
// the save's own scenario is found by [FindScenario]. This is how the
// tools open a save given on the command line.
func ReadFileOn(path, scenario string) (*Loaded, error) {
	if scenario == "" {
		return ReadFile(path, FindScenario)
	}
	sc, err := scenarios.Find(scenario)
	if err != nil {
		return nil, err
	}
	return ReadFile(path, FindOnly(sc, scenario))
}

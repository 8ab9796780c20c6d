package scenarios

import (
	"errors"
	"strings"

	"bindingwords/game/rules"
)

// Find returns the scenario idOrPath names, ready to play: a built-in one
// by id ("berlin") or a scenario file by path ("scenarios/berlin.yaml",
// "harbour.yaml"). A file with errors is an error listing every one of
// them, one per line; warnings are dropped, as a game has no use for them
// ("bindingwords check" shows them).
//
// It is the one way the game window, every tool and the save loader turn
// an id or a path into a scenario; only check, which shows a file's whole
// report, calls [Open] itself.
func Find(idOrPath string) (*rules.Scenario, error) {
	sc, rep, err := Open(idOrPath)
	if err != nil {
		return nil, err
	}
	if rep.HasErrors() {
		return nil, errors.New(strings.TrimSpace(rep.Error()))
	}
	return sc, nil
}

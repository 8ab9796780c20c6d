package save

import (
	"fmt"
	"path/filepath"
	"strings"

	"bindingwords/game/rules"
)

// FindWith returns a [Finder] that looks a save's scenario up with load,
// which takes a built-in id or a scenario file's path, as
// [bindingwords/scenarios.Find] and the game window's loader do. It is the
// one way a save's scenario is found, whatever load knows: the desktop
// reads files, the browser only has its built-in scenarios.
//
// It tries the file the game was played from, when the save names one,
// then the scenario of the save's id; of those that load, it takes the
// first whose content is the save's (its hash), so neither an edited copy
// of a built-in scenario nor a built-in scenario changed since hides the
// other. When none matches it returns the first that loaded, and [Replay]
// says what changed.
func FindWith(load func(idOrPath string) (*rules.Scenario, error)) Finder {
	return func(id, hash, source string) (*rules.Scenario, error) {
		var first *rules.Scenario
		var fileErr error
		for _, name := range []string{source, id} {
			if name == "" {
				continue
			}
			var sc *rules.Scenario
			var err error
			if name == source && !scenarioFileName(source) {
				// A save is a file from outside: the path it names is
				// opened only if it is a scenario file by its name.
				err = fmt.Errorf("the save names %q as its scenario file, which is not a scenario file (.yaml or .yml)", source)
			} else {
				sc, err = load(name)
			}
			if err != nil {
				if name == source {
					fileErr = err
				}
				continue
			}
			if sc.ID == id && sc.Hash == hash {
				return sc, nil
			}
			if first == nil {
				first = sc
			}
		}
		switch {
		case first != nil:
			return first, nil
		case fileErr != nil:
			// The file says more than the id, which is then no scenario
			// load knows.
			return nil, fileErr
		}
		return nil, &notBuiltinError{id}
	}
}

// A notBuiltinError is a save's scenario id that no built-in scenario
// has, when no file was given for it.
type notBuiltinError struct{ id string }

func (e *notBuiltinError) Error() string {
	return fmt.Sprintf("there is no built-in scenario %q, and the save does not say which file it came from", e.id)
}

// FindOnly returns a [Finder] that offers only sc, loaded from file: the
// scenario a player named for a save. A save of another scenario is an
// error that says so.
func FindOnly(sc *rules.Scenario, file string) Finder {
	return func(id, hash, source string) (*rules.Scenario, error) {
		if sc.ID != id {
			return nil, fmt.Errorf("%s is scenario %q, not %q", file, sc.ID, id)
		}
		return sc, nil
	}
}

// scenarioFileName reports whether path is named as a scenario file is.
func scenarioFileName(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml":
		return true
	}
	return false
}

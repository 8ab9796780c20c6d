//go:build js

package save

import (
	"fmt"

	"bindingwords/game/rules"
)

// FindScenario is the default [Finder]. The browser build carries its
// scenarios as JSON rather than the YAML loader, which would cost a
// quarter of a megabyte of download, so the front end must give the store
// its own finder ([Store.SetFinder]); this one only says so.
func FindScenario(id, hash, source string) (*rules.Scenario, error) {
	return nil, fmt.Errorf("no scenario finder is set for scenario %q", id)
}

// parseScenario is nil in the browser build, which carries no scenario
// loader: a save's own scenario is used only when a built-in one has the
// same content (see [SetScenarioParser]).
var parseScenario func(name string, text []byte) (*rules.Scenario, error)

// SetScenarioParser gives the browser build a scenario loader for the
// scenarios saves carry (the scenarios package's Load, once the build
// includes it), so that a save of an earlier version of a built-in
// scenario loads there too.
func SetScenarioParser(parse func(name string, text []byte) (*rules.Scenario, error)) {
	parseScenario = parse
}

// builtinText is nil: the browser build has its built-in scenarios as Go
// values, not as text (see [RememberScenarioText]).
func builtinText(string) []byte { return nil }

// currentHash finds no current version to compare with: the browser
// build cannot open files, and its built-in scenarios have no text.
func currentHash(_, _, _ string) (string, bool) { return "", false }

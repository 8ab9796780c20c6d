// Command app is Binding Words for the browser (GOOS=js GOARCH=wasm): the
// same game as the desktop, started with the built-in scenarios compiled
// in as Go values (scenarios_gen.go, written by ./genscenarios; scripts/
// build-web.sh runs it), so that starting the game parses nothing: the
// scenarios were checked when they were written out.
//
// The YAML loader is in the download all the same, for the scenario files
// a teacher opens with the New game screen's file chooser (game/ui's
// scenariopick_js.go) and for the scenario a save carries.
package main

//go:generate go run ./genscenarios scenarios_gen.go

import (
	"fmt"
	"os"

	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui"
	"bindingwords/game/ui/prefs"
	"bindingwords/scenarios"
)

// load returns a built-in scenario. It is shared, not a copy: a
// scenario is read-only once loaded (a test plays a game on each and
// checks it is unchanged).
func load(id string) (*rules.Scenario, error) {
	for i, b := range builtinIDs {
		if b == id {
			return &builtinScenarios[i], nil
		}
	}
	return nil, fmt.Errorf("no built-in scenario %q", id)
}

// parse is the checked loader for a scenario's text, from a save: a save
// of a scenario file opened in the browser, or of an earlier version of a
// built-in scenario, plays from the text it carries.
func parse(name string, text []byte) (*rules.Scenario, error) {
	sc, rep := scenarios.Load(name, text)
	if rep.HasErrors() {
		return nil, rep
	}
	return sc, nil
}

func main() {
	useParser()
	opt := ui.Options{Scenarios: builtinIDs, Load: load, Scenario: "berlin"}
	// Saves and settings live in the browser's localStorage.
	opt.Store, opt.StoreErr = save.OpenDefault()
	if p, err := prefs.Default(); err == nil {
		opt.Prefs = p
	}
	if err := ui.Run(opt); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// Command app is Binding Words for the browser (GOOS=js GOARCH=wasm): the
// same game as the desktop, started with the built-in scenarios compiled
// in as Go values (scenarios_gen.go, written by ./genscenarios; scripts/
// build-web.sh runs it). Neither the YAML loader nor a JSON decoder is in
// the download every student makes over classroom Wi-Fi, and the
// scenarios were checked when they were written out.
package main

//go:generate go run ./genscenarios scenarios_gen.go

import (
	"fmt"
	"os"

	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui"
	"bindingwords/game/ui/prefs"
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

func main() {
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

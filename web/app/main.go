// Command app is Binding Words for the browser (GOOS=js GOARCH=wasm): the
// same game as the desktop, started with the built-in scenarios embedded
// already decoded, as JSON written by ./genscenarios (scripts/build-web.sh
// runs it). The YAML loader would add half a megabyte to the download every
// student makes over classroom Wi-Fi, and the scenarios were validated when
// they were written out.
package main

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui"
	"bindingwords/game/ui/prefs"
)

//go:embed scenarios
var files embed.FS

func builtin() []string {
	entries, _ := fs.ReadDir(files, "scenarios")
	var ids []string
	for _, e := range entries {
		if id, ok := strings.CutSuffix(e.Name(), ".json"); ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

func load(id string) (*rules.Scenario, error) {
	data, err := files.ReadFile("scenarios/" + id + ".json")
	if err != nil {
		return nil, fmt.Errorf("no built-in scenario %q", id)
	}
	sc := &rules.Scenario{}
	if err := json.Unmarshal(data, sc); err != nil {
		return nil, fmt.Errorf("scenario %q: %w", id, err)
	}
	return sc, nil
}

func main() {
	opt := ui.Options{Scenarios: builtin(), Load: load, Scenario: "berlin"}
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

// Command genscenarios writes every built-in scenario, loaded and checked
// by the scenarios package, as JSON into a folder, for the browser build.
//
//	go run ./web/app/genscenarios web/app/scenarios
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"bindingwords/scenarios"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genscenarios DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, id := range scenarios.Builtin() {
		sc, err := scenarios.LoadBuiltin(id)
		if err != nil {
			fmt.Fprintf(os.Stderr, "genscenarios: %s: %v\n", id, err)
			os.Exit(1)
		}
		b, err := json.Marshal(sc)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		// Write and rename, so a build reading the folder meanwhile never
		// sees half a file.
		path := filepath.Join(dir, id+".json")
		err = os.WriteFile(path+".tmp", b, 0o644)
		if err == nil {
			err = os.Rename(path+".tmp", path)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

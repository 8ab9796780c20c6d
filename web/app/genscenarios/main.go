// Command genscenarios writes every built-in scenario, loaded and checked
// by the scenarios package, as Go source for the browser build: one
// composite literal of [rules.Scenario] each, so the browser neither parses
// YAML nor decodes JSON (either decoder would add to the download every
// student makes over classroom Wi-Fi).
//
//	go run ./web/app/genscenarios web/app/scenarios_gen.go
//
// scripts/build-web.sh runs it; a test fails when the file is stale.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genscenarios FILE.go")
		os.Exit(2)
	}
	src, err := Generate()
	if err == nil {
		err = writeFile(os.Args[1], src)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genscenarios:", err)
		os.Exit(1)
	}
}

// writeFile writes and renames, so a build reading the file meanwhile
// never sees half of it; an unchanged file is left alone.
func writeFile(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && string(old) == string(data) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".genscenarios-*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

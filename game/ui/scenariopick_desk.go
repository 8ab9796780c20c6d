//go:build !js

package ui

// pickerInBrowser is false on the desktop: "Open a scenario file…" asks
// for a path.
const pickerInBrowser = false

// browseScenarioFile is the browser's file chooser, which the desktop does
// not have (see scenariopick_js.go); the picker never calls it here.
func browseScenarioFile(done func(name string, data []byte, err error)) {
	done("", nil, errPickCancelled)
}

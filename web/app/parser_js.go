//go:build js

package main

import "bindingwords/game/save"

// useParser gives the save package the checked scenario loader, which the
// browser build of that package does without unless told (find_js.go).
func useParser() { save.SetScenarioParser(parse) }

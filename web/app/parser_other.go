//go:build !js

package main

// useParser does nothing outside the browser: there the save package
// parses a save's scenario with the loader it imports itself.
func useParser() {}

package main

import (
	"fmt"
	"io"
)

// runGame starts the game window. The front end does not exist yet, so it
// says so instead of pretending.
func runGame(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "bindingwords: the game window is not built yet; for now the tools work: run \"bindingwords help\"")
	return 1
}

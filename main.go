// Command bindingwords is Binding Words, a negotiation game about the
// wording of security guarantees, for classrooms and Model UN practice.
//
// With no arguments it starts the game; subcommands run the headless tools
// of package [cli]. Run "bindingwords help" for the list.
package main

import (
	"io"
	"os"

	"bindingwords/internal/cli"
)

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdout, os.Stderr))
}

// dispatch decides between the game window and the tools; it is separate
// from main so tests can run the command line without starting a process.
func dispatch(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		return runGame(nil, stdout, stderr)
	case args[0] == "--help-game" || args[0] == "-help-game":
		help := func(out io.Writer) int { return runGame([]string{"--help"}, out, stderr) }
		return cli.RunChecked("--help-game", help, stdout, stderr)
	case cli.Handles(args[0]):
		return cli.Run(args, stdout, stderr)
	case len(args[0]) > 0 && args[0][0] == '-':
		// Flags without a subcommand belong to the game itself.
		return runGame(args, stdout, stderr)
	}
	// An unknown command: the tools say so.
	return cli.Run(args, stdout, stderr)
}

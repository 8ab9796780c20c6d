// Command bindingwords is Binding Words, a negotiation game about the
// wording of security guarantees, for classrooms and Model UN practice.
//
// With no arguments it starts the game; subcommands run the headless tools.
// Run "bindingwords help" for the list.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// A command is one subcommand. Each lives in a cmd_*.go file and registers
// itself in commands, so the help text lists exactly the commands that exist.
type command struct {
	name    string
	summary string
	// run gets the arguments after the subcommand's name and returns the
	// process exit code; errors are printed by run itself.
	run func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

func main() {
	os.Exit(dispatch(os.Args[1:], os.Stdout, os.Stderr))
}

// dispatch picks the subcommand; it is separate from main so tests can run
// the command line without starting a process.
func dispatch(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return runGame(nil, stdout, stderr)
	}
	switch args[0] {
	case "--help-game", "-help-game":
		return runGame([]string{"--help"}, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return c.run([]string{"--help"}, stdout, stderr)
			}
		}
		usage(stdout)
		return 0
	}
	if c, ok := commands[args[0]]; ok {
		return c.run(args[1:], stdout, stderr)
	}
	if len(args[0]) > 0 && args[0][0] == '-' {
		// Flags without a subcommand belong to the game itself.
		return runGame(args, stdout, stderr)
	}
	fmt.Fprintf(stderr, "bindingwords: unknown command %q; run \"bindingwords help\" for the list of commands\n", args[0])
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Binding Words: negotiate the wording of security guarantees.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "  bindingwords [--scenario ID|FILE] [--fullscreen] [--scale N] [--seed N]")
	fmt.Fprintln(w, "                            start the game (\"bindingwords --help-game\" explains the flags)")
	fmt.Fprintln(w, "  bindingwords COMMAND ...  run a tool")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run \"bindingwords COMMAND --help\" for a command's options.")
}

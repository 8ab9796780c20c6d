// Package cli is Binding Words' command-line tools: check, analyze, sim,
// replay, report and handouts, and the help that lists them. The module's
// main package hands it every subcommand and keeps only the game window.
//
// It never imports Ebitengine (a test in the module root checks), so the
// tools run on a machine with no display and their tests need none.
package cli

import (
	"fmt"
	"io"
	"sort"
)

// A command is one subcommand. Each lives in a file of its own and
// registers itself in commands, so the help text lists exactly the
// commands that exist.
type command struct {
	name    string
	summary string
	// run gets the arguments after the subcommand's name and returns the
	// process exit code; errors are printed by run itself.
	run func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

// Handles reports whether arg, the first argument of the command line, is
// for this package: a subcommand's name or a request for help. Anything
// else starting with "-" is a flag of the game itself.
func Handles(arg string) bool {
	if isHelp(arg) {
		return true
	}
	_, ok := commands[arg]
	return ok
}

func isHelp(arg string) bool {
	switch arg {
	case "help", "-h", "-help", "--help":
		return true
	}
	return false
}

// Run runs the command line args (without the program's name), whose
// first element is a subcommand or a request for help, and returns the
// process exit code: 0 on success, 1 when the command failed, 2 for a
// usage mistake, including an unknown command. It takes the writers as
// arguments so that tests can run the command line without a process.
// Output that cannot be written (a full disk, a closed pipe) fails the
// command: see [checkedWriter].
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || isHelp(args[0]) {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return RunChecked(c.name, func(out io.Writer) int { return c.run([]string{"--help"}, out, stderr) }, stdout, stderr)
			}
		}
		return RunChecked("help", func(out io.Writer) int { Usage(out); return 0 }, stdout, stderr)
	}
	if c, ok := commands[args[0]]; ok {
		return RunChecked(c.name, func(out io.Writer) int { return c.run(args[1:], out, stderr) }, stdout, stderr)
	}
	fmt.Fprintf(stderr, "bindingwords: unknown command %q; run \"bindingwords help\" for the list of commands\n", args[0])
	return 2
}

// Usage prints the program's help: how to start the game and the list of
// commands.
func Usage(w io.Writer) {
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

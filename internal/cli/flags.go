package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseFlags parses a subcommand's flags the house way: --help prints the
// usage and succeeds; a mistake prints it to stderr with exit status 2.
// Flags may come before or after the file ("report game.bws --out
// report.html" reads naturally); the positional arguments are left in
// positional.
func parseFlags(flags *flag.FlagSet, args []string, name string, usage func(io.Writer), stdout, stderr io.Writer) (positional []string, code int, ok bool) {
	for {
		if err := flags.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage(stdout)
				return nil, 0, false
			}
			return nil, usageError(stderr, name, usage, "%v", err), false
		}
		args = flags.Args()
		if len(args) == 0 {
			return positional, 0, true
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), 0, true
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// usageError prints a usage mistake the house way, "bindingwords NAME:
// what is wrong", then the command's usage, and returns exit status 2.
func usageError(stderr io.Writer, name string, usage func(io.Writer), format string, args ...any) int {
	fmt.Fprintf(stderr, "bindingwords "+name+": "+format+"\n\n", args...)
	usage(stderr)
	return 2
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

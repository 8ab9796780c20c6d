package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"bindingwords/scenarios"
)

func init() {
	register(command{
		name:    "check",
		summary: "check scenario files and report every problem",
		run:     runCheck,
	})
}

func checkUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: bindingwords check [FILE|ID]...")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Check scenario files and print every error and warning, one per line, as")
	fmt.Fprintln(w, "file:line:col: message, then one summary line per file.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Each argument is the path of a scenario file or the id of a built-in")
	fmt.Fprintf(w, "scenario (%s). With no arguments, every built-in scenario is checked.\n", strings.Join(scenarios.Builtin(), ", "))
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Errors must be fixed before the game can use a file; warnings point at")
	fmt.Fprintln(w, "things that are probably unintended. See scenarios/FORMAT.md for the format.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit status: 0 if no file has errors, 1 if some file has errors or cannot")
	fmt.Fprintln(w, "be read, 2 for a usage mistake.")
}

// runCheck is the check command: it loads each file, prints its
// diagnostics and a summary, and fails if any file has errors.
func runCheck(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			checkUsage(stdout)
			return 0
		}
		return usageError(stderr, "check", checkUsage, "%v", err)
	}
	files := flags.Args()
	if len(files) == 0 {
		files = scenarios.Builtin()
	}
	status := 0
	for _, f := range files {
		sc, report, err := scenarios.Open(f)
		if err != nil {
			fmt.Fprintf(stderr, "bindingwords check: %v\n", err)
			status = 1
			continue
		}
		report.CheckBalance(sc)
		for _, d := range report.Diagnostics {
			fmt.Fprintln(stdout, d)
		}
		nerr, nwarn := len(report.Errors()), len(report.Warnings())
		var parts []string
		if sc != nil {
			parts = append(parts, fmt.Sprintf("OK (%s, %s, %s)",
				count(len(sc.Parties), "party", "parties"),
				count(len(sc.Slots), "slot", "slots"),
				count(len(sc.News), "news card", "news cards")))
		} else {
			parts = append(parts, count(nerr, "error", "errors"))
			status = 1
		}
		if nwarn > 0 {
			parts = append(parts, count(nwarn, "warning", "warnings"))
		}
		fmt.Fprintf(stdout, "%s: %s\n", report.File, strings.Join(parts, ", "))
	}
	return status
}

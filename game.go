package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"bindingwords/game/save"
	"bindingwords/game/ui"
	"bindingwords/game/ui/prefs"
	"bindingwords/internal/cli"
	"bindingwords/scenarios"
)

// runGame parses the game's flags and opens the window.
func runGame(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bindingwords", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scenario := fs.String("scenario", "berlin", "the scenario to offer first: a built-in id or a scenario file")
	fullscreen := fs.Bool("fullscreen", false, "start in full screen (F11 toggles)")
	scale := cli.DecimalFloat(fs, "scale", 1, "interface scale, a `number` from 0.5 to 3 (default: the saved setting)")
	seed := cli.DecimalUint64(fs, "seed", 0, "fix the seed of every game to this `number` (for tests and demonstrations; 0 picks a new one per game)")
	fs.Usage = func() {
		fmt.Fprintln(stdout, "Usage: bindingwords [flags]")
		fmt.Fprintln(stdout)
		fmt.Fprintln(stdout, "Opens the game window. Flags:")
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fs.SetOutput(stderr)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "bindingwords: unexpected argument %q; the game takes only flags (see --help)\n", fs.Arg(0))
		return 2
	}
	// Written so that NaN, which every comparison calls false, is out of
	// range too; ±Inf is.
	if !(*scale >= 0.5 && *scale <= 3) {
		fmt.Fprintf(stderr, "bindingwords: --scale %g is out of range: want 0.5 to 3\n", *scale)
		return 2
	}
	ids := scenarios.Builtin()
	if !slices.Contains(ids, *scenario) {
		// A file: check it now, so a bad file gets its diagnostics here
		// rather than a window that cannot start.
		if _, err := scenarios.Find(*scenario); err != nil {
			fmt.Fprintf(stderr, "bindingwords: %v\n", err)
			return 1
		}
		ids = append([]string{*scenario}, ids...)
		// A file the player named: a save may name it too.
		save.TrustScenarioFile(*scenario)
	}
	opt := ui.Options{Scenarios: ids, Load: scenarios.Find, Scenario: *scenario, Seed: *seed}
	// The flags override the saved settings only when given.
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "scale":
			opt.Scale = *scale
		case "fullscreen":
			opt.Fullscreen = *fullscreen
		}
	})
	// Nowhere to keep saves or settings is not fatal: the game says so
	// calmly and plays on.
	opt.Store, opt.StoreErr = save.OpenDefault()
	if p, err := prefs.Default(); err == nil {
		opt.Prefs = p
	}
	if os.Getenv("BINDINGWORDS_TRACE") != "" {
		// For the e2e test: a line on stderr at every phase.
		opt.Trace = stderr
	}
	if err := ui.Run(opt); err != nil {
		fmt.Fprintf(stderr, "bindingwords: %v\n", err)
		return 1
	}
	return 0
}

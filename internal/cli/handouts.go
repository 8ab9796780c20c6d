package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	debrief "bindingwords/game/report"
	"bindingwords/scenarios"
)

func init() {
	register(command{
		name:    "handouts",
		summary: "write a scenario's printable briefs, public briefing and teacher's guide",
		run:     runHandouts,
	})
}

func handoutsUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: bindingwords handouts --scenario ID|FILE --out DIR [--parties A,B,...] [--paper auto|a4|letter]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Write the printed material for a scenario into DIR, as self-contained HTML")
	fmt.Fprintln(w, "files to open in a browser and print:")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  brief-ID-private.html    each delegation's private brief, the long read (homework):")
	fmt.Fprintln(w, "                           give it to that team only")
	fmt.Fprintln(w, "  summary-ID-private.html  the same brief on one page for the table: goals per")
	fmt.Fprintln(w, "                           clause, red lines, votes at home, BATNA")
	fmt.Fprintln(w, "  briefing.html            the public briefing, for everyone")
	fmt.Fprintln(w, "  teacher-guide.html       the rules on one page; timing plans for a class on its own")
	fmt.Fprintln(w, "                           devices, on one screen and solo; reading times; jobs in a")
	fmt.Fprintln(w, "                           team; the debrief; concepts with the game's numbers; the")
	fmt.Fprintln(w, "                           answer key; a glossary; who has no seat; a results sheet,")
	fmt.Fprintln(w, "                           a rubric and the news deck")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  --scenario ID|FILE  a built-in scenario (%s) or a scenario file\n", strings.Join(scenarios.Builtin(), ", "))
	fmt.Fprintln(w, "  --out DIR           the folder to write to (created if need be)")
	fmt.Fprintln(w, "  --parties A,B,...   the delegations taking part, by id (default: every one, as")
	fmt.Fprintln(w, "                      Host a class and the new-game screen start); optional ones not")
	fmt.Fprintln(w, "                      named are left out. Briefs are written for these only, and the")
	fmt.Fprintln(w, "                      answer key is computed for them: the figures the class's")
	fmt.Fprintln(w, "                      debrief will show (e.g. us,ukraine,germany,france,poland")
	fmt.Fprintln(w, "                      for a class that left out uk and italy)")
	fmt.Fprintln(w, "  --paper PAPER       auto (the printer's paper; the layout fits A4 and Letter),")
	fmt.Fprintln(w, "                      a4 or letter to fix the page size")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit status: 0 on success, 1 if the scenario cannot be loaded or a file cannot")
	fmt.Fprintln(w, "be written, 2 for a usage mistake.")
}

func runHandouts(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("handouts", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	scenario := flags.String("scenario", "", "")
	out := flags.String("out", "", "")
	paper := flags.String("paper", "auto", "")
	only := flags.String("parties", "", "")
	rest, code, ok := parseFlags(flags, args, "handouts", handoutsUsage, stdout, stderr)
	if !ok {
		return code
	}
	usageErr := func(format string, args ...any) int {
		return usageError(stderr, "handouts", handoutsUsage, format, args...)
	}
	switch {
	case len(rest) > 0:
		return usageErr("unexpected argument %q", rest[0])
	case *scenario == "":
		return usageErr("--scenario is required, e.g. --scenario berlin")
	case *out == "":
		return usageErr("--out is required: the folder to write the handouts to")
	}
	p, err := debrief.ParsePaper(*paper)
	if err != nil {
		return usageErr("--paper: %v", err)
	}
	sc, err := scenarios.Find(*scenario)
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords handouts: %v\n", err)
		return 1
	}
	var parties []string
	if *only != "" {
		parties = strings.Split(*only, ",")
	}
	hs, err := debrief.HandoutsFor(sc, debrief.Options{Paper: p}, parties)
	if err != nil {
		return usageErr("--parties: %v", err)
	}
	for _, h := range hs {
		if msg, bad := overwrites(filepath.Join(*out, h.File), input{*scenario, "the scenario file"}); bad {
			return usageErr("--out %s: %s", *out, msg)
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "bindingwords handouts: %v\n", err)
		return 1
	}
	for _, h := range hs {
		path := filepath.Join(*out, h.File)
		if err := os.WriteFile(path, h.HTML, 0o644); err != nil {
			fmt.Fprintf(stderr, "bindingwords handouts: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %-40s %s\n", path, h.Title)
	}
	return 0
}

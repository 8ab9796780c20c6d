package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	debrief "bindingwords/game/report"
	"bindingwords/game/save"
)

func init() {
	register(command{
		name:    "report",
		summary: "export a game's debrief as a printable HTML file or Markdown",
		run:     runReport,
	})
}

func reportUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: bindingwords report SAVE --out FILE [--format html|md] [--paper auto|a4|letter] [--scenario FILE] [--teacher]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Replay a saved game, verifying every state hash, and write its debrief: the")
	fmt.Fprintln(w, "outcome and indicators, each delegation's score against its BATNA and best,")
	fmt.Fprintln(w, "the final text with each clause's history, the poll charts with the reasons")
	fmt.Fprintln(w, "for each move, the value left on the table, the AI delegates' reasons, and")
	fmt.Fprintln(w, "the scenario's discussion questions and reality notes.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The HTML file is self-contained (no fonts, scripts or images from elsewhere)")
	fmt.Fprintln(w, "and prints well; open it in any browser. The Markdown version has tables.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  --out FILE       where to write (\"-\" for standard output); required")
	fmt.Fprintln(w, "  --format FORMAT  html or md; by default from the --out file's extension")
	fmt.Fprintln(w, "  --paper PAPER    auto (the printer's paper; fits A4 and Letter), a4 or letter")
	fmt.Fprintln(w, "  --scenario FILE  the scenario file the game was played on, when not built in")
	fmt.Fprintln(w, "  --teacher        allow a report of a game that is not over: a teacher's copy")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The scores come from the delegations' private briefs: share the debrief after")
	fmt.Fprintln(w, "the game. A game that is not over (an autosave in the middle of a lesson) is")
	fmt.Fprintln(w, "refused, since its report would show every delegation's reservation value and")
	fmt.Fprintln(w, "what the draft is worth to each while the class is still negotiating; with")
	fmt.Fprintln(w, "--teacher it is written as a teacher's copy that says so on every page.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit status: 0 on success, 1 if the save or the output fails or the game is")
	fmt.Fprintln(w, "not over without --teacher, 2 for a usage mistake.")
}

func runReport(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("report", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	out := flags.String("out", "", "")
	format := flags.String("format", "", "")
	paper := flags.String("paper", "auto", "")
	scenario := flags.String("scenario", "", "")
	teacher := flags.Bool("teacher", false, "")
	files, code, ok := parseFlags(flags, args, "report", reportUsage, stdout, stderr)
	if !ok {
		return code
	}
	usageErr := func(format string, args ...any) int {
		return usageError(stderr, "report", reportUsage, format, args...)
	}
	if len(files) != 1 {
		return usageErr("want one save file, found %d arguments", len(files))
	}
	if *out == "" {
		return usageErr("--out is required: the file to write, e.g. --out report.html")
	}
	if *format == "" {
		switch strings.ToLower(filepath.Ext(*out)) {
		case ".md", ".markdown":
			*format = "md"
		case ".html", ".htm":
			*format = "html"
		default:
			if *out != "-" {
				return usageErr("cannot tell the format from %q: name the file .html or .md, or give --format", *out)
			}
			*format = "html"
		}
	}
	if *format != "html" && *format != "md" {
		return usageErr("--format %q: want html or md", *format)
	}
	p, err := debrief.ParsePaper(*paper)
	if err != nil {
		return usageErr("--paper: %v", err)
	}
	if msg, bad := overwrites(*out, input{files[0], "the save"}, input{*scenario, "the scenario file"}); bad {
		return usageErr("--out %s", msg)
	}
	l, err := save.ReadFileOn(files[0], *scenario)
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords report: %v\n", err)
		return 1
	}
	if msg, bad := overwrites(*out, input{l.Save.Meta.Source, "the scenario file the game was played on"}); bad {
		return usageErr("--out %s", msg)
	}
	if !l.Game.Over() && !*teacher {
		fmt.Fprintf(stderr, "bindingwords report: %s: the game is not over (it stands in round %d of %d), and its report would show every delegation's private brief: its reservation value and what the draft is worth to it.\n", files[0], l.Game.Round(), l.Game.Rounds())
		fmt.Fprintln(stderr, "Report the game once it has ended, or add --teacher for a teacher's copy that says on every page that it reveals the private briefs, to keep away from the class.")
		return 1
	}
	d := debrief.Build(l.Scenario, l.Game, l.Seats)
	d.SaveName = l.Save.Meta.Name
	if !l.Save.Record.Chained() {
		// As replay says: an older save's reasons and seats are its
		// words, and the page says so.
		d.Unchecked = true
	}
	// A save that carries an earlier version of its scenario (issue 14)
	// is reported on that version, and the page says so.
	d.Earlier = l.Earlier
	var data []byte
	if *format == "md" {
		data = debrief.Markdown(d)
	} else if data, err = debrief.HTML(d, debrief.Options{Paper: p}); err != nil {
		fmt.Fprintf(stderr, "bindingwords report: %v\n", err)
		return 1
	}
	if *out == "-" {
		// A write that fails is Run's to report (checkedWriter).
		_, _ = stdout.Write(data)
		return 0
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintf(stderr, "bindingwords report: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %d KB)\n", *out, *format, (len(data)+1023)/1024)
	return 0
}

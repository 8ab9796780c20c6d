package cli

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

func init() {
	register(command{
		name:    "analyze",
		summary: "show what a scenario allows: best scores, BATNAs, the ZOPA, the Nash and Kalai deals",
		run:     runAnalyze,
	})
}

func analyzeUsage(w io.Writer) {
	fmt.Fprint(w, `Usage: bindingwords analyze [--core | --parties A,B,...] [--try NAME.SETTING=VALUE ...] [SCENARIO]

Shows what a scenario allows, from every delegation's private table: each
delegation's best score and reservation value (its BATNA), the number of
complete texts, the Pareto frontier (how many texts lie on it, and how many
distinct score vectors they make), the zone of possible agreement (texts
every required signatory can sign and that every one ratifies if opinion
drifts toward its verdict for the scenario's rounds), and the deals that
bargaining theory singles out in it: the Nash point (the largest product of
the required signatories' gains), the Kalai point (the largest smallest
share of each one's possible gain) and the text with the largest joint
gain, with the joint gain and the social welfare (sum of points) of each.
A tie goes to the first text unless a later one dominates it, so none of
them is ever a dominated text.

Then the balancing figures, for authors: each delegation's acceptance share
(the share of all texts it accepts: none of its red lines, at least its
BATNA, every vote it holds at home passed), with a hint when it is far from
the guide's third; how much each vote at home narrows the ZOPA; and the
agreement zone (the ZOPA narrowed by the adoption and signing rules, every
delegation voting for the texts it accepts) with and without each optional
delegation, and which rule it changes.
For scenario authors and teachers: it reveals every private brief.

SCENARIO is a built-in id or a file (default berlin). Every delegation takes
part, as the New-game screen seats them and as the teacher's answer key
counts; --core leaves the optional ones out, --parties chooses (--all, the
default, is still accepted).

--try NAME.SETTING=VALUE (repeatable; the settings and ranges of
"bindingwords sim --try") prints instead one table: the ZOPA, the agreement
zone and each delegation's acceptance share for the file as written and for
each variant, as in aster.reservation=20..30/5.
`)
}

// runAnalyze is the analyze command.
func runAnalyze(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Bool("all", false, "") // the default since issue 14; kept so old commands run
	core := fs.Bool("core", false, "")
	only := fs.String("parties", "", "")
	var tries []scenarios.WhatIf
	fs.Func("try", "", func(v string) error {
		ws, err := scenarios.ParseWhatIf(v)
		tries = append(tries, ws...)
		return err
	})
	// Flags may follow the scenario too ("analyze budapest --try
	// ukraine.reservation=40"), as an author adds one to the last command.
	rest, code, ok := parseFlags(fs, args, "analyze", analyzeUsage, stdout, stderr)
	if !ok {
		return code
	}
	id := "berlin"
	if len(rest) > 1 {
		fmt.Fprintf(stderr, "bindingwords analyze: give one scenario (%q and %q are two)\n", rest[0], rest[1])
		return 2
	}
	if len(rest) == 1 {
		id = rest[0]
	}
	sc, err := scenarios.Find(id)
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords analyze: %v\n", err)
		return 1
	}
	var parties []int
	switch {
	case *only != "":
		ids := strings.Split(*only, ",")
		if *core {
			return usageError(stderr, "analyze", analyzeUsage, "--core and --parties both choose the parties; give one of them")
		}
		if _, _, err := rules.NewGame(sc, rules.Setup{Parties: ids}); err != nil {
			fmt.Fprintf(stderr, "bindingwords analyze: %v\n", err)
			return 2
		}
		for _, x := range ids {
			parties = append(parties, sc.PartyIndex(x))
		}
	default:
		for p := range sc.Parties {
			if !*core || !sc.Parties[p].Optional {
				parties = append(parties, p)
			}
		}
	}
	if len(tries) > 0 {
		return runAnalyzeWhatIf(sc, parties, tries, stdout, stderr)
	}
	start := time.Now()
	a := analysis.Analyze(sc, analysis.Options{Parties: parties})
	took := time.Since(start)
	b := analysis.NewBalance(sc, nil)
	printAnalysis(stdout, sc, a, took)
	printBalance(stdout, sc, a, b)
	return 0
}

func printAnalysis(w io.Writer, sc *rules.Scenario, a *analysis.Analysis, took time.Duration) {
	fmt.Fprintf(w, "%s (%s)\n", sc.Title, sc.ID)
	names := make([]string, len(a.Parties))
	for i, p := range a.Parties {
		names[i] = sc.Parties[p].ID
	}
	fmt.Fprintf(w, "%s; required signatories: %s\n", delegationsLine(sc, a.Parties, "--core leaves them out"), partyIDs(sc, a.Required))
	printFormatExtras(w, sc)
	fmt.Fprintln(w)
	exact := "exact"
	if !a.Exact {
		exact = "bounded search: the figures below are the best found, not proven"
	}
	fmt.Fprintf(w, "Complete texts     %s\n", texts(a.Texts))
	fmt.Fprintf(w, "Pareto frontier    %s texts, %s distinct score vectors\n", texts(a.FrontierTexts), rules.Grouped(int64(len(a.Frontier))))
	fmt.Fprintf(w, "ZOPA               %s texts (%.2f%%), %s, %s nodes, %s\n\n", rules.Grouped(a.ZOPA), 100*float64(a.ZOPA)/a.Texts, exact, rules.Grouped(int64(a.Nodes)), took.Round(time.Millisecond))
	if a.Nash == nil {
		fmt.Fprintln(w, "The ZOPA is empty: no text can be signed and ratified by every required signatory.")
		return
	}
	fmt.Fprintf(w, "%-16s %5s %5s   %-11s %-11s %-11s\n", "Delegation", "BATNA", "best", "Nash", "Kalai", "max joint")
	for _, p := range a.Parties {
		cell := func(pt *analysis.Point) string {
			return fmt.Sprintf("%3d (%3.0f%%)", pt.Scores[p], 100*a.Normalise(p, pt.Scores[p]))
		}
		fmt.Fprintf(w, "%-16s %5d %5d   %s %s %s\n", sc.Parties[p].Name, a.Reservation[p], a.Best[p], cell(a.Nash), cell(a.Kalai), cell(a.MaxJoint))
	}
	fmt.Fprintf(w, "(points, and in brackets the share of the way from the BATNA to the best)\n\n")
	fmt.Fprintf(w, "Joint gain: Nash %d, Kalai %d, at most %d\n", a.TextGain(a.Nash), a.TextGain(a.Kalai), a.MaxJointGain)
	welfare := func(scores []int) int {
		sum := 0
		for _, p := range a.Parties {
			sum += scores[p]
		}
		return sum
	}
	fmt.Fprintf(w, "Social welfare (sum of points): Nash %d, Kalai %d, max joint %d, no agreement %d\n\n",
		welfare(a.Nash.Scores), welfare(a.Kalai.Scores), welfare(a.MaxJoint.Scores), welfare(a.Disagreement()))
	fmt.Fprintln(w, "The Nash text:")
	for s := range sc.Slots {
		fmt.Fprintf(w, "  %-28s %s\n", sc.Slots[s].Name, sc.Slots[s].Options[a.Nash.Text[s]].Label)
	}
}

// delegationsLine names the delegations taking part and says how the
// optional ones were chosen: "Delegations: us, ukraine (optional uk left
// out; --all to include)" or, with all of them, "(optional uk included;
// --core leaves them out)". The wording is shared with sim.
func delegationsLine(sc *rules.Scenario, parties []int, coreFlag string) string {
	var in, out []string
	for p := range sc.Parties {
		if !sc.Parties[p].Optional {
			continue
		}
		if slices.Contains(parties, p) {
			in = append(in, sc.Parties[p].ID)
		} else {
			out = append(out, sc.Parties[p].ID)
		}
	}
	line := "Delegations: " + partyIDs(sc, parties)
	switch {
	case len(out) > 0:
		line += " (optional " + strings.Join(out, ", ") + " left out; --all to include)"
	case len(in) > 0:
		line += " (optional " + strings.Join(in, ", ") + " included, as on the New-game screen; " + coreFlag + ")"
	}
	return line
}

func partyIDs(sc *rules.Scenario, ps []int) string {
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = sc.Parties[p].ID
	}
	return strings.Join(ids, ", ")
}

// texts writes a count of texts, held as a float64 because it can pass
// the int range on a large scenario, with its thousands grouped.
func texts(n float64) string {
	if n >= 1e18 {
		return fmt.Sprintf("%.3g", n)
	}
	return rules.Grouped(int64(n))
}

package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"bindingwords/game/sim"
	"bindingwords/scenarios"
)

// sim --try plays what-if variants of a scenario next to the file as
// written (see scenarios.WhatIf and sim.RunVariants) and prints one table:
// an author balancing a case compares a handful of one-change variants in
// one run instead of editing copies of the file.

// maxTries bounds the variants of one run, all --try together: each is a
// full run of --games games.
const maxTries = 60

// parseTries reads every --try; the names are resolved later, against the
// scenario.
func (c *simFlags) parseTries(tries []string, set map[string]bool) error {
	switch {
	case set["vs"]:
		return errors.New("--try and --vs both compare runs; give one of them")
	case set["generated"] || set["family"]:
		return errors.New("--try changes a scenario; it cannot be combined with --generated or --family")
	case set["records"]:
		return errors.New("--try plays several scenarios; it cannot be combined with --records")
	}
	for _, t := range tries {
		ws, err := scenarios.ParseWhatIf(t)
		if err != nil {
			return err
		}
		c.tries = append(c.tries, ws...)
		if len(c.tries) > maxTries {
			return fmt.Errorf("the --try flags give more than %d variants; each plays --games games, so try fewer at a time", maxTries)
		}
	}
	return nil
}

// runWhatIf applies every variant to the loaded scenario, plays them all
// and prints the comparison.
func runWhatIf(c *simFlags, stdout, stderr io.Writer) int {
	var variants []sim.Variant
	for _, w := range c.tries {
		sc, notes, err := w.Apply(c.Scenario)
		if err != nil {
			fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
			fmt.Fprintln(stderr, `Run "bindingwords sim --help" for the settings --try can change.`)
			return 2
		}
		variants = append(variants, sim.Variant{Label: w.Label, Scenario: sc, Notes: notes})
	}
	bar := newProgress(stderr, !c.json)
	c.Progress = bar.update
	cmp, err := sim.RunVariants(c.Config, variants)
	bar.clear()
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
		if errors.As(err, new(*sim.ConfigError)) {
			return 2
		}
		return 1
	}
	if c.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(cmp); err != nil && writeErr(stdout) == nil {
			fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
			return 1
		}
		return 0
	}
	writeWhatIf(stdout, cmp)
	return 0
}

// writeWhatIf prints the comparison: a row per variant, the file first.
func writeWhatIf(w io.Writer, cmp *sim.Comparison) {
	r := cmp.File.Report
	fmt.Fprintf(w, "What if: %s (%s), %s a variant, seeds %d–%d, the same games for every variant\n",
		r.Title, r.Scenario, count(r.Games, "game", "games"), r.Seed, r.Seed+uint64(r.Games)-1)
	writePlayers(w, r)
	line := "Delegations: " + strings.Join(r.Taking, ", ")
	if len(r.LeftOut) > 0 {
		line += " (optional " + strings.Join(r.LeftOut, ", ") + " left out)"
	}
	fmt.Fprintln(w, line)
	fmt.Fprintln(w)

	rows := append([]sim.VariantRow{cmp.File}, cmp.Variants...)
	label := len("as written")
	for _, v := range cmp.Variants {
		label = max(label, utf8.RuneCountInString(v.Try))
	}
	lowest := len("Best placed: lowest")
	for _, v := range rows {
		lowest = max(lowest, len(lowestCell(v)))
	}
	var cols []string
	for _, p := range r.Parties {
		cols = append(cols, fmt.Sprintf("%*s", max(9, len(p.ID)), p.ID))
	}
	head := fmt.Sprintf("  %-*s  %6s  %-13s  %-20s  %-*s  %8s", label, "Variant", "Agreed", "95% CI", "Change [95% CI]", lowest, "Best placed: lowest", "Top text")
	fmt.Fprintln(w, head+"  Each delegation: mean advantage, best placed")
	fmt.Fprintln(w, strings.Repeat(" ", len(head))+"  "+strings.Join(cols, " "))
	for i, v := range rows {
		name, change := v.Try, signedPoints(v.AgreementChange, v.AgreementChangeCI)
		if i == 0 {
			name, change = "as written", ""
		}
		mark := " "
		if len(v.Misses) == 0 {
			mark = "*"
		}
		var advs []string
		for k, p := range v.Report.Parties {
			advs = append(advs, fmt.Sprintf("%*s", len(cols[k]), fixed2.val(p.Advantage)+" "+bestCell(p.BestPlaced)))
		}
		top := sim.Num(0)
		if len(v.Report.Texts) > 0 {
			top = v.Report.Texts[0].Share
		}
		fmt.Fprintf(w, "%s %-*s  %6s  %-13s  %-20s  %-*s  %8s  %s\n", mark, label, name, percent.val(v.Report.AgreementRate),
			bareCI(v.Report.AgreementCI), change, lowest, lowestCell(v), percent.val(top), strings.Join(advs, " "))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Agreed: signed (share of games). Change: the variant's agreement minus the file's, in\n"+
		"points, paired game by game. Best placed: the lowest share of games a delegation is best\n"+
		"placed in (\"3 under\": three delegations under the target). Top text: the share of games\n"+
		"that signed the most frequent text (near the agreement rate, every game ends alike). Each\n"+
		"delegation: its mean advantage (0 = no better than walking away, 1 = its best) and the share\n"+
		"of games it is best placed in.\n")
	var meet []string
	for _, v := range rows {
		if len(v.Misses) == 0 {
			meet = append(meet, nameOf(v))
		}
	}
	fmt.Fprintf(w, "The guide's targets (agreement %.0f–%.0f%%, every delegation best placed in at least %.0f%% of games):\n",
		100*sim.Targets.AgreementLow, 100*sim.Targets.AgreementHigh, 100*sim.Targets.BestPlacedMin)
	if len(meet) == 0 {
		fmt.Fprintf(w, "  met by none (the file as written: %s)\n", strings.Join(cmp.File.Misses, "; "))
	} else {
		fmt.Fprintf(w, "* met by %s\n", strings.Join(meet, "; "))
	}
	for _, v := range rows {
		inForce := float64(v.Report.RatificationRate)
		if !math.IsNaN(inForce) && inForce < float64(v.Report.AgreementRate) {
			fmt.Fprintf(w, "%s: in force (ratified) in %s of games, fewer than signed.\n", nameOf(v), percent.val(v.Report.RatificationRate))
		}
		for _, n := range v.Notes {
			fmt.Fprintf(w, "%s: %s\n", nameOf(v), n)
		}
	}
}

func nameOf(v sim.VariantRow) string {
	if v.Try == "" {
		return "the file as written"
	}
	return v.Try
}

// lowestCell is the lowest best-placed share and who has it.
func lowestCell(v sim.VariantRow) string {
	if v.LowestParty == "" {
		return "–"
	}
	under := 0
	for _, p := range v.Report.Parties {
		if float64(p.BestPlaced) < sim.Targets.BestPlacedMin {
			under++
		}
	}
	cell := percent.val(v.LowestBestPlaced) + " " + v.LowestParty
	if under > 1 {
		cell += fmt.Sprintf(" (%d under)", under)
	}
	return cell
}

// bestCell is a best-placed share in whole per cent: 27%.
func bestCell(x sim.Num) string {
	if math.IsNaN(float64(x)) {
		return "–"
	}
	return strconv.FormatFloat(100*float64(x), 'f', 0, 64) + "%"
}

// bareCI is a rate's interval without the per cent signs, to keep the
// table narrow: [30.1, 40.9].
func bareCI(iv sim.Interval) string {
	if math.IsNaN(float64(iv[0])) {
		return ""
	}
	return "[" + strconv.FormatFloat(100*float64(iv[0]), 'f', 1, 64) + ", " + strconv.FormatFloat(100*float64(iv[1]), 'f', 1, 64) + "]"
}

// signedPoints is a change of a rate in percentage points, with its
// interval: +16.7 [+12.1, +21.3].
func signedPoints(x sim.Num, iv sim.Interval) string {
	f := func(v sim.Num) string { return fmt.Sprintf("%+.1f", 100*float64(v)) }
	if math.IsNaN(float64(x)) {
		return "–"
	}
	if math.IsNaN(float64(iv[0])) {
		return f(x)
	}
	return f(x) + " [" + f(iv[0]) + ", " + f(iv[1]) + "]"
}

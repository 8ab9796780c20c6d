package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// analyze --try gives the static side of a what-if (see sim --try): for
// the file and each variant, the ZOPA, the agreement zone and each
// delegation's acceptance share, counted exactly as analyze counts them.
// It costs one balance walk per variant, no game, so an author can sweep
// a reservation before playing anything.

// whatIfRow is one scenario's balance figures.
type whatIfRow struct {
	label      string
	texts      float64 // every complete text, the shares' denominator
	zopa, zone float64
	accept     []float64
	exact      bool
}

// runAnalyzeWhatIf prints the comparison table; the variants were parsed
// from --try and are applied here.
func runAnalyzeWhatIf(sc *rules.Scenario, parties []int, tries []scenarios.WhatIf, stdout, stderr io.Writer) int {
	rows := []whatIfRow{balanceRow("as written", sc, parties)}
	for _, w := range tries {
		v, _, err := w.Apply(sc)
		if err != nil {
			fmt.Fprintf(stderr, "bindingwords analyze: %v\n", err)
			return 2
		}
		rows = append(rows, balanceRow(w.Label, v, parties))
	}
	// No --try setting changes how many options a slot has, so the
	// file's own walk counts every row's texts.
	all := rows[0].texts
	fmt.Fprintf(stdout, "What if: %s (%s), %s complete texts\n", sc.Title, sc.ID, texts(all))
	fmt.Fprintln(stdout, delegationsLine(sc, parties, "--core leaves them out"))
	fmt.Fprintln(stdout)
	label := len("Variant")
	for _, r := range rows {
		label = max(label, utf8.RuneCountInString(r.label))
	}
	var cols []string
	for _, p := range parties {
		cols = append(cols, fmt.Sprintf("%*s", max(6, len(sc.Parties[p].ID)), sc.Parties[p].ID))
	}
	head := fmt.Sprintf("%-*s  %16s  %7s", label, "Variant", "ZOPA (texts)", "Zone")
	fmt.Fprintln(stdout, head+"  Acceptance share")
	fmt.Fprintln(stdout, strings.Repeat(" ", len(head))+"  "+strings.Join(cols, " "))
	inexact := false
	for _, r := range rows {
		var cells []string
		for k, p := range parties {
			cells = append(cells, fmt.Sprintf("%*s", len(cols[k]), sharePercent(r.accept[p]/all)))
		}
		zopa := fmt.Sprintf("%s (%s)", texts(r.zopa), sharePercent(r.zopa/all))
		fmt.Fprintf(stdout, "%-*s  %16s  %7s  %s\n", label, r.label, zopa, sharePercent(r.zone/all), strings.Join(cells, " "))
		inexact = inexact || !r.exact
	}
	fmt.Fprintln(stdout)
	fmt.Fprintln(stdout, "ZOPA: the texts every required signatory accepts. Zone: the ZOPA narrowed by the adoption and")
	fmt.Fprintln(stdout, "signing rules. Acceptance share: the share of all texts a delegation accepts (the guide aims")
	fmt.Fprintln(stdout, "for about a third). Counts only; \"sim --try\" plays the same variants.")
	if inexact {
		fmt.Fprintln(stdout, "(the walk behind some ZOPA and zone figures hit its bound: they are lower bounds)")
	}
	return 0
}

func balanceRow(label string, sc *rules.Scenario, parties []int) whatIfRow {
	b := analysis.NewBalance(sc, nil)
	var required []int
	for _, p := range sc.Signing.Required {
		if slices.Contains(parties, p) {
			required = append(required, p)
		}
	}
	r := whatIfRow{label: label, texts: b.Texts, zopa: b.ZOPA(required, -1), zone: b.Zone(parties), exact: b.Exact}
	for p := range sc.Parties {
		r.accept = append(r.accept, b.Acceptance(p))
	}
	return r
}

package sim

import (
	"fmt"
	"math"
	"strings"

	"bindingwords/game/rules"
)

// Targets are the balance guide's goals for normal AI delegates (FORMAT.md,
// "Balancing a scenario", and issue 14): agreement (signed) between
// AgreementLow and AgreementHigh, and every delegation best placed in at
// least BestPlacedMin of the games.
var Targets = struct{ AgreementLow, AgreementHigh, BestPlacedMin float64 }{0.55, 0.85, 0.10}

// A Variant is a changed copy of a run's scenario to compare with the
// scenario as written; the scenarios package makes them from the sim
// command's --try.
type Variant struct {
	Label    string
	Scenario *rules.Scenario
	// Notes are what check would warn of in the variant.
	Notes []string
}

// A VariantRow is one scenario's run in a [Comparison].
type VariantRow struct {
	// Try is the variant's label, "" for the scenario as written.
	Try    string   `json:"try"`
	Notes  []string `json:"notes,omitempty"`
	Report *Report  `json:"report"`
	// AgreementChange is the variant's agreement minus the file's, from
	// the same games (seeds) paired one by one, with its 95% interval;
	// zero for the file itself.
	AgreementChange   Num      `json:"agreement_change"`
	AgreementChangeCI Interval `json:"agreement_change_ci95"`
	// LowestBestPlaced is the smallest best-placed share and who has it
	// (the first in the scenario's order on a tie).
	LowestBestPlaced Num    `json:"lowest_best_placed"`
	LowestParty      string `json:"lowest_party"`
	// HighestBestPlaced is the largest share and who has it: a delegation
	// best placed in most games is what usually keeps the others low.
	HighestBestPlaced Num    `json:"highest_best_placed"`
	HighestParty      string `json:"highest_party"`
	// Misses says which of [Targets] the run misses; empty when it meets
	// them all.
	Misses []string `json:"misses"`
}

// A Comparison is the scenario as written and its variants, every one
// played on the same seeds.
type Comparison struct {
	File     VariantRow   `json:"file"`
	Variants []VariantRow `json:"variants"`
}

// RunVariants plays c (a scenario run without a baseline) and then each
// variant with the same settings and seeds, so that game i of a variant is
// game i of the file with only the variant's change: the difference in
// agreement is paired game by game. Progress, if set, counts the games of
// every run together.
func RunVariants(c Config, variants []Variant) (*Comparison, error) {
	switch {
	case c.Scenario == nil || c.Generated > 0:
		return nil, configErrorf("--try changes a scenario; it cannot be used with generated scenarios")
	case c.Vs != "":
		return nil, configErrorf("--try and --vs both compare runs; give one of them")
	case c.Played != nil:
		return nil, configErrorf("--try plays several scenarios; it cannot write records")
	}
	progress := c.Progress
	total := (len(variants) + 1) * max(c.Games, 0)
	run := func(k int, sc *rules.Scenario) (*Report, error) {
		cc := c
		cc.Scenario = sc
		if progress != nil {
			cc.Progress = func(done, _ int) { progress(k*c.Games+done, total) }
		}
		return Run(cc)
	}
	base, err := run(0, c.Scenario)
	if err != nil {
		return nil, err
	}
	cmp := &Comparison{File: newVariantRow("", nil, base, base)}
	for k, v := range variants {
		r, err := run(k+1, v.Scenario)
		if err != nil {
			return nil, fmt.Errorf("--try %s: %w", v.Label, err)
		}
		cmp.Variants = append(cmp.Variants, newVariantRow(v.Label, v.Notes, r, base))
	}
	return cmp, nil
}

func newVariantRow(label string, notes []string, r, base *Report) VariantRow {
	row := VariantRow{Try: label, Notes: notes, Report: r, Misses: []string{}}
	var d mean
	for i, s := range r.signed {
		if i < len(base.signed) {
			d.add(b2f(s) - b2f(base.signed[i]))
		}
	}
	row.AgreementChange, row.AgreementChangeCI = d.value(), d.ci()
	row.LowestBestPlaced, row.HighestBestPlaced = Num(math.NaN()), Num(math.NaN())
	var low []string
	for i, p := range r.Parties {
		if i == 0 || p.BestPlaced < row.LowestBestPlaced {
			row.LowestBestPlaced, row.LowestParty = p.BestPlaced, p.ID
		}
		if i == 0 || p.BestPlaced > row.HighestBestPlaced {
			row.HighestBestPlaced, row.HighestParty = p.BestPlaced, p.ID
		}
		if float64(p.BestPlaced) < Targets.BestPlacedMin {
			low = append(low, p.ID)
		}
	}
	a := float64(r.AgreementRate)
	switch {
	case a < Targets.AgreementLow:
		row.Misses = append(row.Misses, fmt.Sprintf("agreement under %.0f%%", 100*Targets.AgreementLow))
	case a > Targets.AgreementHigh:
		row.Misses = append(row.Misses, fmt.Sprintf("agreement over %.0f%%", 100*Targets.AgreementHigh))
	}
	if len(low) > 0 {
		row.Misses = append(row.Misses, fmt.Sprintf("best placed under %.0f%%: %s", 100*Targets.BestPlacedMin, strings.Join(low, ", ")))
	}
	return row
}

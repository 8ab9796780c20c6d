package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"bindingwords/game/sim"
)

// runFamilies runs every family of c in turn, with the same seeds, and
// prints one row per family (with --json, every family's report).
func runFamilies(c *simFlags, stdout, stderr io.Writer) int {
	var reps []*sim.Report
	var recs []*recorder
	for _, f := range c.families {
		one := *c
		one.Family = f.Name
		dir := ""
		if c.records != "" {
			dir = filepath.Join(c.records, f.Name)
		}
		rep, rec, code := simOnce(&one, dir, stderr)
		if code != 0 {
			return code
		}
		reps, recs = append(reps, rep), append(recs, rec)
	}
	if c.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Families []*sim.Report `json:"families"`
		}{reps}); err != nil && writeErr(stdout) == nil {
			fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
			return 1
		}
	} else {
		writeFamilies(stdout, reps)
	}
	for _, rec := range recs {
		rec.tell(stderr)
	}
	return 0
}

// writeFamilies prints the table of a group of families: a row each,
// with the measures the bench's goals are stated in. Agreement, in force
// and the quality measures count the games whose case has a ZOPA.
func writeFamilies(w io.Writer, reps []*sim.Report) {
	r0 := reps[0]
	fmt.Fprintf(w, "Generated families: %s per family (seeds %d–%d), %s each\n",
		count(r0.Generated, "case", "cases"), r0.Seed, r0.Seed+uint64(r0.Generated)-1, count(r0.PerCase, "game", "games"))
	writePlayers(w, r0)
	switch {
	case r0.VsAll:
		fmt.Fprintf(w, "Each row's measures are of the tables of %s only; the paired columns compare its advantage with the %s delegate's in every seat of the same games.\n", r0.Vs, r0.Bots)
	case r0.Paired != nil:
		fmt.Fprintf(w, "Each row's measures are of the games with %s delegates in every seat; the paired columns compare them with %s in one seat.\n", r0.Bots, r0.Vs)
	}
	if r0.Paired != nil {
		fmt.Fprintf(w, "Adv. base is the mean advantage of %s in its seat, Adv. bots that of the %s delegate in the same seat and game.\n", r0.Vs, r0.Bots)
	}
	fmt.Fprintln(w, "Agreement, in force and the quality measures count only games whose case has a non-empty ZOPA;")
	fmt.Fprintln(w, "welfare (all), social welfare, Nash and Pareto distance in points count a failure at the disagreement point.")
	fmt.Fprintln(w)
	head := fmt.Sprintf("%-17s%-9s%6s%6s%8s%9s%9s%9s%8s%9s%9s%9s", "Family", "Level", "Games", "ZOPA", "Agree", "In force",
		"Welfare", "W. (all)", "Pareto", "Par. pts", "Nash pts", "Social")
	if r0.Paired != nil {
		head += fmt.Sprintf("%11s%11s%10s  %s", "Adv. base", "Adv. bots", "Diff.", "95% CI")
	}
	fmt.Fprintln(w, head)
	for _, r := range reps {
		level, s := r.Bots, &r.Summary
		switch {
		case r.VsAll:
			level = r.Vs
		case r.AllBots != nil:
			s = r.AllBots
		}
		line := fmt.Sprintf("%-17s%-9s%6d%6d%8s%9s%9s%9s%8s%9s%9s%9s", r.Family, level, s.Games, *s.ZOPAGames,
			percent.val(s.AgreementRate), percent.val(s.RatificationRate), fixed3.val(s.WelfareRatio), fixed3.val(s.WelfareAll),
			fixed3.val(s.ParetoDistance), fixed2.val(s.ParetoPoints), fixed2.val(s.NashDistance), fixed2.val(s.SocialWelfare))
		if r.Paired != nil {
			all := r.Paired[len(r.Paired)-1]
			line += fmt.Sprintf("%11s%11s%10s  %s", fixed3.val(all.Baseline), fixed3.val(all.Bots), fixed3.val(all.Difference), fixed3.ci(all.DifferenceCI))
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	played, secs := 0, 0.0
	for _, r := range reps {
		played += r.GamesPlayed
		secs += float64(r.Seconds)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%s in %.2f s of play\n", count(played, "game", "games"), secs)
}

package cli

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"bindingwords/game/sim"
)

// writeTable prints a sim report for people. The speed line comes last, as
// it is the only line that differs between two runs of the same games.
func writeTable(w io.Writer, r *sim.Report) {
	writeHeader(w, r)
	fmt.Fprintln(w)
	cols := []*sim.Summary{&r.Summary}
	titles := []string{""}
	if r.AllBots != nil {
		cols = append(cols, r.AllBots)
		titles = []string{"with " + r.Vs, "all " + r.Bots}
	}
	writeOverall(w, cols, titles, r.Generated > 0)
	fmt.Fprintln(w)
	writeParties(w, r)
	fmt.Fprintln(w)
	writeCommitments(w, r)
	fmt.Fprintln(w)
	writeTexts(w, r)
	if r.Paired != nil {
		fmt.Fprintln(w)
		writePaired(w, r)
	}
	fmt.Fprintln(w)
	cpus := "1 CPU"
	if r.CPUs != 1 {
		cpus = fmt.Sprintf("%d CPUs", r.CPUs)
	}
	fmt.Fprintf(w, "%s in %.2f s: %.0f games/s on %s\n", count(r.GamesPlayed, "game", "games"), float64(r.Seconds), float64(r.GamesPerSecond), cpus)
}

func writeHeader(w io.Writer, r *sim.Report) {
	last := r.Seed + uint64(r.Games) - 1
	if r.Generated > 0 {
		fmt.Fprintf(w, "%s of family %s (seeds %d–%d), %s each, game seeds %d–%d\n",
			count(r.Generated, "generated scenario", "generated scenarios"), r.Family, r.Seed, r.Seed+uint64(r.Generated)-1,
			count(r.PerCase, "game", "games"), r.Seed, last)
	} else {
		fmt.Fprintf(w, "%s (%s): %s, seeds %d–%d\n", r.Title, r.Scenario, count(r.Games, "game", "games"), r.Seed, last)
	}
	writePlayers(w, r)
	if r.Generated > 0 {
		fmt.Fprintf(w, "Non-empty ZOPA: %d of %d games; agreement, in force and the quality measures count only those\n", *r.ZOPAGames, r.Games)
		return
	}
	line := "Delegations: " + strings.Join(r.Taking, ", ")
	switch {
	case len(r.LeftOut) > 0:
		line += " (optional " + strings.Join(r.LeftOut, ", ") + " left out; --all to include)"
	case len(r.Optional) > 0:
		line += " (optional " + strings.Join(r.Optional, ", ") + " included, as on the New-game screen; --core leaves them out)"
	}
	fmt.Fprintln(w, line)
	if ref := r.Reference; ref != nil {
		fmt.Fprintf(w, "Social welfare allowed: %d at the Nash point, %d at the best joint gain, %d with no agreement\n",
			ref.NashWelfare, ref.MaxJointWelfare, ref.DisagreementWelfare)
	}
}

// writePlayers says who sat where, and with --vs what the run is paired
// with.
func writePlayers(w io.Writer, r *sim.Report) {
	bots := r.Bots + " delegates"
	if r.Bots == "mix" {
		bots = "delegates of mixed levels (drawn per game and seat)"
	}
	switch {
	case r.Vs == "":
		fmt.Fprintf(w, "Players: %s in every seat\n", bots)
	case r.VsAll:
		fmt.Fprintf(w, "Players: %s in every seat\n", r.Vs)
	case r.VsSeats == nil:
		fmt.Fprintf(w, "Players: %s in one seat (game i: seat i mod n), %s in the others\n", r.Vs, bots)
	default:
		fmt.Fprintf(w, "Players: %s as %s, %s in the others\n", r.Vs, strings.Join(r.VsSeats, ", "), bots)
	}
	if r.Vs != "" {
		fmt.Fprintf(w, "Paired run: the same games with %s in every seat\n", bots)
	}
}

// A format says how to print a kind of value.
type format int

const (
	percent format = iota // a rate, as 93.2%
	fixed2                // 5.21
	fixed3                // 0.912
)

func (f format) val(x sim.Num) string {
	v := float64(x)
	switch {
	case math.IsNaN(v):
		return "–"
	case f == percent:
		return strconv.FormatFloat(100*v, 'f', 1, 64) + "%"
	case f == fixed2:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}

func (f format) ci(iv sim.Interval) string {
	if math.IsNaN(float64(iv[0])) {
		return ""
	}
	return "[" + f.val(iv[0]) + ", " + f.val(iv[1]) + "]"
}

// cell is a value and its interval, aligned.
func (f format) cell(x sim.Num, iv sim.Interval) string {
	return fmt.Sprintf("%8s  %-18s", f.val(x), f.ci(iv))
}

func writeOverall(w io.Writer, cols []*sim.Summary, titles []string, generated bool) {
	const label = 24
	if len(cols) > 1 {
		line := strings.Repeat(" ", label)
		for _, t := range titles {
			line += fmt.Sprintf("%8s  %-18s", t, "")
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	head := strings.Repeat(" ", label)
	for range cols {
		head += fmt.Sprintf("%8s  %-18s", "value", "95% CI")
	}
	fmt.Fprintln(w, strings.TrimRight(head, " "))
	inForce := "In force (ratified)"
	if generated {
		inForce = "In force"
	}
	rows := []struct {
		name string
		f    format
		get  func(s *sim.Summary) (sim.Num, sim.Interval)
	}{
		{"Agreement (signed)", percent, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.AgreementRate, s.AgreementCI }},
		{inForce, percent, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.RatificationRate, s.RatificationCI }},
		{"Mean rounds", fixed2, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.MeanRounds, s.MeanRoundsCI }},
		{"Games in force", 0, nil},
		{"Welfare ratio", fixed3, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.WelfareRatio, s.WelfareCI }},
		{"Pareto distance", fixed3, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.ParetoDistance, s.ParetoCI }},
		{"Nash ratio", fixed3, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.NashRatio, s.NashCI }},
		{"Mean advantage", fixed3, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.MeanAdvantage, s.MeanAdvantageCI }},
		{"Every game, a failure at the disagreement point:", 0, nil},
		{"Welfare ratio (all)", fixed3, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.WelfareAll, s.WelfareAllCI }},
		{"Social welfare (pts)", fixed2, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.SocialWelfare, s.SocialWelfareCI }},
		{"Nash distance (pts)", fixed2, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.NashDistance, s.NashDistanceCI }},
		{"Pareto dist. (pts)", fixed2, func(s *sim.Summary) (sim.Num, sim.Interval) { return s.ParetoPoints, s.ParetoPointsCI }},
	}
	for _, row := range rows {
		if strings.HasSuffix(row.name, ":") {
			fmt.Fprintln(w, row.name)
			continue
		}
		line := pad(row.name, label)
		for _, s := range cols {
			if row.get == nil {
				line += fmt.Sprintf("%8d  %-18s", s.InForceGames, "")
				continue
			}
			line += row.f.cell(row.get(s))
		}
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
}

func writeParties(w io.Writer, r *sim.Report) {
	width := len("Delegation")
	for _, p := range r.Parties {
		width = max(width, utf8.RuneCountInString(p.Name))
	}
	games := r.Generated > 0 // seats differ in how many games they played
	head := pad("Delegation", width+2)
	if games {
		head += fmt.Sprintf("%7s", "Games")
	}
	head += fmt.Sprintf("%10s  %-18s%12s  %s", "Advantage", "95% CI", "Best placed", "95% CI")
	fmt.Fprintln(w, head)
	for _, p := range r.Parties {
		line := pad(p.Name, width+2)
		if games {
			line += fmt.Sprintf("%7d", p.Games)
		}
		line += fmt.Sprintf("%10s  %-18s%12s  %s", fixed3.val(p.Advantage), fixed3.ci(p.AdvantageCI), percent.val(p.BestPlaced), percent.ci(p.BestPlacedCI))
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	fmt.Fprintln(w, advantageNote)
}

// advantageNote defines the columns under the delegations' table: the mean
// advantage moves little with a small change to a scenario, where best
// placed (winner takes all) can swing, so authors balance on the first.
const advantageNote = `(advantage: points over the delegation's BATNA as a share of the way to its best text,
0 = no better than walking away, 1 = its best; the mean over all games, 0 when no agreement
is in force. Best placed: the share of games in which it had the highest advantage.)`

// writeCommitments prints what each delegation's public commitments came
// to: kept or broken by the text it signed.
func writeCommitments(w io.Writer, r *sim.Report) {
	width := len("Delegation")
	carried := false
	for _, p := range r.Parties {
		width = max(width, utf8.RuneCountInString(p.Name))
		carried = carried || p.Commitments.Carried != nil
	}
	fmt.Fprintln(w, "Public commitments per game (kept or broken: by the text the delegation signed)")
	head := pad("Delegation", width+2) + fmt.Sprintf("%7s%7s%8s", "Made", "Kept", "Broken")
	if carried {
		head += "  Ratifications the boost carried"
	}
	fmt.Fprintln(w, head)
	for _, p := range r.Parties {
		c := p.Commitments
		line := pad(p.Name, width+2) + fmt.Sprintf("%7s%7s%8s", fixed2.val(c.Made), fixed2.val(c.Kept), fixed2.val(c.Broken))
		if c.Carried != nil {
			line += fmt.Sprintf("  %d", *c.Carried)
		}
		fmt.Fprintln(w, line)
	}
}

func writePaired(w io.Writer, r *sim.Report) {
	how := "in the same seat of the same games"
	if r.Generated > 0 {
		how = "in the same seat of the same game"
	}
	fmt.Fprintf(w, "Paired: the advantage of %s against the %s delegate %s\n", r.Vs, r.Bots, how)
	width := len("Seat")
	for _, p := range r.Paired {
		width = max(width, utf8.RuneCountInString(p.Name))
	}
	fmt.Fprintf(w, "%s%6s%10s%10s%12s  %s\n", pad("Seat", width+2), "Games", r.Vs, r.Bots, "Difference", "95% CI")
	for _, p := range r.Paired {
		fmt.Fprintf(w, "%s%6d%10s%10s%12s  %s\n", pad(p.Name, width+2), p.Games,
			fixed3.val(p.Baseline), fixed3.val(p.Bots), fixed3.val(p.Difference), fixed3.ci(p.DifferenceCI))
	}
}

// writeTexts lists the most frequent signed texts.
func writeTexts(w io.Writer, r *sim.Report) {
	if len(r.Texts) == 0 {
		fmt.Fprintln(w, "Most frequent final texts: none, no game was signed")
		return
	}
	fmt.Fprintln(w, "Most frequent final texts (slot=option; out: fell out in brackets)")
	fmt.Fprintf(w, "%6s%8s  %s\n", "Games", "Share", "Text")
	for _, t := range r.Texts {
		fmt.Fprintf(w, "%6d%8s  %s\n", t.Games, percent.val(t.Share), t.Text)
	}
}

func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s + " "
}

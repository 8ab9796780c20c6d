package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A report is what the sim command prints: as JSON with --json, else as a
// table. Rates are fractions from 0 to 1; a value that could not be
// measured (no game in force, say) is null in JSON and "–" in the table.
type report struct {
	Scenario  string   `json:"scenario"` // the scenario's id, or "generated"
	Title     string   `json:"title,omitempty"`
	Generated int      `json:"generated,omitempty"`
	PerCase   int      `json:"games_per_scenario,omitempty"`
	Seed      uint64   `json:"seed"`
	Bots      string   `json:"bots"`
	Vs        string   `json:"vs,omitempty"`
	VsSeats   []string `json:"vs_seats,omitempty"`
	Taking    []string `json:"taking_part,omitempty"`
	LeftOut   []string `json:"left_out,omitempty"`
	summary
	// AllBots and Paired compare a --vs run with the same games played
	// with every seat at the --bots level.
	AllBots        *summary  `json:"all_bots,omitempty"`
	Paired         []pairRow `json:"paired,omitempty"`
	GamesPlayed    int       `json:"games_played"`
	Seconds        num       `json:"seconds"`
	GamesPerSecond num       `json:"games_per_second"`
	CPUs           int       `json:"cpus"`
}

// A summary is one run's results; with --generated, agreement, in force
// and the quality measures count only games with a non-empty ZOPA, and
// ZOPAGames says how many those are.
type summary struct {
	Games            int        `json:"games"`
	ZOPAGames        *int       `json:"zopa_games,omitempty"`
	AgreementRate    num        `json:"agreement_rate"`
	AgreementCI      interval   `json:"agreement_rate_ci95"`
	RatificationRate num        `json:"ratification_rate"`
	RatificationCI   interval   `json:"ratification_rate_ci95"`
	MeanRounds       num        `json:"mean_rounds"`
	MeanRoundsCI     interval   `json:"mean_rounds_ci95"`
	InForceGames     int        `json:"in_force_games"`
	WelfareRatio     num        `json:"welfare_ratio"`
	WelfareCI        interval   `json:"welfare_ratio_ci95"`
	ParetoDistance   num        `json:"pareto_distance"`
	ParetoCI         interval   `json:"pareto_distance_ci95"`
	NashRatio        num        `json:"nash_ratio"`
	NashCI           interval   `json:"nash_ratio_ci95"`
	MeanAdvantage    num        `json:"mean_advantage"`
	MeanAdvantageCI  interval   `json:"mean_advantage_ci95"`
	Parties          []partyRow `json:"parties"`
}

// A partyRow is one delegation's results (with --generated, one seat's).
type partyRow struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Games        int      `json:"games"`
	Advantage    num      `json:"advantage"`
	AdvantageCI  interval `json:"advantage_ci95"`
	BestPlaced   num      `json:"best_placed"`
	BestPlacedCI interval `json:"best_placed_ci95"`
}

// A pairRow compares the baseline's mean advantage in a seat with the
// bots' in the same seat and games; Seat "all" pools every seat.
type pairRow struct {
	Seat         string   `json:"seat"`
	Name         string   `json:"name"`
	Games        int      `json:"games"`
	Baseline     num      `json:"baseline_advantage"`
	BaselineCI   interval `json:"baseline_advantage_ci95"`
	Bots         num      `json:"bots_advantage"`
	BotsCI       interval `json:"bots_advantage_ci95"`
	Difference   num      `json:"difference"`
	DifferenceCI interval `json:"difference_ci95"`
}

// num is a measured value: rounded to six decimals in JSON, null if NaN.
type num float64

func (x num) MarshalJSON() ([]byte, error) {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, math.Round(f*1e6)/1e6, 'f', -1, 64), nil
}

// An interval is a 95% confidence interval, [low, high] in JSON, or null.
type interval [2]num

var noInterval = interval{num(math.NaN()), num(math.NaN())}

func (iv interval) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(iv[0])) {
		return []byte("null"), nil
	}
	return json.Marshal([2]num(iv))
}

// newReport starts the report of a run from its main tally.
func (s *sim) newReport(t *tally) *report {
	c := s.cfg
	r := &report{Seed: c.seed, Bots: c.bots, Vs: c.vs, VsSeats: c.vsSeats, summary: t.summary()}
	if s.fixed == nil {
		r.Scenario, r.Generated, r.PerCase = "generated", c.generated, c.games
		return r
	}
	sc := s.fixed.sc
	r.Scenario, r.Title = sc.ID, sc.Title
	for p := range sc.Parties {
		if slices.Contains(s.fixed.parties, p) {
			r.Taking = append(r.Taking, sc.Parties[p].ID)
		} else {
			r.LeftOut = append(r.LeftOut, sc.Parties[p].ID)
		}
	}
	return r
}

func (r *report) writeJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// writeTable prints the report for people. The speed line comes last, as
// it is the only line that differs between two runs of the same games.
func (r *report) writeTable(w io.Writer) {
	r.writeHeader(w)
	fmt.Fprintln(w)
	cols := []*summary{&r.summary}
	titles := []string{""}
	if r.AllBots != nil {
		cols = append(cols, r.AllBots)
		titles = []string{"with " + r.Vs, "all " + r.Bots}
	}
	writeOverall(w, cols, titles, r.Generated > 0)
	fmt.Fprintln(w)
	r.writeParties(w)
	if r.Paired != nil {
		fmt.Fprintln(w)
		r.writePaired(w)
	}
	fmt.Fprintln(w)
	cpus := "1 CPU"
	if r.CPUs != 1 {
		cpus = fmt.Sprintf("%d CPUs", r.CPUs)
	}
	fmt.Fprintf(w, "%s in %.2f s: %.0f games/s on %s\n", count(r.GamesPlayed, "game", "games"), float64(r.Seconds), float64(r.GamesPerSecond), cpus)
}

func (r *report) writeHeader(w io.Writer) {
	last := r.Seed + uint64(r.Games) - 1
	if r.Generated > 0 {
		fmt.Fprintf(w, "%s (scengen.Narrow, seeds %d–%d), %s each, game seeds %d–%d\n",
			count(r.Generated, "generated scenario", "generated scenarios"), r.Seed, r.Seed+uint64(r.Generated)-1,
			count(r.PerCase, "game", "games"), r.Seed, last)
	} else {
		fmt.Fprintf(w, "%s (%s): %s, seeds %d–%d\n", r.Title, r.Scenario, count(r.Games, "game", "games"), r.Seed, last)
	}
	bots := r.Bots + " delegates"
	if r.Bots == "mix" {
		bots = "delegates of mixed levels (drawn per game and seat)"
	}
	switch {
	case r.Vs == "":
		fmt.Fprintf(w, "Players: %s in every seat\n", bots)
	case r.VsSeats == nil:
		fmt.Fprintf(w, "Players: %s in one seat (game i: seat i mod n), %s in the others\n", r.Vs, bots)
	default:
		fmt.Fprintf(w, "Players: %s as %s, %s in the others\n", r.Vs, strings.Join(r.VsSeats, ", "), bots)
	}
	if r.Vs != "" {
		fmt.Fprintf(w, "Paired run: the same games with %s in every seat\n", bots)
	}
	if r.Generated > 0 {
		fmt.Fprintf(w, "Non-empty ZOPA: %d of %d games; agreement, in force and the quality measures count only those\n", *r.ZOPAGames, r.Games)
		return
	}
	line := "Taking part: " + strings.Join(r.Taking, ", ")
	if len(r.LeftOut) > 0 {
		line += " (left out: " + strings.Join(r.LeftOut, ", ") + "; --all adds them)"
	}
	fmt.Fprintln(w, line)
}

// A format says how to print a kind of value.
type format int

const (
	percent format = iota // a rate, as 93.2%
	fixed2                // 5.21
	fixed3                // 0.912
)

func (f format) val(x num) string {
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

func (f format) ci(iv interval) string {
	if math.IsNaN(float64(iv[0])) {
		return ""
	}
	return "[" + f.val(iv[0]) + ", " + f.val(iv[1]) + "]"
}

// cell is a value and its interval, aligned.
func (f format) cell(x num, iv interval) string {
	return fmt.Sprintf("%8s  %-18s", f.val(x), f.ci(iv))
}

func writeOverall(w io.Writer, cols []*summary, titles []string, generated bool) {
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
		get  func(s *summary) (num, interval)
	}{
		{"Agreement (signed)", percent, func(s *summary) (num, interval) { return s.AgreementRate, s.AgreementCI }},
		{inForce, percent, func(s *summary) (num, interval) { return s.RatificationRate, s.RatificationCI }},
		{"Mean rounds", fixed2, func(s *summary) (num, interval) { return s.MeanRounds, s.MeanRoundsCI }},
		{"Games in force", 0, nil},
		{"Welfare ratio", fixed3, func(s *summary) (num, interval) { return s.WelfareRatio, s.WelfareCI }},
		{"Pareto distance", fixed3, func(s *summary) (num, interval) { return s.ParetoDistance, s.ParetoCI }},
		{"Nash ratio", fixed3, func(s *summary) (num, interval) { return s.NashRatio, s.NashCI }},
		{"Mean advantage", fixed3, func(s *summary) (num, interval) { return s.MeanAdvantage, s.MeanAdvantageCI }},
	}
	for _, row := range rows {
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

func (r *report) writeParties(w io.Writer) {
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
}

func (r *report) writePaired(w io.Writer) {
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

func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s + " "
}

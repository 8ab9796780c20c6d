package sim

import (
	"encoding/json"
	"io"
	"math"
	"slices"
	"strconv"
)

// A Report is what a run found; the sim command prints it as JSON with
// --json, else as a table. Rates are fractions from 0 to 1; a value that
// could not be measured (no game in force, say) is NaN, null in JSON and
// "–" in the table.
type Report struct {
	Scenario  string   `json:"scenario"` // the scenario's id, or "generated"
	Title     string   `json:"title,omitempty"`
	Generated int      `json:"generated,omitempty"`
	Family    string   `json:"family,omitempty"` // with Generated
	PerCase   int      `json:"games_per_scenario,omitempty"`
	Seed      uint64   `json:"seed"`
	Bots      string   `json:"bots"`
	Vs        string   `json:"vs,omitempty"`
	VsSeats   []string `json:"vs_seats,omitempty"`
	VsAll     bool     `json:"vs_all,omitempty"`
	Taking    []string `json:"taking_part,omitempty"`
	LeftOut   []string `json:"left_out,omitempty"`
	// Optional lists the optional parties taking part.
	Optional []string `json:"optional_taking_part,omitempty"`
	// Reference marks the social welfare of a scenario run: at the Nash
	// point, at the best joint gain and with no agreement (nil with
	// Generated, whose cases differ).
	Reference *Reference `json:"reference,omitempty"`
	Summary
	// AllBots and Paired compare a Vs run with the same games played
	// with every seat at the Bots level.
	AllBots        *Summary  `json:"all_bots,omitempty"`
	Paired         []PairRow `json:"paired,omitempty"`
	GamesPlayed    int       `json:"games_played"`
	Seconds        Num       `json:"seconds"`
	GamesPerSecond Num       `json:"games_per_second"`
	CPUs           int       `json:"cpus"`
	// signed is per game, in game order, whether it ended signed: what
	// RunVariants pairs a variant's games with the file's by.
	signed []bool
}

// A Summary is one run's results; with Generated, agreement, in force
// and the quality measures count only games with a non-empty ZOPA, and
// ZOPAGames says how many those are.
type Summary struct {
	Games            int      `json:"games"`
	ZOPAGames        *int     `json:"zopa_games,omitempty"`
	AgreementRate    Num      `json:"agreement_rate"`
	AgreementCI      Interval `json:"agreement_rate_ci95"`
	RatificationRate Num      `json:"ratification_rate"`
	RatificationCI   Interval `json:"ratification_rate_ci95"`
	MeanRounds       Num      `json:"mean_rounds"`
	MeanRoundsCI     Interval `json:"mean_rounds_ci95"`
	InForceGames     int      `json:"in_force_games"`
	WelfareRatio     Num      `json:"welfare_ratio"`
	WelfareCI        Interval `json:"welfare_ratio_ci95"`
	ParetoDistance   Num      `json:"pareto_distance"`
	ParetoCI         Interval `json:"pareto_distance_ci95"`
	NashRatio        Num      `json:"nash_ratio"`
	NashCI           Interval `json:"nash_ratio_ci95"`
	// SocialWelfare (the sum of the raw scores of the parties taking
	// part), NashDistance (to the Nash point) and ParetoPoints (to the
	// nearest frontier vector), both Euclidean in raw points, are the
	// automated-negotiation field's measures: means over every game
	// counted, a failure measured at the disagreement point.
	SocialWelfare   Num      `json:"social_welfare"`
	SocialWelfareCI Interval `json:"social_welfare_ci95"`
	// WelfareAll is the welfare ratio over every game counted, a failure
	// at 0 (the disagreement point's joint gain).
	WelfareAll      Num        `json:"welfare_ratio_all_games"`
	WelfareAllCI    Interval   `json:"welfare_ratio_all_games_ci95"`
	NashDistance    Num        `json:"nash_distance"`
	NashDistanceCI  Interval   `json:"nash_distance_ci95"`
	ParetoPoints    Num        `json:"pareto_distance_points"`
	ParetoPointsCI  Interval   `json:"pareto_distance_points_ci95"`
	MeanAdvantage   Num        `json:"mean_advantage"`
	MeanAdvantageCI Interval   `json:"mean_advantage_ci95"`
	Parties         []PartyRow `json:"parties"`
	// Texts are the most frequent signed texts, at most TopTexts, most
	// frequent first (ties in the order of the text).
	Texts []TextRow `json:"top_texts"`
}

// A PartyRow is one delegation's results (with --generated, one seat's).
type PartyRow struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Games        int      `json:"games"`
	Advantage    Num      `json:"advantage"`
	AdvantageCI  Interval `json:"advantage_ci95"`
	BestPlaced   Num      `json:"best_placed"`
	BestPlacedCI Interval `json:"best_placed_ci95"`
	// Commitments is what its public commitments came to.
	Commitments Commitments `json:"commitments"`
}

// A PairRow compares the baseline's mean advantage in a seat with the
// bots' in the same seat and games; Seat "all" pools every seat.
type PairRow struct {
	Seat         string   `json:"seat"`
	Name         string   `json:"name"`
	Games        int      `json:"games"`
	Baseline     Num      `json:"baseline_advantage"`
	BaselineCI   Interval `json:"baseline_advantage_ci95"`
	Bots         Num      `json:"bots_advantage"`
	BotsCI       Interval `json:"bots_advantage_ci95"`
	Difference   Num      `json:"difference"`
	DifferenceCI Interval `json:"difference_ci95"`
}

// Reference is what the scenario allows, in the units of the field's
// measures: the social welfare at the Nash point, at the text of the best
// joint gain, and at the disagreement point (no agreement). Nash and
// MaxJoint are the disagreement point's when the ZOPA is empty.
type Reference struct {
	NashWelfare         int `json:"nash_social_welfare"`
	MaxJointWelfare     int `json:"max_joint_social_welfare"`
	DisagreementWelfare int `json:"disagreement_social_welfare"`
}

// Num is a measured value: rounded to six decimals in JSON, null if NaN.
type Num float64

// MarshalJSON writes x rounded to six decimals, or null if it is NaN.
func (x Num) MarshalJSON() ([]byte, error) {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, math.Round(f*1e6)/1e6, 'f', -1, 64), nil
}

// An Interval is a 95% confidence interval, [low, high] in JSON, or null.
type Interval [2]Num

var noInterval = Interval{Num(math.NaN()), Num(math.NaN())}

// MarshalJSON writes iv as [low, high], or null if it has no ends.
func (iv Interval) MarshalJSON() ([]byte, error) {
	if math.IsNaN(float64(iv[0])) {
		return []byte("null"), nil
	}
	return json.Marshal([2]Num(iv))
}

// newReport starts the report of a run from its main tally.
func (s *sim) newReport(t *tally) *Report {
	c := s.cfg
	r := &Report{Seed: c.Seed, Bots: c.Bots, Vs: c.Vs, VsSeats: c.VsSeats, VsAll: c.VsAll, Summary: t.summary()}
	if s.fixed == nil {
		r.Scenario, r.Generated, r.PerCase, r.Family = "generated", c.Generated, c.Games, c.Family
		return r
	}
	sc := s.fixed.sc
	r.Scenario, r.Title = sc.ID, sc.Title
	an := s.fixed.an
	sum := func(scores []int) int {
		w := 0
		for _, p := range an.Parties {
			w += scores[p]
		}
		return w
	}
	r.Reference = &Reference{NashWelfare: sum(an.NashScores()), MaxJointWelfare: sum(an.Disagreement()), DisagreementWelfare: sum(an.Disagreement())}
	if an.MaxJoint != nil {
		r.Reference.MaxJointWelfare = sum(an.MaxJoint.Scores)
	}
	for p := range sc.Parties {
		if slices.Contains(s.fixed.parties, p) {
			r.Taking = append(r.Taking, sc.Parties[p].ID)
			if sc.Parties[p].Optional {
				r.Optional = append(r.Optional, sc.Parties[p].ID)
			}
		} else {
			r.LeftOut = append(r.LeftOut, sc.Parties[p].ID)
		}
	}
	return r
}

// WriteJSON writes r as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

package classsim

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// GoalMinutes is the goal: a six-round game's play within half an
// hour, leaving 5 minutes of a 45-minute lesson for the briefing and 10
// for the debrief.
const GoalMinutes = 30

// Spread is a figure over the games: its mean and its worst (largest).
type Spread struct{ Mean, Worst, Best float64 }

func spreadOf(xs []float64) Spread {
	if len(xs) == 0 {
		return Spread{}
	}
	s := Spread{Worst: slices.Max(xs), Best: slices.Min(xs)}
	for _, x := range xs {
		s.Mean += x
	}
	s.Mean /= float64(len(xs))
	return s
}

// Summary is a report's figures, in class minutes unless named otherwise.
type Summary struct {
	Games int
	// Rounds[r] is round r+1 over the games; Round every round together.
	Rounds  []Spread
	Round   Spread
	Signing Spread
	Game    Spread
	// Kinds is each kind of step, in class seconds, with the slowest
	// decision drawn for it (what it would take with a host that took no
	// time).
	Kinds []KindFigures
	// VotesPerRound is the items put to the vote in a round, on average;
	// TableShare the share of windows in which a team tabled.
	VotesPerRound, TableShare, YesShare float64
	// Answer is a move's time from sent to the host's answer on the
	// team's device, in real time; Close the time from the last team's
	// choice in a step to the projector showing the next step.
	Answer, Close Percentiles
	Choices, Cut  int
	// CutBy counts the choices cut, by kind of step.
	CutBy      [4]int
	Refused    int
	Agreements int
	InForce    int
	Caps       []CapFigures
}

// KindFigures is one kind of step over the games, in class seconds.
type KindFigures struct {
	Kind          StepKind
	N             int
	Secs, Slowest Spread
	TeamsPerStep  float64
	Overhead      float64 // mean of measured − slowest drawn
}

// CapFigures is what a round timer would have cut, over the games.
type CapFigures struct {
	Minutes                              int
	Game                                 Spread // class minutes
	RoundsCut, Rounds                    int
	Tablings, Votes, Statements          int
	GamesCut                             int
	TablingsMade, VotesHeld, Statements0 int // what was played in all, for scale
}

// Percentiles are real durations.
type Percentiles struct {
	N             int
	P50, P95, Max time.Duration
}

func percentiles(ds []time.Duration) Percentiles {
	if len(ds) == 0 {
		return Percentiles{}
	}
	slices.Sort(ds)
	at := func(q float64) time.Duration { return ds[min(len(ds)-1, int(q*float64(len(ds))))] }
	return Percentiles{N: len(ds), P50: at(0.5), P95: at(0.95), Max: ds[len(ds)-1]}
}

func (p Percentiles) String() string {
	if p.N == 0 {
		return "no samples"
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
	return fmt.Sprintf("p50 %s  p95 %s  max %s  (n=%d)", ms(p.P50), ms(p.P95), ms(p.Max), p.N)
}

// Summarize works out r's figures.
func (r *Report) Summarize() Summary {
	s := Summary{Games: len(r.Timings)}
	var rounds [][]float64
	var all, signing, total []float64
	kinds := make([]struct {
		secs, slowest []float64
		teams, over   float64
	}, 4)
	var answers, closes []time.Duration
	tables, windows, yes, votes, voteSteps, roundsPlayed := 0, 0, 0, 0, 0, 0
	for gi, t := range r.Timings {
		for i, x := range t.Rounds {
			for len(rounds) <= i {
				rounds = append(rounds, nil)
			}
			rounds[i] = append(rounds[i], x/60)
			all = append(all, x/60)
		}
		roundsPlayed += len(t.Rounds)
		signing = append(signing, t.Signing/60)
		total = append(total, t.Total/60)
		if t.Agreement {
			s.Agreements++
		}
		if t.InForce {
			s.InForce++
		}
		for _, st := range t.Steps {
			k := &kinds[st.Key.Kind]
			k.secs = append(k.secs, st.Secs)
			k.slowest = append(k.slowest, st.Slowest)
			k.teams += float64(st.Teams)
			k.over += st.Secs - st.Slowest
			if st.Key.Kind == Vote {
				voteSteps++
			}
		}
		for _, st := range r.Games[gi].Steps {
			var last time.Time
			complete := true
			for _, ch := range st.Choices {
				s.Choices++
				if ch.Refused != "" {
					s.Refused++
				}
				if ch.Cut {
					s.Cut++
					s.CutBy[st.Key.Kind]++
					complete = false
					continue
				}
				answers = append(answers, ch.Answered.Sub(ch.Sent))
				if ch.Sent.After(last) {
					last = ch.Sent
				}
				switch ch.What {
				case "table":
					tables++
					windows++
				case "pass":
					windows++
				case "yes":
					yes++
					votes++
				case "no":
					votes++
				}
			}
			if complete && !last.IsZero() {
				closes = append(closes, st.End.Sub(last))
			}
		}
	}
	for _, x := range rounds {
		s.Rounds = append(s.Rounds, spreadOf(x))
	}
	s.Round, s.Signing, s.Game = spreadOf(all), spreadOf(signing), spreadOf(total)
	for k := range kinds {
		n := len(kinds[k].secs)
		if n == 0 {
			continue
		}
		s.Kinds = append(s.Kinds, KindFigures{Kind: StepKind(k), N: n, Secs: spreadOf(kinds[k].secs), Slowest: spreadOf(kinds[k].slowest),
			TeamsPerStep: kinds[k].teams / float64(n), Overhead: kinds[k].over / float64(n)})
	}
	if roundsPlayed > 0 {
		s.VotesPerRound = float64(voteSteps) / float64(roundsPlayed)
	}
	if windows > 0 {
		s.TableShare = float64(tables) / float64(windows)
	}
	if votes > 0 {
		s.YesShare = float64(yes) / float64(votes)
	}
	s.Answer, s.Close = percentiles(answers), percentiles(closes)
	for _, m := range r.Cfg.Caps {
		cf := CapFigures{Minutes: m, Rounds: roundsPlayed, TablingsMade: tables, VotesHeld: voteSteps}
		var games []float64
		for _, t := range r.Timings {
			c := capAt(t, m)
			games = append(games, c.Total/60)
			cf.RoundsCut += c.RoundsCut
			cf.Tablings += c.Tablings
			cf.Votes += c.Votes
			cf.Statements += c.Statements
			if c.RoundsCut > 0 {
				cf.GamesCut++
			}
		}
		cf.Statements0 = roundsPlayed * len(r.Cfg.Parties)
		cf.Game = spreadOf(games)
		s.Caps = append(s.Caps, cf)
	}
	return s
}

// Fits reports whether every game's play fits the goal (for six rounds).
func (s Summary) Fits() bool { return s.Game.Worst <= GoalMinutes }

// Print writes the report's figures as a table of class minutes.
func (r *Report) Print(w io.Writer) {
	s := r.Summarize()
	cfg := r.Cfg
	rounds := 0
	if len(r.Timings) > 0 {
		rounds = len(r.Timings[0].Rounds)
	}
	timer := "none (teams always answer within their drawn time)"
	if cfg.TimerMinutes > 0 {
		timer = fmt.Sprintf("%d class minutes a round (the host's real timer)", cfg.TimerMinutes)
	}
	tm := cfg.Times
	pace, devices := "together pace", "one device each"
	if cfg.Turns {
		pace, devices = "turn pace (one screen)", "taking turns"
	}
	fmt.Fprintf(w, "classsim: The Berlin Guarantees, %s, on the real host (loopback, own process)\n", pace)
	fmt.Fprintf(w, "  teams                 %d human teams, %s: %s\n", len(cfg.Parties), devices, strings.Join(cfg.Parties, ", "))
	if len(cfg.AI) > 0 {
		fmt.Fprintf(w, "  AI delegates          %s (normal; their moves at once)\n", strings.Join(cfg.AI, ", "))
	}
	if h := cfg.Times.Handover; h.Max > 0 {
		fmt.Fprintf(w, "  handover              %s class s added to every decision (passing one screen)\n", span(h))
	}
	fmt.Fprintf(w, "  decision times        vote %s, table %s (or pass %s), press %s, sign %s class s; tables in %s of windows\n",
		span(tm.Vote), span(tm.Table), span(tm.Pass), span(tm.Press), span(tm.Sign), pct(tm.TableChance))
	fmt.Fprintf(w, "  games                 %d (seeds %d–%d), %d rounds, %d at once\n", s.Games, cfg.Seed, cfg.Seed+uint64(s.Games)-1, rounds, min(cfg.Parallel, s.Games))
	fmt.Fprintf(w, "  scale                 1 class second = %v of wall time (run took %v)\n", cfg.Scale, r.Wall.Round(time.Second/10))
	fmt.Fprintf(w, "  round timer           %s\n\n", timer)

	fmt.Fprintf(w, "  class minutes         mean   worst   best\n")
	for i, x := range s.Rounds {
		fmt.Fprintf(w, "  round %-2d              %4.1f   %5.1f   %4.1f\n", i+1, x.Mean, x.Worst, x.Best)
	}
	fmt.Fprintf(w, "  any round             %4.1f   %5.1f   %4.1f\n", s.Round.Mean, s.Round.Worst, s.Round.Best)
	fmt.Fprintf(w, "  signing               %4.1f   %5.1f   %4.1f\n", s.Signing.Mean, s.Signing.Worst, s.Signing.Best)
	fmt.Fprintf(w, "  whole game            %4.1f   %5.1f   %4.1f\n\n", s.Game.Mean, s.Game.Worst, s.Game.Best)

	fmt.Fprintf(w, "  steps (class s)       n     mean  worst   slowest drawn (mean)  teams  overhead\n")
	for _, k := range s.Kinds {
		fmt.Fprintf(w, "  %-20s  %-4d  %5.1f  %5.1f   %5.1f                 %4.1f   %+.2f s\n", k.Kind, k.N, k.Secs.Mean, k.Secs.Worst, k.Slowest.Mean, k.TeamsPerStep, k.Overhead)
	}
	fmt.Fprintf(w, "\n  items voted a round   %.2f (teams tabled in %.0f%% of windows; votes yes %.0f%%)\n", s.VotesPerRound, 100*s.TableShare, 100*s.YesShare)
	fmt.Fprintf(w, "  outcome               agreement in %d of %d games, in force in %d\n", s.Agreements, s.Games, s.InForce)
	fmt.Fprintf(w, "  choices               %d (refused %d, cut by the timer %d", s.Choices, s.Refused, s.Cut)
	if s.Cut > 0 {
		var by []string
		for k, n := range s.CutBy {
			if n > 0 {
				by = append(by, fmt.Sprintf("%v %d", StepKind(k), n))
			}
		}
		fmt.Fprintf(w, ": %s", strings.Join(by, ", "))
	}
	fmt.Fprintln(w, ")")
	fmt.Fprintf(w, "  host, move → answer   %v (real time)\n", s.Answer)
	fmt.Fprintf(w, "  host, last choice → next step on the projector   %v (real time)\n", s.Close)
	if len(s.Caps) > 0 {
		fmt.Fprintf(w, "\n  a round timer would cap (from these games' own times; a cut round makes\n  every team still choosing pass, vote no, or say nothing):\n")
		fmt.Fprintf(w, "  timer   game mean  worst   rounds cut      games cut  amendments lost  items decided by the clock  statements lost\n")
		for _, c := range s.Caps {
			fmt.Fprintf(w, "  %d min   %5.1f     %5.1f   %3d of %-3d (%2.0f%%)  %2d of %-2d   %3d of %-3d        %3d of %-3d                  %3d of %-3d\n",
				c.Minutes, c.Game.Mean, c.Game.Worst, c.RoundsCut, c.Rounds, 100*float64(c.RoundsCut)/float64(max(c.Rounds, 1)),
				c.GamesCut, s.Games, c.Tablings, c.TablingsMade, c.Votes, c.VotesHeld, c.Statements, c.Statements0)
		}
	}
	if rounds == 6 {
		verdict := "met"
		switch {
		case s.Game.Worst > GoalMinutes && s.Game.Mean <= GoalMinutes:
			verdict = fmt.Sprintf("met on average, missed by the worst game by %.1f min", s.Game.Worst-GoalMinutes)
		case s.Game.Mean > GoalMinutes:
			verdict = fmt.Sprintf("missed by %.1f min on average, %.1f min in the worst game", s.Game.Mean-GoalMinutes, s.Game.Worst-GoalMinutes)
		}
		fmt.Fprintf(w, "\n  goal: 6 rounds' play within %d min   %s (mean %.1f, worst %.1f)\n", GoalMinutes, verdict, s.Game.Mean, s.Game.Worst)
	}
}

func span(s Span) string { return fmt.Sprintf("%g–%g", s.Min, s.Max) }

func pct(s Span) string { return fmt.Sprintf("%g–%g%%", 100*s.Min, 100*s.Max) }

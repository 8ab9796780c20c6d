package classsim

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// Exit statuses of [Main].
const (
	ExitOK     = 0
	ExitFailed = 1 // a game could not be played to its end, or the time bound
	ExitUsage  = 2
	ExitMissed = 3 // played cleanly, but six rounds' play did not fit the goal
)

// Main is the classsim command: it parses args, plays the class, prints
// the figures to stdout and returns the exit status. The command that
// calls it must call [ServeIfAsked] first.
func Main(args []string, stdout, stderr io.Writer) int {
	cfg := Config{Times: IssueTimes()}
	fs := flag.NewFlagSet("classsim", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&cfg.Games, "games", 30, "games to play (seeds -seed, -seed+1, …)")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "the first game's seed")
	fs.IntVar(&cfg.Rounds, "rounds", 0, "rounds a game (0: the scenario's 6)")
	fs.DurationVar(&cfg.Scale, "scale", 25*time.Millisecond, "wall time of one class second")
	fs.IntVar(&cfg.TimerMinutes, "timer", 0, "a real round timer of this many class minutes (its wall time, minutes × 60 × scale, must be whole minutes)")
	fs.IntVar(&cfg.Parallel, "parallel", 30, "games played at once, each at its own table")
	caps := fs.String("caps", "3,4,5,6", "round timers (class minutes) to say what each would cut")
	parties := fs.String("parties", strings.Join(DefaultParties, ","), "the delegations played by teams; the others are left out")
	ai := fs.String("ai", "", "delegations played by normal AI delegates (moves at once), e.g. for a solo student")
	turns := fs.Bool("turns", false, "the turn pace of one screen (hot-seat, solo): one delegation at a time")
	handover := fs.String("handover", "", "MIN,MAX class seconds added to every decision for passing one screen between teams, e.g. 10,20")
	timeout := fs.Duration("timeout", 15*time.Minute, "the run's time bound")
	verbose := fs.Bool("v", false, "list every game's rounds")
	slower := fs.Float64("slower", 1, "multiply every decision time by this (1.25: a class a quarter slower than the issue's times)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "classsim: unexpected argument %q\n", fs.Arg(0))
		return ExitUsage
	}
	if cfg.Games < 1 || cfg.Scale <= 0 || cfg.Rounds < 0 || cfg.TimerMinutes < 0 {
		fmt.Fprintln(stderr, "classsim: -games and -scale must be positive, -rounds and -timer not negative")
		return ExitUsage
	}
	if _, err := hostTimer(cfg); err != nil {
		fmt.Fprintln(stderr, "classsim:", err)
		return ExitUsage
	}
	if !(*slower > 0) {
		fmt.Fprintln(stderr, "classsim: -slower must be positive")
		return ExitUsage
	}
	if *handover != "" {
		a, b, ok := strings.Cut(*handover, ",")
		lo, err1 := strconv.ParseFloat(a, 64)
		hi, err2 := strconv.ParseFloat(b, 64)
		if !ok || err1 != nil || err2 != nil || lo < 0 || hi < lo {
			fmt.Fprintf(stderr, "classsim: -handover %q: want MIN,MAX class seconds, e.g. 10,20\n", *handover)
			return ExitUsage
		}
		cfg.Times.Handover = Span{lo, hi}
	}
	cfg.Times = cfg.Times.Slower(*slower)
	cfg.Parties = strings.Split(*parties, ",")
	if *ai != "" {
		cfg.AI = strings.Split(*ai, ",")
	}
	cfg.Turns = *turns
	for _, c := range strings.Split(*caps, ",") {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		m, err := strconv.Atoi(c)
		if err != nil || m < 1 {
			fmt.Fprintf(stderr, "classsim: -caps: %q is not a number of minutes\n", c)
			return ExitUsage
		}
		cfg.Caps = append(cfg.Caps, m)
	}
	cfg.Log = stderr
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	// Whatever hangs, the run ends: the host process dies with this one.
	watchdog := time.AfterFunc(*timeout+30*time.Second, func() {
		fmt.Fprintf(stderr, "classsim: still running 30s after the time bound of %v; giving up\n", *timeout)
		os.Exit(ExitFailed)
	})
	defer watchdog.Stop()
	r, err := Run(ctx, cfg)
	if err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("could not finish within %v: %w", *timeout, err)
		}
		fmt.Fprintln(stderr, "classsim: FAILED:", err)
		return ExitFailed
	}
	r.Print(stdout)
	if *verbose {
		r.PrintGames(stdout)
	}
	s := r.Summarize()
	// With no timer nothing may cut a team short, and the teams only make
	// moves their devices show as legal: the host must take every one.
	if (s.Cut > 0 || s.Refused > 0) && cfg.TimerMinutes == 0 {
		fmt.Fprintf(stderr, "classsim: FAILED: with no round timer, %d choices were cut and %d refused\n", s.Cut, s.Refused)
		return ExitFailed
	}
	if len(s.Rounds) == 6 && !s.Fits() {
		return ExitMissed
	}
	return ExitOK
}

// PrintGames lists every game's rounds in class minutes.
func (r *Report) PrintGames(w io.Writer) {
	fmt.Fprintf(w, "\n  seed  rounds (class minutes)                     signing  game   items voted  agreement\n")
	for _, t := range r.Timings {
		var rs []string
		for _, x := range t.Rounds {
			rs = append(rs, fmt.Sprintf("%4.1f", x/60))
		}
		votes := 0
		for _, s := range t.Steps {
			if s.Key.Kind == Vote {
				votes++
			}
		}
		agreement := "no"
		switch {
		case t.InForce:
			agreement = "in force"
		case t.Agreement:
			agreement = "formed, not ratified"
		}
		fmt.Fprintf(w, "  %-4d  %-42s  %4.1f     %4.1f   %-11d  %s\n", t.Seed, strings.Join(rs, " "), t.Signing/60, t.Total/60, votes, agreement)
	}
}

// Package classsim plays a scripted class on the real classroom host and
// measures how long its game takes in class time. Five teams of people,
// each on its own device (the Go test client, over real WebSockets on
// loopback), play The Berlin Guarantees at the together pace; each team's
// decisions take times drawn from the seed (see [IssueTimes]). The teams
// think in parallel, one goroutine each, and a spectator's device (the
// projector) notes when each step of the game opens.
//
// So that a class of half an hour runs in a minute, a class second is a
// scaled-down stretch of wall time ([Config].Scale): every wait a team
// makes is scaled, and the minutes are the wall clock of the run turned
// back into class time. The host's own latencies are real (and reported
// apart). The host's round timer counts real minutes and cannot be
// scaled with the rest, so the measured class has no timer, its teams
// always answer in their drawn time, and [capAt] says what a timer of N
// minutes would have cut; [Config].TimerMinutes runs a real timer where
// the scale makes it whole minutes of wall time.
//
// The host runs in a child process (this program, started again with
// [ServeIfAsked]'s flag), as internal/hostload runs it. See
// docs/class-timing.md and scripts/class.sh.
package classsim

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// Config is a scripted class.
type Config struct {
	// Games is how many games to play, with seeds Seed, Seed+1, …
	Games int
	Seed  uint64
	// Rounds is the game's number of rounds (0: the scenario's six).
	Rounds int
	// Scale is the wall time of one class second.
	Scale time.Duration
	// TimerMinutes is a round timer in class minutes (0: none). Its wall
	// time, TimerMinutes × 60 × Scale, must be whole minutes: the host's
	// timer counts real minutes.
	TimerMinutes int
	// Parties are the delegations the teams play (the others are left
	// out); nil is berlin's five core delegations.
	Parties []string
	// AI are delegations played by normal AI delegates, their moves made
	// at once (a solo student skips the window's pacing with Space).
	AI []string
	// Turns plays at the turn pace of one screen (hot-seat or solo): one
	// delegation tables at a time instead of every team at once, and the
	// teams share one screen, so that every decision (votes and press
	// statements too, which the host takes from all at once) waits for
	// the one before it.
	Turns bool
	Times Times
	// Parallel is how many games are played at once (on one host, each at
	// its own table).
	Parallel int
	// Caps are round timers, in class minutes, to say what each would cut.
	Caps []int
	// Log, when set, gets a line as each game ends.
	Log io.Writer
}

// DefaultParties are berlin's five core delegations.
var DefaultParties = []string{"us", "ukraine", "germany", "france", "poland"}

// Report is what a scripted class measured.
type Report struct {
	Cfg     Config
	Games   []*Game
	Timings []Timing
	// Wall is the run's wall time.
	Wall time.Duration
}

// hostTimer is the host's timer in real minutes for cfg's class minutes.
func hostTimer(cfg Config) (int, error) {
	if cfg.TimerMinutes <= 0 {
		return 0, nil
	}
	wall := time.Duration(cfg.TimerMinutes) * 60 * cfg.Scale
	if wall%time.Minute != 0 || wall < time.Minute {
		return 0, fmt.Errorf("a %d-minute round timer at a class second of %v is %v of wall time: the host's timer needs whole minutes (try a scale of %v)",
			cfg.TimerMinutes, cfg.Scale, wall, time.Second/time.Duration(cfg.TimerMinutes))
	}
	return int(wall / time.Minute), nil
}

// Run plays cfg's games on a host of their own and measures them.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Games < 1 || cfg.Scale <= 0 {
		return nil, errors.New("classsim: at least one game, and a positive scale")
	}
	if cfg.Parties == nil {
		cfg.Parties = DefaultParties
	}
	if cfg.Times == (Times{}) {
		cfg.Times = IssueTimes()
	}
	cfg.Parallel = max(cfg.Parallel, 1)
	timer, err := hostTimer(cfg)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "classsim-saves-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	h, err := startHost("-saves", dir)
	if err != nil {
		return nil, err
	}
	defer func() { _ = h.Close() }()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &Report{Cfg: cfg, Games: make([]*Game, cfg.Games)}
	start := time.Now()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		slots = make(chan struct{}, cfg.Parallel)
	)
	for i := range cfg.Games {
		if ctx.Err() != nil {
			break
		}
		seed := cfg.Seed + uint64(i)
		room, err := h.table(seed, cfg.Rounds, timer, cfg.Parties, cfg.AI, cfg.Turns)
		if err != nil {
			cancel()
			wg.Wait()
			return nil, err
		}
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			g, err := playGame(ctx, h.Base(), room, cfg.Parties, cfg.AI, cfg.Turns, seed, cfg.Times, cfg.Scale)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if first == nil {
					first = fmt.Errorf("game of seed %d: %w", seed, err)
				}
				cancel()
				return
			}
			r.Games[i] = g
			if cfg.Log != nil {
				fmt.Fprintf(cfg.Log, "classsim: seed %d played in %v (%.1f class minutes)\n", seed,
					g.End.Sub(g.Start).Round(time.Millisecond), g.End.Sub(g.Start).Seconds()/cfg.Scale.Seconds()/60)
			}
		})
	}
	wg.Wait()
	r.Wall = time.Since(start)
	if first != nil {
		return nil, first
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, g := range r.Games {
		r.Timings = append(r.Timings, timing(g, cfg.Scale))
	}
	return r, nil
}

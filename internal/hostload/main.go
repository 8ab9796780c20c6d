// Command hostload puts a classroom's load on the host, over loopback only,
// within a time bound: tables of devices playing scripted games, every
// device reading everything, plus many idle devices. The host runs in a
// child process (this program with -serve), so that its CPU and memory
// are measured alone, from /proc. It prints action→update latency
// percentiles, the host's CPU while playing and while idle, its memory
// per idle device, and exits non-zero on any protocol error, if it cannot
// finish within its time bound, or if a goal is missed (see
// docs/host-load.md).
//
//	go run ./internal/hostload [flags]
//	bash scripts/load.sh          (the figures)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"bindingwords/scenarios"
)

// The goals the issue sets.
const (
	goalP99       = 100 * time.Millisecond
	goalIdleBytes = 50 << 10
)

type config struct {
	tables, perSeat    int
	idle, idlePerRoom  int
	idlePerSeat        int
	play, think        time.Duration
	games              int
	idleWindow, settle time.Duration
	timeout            time.Duration
	seed               uint64
	cpuprofile         string
	heapprofile        string
	trace              string
	workers            int
	verbose            bool
	waitQuiet          time.Duration
	autosave           bool
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-serve" {
		if err := serve(os.Args[2:], os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "hostload -serve:", err)
			os.Exit(1)
		}
		return
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0
	exitFailed  = 1 // a protocol error, a dropped device, the time bound
	exitUsage   = 2
	exitMissed  = 3 // ran cleanly, but a goal was missed
	exitStalled = 4 // the watchdog: stuck past the time bound
)

func run(args []string, stdout, stderr io.Writer) int {
	var cfg config
	fs := flag.NewFlagSet("hostload", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&cfg.tables, "tables", 20, "tables playing at once")
	fs.IntVar(&cfg.perSeat, "per-seat", 5, "devices on each of a playing table's 7 seats (one of them moves)")
	fs.IntVar(&cfg.idle, "idle", 3000, "idle devices")
	fs.IntVar(&cfg.idlePerRoom, "idle-per-room", 60, "idle devices in each idle room (the host's limit is 64)")
	fs.IntVar(&cfg.idlePerSeat, "idle-per-seat", 8, "idle devices on each seat of an idle room before the rest watch (the host's limit is 8)")
	fs.DurationVar(&cfg.play, "play", 90*time.Second, "how long new games keep starting; games under way are played to the end")
	fs.IntVar(&cfg.games, "games", 0, "games each table plays at most (0: as many as -play allows)")
	fs.DurationVar(&cfg.think, "think", 250*time.Millisecond, "a seat's mean think time before a move (uniform over ±50%)")
	fs.DurationVar(&cfg.idleWindow, "idle-window", 16*time.Second, "how long the host's idle CPU is measured (pings go every 15 s)")
	fs.DurationVar(&cfg.settle, "settle", 2*time.Second, "pause after connecting the idle devices before measuring")
	fs.DurationVar(&cfg.timeout, "timeout", 170*time.Second, "the whole run's time bound")
	fs.Uint64Var(&cfg.seed, "seed", 1, "the games' seeds start from this one")
	fs.StringVar(&cfg.cpuprofile, "cpuprofile", "", "write the host's CPU profile over the play phase to this file")
	fs.StringVar(&cfg.heapprofile, "heapprofile", "", "write the host's heap profile, with the idle devices connected, to this file")
	fs.BoolVar(&cfg.verbose, "v", false, "list the slowest moves, and how many were slow in each second of play")
	fs.StringVar(&cfg.trace, "trace", "", "write the host's execution trace over the first 10 s of play to this file")
	fs.DurationVar(&cfg.waitQuiet, "wait-quiet", 0, "first wait up to this long for the machine's other processes to go quiet (the run is measured either way)")
	fs.BoolVar(&cfg.autosave, "autosave", true, "the host autosaves its tables (to a temporary folder), as the host command does")
	fs.IntVar(&cfg.workers, "workers", 32, "idle devices connecting at once")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch {
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "hostload: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	case cfg.tables < 0 || cfg.perSeat < 1 || cfg.idle < 0 || cfg.workers < 1:
		fmt.Fprintln(stderr, "hostload: -tables and -idle must not be negative, -per-seat and -workers positive")
		return exitUsage
	case cfg.idlePerRoom < 1 || cfg.idlePerRoom > 64 || cfg.idlePerSeat < 0 || cfg.idlePerSeat > 8 || cfg.perSeat > 8:
		fmt.Fprintln(stderr, "hostload: -idle-per-room must be 1 to 64, -per-seat and -idle-per-seat at most 8 (the host's default limits)")
		return exitUsage
	case cfg.idlePerRoom-7*cfg.idlePerSeat > 8:
		fmt.Fprintln(stderr, "hostload: an idle room would have more than 8 spectators (the host's limit): raise -idle-per-seat or lower -idle-per-room")
		return exitUsage
	case cfg.timeout <= 0:
		fmt.Fprintln(stderr, "hostload: -timeout must be positive")
		return exitUsage
	}
	if cfg.waitQuiet > 0 {
		waitQuiet(cfg.waitQuiet, stderr)
	}
	// Whatever hangs, the run ends: the host process dies with this one.
	watchdog := time.AfterFunc(cfg.timeout+30*time.Second, func() {
		fmt.Fprintf(stderr, "hostload: still running %v after the time bound of %v; giving up\n", 30*time.Second, cfg.timeout)
		os.Exit(exitStalled)
	})
	defer watchdog.Stop()
	r, err := drive(cfg, stderr)
	if r != nil {
		r.print(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "hostload: FAILED:", err)
		return exitFailed
	}
	if !r.goalsMet() {
		return exitMissed
	}
	return exitOK
}

// report is what a run measured.
type report struct {
	cfg                 config
	idleRooms           int
	games, acts, refuse int
	unmatched, noUpdate int
	events              int
	msgs, bytes         int64
	wire                int64 // what the host wrote to its sockets while playing
	actor, others       []sample
	slow                []slowAct
	cpuBySec            [][3]time.Duration // host's, driver's and others' CPU in each second of play
	playStart           time.Time
	playWall            time.Duration
	hostPlayCPU         time.Duration
	driverPlayCPU       time.Duration
	hostIdleCPU         time.Duration
	driverIdleCPU       time.Duration
	machinePlay         time.Duration // every process's CPU while playing
	machineIdle         time.Duration // every process's CPU in the idle window
	idleWall            time.Duration
	rssStart, rssIdle   int64
	rssEnd              int64
	memStart, memIdle   memStats
	memEnd              memStats
	idleErrors          int64
	errors              int
	files               uint64
	playing             bool // the play phase ran to its end
	idled               bool // the idle phase was measured
}

func logf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "hostload: %s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// drive runs the whole load: the host, the idle devices, then the
// playing tables, and measures each phase.
func drive(cfg config, log io.Writer) (*report, error) {
	r := &report{cfg: cfg}
	files, err := raiseFiles()
	if err != nil {
		return nil, err
	}
	r.files = files
	need := uint64(cfg.idle+cfg.tables*cfg.perSeat*7) + 256
	if files < need {
		return nil, fmt.Errorf("this process may open %d files, and the run needs about %d: raise the hard limit (ulimit -Hn)", files, need)
	}
	sc, err := scenarios.Find("berlin")
	if err != nil {
		return nil, err
	}
	parties := make([]string, len(sc.Parties))
	for i, p := range sc.Parties {
		parties[i] = p.ID
	}
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	bounded := func(err error) error {
		if ctx.Err() != nil {
			return fmt.Errorf("could not finish within the time bound of %v: %w", cfg.timeout, err)
		}
		return err
	}

	var hostArgs []string
	if cfg.autosave {
		dir, err := os.MkdirTemp("", "hostload-saves-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		hostArgs = append(hostArgs, "-saves", dir)
	}
	h, err := startHost(hostArgs...)
	if err != nil {
		return nil, err
	}
	defer func() {
		if h != nil {
			h.Kill()
		}
	}()
	logf(log, "host pid %d at %s", h.Pid(), h.Base())
	time.Sleep(cfg.settle)
	if r.rssStart, err = rss(h.Pid()); err != nil {
		return nil, err
	}
	if r.memStart, err = h.mem(); err != nil {
		return nil, err
	}

	// Idle devices, then the host's memory and CPU with them.
	var idle *idleDevices
	if cfg.idle > 0 {
		r.idleRooms = (cfg.idle + cfg.idlePerRoom - 1) / cfg.idlePerRoom
		rooms, err := h.ask(fmt.Sprintf("idle %d", r.idleRooms))
		if err != nil {
			return r, err
		}
		logf(log, "connecting %d idle devices to %d rooms", cfg.idle, r.idleRooms)
		start := time.Now()
		idle, err = openIdle(ctx, h.Base(), strings.Fields(rooms), parties, cfg.idle, cfg.idlePerRoom, cfg.idlePerSeat, cfg.workers)
		if err != nil {
			return r, bounded(err)
		}
		defer func() {
			if idle != nil {
				idle.close(false)
			}
		}()
		logf(log, "%d idle devices connected in %v", cfg.idle, time.Since(start).Round(time.Millisecond))
	}
	time.Sleep(cfg.settle)
	if r.rssIdle, err = rss(h.Pid()); err != nil {
		return r, err
	}
	if r.memIdle, err = h.mem(); err != nil {
		return r, err
	}
	if cfg.heapprofile != "" {
		if _, err := h.ask("heap " + cfg.heapprofile); err != nil {
			return r, err
		}
	}
	c0, err := cpuTime(h.Pid())
	if err != nil {
		return r, err
	}
	t0 := time.Now()
	m0, d0 := machineBusy(), selfCPU()
	select {
	case <-time.After(cfg.idleWindow):
	case <-ctx.Done():
		return r, bounded(ctx.Err())
	}
	c1, err := cpuTime(h.Pid())
	if err != nil {
		return r, err
	}
	r.hostIdleCPU, r.idleWall, r.idled = c1-c0, time.Since(t0), true
	r.machineIdle, r.driverIdleCPU = machineBusy()-m0, selfCPU()-d0
	logf(log, "idle: host CPU %.1f%% of a core, RSS %.1f MB", pct(r.hostIdleCPU, r.idleWall), mb(r.rssIdle))

	// The playing tables.
	if cfg.cpuprofile != "" {
		if _, err := h.ask("prof " + cfg.cpuprofile); err != nil {
			return r, err
		}
	}
	logf(log, "playing at %d tables of %d devices for %v", cfg.tables, cfg.perSeat*len(parties), cfg.play)
	pctx, pcancel := context.WithCancel(ctx)
	defer pcancel()
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
	)
	c0, err = cpuTime(h.Pid())
	if err != nil {
		return r, err
	}
	d0 = selfCPU()
	m0 = machineBusy()
	w0, err := written(h.Pid())
	if err != nil {
		return r, err
	}
	t0 = time.Now()
	r.playStart = t0
	stopSampling := r.sampleCPU(h.Pid())
	if cfg.trace != "" {
		if _, err := h.ask("trace " + cfg.trace); err != nil {
			return r, err
		}
		stopTrace := time.AfterFunc(10*time.Second, func() { _, _ = h.ask("untrace") })
		defer func() {
			if stopTrace.Stop() {
				_, _ = h.ask("untrace")
			}
		}()
	}
	// A game starts only while -play lasts and there is time to finish
	// it, judging by the longest game so far, within the time bound.
	end := t0.Add(cfg.play)
	deadline, _ := ctx.Deadline()
	var longest atomic.Int64 // 0 until a game has finished
	canStart := func(first bool) bool {
		now := time.Now()
		if pctx.Err() != nil || !now.Before(end) {
			return false
		}
		need := time.Duration(longest.Load())
		return first || need == 0 || now.Add(need*3/2+10*time.Second).Before(deadline)
	}
	for slot := range cfg.tables {
		wg.Go(func() {
			for g := 0; cfg.games == 0 || g < cfg.games; g++ {
				if !canStart(g == 0) {
					return
				}
				seed := cfg.seed + uint64(slot)*1000 + uint64(g)
				room, err := h.ask(fmt.Sprintf("play %d", seed))
				var res gameResult
				if err == nil {
					res, err = playGame(pctx, h.Base(), room, parties, cfg.perSeat, cfg.think, seed)
				}
				mu.Lock()
				if err != nil {
					if first == nil {
						first = fmt.Errorf("table %d, game %d (room %s): %w", slot, g+1, room, err)
						pcancel()
					}
					mu.Unlock()
					return
				}
				r.add(res)
				if res.wall > time.Duration(longest.Load()) {
					longest.Store(int64(res.wall))
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	stopSampling()
	c1, err = cpuTime(h.Pid())
	if err != nil {
		return r, err
	}
	r.hostPlayCPU, r.driverPlayCPU, r.playWall = c1-c0, selfCPU()-d0, time.Since(t0)
	r.machinePlay = machineBusy() - m0
	if w1, err := written(h.Pid()); err == nil {
		r.wire = w1 - w0
	}
	if cfg.cpuprofile != "" {
		if _, err := h.ask("unprof"); err != nil {
			return r, err
		}
	}
	if first != nil {
		r.errors++
		return r, bounded(first)
	}
	if cfg.tables > 0 && r.games == 0 {
		return r, errors.New("no game was played")
	}
	r.playing = true
	logf(log, "played %d games, %d moves in %v", r.games, r.acts, r.playWall.Round(time.Millisecond))

	if r.rssEnd, err = rss(h.Pid()); err != nil {
		return r, err
	}
	if r.memEnd, err = h.mem(); err != nil {
		return r, err
	}
	if idle != nil {
		r.idleErrors = idle.errs.Load()
		err := idle.err()
		idle.close(err == nil)
		idle = nil
		if err != nil {
			r.errors += int(r.idleErrors)
			return r, err
		}
	}
	err = h.Close()
	h = nil
	if err != nil {
		return r, fmt.Errorf("the host process: %w", err)
	}
	return r, nil
}

func (r *report) add(g gameResult) {
	r.games++
	r.acts += g.acts
	r.refuse += g.refused
	r.unmatched += g.unmatched
	r.noUpdate += g.noUpdate
	r.events += g.events
	r.msgs += g.msgs
	r.bytes += g.bytes
	r.actor = append(r.actor, g.actor...)
	r.others = append(r.others, g.others...)
	r.slow = append(r.slow, g.slow...)
}

// sampleCPU records the host's and the driver's CPU in each second of
// play, until the function it returns is called.
func (r *report) sampleCPU(pid int) func() {
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		h0, _ := cpuTime(pid)
		d0, m0 := selfCPU(), machineBusy()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			h1, _ := cpuTime(pid)
			d1, m1 := selfCPU(), machineBusy()
			r.cpuBySec = append(r.cpuBySec, [3]time.Duration{h1 - h0, d1 - d0, m1 - m0 - (h1 - h0) - (d1 - d0)})
			h0, d0, m0 = h1, d1, m1
		}
	}()
	return func() { close(stop); <-done }
}

// waitQuiet waits, at most max, for 2 s in which the machine's CPU is
// under a fifth of a core busy: others' builds and browsers on a shared
// machine skew latency.
func waitQuiet(max time.Duration, log io.Writer) {
	const window = 2 * time.Second
	end := time.Now().Add(max)
	for {
		m0 := machineBusy()
		time.Sleep(window)
		busy := machineBusy() - m0
		if busy < window/5 {
			logf(log, "the machine is quiet (%.0f%% of a core busy)", pct(busy, window))
			return
		}
		if time.Now().After(end) {
			logf(log, "the machine is still busy (%.0f%% of a core) after %v; measuring anyway", pct(busy, window), max)
			return
		}
	}
}

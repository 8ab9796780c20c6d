package cli

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

func init() {
	register(command{
		name:    "host",
		summary: "serve a class: each team plays from its own browser on the local network",
		run:     runHost,
	})
}

func hostUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: bindingwords host [--scenario ID|FILE] [--port N] [--seats LIST] [--tables N]")
	fmt.Fprintln(w, "                         [--timer MIN] [--rounds N] [--seed N] [--listen ADDR] [--saves DIR] [--fast]")
	fmt.Fprintln(w, "                         [--turns]")
	fmt.Fprintln(w, "                         [--resume SAVE]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Serve a class from this machine. It prints the address to open and a room")
	fmt.Fprintln(w, "code; each team opens the address in a browser on the same network, enters")
	fmt.Fprintln(w, "the code, chooses its delegation, and sees only its own brief. Nothing leaves")
	fmt.Fprintln(w, "the room: no accounts, no internet. Stop with Ctrl+C; every table is saved")
	fmt.Fprintln(w, "after each phase and on stopping (replay and report read the saves).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "  --scenario ID|FILE  the case to play (default berlin)")
	fmt.Fprintln(w, "  --port N            the port to serve on (default 8080)")
	fmt.Fprintln(w, "  --listen ADDR       the address to listen on (default every interface;")
	fmt.Fprintln(w, "                      127.0.0.1 keeps it to this machine)")
	fmt.Fprintln(w, "  --seats LIST        who plays each delegation, e.g. us=human,ukraine=ai:hard,italy=out;")
	fmt.Fprintf(w, "                      people by default; AI levels: %s\n", strings.Join(match.LevelNames(), ", "))
	fmt.Fprintln(w, "  --tables N          committees, each a table with its own room code (default 1)")
	fmt.Fprintln(w, "  --timer MIN         minutes a round; when time runs out, a team that must")
	fmt.Fprintln(w, "                      table passes and one that must speak says nothing (default 0: none)")
	fmt.Fprintln(w, "  --rounds N          rounds in the game (default: the scenario's)")
	fmt.Fprintln(w, "  --seed N            the game's seed (default random; the same seed deals the same news)")
	fmt.Fprintf(w, "  --saves DIR         where the tables are saved (default $%s or the game's saves folder)\n", save.DirEnv)
	fmt.Fprintln(w, "  --fast              AI delegates move at once, without a pause to read each move")
	fmt.Fprintln(w, "  --turns             one delegation at a time, as on one screen; without it every team")
	fmt.Fprintln(w, "                      tables, votes, speaks and signs at once, each choice sealed until")
	fmt.Fprintln(w, "                      all are in (with --timer, a round out of time moves on as if")
	fmt.Fprintln(w, "                      everyone still choosing had passed)")
	fmt.Fprintln(w, "  --resume SAVE       go on with a saved game (a class save from an earlier lesson);")
	fmt.Fprintln(w, "                      the teams join again with the new room code")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "If the teams' devices cannot open the address, the school Wi-Fi may keep")
	fmt.Fprintln(w, "devices from reaching each other: start a hotspot on this laptop, have the")
	fmt.Fprintln(w, "teams join it, and restart the host so it prints the hotspot's address.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Exit status: 0 when stopped, 1 if the host cannot start, 2 for a usage mistake.")
}

// hostSignals is what stops the host; tests replace it.
var hostSignals = func() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

func runHost(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("host", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	scenario := flags.String("scenario", "berlin", "")
	port := intFlag(flags, "port", 8080, "")
	listen := flags.String("listen", "", "")
	seats := flags.String("seats", "", "")
	tables := intFlag(flags, "tables", 1, "")
	timer := intFlag(flags, "timer", 0, "")
	rounds := intFlag(flags, "rounds", 0, "")
	seedFlag := flags.String("seed", "", "")
	saves := flags.String("saves", "", "")
	fast := flags.Bool("fast", false, "")
	// The class's pace is the together pace, as in the window's "Host a
	// class"; --together (the default) is still read for older scripts.
	together := flags.Bool("together", true, "")
	turns := flags.Bool("turns", false, "")
	resume := flags.String("resume", "", "")
	rest, code, ok := parseFlags(flags, args, "host", hostUsage, stdout, stderr)
	if !ok {
		return code
	}
	usageErr := func(format string, args ...any) int { return usageError(stderr, "host", hostUsage, format, args...) }
	switch {
	case len(rest) > 0:
		return usageErr("unexpected argument %q", rest[0])
	case *port < 0 || *port > 65535:
		return usageErr("--port %d: want 0 to 65535", *port)
	case *tables < 1 || *tables > 100:
		return usageErr("--tables %d: want 1 to 100", *tables)
	case *timer < 0 || *timer > 120:
		return usageErr("--timer %d: want 0 to 120 minutes", *timer)
	case *rounds < 0 || *rounds > 50:
		return usageErr("--rounds %d: want 0 (the scenario's) to 50", *rounds)
	}
	seed, err := seedOf(*seedFlag)
	if err != nil {
		return usageErr("%v", err)
	}
	if *resume != "" && (*tables != 1 || *seats != "" || *rounds != 0 || *seedFlag != "" || *turns) {
		return usageErr("--resume goes on with a saved game as it was: no --tables, --seats, --rounds, --seed or --turns")
	}
	h, codes, sc, code := startTables(hostSetup{scenario: *scenario, seats: *seats, tables: *tables, timer: *timer,
		rounds: *rounds, seed: seed, saves: *saves, fast: *fast, together: *together && !*turns, resume: *resume}, stderr)
	if code != 0 {
		return code
	}
	defer h.Close()

	srv, err := host.Serve(h, net.JoinHostPort(*listen, strconv.Itoa(*port)))
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords host: cannot listen on port %d: %v (another program may use it: try --port %d)\n", *port, err, *port+1)
		return 1
	}
	ctx, stop := hostSignals()
	defer stop()
	printAddresses(stdout, srv, sc, codes)
	if writeErr(stdout) != nil {
		// Nobody can read the address or the room codes: a class cannot
		// join. Run says what went wrong.
		_ = srv.Close()
		return 1
	}
	select {
	case <-ctx.Done():
	case <-srv.Done():
	}
	if err := srv.Close(); err != nil {
		fmt.Fprintf(stderr, "bindingwords host: %v\n", err)
		return 1
	}
	h.Close()
	fmt.Fprintf(stdout, "Stopped. The tables are saved in %s (bindingwords replay / report read them).\n", savesDir(*saves))
	return 0
}

// hostSetup is what the flags ask of the host's tables.
type hostSetup struct {
	scenario, seats, saves, resume string
	tables, timer, rounds          int
	seed                           uint64
	fast, together                 bool
}

// startTables makes the host and its tables: new games, or the one a
// save holds. A non-zero code is the command's exit status.
func startTables(s hostSetup, stderr io.Writer) (*host.Host, []string, *rules.Scenario, int) {
	fail := func(err error) (*host.Host, []string, *rules.Scenario, int) {
		fmt.Fprintf(stderr, "bindingwords host: %v\n", err)
		return nil, nil, nil, 1
	}
	store, err := openStore(s.saves)
	if err != nil {
		return fail(err)
	}
	var matches []*match.Match
	var sc *rules.Scenario
	name := ""
	if src := scenarioSource(s.scenario); src != "" {
		// A file the teacher named: a save may name it too.
		save.TrustScenarioFile(src)
	}
	if s.resume != "" {
		l, err := save.ReadFileOn(s.resume, "")
		if err != nil {
			return fail(err)
		}
		sc = l.Scenario
		m, err := match.Resume(sc, l.Game, l.Seats, l.Save.Meta.Clock.Minutes)
		if err != nil {
			return fail(err)
		}
		m.SetClock(l.Save.Meta.Clock)
		if s.timer > 0 {
			m.SetClock(match.Clock{Minutes: s.timer, Round: -1})
		}
		matches = append(matches, m)
		// The class goes on in the same save.
		name = l.Save.Meta.Name
		store.RegisterScenario(sc, l.Save.Meta.Source)
	} else {
		if sc, err = scenarios.Find(s.scenario); err != nil {
			return fail(err)
		}
		kinds, err := seatKinds(sc, s.seats)
		if err != nil {
			return fail(err)
		}
		for i := range s.tables {
			m, err := match.New(match.Config{Scenario: sc, Seed: s.seed + uint64(i), Rounds: s.rounds, Seats: kinds, TimerMinutes: s.timer, Together: s.together})
			if err != nil {
				return fail(err)
			}
			matches = append(matches, m)
		}
		store.RegisterScenario(sc, scenarioSource(s.scenario))
	}
	h := host.New(host.Config{Store: store, Logf: func(format string, args ...any) {
		fmt.Fprintf(stderr, "bindingwords host: "+format+"\n", args...)
	}})
	var codes []string
	for _, m := range matches {
		t, err := h.AddTable(m, host.TableOptions{Name: name, Pace: !s.fast})
		if err != nil {
			h.Close()
			return fail(err)
		}
		codes = append(codes, t.Code())
	}
	return h, codes, sc, 0
}

// seedOf reads --seed, or draws one.
func seedOf(s string) (uint64, error) {
	if s == "" {
		var b [8]byte
		rand.Read(b[:])
		return binary.LittleEndian.Uint64(b[:]) % 1_000_000, nil
	}
	var n uint64
	if err := (decimalUint64{&n}).Set(s); err != nil {
		return 0, fmt.Errorf("--seed %q: %v", s, err)
	}
	return n, nil
}

// seatKinds reads --seats: "id=kind" pairs; delegations not named are
// played by people.
func seatKinds(sc *rules.Scenario, list string) ([]match.SeatKind, error) {
	kinds := make([]match.SeatKind, len(sc.Parties))
	for _, item := range splitList(list) {
		id, kind, ok := strings.Cut(item, "=")
		if !ok {
			return nil, fmt.Errorf("--seats %q: want ID=KIND, e.g. us=human or ukraine=ai:hard", item)
		}
		p := sc.PartyIndex(strings.TrimSpace(id))
		if p < 0 {
			var ids []string
			for _, party := range sc.Parties {
				ids = append(ids, party.ID)
			}
			return nil, fmt.Errorf("--seats: no delegation %q in %s; its delegations are %s", id, sc.ID, strings.Join(ids, ", "))
		}
		k, err := match.ParseSeatKind(strings.TrimSpace(kind))
		if err != nil {
			return nil, fmt.Errorf("--seats: %v", err)
		}
		if k.Role == match.Out && !sc.Parties[p].Optional {
			return nil, fmt.Errorf("--seats: %s must take part in %s; only optional delegations can be out", id, sc.ID)
		}
		kinds[p] = k
	}
	return kinds, nil
}

func openStore(dir string) (*save.Store, error) {
	if dir == "" {
		return save.OpenDefault()
	}
	return save.Open(dir)
}

func savesDir(dir string) string {
	if dir != "" {
		return dir
	}
	d, _ := save.Dir()
	return d
}

// scenarioSource is the file a scenario came from, or "" for a built-in,
// decided as scenarios.Find decided it.
func scenarioSource(idOrPath string) string {
	if scenarios.IsBuiltin(idOrPath) {
		return ""
	}
	return idOrPath
}

// printAddresses tells the teacher what to put on the board: the address
// of every network this machine is on, and each table's room code.
func printAddresses(w io.Writer, srv *host.Server, sc *rules.Scenario, codes []string) {
	fmt.Fprintf(w, "Binding Words host: %s\n\n", sc.Title)
	urls := srv.URLs()
	if !srv.OnNetwork() {
		fmt.Fprintln(w, "This machine is on no network (or listens on it alone): only its own browser can join. Connect to the class Wi-Fi or start a hotspot.")
	}
	fmt.Fprintln(w, "Teams open this address on their devices (on the same network):")
	for _, u := range urls {
		fmt.Fprintf(w, "    %s\n", u)
	}
	fmt.Fprintln(w)
	for i, c := range codes {
		if len(codes) == 1 {
			fmt.Fprintf(w, "Room code: %s    (or open %s)\n", c, urls[0]+c)
		} else {
			fmt.Fprintf(w, "Table %d room code: %s    (or open %s)\n", i+1, c, urls[0]+c)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "If devices cannot open the address, the Wi-Fi may block device-to-device traffic:")
	fmt.Fprintln(w, "start a hotspot on this laptop, have the teams join it, and restart the host.")
	fmt.Fprintln(w, "Press Ctrl+C to stop; every table is saved.")
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"bindingwords/game/bots"
	"bindingwords/game/rules"
	"bindingwords/game/scengen"
	"bindingwords/scenarios"
)

// The sim command plays bot-only games for balancing and reports how they
// went. Its choices, also stated in simUsage:
//
//   - Game i (from 0) is rules.Setup{Seed: S+i, NoLog: true}; the player of
//     seat p in it is seeded with (S+i)*1000+p, so "--seed S+i --games 1"
//     replays game i alone. With --bots mix, each seat's level is drawn
//     from the game's seed, so both runs of a --vs comparison and any
//     replay of the game draw the same levels.
//   - Scenario analysis (frontier, ZOPA, Nash point) is done once per
//     scenario, with the parties taking part; each game's scores are then
//     measured against it.
//   - Rates are shares of all games with Wilson 95% intervals; means have
//     normal-approximation 95% intervals. Quality measures (welfare ratio,
//     Pareto distance, Nash ratio) are means over the games in force,
//     because a failed negotiation has no text to judge.
//   - Results are merged in game order whatever --cpus is, so the output
//     does not depend on it (except the speed line).
//   - Games per second counts every game played (both runs with --vs) over
//     the wall-clock time of the playing only, not the analysis.
//   - Optional parties are left out unless --all or --parties adds them:
//     the scenario's core case is what balancing is about.
//   - Best placed goes to the strictly highest advantage, ties shared, and
//     to nobody without an agreement in force: the shares of all
//     delegations add up to the rate in force.
//   - With --generated, the rates and quality measures count only games
//     whose case has a non-empty ZOPA (a case with nothing to agree on
//     says nothing about the delegates), and pairing with --vs is by game,
//     since seats mean different things in different cases.

func init() {
	register(command{
		name:    "sim",
		summary: "play bot-only games and report agreement, fairness and welfare",
		run:     runSim,
	})
}

func simUsage(w io.Writer) {
	fmt.Fprint(w, strings.Replace(simHelp, "BUILTIN", strings.Join(scenarios.Builtin(), ", "), 1))
}

const simHelp = `Usage: bindingwords sim [flags]

Play games between AI delegates (no human seats) and report how they went.
Every game is reproducible from the seed.

Flags:
  --scenario ID|FILE  the scenario: a built-in id (BUILTIN) or a file
                      (default berlin)
  --games N           games to play (default 1000; with --generated, games per
                      generated scenario, default 1)
  --seed S            game i (from 0) uses seed S+i (default 1)
  --bots LEVEL        easy, normal, hard or mix (default normal); mix gives
                      each seat a level drawn from the game's seed
  --vs BASELINE[:PARTY,...]
                      a baseline plays the listed seats, the --bots level the
                      others; without a list, one seat rotating over the
                      parties taking part (game i: seat i mod n). Baselines:
                        random     random legal actions
                        pushover   accepts everything, asks for nothing
                        hardliner  never concedes
                        boulware   concedes late, Genius-style curve, e = 0.2
                      Every game is also played with all seats at the --bots
                      level (same seeds), and the baseline's advantage is
                      compared with the bots' in the same seat of the same
                      games ("paired").
  --all               include the scenario's optional parties (left out by
                      default)
  --parties A,B,...   the parties taking part (the required ones and any
                      optional ones), instead of --all
  --generated N       instead of a scenario, play on N random scenarios with a
                      narrow ZOPA (scengen.Generate(S+j, scengen.Narrow) for
                      j from 0); game i is played on scenario i / --games
  --cpus N            play on N goroutines (default 1); results are merged in
                      game order, so the output does not depend on N
  --omniscient        give every AI delegate every delegation's table and
                      reservation, which no player has: the difference from
                      an ordinary run is what hidden information costs
  --json              print one JSON object instead of the table (fields
                      as in the table: agreement_rate, ratification_rate,
                      welfare_ratio, pareto_distance, nash_ratio, parties[]
                      with advantage and best_placed, each with _ci95)

A progress bar is drawn on stderr when it is a terminal, never with --json.

What the report means:
  agreement      the required signatories signed (share of all games)
  in force       the agreement was also ratified (share of all games)
  mean rounds    rounds played before signing
  advantage      per delegation, (score - reservation) / (best - reservation):
                 0 at its BATNA, 1 at its best text; the mean over all games,
                 counting 0 when no agreement is in force
  best placed    per delegation, the share of games in which it has the
                 strictly highest advantage in an agreement in force (ties are
                 shared equally; games without agreement count for nobody)
  welfare ratio  joint gain over the best joint gain within the ZOPA
  Pareto dist.   distance, in advantage coordinates, to the nearest text on
                 the Pareto frontier
  Nash ratio     Nash product of the required signatories over the Nash
                 point's
  The last three are means over the games whose agreement is in force.
  mean advantage pools every seat of every game.
  games/s counts every game played (both runs with --vs) over the time spent
  playing them, the scenario analysis excluded.
  Rates come with Wilson 95% intervals, means with normal 95% intervals.
  With --generated, agreement, in force and the last three count only games
  whose scenario has a non-empty ZOPA (some text every required signatory
  can sign and ratify); per-seat pairing is replaced by pairing by game.

Game i is played with rules.Setup{Seed: S+i} and seat p's player seeded with
(S+i)*1000+p, so --seed S+i --games 1 replays game i alone (with --vs and no
party list, name the seat: --vs BASELINE:PARTY). With --generated N and one
game per scenario, --seed S+i --generated 1 replays game i.

Exit status: 0 on success, 1 if the scenario cannot be loaded or a game goes
wrong, 2 for a usage mistake.
`

// simConfig is the sim command line, checked.
type simConfig struct {
	scenario  string
	games     int
	seed      uint64
	bots      string // easy, normal, hard or mix
	vs        string // baseline kind, "" for none
	vsSeats   []string
	all       bool
	parties   []string
	generated int
	cpus      int
	json      bool
	// omniscient gives every AI delegate every table: a measure of how
	// much of what the delegates leave on the table is hidden information.
	omniscient bool
}

// baselines are the --vs opponents, in the order the help lists them.
var baselines = []string{"random", bots.Pushover, bots.Hardliner, bots.Boulware}

// parseSim reads the command line. A usage mistake is an error whose
// message is ready to print.
func parseSim(args []string) (*simConfig, error) {
	c := &simConfig{}
	fs := flag.NewFlagSet("sim", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.scenario, "scenario", "berlin", "")
	fs.IntVar(&c.games, "games", 1000, "")
	fs.Uint64Var(&c.seed, "seed", 1, "")
	fs.StringVar(&c.bots, "bots", "normal", "")
	vs := fs.String("vs", "", "")
	fs.BoolVar(&c.all, "all", false, "")
	parties := fs.String("parties", "", "")
	fs.IntVar(&c.generated, "generated", 0, "")
	fs.IntVar(&c.cpus, "cpus", 1, "")
	fs.BoolVar(&c.json, "json", false, "")
	fs.BoolVar(&c.omniscient, "omniscient", false, "")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case fs.NArg() > 0:
		return nil, fmt.Errorf("unexpected argument %q; sim takes only flags", fs.Arg(0))
	case c.games < 1:
		return nil, fmt.Errorf("--games %d: want at least 1", c.games)
	case c.cpus < 1:
		return nil, fmt.Errorf("--cpus %d: want at least 1", c.cpus)
	case set["generated"] && c.generated < 1:
		return nil, fmt.Errorf("--generated %d: want a number of scenarios, at least 1", c.generated)
	case c.bots != "mix" && !slices.ContainsFunc(bots.Levels, func(l bots.Level) bool { return l.Name == c.bots }):
		return nil, fmt.Errorf("unknown AI level %q; want %s or mix", c.bots, levelNames())
	case c.all && set["parties"]:
		return nil, errors.New("--all and --parties both choose the parties; give one of them")
	case c.generated > 0 && (set["scenario"] || c.all || set["parties"]):
		return nil, errors.New("--generated plays generated scenarios; it cannot be combined with --scenario, --all or --parties")
	}
	if c.generated > 0 && !set["games"] {
		c.games = 1
	}
	if c.generated > 0 && c.games > math.MaxInt/c.generated {
		return nil, errors.New("--generated times --games is too many games")
	}
	if set["parties"] {
		c.parties = splitList(*parties)
		if len(c.parties) == 0 {
			return nil, errors.New("--parties: want a comma-separated list of party ids")
		}
	}
	if set["vs"] {
		kind, seats, hasSeats := strings.Cut(*vs, ":")
		if !slices.Contains(baselines, kind) {
			return nil, fmt.Errorf("unknown baseline %q; want %s", kind, orList(baselines))
		}
		c.vs = kind
		if hasSeats {
			c.vsSeats = splitList(seats)
			if len(c.vsSeats) == 0 {
				return nil, fmt.Errorf("--vs %s: want party ids after the colon, as in --vs %s:us,ukraine", *vs, kind)
			}
		}
	}
	return c, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func levelNames() string {
	var names []string
	for _, l := range bots.Levels {
		names = append(names, l.Name)
	}
	return strings.Join(names, ", ")
}

func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// runSim is the sim command.
func runSim(args []string, stdout, stderr io.Writer) int {
	c, err := parseSim(args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			simUsage(stdout)
			return 0
		}
		fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
		fmt.Fprintln(stderr, `Run "bindingwords sim --help" for the flags.`)
		return 2
	}
	var s *sim
	if c.generated > 0 {
		s, err = newGeneratedSim(c)
	} else {
		s, err = newScenarioSim(c)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
		if errors.As(err, new(usageError)) {
			fmt.Fprintln(stderr, `Run "bindingwords sim --help" for the flags.`)
			return 2
		}
		return 1
	}
	s.progress = newProgress(stderr, !c.json)
	rep, err := s.run()
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
		return 1
	}
	if c.json {
		if err := rep.writeJSON(stdout); err != nil {
			fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
			return 1
		}
		return 0
	}
	rep.writeTable(stdout)
	return 0
}

// A usageError is a flag value the scenario rejects, such as a party it
// does not have: a usage mistake (exit 2), unlike a scenario that cannot
// be loaded (exit 1).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// newScenarioSim loads the scenario, checks the parties and analyses it.
func newScenarioSim(c *simConfig) (*sim, error) {
	sc, err := loadScenario(c.scenario)
	if err != nil {
		return nil, err
	}
	ids := c.parties
	if ids == nil && !c.all {
		for _, p := range sc.Parties {
			if !p.Optional {
				ids = append(ids, p.ID)
			}
		}
	}
	// A scenario the engine refuses is not a usage mistake; a party list
	// it refuses is.
	if _, _, err := rules.NewGame(sc, rules.Setup{NoLog: true}); err != nil {
		return nil, err
	}
	t, err := prepare(sc, ids)
	if err != nil {
		if se, ok := errors.AsType[*rules.SetupError](err); ok {
			return nil, usagef("--parties: %s", se.Msg)
		}
		return nil, err
	}
	if err := checkSeats(c.vsSeats, func(id string) bool {
		p := sc.PartyIndex(id)
		return p >= 0 && slices.Contains(t.parties, p)
	}); err != nil {
		return nil, err
	}
	return &sim{cfg: c, tables: func(int) (*table, error) { return t, nil }, scenarios: 1, fixed: t}, nil
}

// newGeneratedSim sets up play on generated scenarios, each analysed as it
// comes.
func newGeneratedSim(c *simConfig) (*sim, error) {
	// Only the first MinParties delegations are in every generated case.
	var always []string
	for p := range scengen.Narrow.MinParties {
		always = append(always, "p"+strconv.Itoa(p))
	}
	if err := checkSeats(c.vsSeats, func(id string) bool { return slices.Contains(always, id) }); err != nil {
		return nil, fmt.Errorf("%w (generated scenarios always have %s)", err, strings.Join(always, ", "))
	}
	gen := func(i int) (*table, error) {
		seed := c.seed + uint64(i)
		t, err := prepare(scengen.Generate(seed, scengen.Narrow), nil)
		if err != nil {
			return nil, fmt.Errorf("generated scenario %d (seed %d): %w", i, seed, err)
		}
		return t, nil
	}
	return &sim{cfg: c, tables: gen, scenarios: c.generated}, nil
}

func checkSeats(ids []string, ok func(string) bool) error {
	for i, id := range ids {
		if !ok(id) {
			return usagef("--vs: %q is not a party taking part", id)
		}
		if slices.Contains(ids[:i], id) {
			return usagef("--vs: %q is listed twice", id)
		}
	}
	return nil
}

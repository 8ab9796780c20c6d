package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"bindingwords/game/bots"
	"bindingwords/game/scengen"
	"bindingwords/game/sim"
	"bindingwords/scenarios"
)

// The sim command is a thin front end to package [sim]: it parses the
// flags, loads the scenario, draws a progress bar and prints the report.
// The choices behind the figures are stated in sim's package comment and
// in simHelp.

func init() {
	register(command{
		name:    "sim",
		summary: "play bot-only games and report agreement, fairness and welfare",
		run:     runSim,
	})
}

func simUsage(w io.Writer) {
	var fams strings.Builder
	for _, f := range scengen.Families {
		fmt.Fprintf(&fams, "                        %s\n", f.Name)
		for _, l := range wrap(f.About, 52) {
			fmt.Fprintf(&fams, "                          %s\n", l)
		}
	}
	help := strings.Replace(simHelp, "BUILTIN", strings.Join(scenarios.Builtin(), ", "), 1)
	help = strings.Replace(help, "FAMILIES\n", fams.String(), 1)
	fmt.Fprint(w, help)
}

// wrap breaks s into lines of at most width bytes, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	return append(lines, line)
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
  --vs BASELINE[:PARTY,...|:all]
                      a baseline plays the listed seats (all: every seat, a
                      table of baselines only), the --bots level the others;
                      without a list, one seat rotating over the parties
                      taking part (game i: seat i mod n). Baselines:
                        random     random legal actions
                        pushover   accepts everything, asks for nothing
                        hardliner  never concedes
                        boulware   the standard time-dependent agent, e = 0.2:
                                   concedes late, down to its reservation at
                                   its last turn; accepts what is worth at
                                   least its own next bid
                        conceder   the same with e = 2: concedes early
                      Every game is also played with all seats at the --bots
                      level (same seeds), and the baseline's advantage is
                      compared with the bots' in the same seat of the same
                      games ("paired").
  --core              leave the scenario's optional parties out (by default
                      every delegation takes part, as on the New-game
                      screen; --all, the old flag for that, is accepted)
  --parties A,B,...   the parties taking part (the required ones and any
                      optional ones), instead of --core
  --generated N       instead of a scenario, play on N generated scenarios of
                      --family (the cases of seeds S to S+N-1); game i is
                      played on scenario i / --games
  --family NAME       the family of the generated scenarios (default narrow;
                      without --generated, 100 of them):
FAMILIES
                      or a group: rules (the five rule families), optional
                      (both optional families), all (every family). A group
                      is run family by family and printed as one table, a
                      row per family (with --json: {"families": [...]}, a
                      report per family)
  --records DIR       write each game's save (.bws; with --vs, the game with
                      the baseline) to DIR, with the scenario file of every
                      case that is not built in, so that "bindingwords replay"
                      and "bindingwords report" open them (DIR/README.txt says
                      how); with a group, one folder per family
  --cpus N            play on N goroutines (default 1); results are merged in
                      game order, so the output does not depend on N
  --try NAME.SETTING=VALUE[,...]
                      what if: also play the scenario with one setting
                      changed, without editing the file, on the same seeds,
                      and print one table comparing every variant with the
                      file as written. Repeat --try for more variants. The
                      settings (ids as in the file):
                        rounds=N
                        PARTY.reservation=N
                        PARTY.points.SLOT.OPTION=N
                        PUBLIC.threshold=N   every vote held at the public
                        PUBLIC.support=N     starting support, 0-100
                        PUBLIC.base=N
                        PUBLIC.drift=N
                        PUBLIC.weights.ATTRIBUTE=N
                        CARD.effect=N        the change its effect makes
                                             (CARD.effect.2=N: its second)
                        CARD.weight=N
                        SLOT.default=OPTION  the chair's opening text
                      A value FROM..TO or FROM..TO/STEP tries each value
                      (aster.reservation=20..30/2 is six variants); changes
                      joined by commas are tried together
                      (aster.reservation=24,aster_senate.base=90). At most
                      40 variants a --try; not with --vs, --generated or
                      --records. The table gives each variant's agreement,
                      its change from the file (paired game by game), the
                      lowest best-placed share and how many delegations
                      are under 10%, the most frequent text's share, and
                      each delegation's mean advantage and best-placed
                      share, and marks with * the variants that meet the
                      guide's targets (agreement 55-85%, every delegation
                      best placed in at least 10% of games). "analyze
                      --try" counts the same variants' ZOPA and acceptance
                      shares without playing
  --omniscient        give every AI delegate every delegation's table and
                      reservation, which no player has: the difference from
                      an ordinary run is what hidden information costs
  --json              print one JSON object instead of the table (fields
                      as in the table: agreement_rate, ratification_rate,
                      welfare_ratio, pareto_distance, nash_ratio,
                      welfare_ratio_all_games, social_welfare, nash_distance,
                      pareto_distance_points, reference, parties[]
                      with advantage and best_placed, each with _ci95,
                      top_texts[] with text, games and share; with --try,
                      {"file": ..., "variants": [...]}, each with try,
                      report, agreement_change, lowest_best_placed and
                      misses)

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
  The next four are means over every game, a game without an agreement in
  force counted at the disagreement point (every delegation at its
  reservation); the last three are the automated-negotiation field's
  measures, in raw points:
  welfare (all)  the welfare ratio, a failure counting 0
  social welfare the sum of the scores of the delegations taking part
  Nash distance  Euclidean distance from the scores to the Nash point's
  Pareto (pts)   Euclidean distance from the scores to the nearest score
                 vector of a text on the Pareto frontier
  The welfare ratio counts a loss: a delegation that signs below its
  reservation lowers the joint gain.
  games/s counts every game played (both runs with --vs) over the time spent
  playing them, the scenario analysis excluded.
  Rates come with Wilson 95% intervals, means with normal 95% intervals.
  top texts      the most frequent signed texts (at most 5), as slot=option
                 ids (slot=out: the article fell out in brackets), with how
                 many games signed each and their share of all games; with
                 --generated, each text starts with its case's id
  With --generated, agreement, in force and every quality measure count
  only games whose scenario has a non-empty ZOPA (some text every required
  signatory can sign and ratify); per-seat pairing is replaced by pairing
  by game.

Game i is played with rules.Setup{Seed: S+i} and seat p's player seeded with
(S+i)*1000+p, so --seed S+i --games 1 replays game i alone (with --vs and no
party list, name the seat: --vs BASELINE:PARTY). With --generated N and one
game per scenario, --seed S+i --generated 1 replays game i.

Exit status: 0 on success, 1 if the scenario cannot be loaded or a game goes
wrong, 2 for a usage mistake.
`

// simFlags is the sim command line, checked: the run and what only the
// command needs.
type simFlags struct {
	sim.Config
	scenario string // the scenario's id or file
	json     bool
	// families are the generated families to run, one report each (nil
	// for a scenario run); records is the --records folder.
	families []scengen.Family
	records  string
	// tries are the --try variants, parsed but not yet applied (that
	// needs the scenario).
	tries []scenarios.WhatIf
}

// parseSim reads the command line. A usage mistake is an error whose
// message is ready to print.
func parseSim(args []string) (*simFlags, error) {
	c := &simFlags{}
	fs := flag.NewFlagSet("sim", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.scenario, "scenario", "berlin", "")
	intVar(fs, &c.Games, "games", 1000, "")
	uint64Var(fs, &c.Seed, "seed", 1, "")
	fs.StringVar(&c.Bots, "bots", "normal", "")
	vs := fs.String("vs", "", "")
	all := fs.Bool("all", false, "") // the default since issue 14; kept so old commands run
	fs.BoolVar(&c.Core, "core", false, "")
	parties := fs.String("parties", "", "")
	intVar(fs, &c.Generated, "generated", 0, "")
	intVar(fs, &c.CPUs, "cpus", 1, "")
	fs.BoolVar(&c.json, "json", false, "")
	fs.BoolVar(&c.Omniscient, "omniscient", false, "")
	family := fs.String("family", "", "")
	fs.StringVar(&c.records, "records", "", "")
	var tries []string
	fs.Func("try", "", func(v string) error { tries = append(tries, v); return nil })
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case fs.NArg() > 0:
		return nil, fmt.Errorf("unexpected argument %q; sim takes only flags", fs.Arg(0))
	case c.Games < 1:
		return nil, fmt.Errorf("--games %d: want at least 1", c.Games)
	case c.CPUs < 1:
		return nil, fmt.Errorf("--cpus %d: want at least 1", c.CPUs)
	case set["generated"] && c.Generated < 1:
		return nil, fmt.Errorf("--generated %d: want a number of scenarios, at least 1", c.Generated)
	case c.Bots != "mix" && !slices.ContainsFunc(bots.Levels, func(l bots.Level) bool { return l.Name == c.Bots }):
		return nil, fmt.Errorf("unknown AI level %q; want %s or mix", c.Bots, levelNames())
	case *all && set["parties"]:
		return nil, errors.New("--all and --parties both choose the parties; give one of them")
	case c.Core && (*all || set["parties"]):
		return nil, errors.New("--core, --all and --parties all choose the parties; give one of them")
	case (c.Generated > 0 || set["family"]) && (set["scenario"] || *all || c.Core || set["parties"]):
		return nil, errors.New("--generated and --family play generated scenarios; they cannot be combined with --scenario, --all, --core or --parties")
	case set["records"] && strings.TrimSpace(c.records) == "":
		return nil, errors.New("--records: want a folder to write the games' saves to")
	}
	if len(tries) > 0 {
		if err := c.parseTries(tries, set); err != nil {
			return nil, err
		}
	}
	if set["family"] {
		fams, ok := scengen.FamiliesNamed(*family)
		if !ok {
			return nil, fmt.Errorf("unknown family %q; want %s, or rules, optional or all", *family, familyNames())
		}
		c.families = fams
		if !set["generated"] {
			c.Generated = 100
		}
	} else if c.Generated > 0 {
		c.families = []scengen.Family{scengen.Families[0]}
	}
	if c.Generated > 0 && !set["games"] {
		c.Games = 1
	}
	if c.Generated > 0 && c.Games > math.MaxInt/c.Generated {
		return nil, errors.New("--generated times --games is too many games")
	}
	if set["parties"] {
		c.Parties = splitList(*parties)
		if len(c.Parties) == 0 {
			return nil, errors.New("--parties: want a comma-separated list of party ids")
		}
	}
	if set["vs"] {
		kind, seats, hasSeats := strings.Cut(*vs, ":")
		if !slices.Contains(sim.Baselines, kind) {
			return nil, fmt.Errorf("unknown baseline %q; want %s", kind, orList(sim.Baselines))
		}
		c.Vs = kind
		switch {
		case hasSeats && strings.TrimSpace(seats) == "all":
			c.VsAll = true
		case hasSeats:
			c.VsSeats = splitList(seats)
			if len(c.VsSeats) == 0 {
				return nil, fmt.Errorf("--vs %s: want party ids after the colon, as in --vs %s:us,ukraine", *vs, kind)
			}
		}
	}
	return c, nil
}

func familyNames() string {
	var names []string
	for _, f := range scengen.Families {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

func levelNames() string {
	var names []string
	for _, l := range bots.Levels {
		names = append(names, l.Name)
	}
	return strings.Join(names, ", ")
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
	if c.Generated == 0 {
		if c.Scenario, err = scenarios.Find(c.scenario); err != nil {
			fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
			return 1
		}
	}
	if len(c.tries) > 0 {
		return runWhatIf(c, stdout, stderr)
	}
	if len(c.families) > 1 {
		return runFamilies(c, stdout, stderr)
	}
	if len(c.families) == 1 {
		c.Family = c.families[0].Name
	}
	rep, rec, code := simOnce(c, c.records, stderr)
	if code != 0 {
		return code
	}
	if c.json {
		// A write that fails is Run's to report (checkedWriter); only
		// an error of the encoding itself is this command's.
		if err := rep.WriteJSON(stdout); err != nil && writeErr(stdout) == nil {
			fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
			return 1
		}
	} else {
		writeTable(stdout, rep)
	}
	rec.tell(stderr)
	return 0
}

// simOnce runs c.Config, writing its records to dir if not empty, and
// reports a failure on stderr: the exit code is then not 0.
func simOnce(c *simFlags, dir string, stderr io.Writer) (*sim.Report, *recorder, int) {
	var rec *recorder
	if dir != "" {
		var err error
		if rec, err = newRecorder(dir, c.scenario, c.Scenario); err != nil {
			fmt.Fprintf(stderr, "bindingwords sim: --records: %v\n", err)
			return nil, nil, 1
		}
		c.Played = rec.played
	}
	bar := newProgress(stderr, !c.json)
	c.Progress = bar.update
	rep, err := sim.Run(c.Config)
	bar.clear()
	if err == nil && rec != nil {
		err = rec.finish()
	}
	if err != nil {
		fmt.Fprintf(stderr, "bindingwords sim: %v\n", err)
		if errors.As(err, new(*sim.ConfigError)) {
			fmt.Fprintln(stderr, `Run "bindingwords sim --help" for the flags.`)
			return nil, nil, 2
		}
		return nil, nil, 1
	}
	return rep, rec, 0
}

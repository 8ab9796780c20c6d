// Package sim plays games between AI delegates, with no human seat, and
// measures how they went: agreement and ratification rates, the value
// found or left on the table, and how each delegation fared. It is the
// engine of the "bindingwords sim" command, callable from tests and from a
// classroom host without a process or a display.
//
// Its choices, also stated in the command's help:
//
//   - Game i (from 0) is rules.Setup{Seed: S+i, NoLog: true}; the player of
//     seat p in it is seeded with (S+i)*1000+p, so a run from seed S+i of
//     one game replays game i alone. With Bots "mix", each seat's level is
//     drawn from the game's seed, so both runs of a Vs comparison and any
//     replay of the game draw the same levels.
//   - Scenario analysis (frontier, ZOPA, Nash point) is done once per
//     scenario, with the parties taking part; each game's scores are then
//     measured against it.
//   - Rates are shares of all games with Wilson 95% intervals; means have
//     normal-approximation 95% intervals. The project's quality measures
//     (welfare ratio, Pareto distance, Nash ratio) are means over the
//     games in force, since its goals are stated so; the field's (social
//     welfare, distance to the Nash point, Pareto distance in points) are
//     means over every game, a failure measured at the disagreement point
//     (every party at its reservation), as the field counts it.
//   - Results are merged in game order whatever CPUs is, so the report
//     does not depend on it (except the timing).
//   - Games per second counts every game played (both runs with Vs) over
//     the wall-clock time of the playing only, not the analysis.
//   - Every party takes part unless Core leaves the optional ones out or
//     Parties lists them: the New-game screen seats every delegation by
//     default and the answer key analyses them all, so sim's figures are
//     for the game a class plays (until issue 14 the optional ones were
//     left out by default).
//   - Best placed goes to the strictly highest advantage, ties shared, and
//     to nobody without an agreement in force: the shares of all
//     delegations add up to the rate in force.
//   - The most frequent final texts are counted over the games whose
//     agreement was signed; with Generated a text is told apart by its
//     case too, as cases share no text.
//   - With Generated, the rates and quality measures count only games
//     whose case has a non-empty ZOPA (a case with nothing to agree on
//     says nothing about the delegates), and pairing with Vs is by game,
//     since seats mean different things in different cases.
package sim

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"bindingwords/game/bots"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// Config is one run. The sim command's flags map onto it one to one, and
// the messages of a [ConfigError] name those flags.
type Config struct {
	// Scenario is the scenario to play; nil with Generated.
	Scenario *rules.Scenario
	// Games is how many games to play, or with Generated how many per
	// generated scenario; at least 1.
	Games int
	// Seed is the seed of game 0; game i uses Seed+i.
	Seed uint64
	// Bots is the AI level of every seat the baseline does not play:
	// easy, normal, hard or mix ("" is normal). Mix draws each seat's
	// level from the game's seed.
	Bots string
	// Vs is a baseline of [Baselines] ("" for none). It plays VsSeats, by
	// party id, or with no list one seat rotating over the parties taking
	// part (game i: seat i mod n); every game is then also played with
	// every seat at the Bots level, for a paired comparison.
	Vs      string
	VsSeats []string
	// VsAll, with Vs, seats the baseline in every seat instead (VsSeats
	// must then be empty): a table of baselines only, on a scenario or on
	// generated cases of any size.
	VsAll bool
	// Core leaves the scenario's optional parties out; Parties instead
	// lists the parties taking part. With neither, every party plays.
	Core    bool
	Parties []string
	// Generated, if positive, plays on that many random scenarios of
	// Family (the case of seed Seed+j for j from 0) instead of Scenario;
	// game i is played on scenario i / Games.
	Generated int
	// Family names the scengen family of the generated scenarios ("" is
	// "narrow", the benchmark from before the families); one family, not
	// a group: the sim command runs a group family by family.
	Family string
	// CPUs is how many goroutines play (below 1: one). The report does
	// not depend on it.
	CPUs int
	// Omniscient gives every AI delegate every delegation's table and
	// reservation, which no player has: the difference from an ordinary
	// run is what hidden information costs.
	Omniscient bool
	// Progress, if set, is called with 0 done when the playing starts,
	// after the scenario analysis, and then in game order as games
	// finish, with the number done and the total.
	Progress func(done, total int)
	// Played, if set, is given every game as it ends (with Vs, the game
	// with the baseline), from the goroutine that played it: to keep its
	// record, or to check it. Games then keep their event log.
	Played func(i int, m *match.Match)
}

// Baselines are the opponents Config.Vs may name, in the order the sim
// command's help lists them.
var Baselines = []string{"random", bots.Pushover, bots.Hardliner, bots.Boulware, bots.Conceder}

// A ConfigError is a setting the scenario or the library rejects, such
// as a party the scenario does not have: the caller's mistake, unlike a
// scenario the engine refuses or a game that goes wrong.
type ConfigError struct{ Msg string }

func (e *ConfigError) Error() string { return e.Msg }

func configErrorf(format string, args ...any) error {
	return &ConfigError{fmt.Sprintf(format, args...)}
}

// Run plays every game of c and reports on them.
func Run(c Config) (*Report, error) {
	if c.Bots == "" {
		c.Bots = "normal"
	}
	c.CPUs = max(c.CPUs, 1)
	switch {
	case c.Games < 1:
		return nil, configErrorf("--games %d: want at least 1", c.Games)
	case c.Bots != "mix" && !slices.ContainsFunc(bots.Levels, func(l bots.Level) bool { return l.Name == c.Bots }):
		return nil, configErrorf("unknown AI level %q", c.Bots)
	case c.Vs != "" && !slices.Contains(Baselines, c.Vs):
		return nil, configErrorf("unknown baseline %q", c.Vs)
	case c.Generated > 0 && c.Scenario != nil:
		return nil, configErrorf("a run plays either generated scenarios or a scenario, not both")
	case c.Generated <= 0 && c.Scenario == nil:
		return nil, configErrorf("no scenario to play")
	case c.VsAll && (c.Vs == "" || c.VsSeats != nil):
		return nil, configErrorf("--vs %s:all seats the baseline everywhere; name no other seat", c.Vs)
	}
	var s *sim
	var err error
	if c.Generated > 0 {
		s, err = newGeneratedSim(&c)
	} else {
		s, err = newScenarioSim(&c)
	}
	if err != nil {
		return nil, err
	}
	return s.run()
}

// newScenarioSim checks the parties and analyses the scenario.
func newScenarioSim(c *Config) (*sim, error) {
	sc := c.Scenario
	ids := c.Parties
	if ids == nil && c.Core {
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
			return nil, configErrorf("--parties: %s", se.Msg)
		}
		return nil, err
	}
	if err := checkSeats(c.VsSeats, func(id string) bool {
		p := sc.PartyIndex(id)
		return p >= 0 && slices.Contains(t.parties, p)
	}); err != nil {
		return nil, err
	}
	return &sim{cfg: c, tables: func(int) (*table, error) { return t, nil }, scenarios: 1, fixed: t}, nil
}

// newGeneratedSim sets up play on generated scenarios, each analysed as it
// comes.
func newGeneratedSim(c *Config) (*sim, error) {
	name := c.Family
	if name == "" {
		name = "narrow"
	}
	fams, ok := scengen.FamiliesNamed(name)
	if !ok || len(fams) != 1 || fams[0].Name != name {
		return nil, configErrorf("--family %s: want one of %s", name, familyNames())
	}
	fam := fams[0]
	c.Family = fam.Name
	// Only the first Always delegations are in every case of the family.
	var always []string
	for p := range fam.Always {
		always = append(always, "p"+strconv.Itoa(p))
	}
	if err := checkSeats(c.VsSeats, func(id string) bool { return slices.Contains(always, id) }); err != nil {
		return nil, &ConfigError{fmt.Sprintf("%s (generated scenarios always have %s)", err, strings.Join(always, ", "))}
	}
	gen := func(i int) (*table, error) {
		seed := c.Seed + uint64(i)
		sc := fam.Generate(seed)
		t, err := prepare(sc, fam.Parties(sc))
		if err != nil {
			return nil, fmt.Errorf("generated scenario %d (seed %d): %w", i, seed, err)
		}
		return t, nil
	}
	return &sim{cfg: c, tables: gen, scenarios: c.Generated}, nil
}

func familyNames() string {
	var names []string
	for _, f := range scengen.Families {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

func checkSeats(ids []string, ok func(string) bool) error {
	for i, id := range ids {
		if !ok(id) {
			return configErrorf("--vs: %q is not a party taking part", id)
		}
		if slices.Contains(ids[:i], id) {
			return configErrorf("--vs: %q is listed twice", id)
		}
	}
	return nil
}

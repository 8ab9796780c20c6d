package sim

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"bindingwords/game/analysis"
	"bindingwords/game/bots"
	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// A table is one scenario ready to be played: checked
// for the parties taking part and analysed once for all its games.
type table struct {
	sc      *rules.Scenario
	an      *analysis.Analysis
	ids     []string // the parties taking part for rules.Setup; nil for all
	parties []int    // the same as party indexes, in scenario order
}

// prepare checks that sc can be played by the parties ids (nil: all) and
// analyses it for them.
func prepare(sc *rules.Scenario, ids []string) (*table, error) {
	g, _, err := rules.NewGame(sc, rules.Setup{Parties: ids, NoLog: true})
	if err != nil {
		return nil, err
	}
	t := &table{sc: sc, ids: ids, parties: g.Parties()}
	t.an = analysis.Analyze(sc, analysis.Options{Parties: t.parties})
	return t, nil
}

// sim is one run.
type sim struct {
	cfg *Config
	// scenarios is how many tables the run plays, cfg.Games games each;
	// tables makes the i-th one. fixed is the one table of a scenario run
	// (nil with Generated).
	scenarios int
	tables    func(i int) (*table, error)
	fixed     *table
}

type prepared struct {
	t   *table
	err error
}

// A game is what one game number gave: the game as set up, and with Vs
// the same game again with every seat at the Bots level.
type game struct {
	err     error
	table   *table
	base    []bool // per party: the baseline's seats, nil without Vs
	vs      outcome
	allBots outcome
}

// An outcome is one game's result measured against its table's analysis.
type outcome struct {
	formed, inForce bool
	zopa            bool // the scenario's ZOPA is not empty
	rounds          int
	text            string // the signed text (see textOf), if formed
	// adv and best are per party: the advantage (0 without an agreement in
	// force) and the share of "best placed" (1, or 1/k for a k-way tie).
	adv, best             []float64
	welfare, pareto, nash float64 // meaningful only in force
	// The field's measures, in raw points, for every game: a failure is
	// measured at the disagreement point (every party at its reservation).
	social, nashDist, paretoPts float64
	// welfareAll is the welfare ratio with a failure at 0.
	welfareAll float64
	// pledges is per party: its public commitments and what came of them.
	pledges []pledges
	boost   bool // the scenario gives support for a commitment
}

// batch is how many generated scenarios are analysed before their games
// are played, so that the timing covers only the playing and memory holds
// only a batch.
const batch = 32

// run plays every game and tallies them in game order.
func (s *sim) run() (*Report, error) {
	c := s.cfg
	per := c.Games
	total := s.scenarios * per
	vs, all := newTally(c.Generated > 0), newTally(c.Generated > 0)
	pairs := newPairTally(c.Generated > 0)
	var elapsed time.Duration
	var signed []bool
	played, done := 0, 0
	if c.Progress != nil {
		c.Progress(0, total) // the clock of any progress shown starts here
	}
	step := batch * c.CPUs
	for first := 0; first < s.scenarios; first += step {
		tabs := make([]*table, min(step, s.scenarios-first))
		var failed error
		runOrdered(len(tabs), c.CPUs, func(k int) prepared {
			t, err := s.tables(first + k)
			return prepared{t, err}
		}, func(k int, p prepared) bool {
			tabs[k], failed = p.t, p.err
			return failed == nil
		})
		if failed != nil {
			return nil, failed
		}
		start := time.Now()
		runOrdered(len(tabs)*per, c.CPUs, func(k int) game { return s.play(tabs[k/per], first*per+k) },
			func(_ int, g game) bool {
				if g.err != nil {
					failed = g.err
					return false
				}
				vs.add(g.table, &g.vs)
				signed = append(signed, g.vs.formed)
				played++
				if g.base != nil {
					all.add(g.table, &g.allBots)
					pairs.add(g.table, g.base, &g.vs, &g.allBots)
					played++
				}
				done++
				if c.Progress != nil {
					c.Progress(done, total)
				}
				return true
			})
		elapsed += time.Since(start)
		if failed != nil {
			return nil, failed
		}
	}
	r := s.newReport(vs)
	r.signed = signed
	if c.Vs != "" {
		sum := all.summary()
		r.AllBots = &sum
		r.Paired = pairs.rows()
	}
	r.GamesPlayed, r.CPUs = played, c.CPUs
	r.Seconds = Num(elapsed.Seconds())
	r.GamesPerSecond = Num(float64(played) / math.Max(elapsed.Seconds(), 1e-9))
	return r, nil
}

// play plays game number i on t: with Vs twice, once with the baseline
// and once with every seat at the Bots level, from the same seeds.
func (s *sim) play(t *table, i int) game {
	seed := s.cfg.Seed + uint64(i)
	levels := s.levels(t.sc, seed)
	g := game{table: t, base: s.baselineSeats(t, i)}
	var m *match.Match
	g.vs, m, g.err = s.playOne(t, seed, levels, g.base)
	if g.err == nil && s.cfg.Played != nil {
		s.cfg.Played(i, m)
	}
	if g.err == nil && g.base != nil {
		g.allBots, _, g.err = s.playOne(t, seed, levels, nil)
	}
	if g.err != nil {
		g.err = fmt.Errorf("game %d (%s, seed %d): %w", i, t.sc.ID, seed, g.err)
	}
	return g
}

// levels gives each party its Bots level; with mix, one drawn from the
// game's seed for every party of the scenario, so that a seat's level does
// not depend on who else takes part or on who plays the baseline.
func (s *sim) levels(sc *rules.Scenario, seed uint64) []bots.Level {
	out := make([]bots.Level, len(sc.Parties))
	if s.cfg.Bots != "mix" {
		l, _ := bots.LevelByName(s.cfg.Bots) // Run checked the name
		for p := range out {
			out[p] = l
		}
		return out
	}
	r := rand.New(rand.NewPCG(seed, 0x6d6978)) // "mix"
	for p := range out {
		out[p] = bots.Levels[r.IntN(len(bots.Levels))]
	}
	return out
}

// baselineSeats marks the seats the baseline plays in game i: the VsSeats
// list, or else seat i mod n of the n parties taking part.
func (s *sim) baselineSeats(t *table, i int) []bool {
	if s.cfg.Vs == "" {
		return nil
	}
	base := make([]bool, len(t.sc.Parties))
	if s.cfg.VsAll {
		for _, p := range t.parties {
			base[p] = true
		}
		return base
	}
	if s.cfg.VsSeats == nil {
		base[t.parties[i%len(t.parties)]] = true
		return base
	}
	for _, id := range s.cfg.VsSeats {
		base[t.sc.PartyIndex(id)] = true
	}
	return base
}

// playOne sets up one game's seats, plays it to its end and measures it.
// base marks the seats the baseline plays (nil: none). The seat of party
// p is seeded with seed*1000+p, which makes every game of a run
// replayable on its own; this is the one place a sim game is set up and
// played.
func (s *sim) playOne(t *table, seed uint64, levels []bots.Level, base []bool) (outcome, *match.Match, error) {
	seats := make([]match.Seat, len(t.sc.Parties))
	kinds := make([]match.SeatKind, len(t.sc.Parties))
	who := make([]string, len(t.sc.Parties))
	for p := range kinds {
		kinds[p] = match.OutSeat()
	}
	for _, p := range t.parties {
		// The one seeding formula of every table, so that a game here is
		// the game the window plays with the same seed and seats.
		pseed := match.AISeed(seed, p)
		switch {
		case base != nil && base[p] && s.cfg.Vs == "random":
			seats[p], kinds[p], who[p] = bots.NewRandom(pseed), match.AISeat("random"), "the random player"
		case base != nil && base[p]:
			b, err := bots.NewBaseline(s.cfg.Vs, p)
			if err != nil {
				return outcome{}, nil, err
			}
			seats[p], kinds[p], who[p] = b, match.AISeat(s.cfg.Vs), "the "+s.cfg.Vs+" baseline"
		default:
			d := bots.New(levels[p], p, pseed)
			if s.cfg.Omniscient {
				d.Omniscient(t.sc)
			}
			seats[p], kinds[p], who[p] = d, match.AISeat(levels[p].Name), "the "+levels[p].Name+" delegate"
		}
	}
	m, err := match.WithSeats(t.sc, rules.Setup{Seed: seed, Parties: t.ids, NoLog: s.cfg.Played == nil}, seats, kinds)
	if err != nil {
		return outcome{}, nil, err
	}
	if _, err := m.Run(); err != nil {
		var se *match.SeatError
		if errors.As(err, &se) {
			return outcome{}, nil, fmt.Errorf("%s of %s tried an action the rules refuse: %w", who[se.Party], t.sc.Parties[se.Party].ID, se.Err)
		}
		return outcome{}, nil, err
	}
	g := m.Game()
	if !g.Over() {
		return outcome{}, nil, fmt.Errorf("the game stopped in round %d (%s): no seat would act", g.Round(), g.Phase())
	}
	o := t.measure(g, s.cfg.Generated > 0)
	o.pledges, o.boost = pledgesOf(g), t.sc.Press.CommitBoost > 0
	carriedBy(t.sc, g, o.pledges)
	return o, m, nil
}

// measure turns a finished game into an outcome; generated says the run
// plays generated cases.
func (t *table) measure(g *rules.Game, generated bool) outcome {
	r := g.Result()
	np := len(t.sc.Parties)
	o := outcome{formed: r.Formed, inForce: r.InForce, zopa: t.an.ZOPA > 0, rounds: g.Round(),
		adv: make([]float64, np), best: make([]float64, np)}
	// r.Scores holds each party's reservation where no agreement is in
	// force for it, so a failure is measured at the disagreement point.
	m := t.an.Measure(r.Scores)
	o.social, o.nashDist, o.paretoPts = float64(m.SocialWelfare), m.NashDistance, m.ParetoPoints
	o.welfareAll = m.Welfare
	if r.Formed {
		o.text = textOf(t.sc, r, generated)
	}
	if !r.InForce {
		return o
	}
	o.welfare, o.pareto, o.nash = m.Welfare, m.ParetoDistance, m.NashRatio
	top, ties := math.Inf(-1), 0
	for _, p := range t.parties {
		o.adv[p] = m.Advantage[p]
		switch {
		case o.adv[p] > top:
			top, ties = o.adv[p], 1
		case o.adv[p] == top:
			ties++
		}
	}
	for _, p := range t.parties {
		if o.adv[p] == top {
			o.best[p] = 1 / float64(ties)
		}
	}
	return o
}

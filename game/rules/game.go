package rules

import (
	"math/rand/v2"
	"slices"
)

// Phase is where a round stands.
type Phase uint8

// The phases of a game. News, Polls and Ratification happen at once, as
// part of the action that ends the phase before them; the game only rests
// in Table, Press, Signing and Ended.
const (
	PhaseNews Phase = iota + 1
	PhaseTable
	PhasePress
	PhasePolls
	PhaseSigning
	PhaseRatification
	PhaseEnded
)

// Setup chooses how one game of a scenario is played.
type Setup struct {
	// Seed drives every random draw of the game.
	Seed uint64
	// Rounds overrides the scenario's number of rounds when not zero.
	Rounds int
	// Parties lists the ids of the delegations taking part, in any order;
	// nil means every party of the scenario. Optional parties may be left
	// out; the others may not.
	Parties []string
	// NoLog makes the game keep no event log: [Game.Apply] still returns
	// each action's events, but they are valid only until the next call,
	// and [Game.Events] holds only the last action's. Bot-only games for
	// balancing need no log, and keeping one is most of their cost.
	NoLog bool
	// Together is the simultaneous pace for a class on its own devices:
	// every delegation chooses at once (proposals, votes, statements,
	// signatures), each choice sealed until all are in, then revealed and
	// carried out in the rules' order, so the order choices arrive in
	// never changes the outcome.
	Together bool
}

// MaxRounds is the longest game the rules allow.
const MaxRounds = 12

// An Item is an amendment or package put to the table, with its votes.
type Item struct {
	Party   int
	Round   int
	Changes []Change
	// Before holds, for each change, the slot's option when the item was
	// tabled, so that anyone can tell what the item would have replaced.
	Before []int
	// Votes holds each party's vote: VoteNone until it votes.
	Votes   []VoteValue
	Reason  string
	Adopted bool
	Decided bool
}

// VoteValue is one delegation's vote on an item.
type VoteValue uint8

// The values of a vote.
const (
	VoteNone VoteValue = iota
	VoteYes
	VoteNo
)

// Game is one game in progress. It changes only through [Game.Apply];
// accessors return copies or read-only views.
type Game struct {
	sc     *Scenario
	rounds int
	seed   uint64
	active []bool
	order  []int // active parties in scenario order

	pcg rand.PCG
	rng *rand.Rand

	round int
	phase Phase
	turn  int // proposals made this round, in the table phase
	item  int // index into items of the item being voted on, or -1

	text      []int
	bracketed []bool
	present   []bool // per article; decided when signing begins

	support   []int   // per public, tenths
	polls     [][]int // per public: support at the start and after each poll
	weights   [][]int // per public, per attribute: current weights
	threshold [][][]int
	trust     []int
	reassured []int // per public: reassuring statements so far
	addressed [][]int

	commitments []Commitment
	calls       []bool
	tabled      []bool // per party, this round
	spoke       []bool // per party, this round
	decision    []VoteValue
	drawn       []bool // per news card
	newsByRound []int  // card drawn in each round, -1 for none

	// The together pace (see [Setup].Together): window is open while
	// delegations choose what to table; chosen and sealed hold the sealed
	// choices of the current step; queue is the proposals waiting for
	// their vote, in the rules' order.
	together bool
	window   bool
	chosen   []bool
	sealed   []Action
	queue    []Action
	newsHeld bool

	items   []Item
	actions []Action
	events  []Event
	noLog   bool
	probing bool // inside Legal: refusals need no message
	result  *Result
	totals  []int // scratch: attribute totals
}

// NewGame starts a game of sc. It draws the first round's news, so the
// game begins in the table phase of round 1; the returned events say what
// happened.
func NewGame(sc *Scenario, setup Setup) (*Game, []Event, error) {
	if err := checkScenario(sc); err != nil {
		return nil, nil, err
	}
	rounds := sc.Rounds
	if setup.Rounds != 0 {
		rounds = setup.Rounds
	}
	if rounds < 1 || rounds > MaxRounds {
		return nil, nil, &SetupError{Msg: "a game has 1 to 12 rounds"}
	}
	active, err := activeParties(sc, setup.Parties)
	if err != nil {
		return nil, nil, err
	}
	g := &Game{sc: sc, rounds: rounds, seed: setup.Seed, active: active, item: -1, noLog: setup.NoLog, together: setup.Together}
	// The two halves of the PCG seed are fixed functions of the one seed,
	// so a game is reproducible from a single number.
	g.pcg = *rand.NewPCG(setup.Seed, setup.Seed^0x9e3779b97f4a7c15)
	g.rng = rand.New(&g.pcg)
	for p := range sc.Parties {
		if active[p] {
			g.order = append(g.order, p)
		}
	}
	np, npub := len(sc.Parties), len(sc.Publics)
	g.text = sc.DefaultText()
	g.bracketed = make([]bool, len(sc.Slots))
	for i := range sc.Slots {
		g.bracketed[i] = sc.Slots[i].Bracketed
	}
	g.support = make([]int, npub)
	g.polls = make([][]int, npub)
	g.weights = make([][]int, npub)
	g.reassured = make([]int, npub)
	for i := range sc.Publics {
		g.support[i] = sc.Publics[i].Support
		g.polls[i] = []int{sc.Publics[i].Support}
		g.weights[i] = slices.Clone(sc.Publics[i].Weights)
	}
	g.threshold = make([][][]int, np)
	g.trust = make([]int, np)
	g.addressed = make([][]int, np)
	for p := range sc.Parties {
		g.trust[p] = 100
		g.addressed[p] = make([]int, npub)
		g.threshold[p] = make([][]int, len(sc.Forms))
		for f, reqs := range sc.Parties[p].Ratification {
			g.threshold[p][f] = make([]int, len(reqs))
			for i, r := range reqs {
				g.threshold[p][f][i] = r.Threshold
			}
		}
	}
	g.calls = make([]bool, np)
	g.tabled = make([]bool, np)
	g.spoke = make([]bool, np)
	g.decision = make([]VoteValue, np)
	g.chosen = make([]bool, np)
	g.sealed = make([]Action, np)
	g.drawn = make([]bool, len(sc.News))
	g.totals = make([]int, len(sc.Attributes))
	g.startRound()
	return g, g.events, nil
}

func activeParties(sc *Scenario, ids []string) ([]bool, error) {
	active := make([]bool, len(sc.Parties))
	if ids == nil {
		for i := range active {
			active[i] = true
		}
		return active, nil
	}
	for _, id := range ids {
		p := sc.PartyIndex(id)
		if p < 0 {
			return nil, &SetupError{Msg: "the scenario has no delegation " + quote(id)}
		}
		if active[p] {
			return nil, &SetupError{Msg: "delegation " + quote(id) + " is listed twice"}
		}
		active[p] = true
	}
	n := 0
	for p := range sc.Parties {
		if active[p] {
			n++
		} else if !sc.Parties[p].Optional {
			return nil, &SetupError{Msg: sc.Parties[p].Name + " must take part: the scenario does not mark it optional"}
		}
	}
	if n < 2 {
		return nil, &SetupError{Msg: "a negotiation needs at least two delegations"}
	}
	return active, nil
}

// Scenario returns the public part of the scenario being played. Callers
// must not modify it.
func (g *Game) Scenario() *PublicScenario { return &g.sc.PublicScenario }

// Rounds is the number of rounds this game lasts.
func (g *Game) Rounds() int { return g.rounds }

// Seed is the seed the game was set up with.
func (g *Game) Seed() uint64 { return g.seed }

// Round is the current round, from 1.
func (g *Game) Round() int { return g.round }

// Phase is the current phase.
func (g *Game) Phase() Phase { return g.phase }

// Together reports whether the game is played at the simultaneous pace.
func (g *Game) Together() bool { return g.together }

// NewsHeld reports whether the chair holds the news.
func (g *Game) NewsHeld() bool { return g.newsHeld }

// Chosen reports whether party p has made its sealed choice in the
// current step of the together pace. That it has chosen is public; what
// it chose is not, until everyone has.
func (g *Game) Chosen(p int) bool { return p >= 0 && p < len(g.chosen) && g.chosen[p] }

// Over reports whether the game has ended.
func (g *Game) Over() bool { return g.phase == PhaseEnded }

// Active reports whether party p takes part in this game.
func (g *Game) Active(p int) bool { return p >= 0 && p < len(g.active) && g.active[p] }

// Parties returns the indexes of the parties taking part, in scenario order.
func (g *Game) Parties() []int { return slices.Clone(g.order) }

// Setup returns the setup that reproduces this game.
func (g *Game) Setup() Setup {
	ids := make([]string, len(g.order))
	for i, p := range g.order {
		ids[i] = g.sc.Parties[p].ID
	}
	return Setup{Seed: g.seed, Rounds: g.rounds, Parties: ids, Together: g.together}
}

// Actions returns every action applied so far, in order.
func (g *Game) Actions() []Action { return slices.Clone(g.actions) }

// Events returns every event so far. Callers must not modify it.
func (g *Game) Events() []Event { return g.events[:len(g.events):len(g.events)] }

// Result is the outcome once the game is over, or nil.
func (g *Game) Result() *Result { return g.result }

func quote(s string) string { return "\"" + s + "\"" }

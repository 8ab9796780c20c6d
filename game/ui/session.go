package ui

import (
	"errors"

	"bindingwords/game/bots"
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// SeatKind says who plays a delegation.
type SeatKind uint8

// The kinds of seat.
const (
	SeatHuman SeatKind = iota
	SeatAI
	// SeatOut is an optional delegation left out of the game.
	SeatOut
)

// A Seat is who plays one delegation.
type Seat struct {
	Kind  SeatKind
	Level string // for AI seats
}

// Config is a new game as the New game screen sets it up.
type Config struct {
	ScenarioID string
	Scenario   *rules.Scenario
	Seats      []Seat // indexed by party
	Rounds     int
	// TimerMinutes is the optional round timer; 0 means none.
	TimerMinutes int
	Seed         uint64
}

// PaceTicks is how long an AI move stays on screen before the next one:
// 1.2 seconds at 60 ticks per second, long enough to read its reason.
const PaceTicks = 72

// Session is one game being played on this screen: the rules' game, who
// sits where, and the pacing of AI moves. It holds no rules of its own:
// every move goes through [rules.Game.Apply].
type Session struct {
	Cfg     Config
	Sc      *rules.Scenario
	G       *rules.Game
	players []bots.Player
	// Unlocked is the human delegation whose private view is open on the
	// screen (it has passed the pass-the-device screen), or -1.
	Unlocked int
	// Briefed records which human delegations have read their brief.
	Briefed []bool
	// PollsShown is how many rounds' polls the players have seen.
	PollsShown int
	wait       int
	fast       bool
	// TimerLeft counts the round timer down in ticks.
	TimerLeft int
	timerRnd  int
	// LastAI is the index in the event log where the last AI move's
	// events begin, to highlight them.
	LastAI int
}

// NewSession starts a game.
func NewSession(cfg Config) (*Session, error) {
	sc := cfg.Scenario
	if sc == nil {
		return nil, errors.New("no scenario")
	}
	var ids []string
	for p := range sc.Parties {
		if cfg.Seats[p].Kind != SeatOut {
			ids = append(ids, sc.Parties[p].ID)
		}
	}
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: cfg.Seed, Rounds: cfg.Rounds, Parties: ids})
	if err != nil {
		return nil, err
	}
	s := &Session{Cfg: cfg, Sc: sc, G: g, Unlocked: -1, Briefed: make([]bool, len(sc.Parties)),
		players: make([]bots.Player, len(sc.Parties))}
	for p, seat := range cfg.Seats {
		if seat.Kind == SeatAI {
			s.players[p] = newAI(seat.Level, p, cfg.Seed)
		}
	}
	s.resetTimer()
	return s, nil
}

// Human reports whether party p is played by people at this screen.
func (s *Session) Human(p int) bool {
	return p >= 0 && s.Cfg.Seats[p].Kind == SeatHuman && s.G.Active(p)
}

// Humans lists the human delegations in scenario order.
func (s *Session) Humans() []int {
	var out []int
	for _, p := range s.G.Parties() {
		if s.Human(p) {
			out = append(out, p)
		}
	}
	return out
}

// NextToBrief is the first human delegation that has not read its brief, or -1.
func (s *Session) NextToBrief() int {
	for _, p := range s.Humans() {
		if !s.Briefed[p] {
			return p
		}
	}
	return -1
}

// Actor is the delegation the screen waits for next: AI seats first, so
// that humans vote after the AI votes are in, then humans in turn order.
// It returns -1 when nobody is to act.
func (s *Session) Actor() int {
	to := s.G.ToAct()
	for _, p := range to {
		if !s.Human(p) {
			return p
		}
	}
	if len(to) > 0 {
		return to[0]
	}
	return -1
}

// Skip makes AI moves follow one another at once until a human must act.
func (s *Session) Skip() { s.fast, s.wait = true, 0 }

// Pacing reports whether AI moves are being played out.
func (s *Session) Pacing() bool {
	a := s.Actor()
	return a >= 0 && !s.Human(a) && !s.G.Over()
}

// Settled reports that the last move has been on screen long enough for
// the table to move on (to a pass screen, the polls or the results).
func (s *Session) Settled() bool { return s.wait == 0 || s.fast }

// Busy reports whether the session needs ticks without input. The round
// timer does not count: the App ticks it, and rebuilds the screen once a
// second.
func (s *Session) Busy() bool { return s.wait > 0 || s.Pacing() }

// Tick advances the pacing by one tick and plays the next AI move when
// its time has come. It reports whether anything changed on the table.
func (s *Session) Tick() bool {
	changed := false
	if s.wait > 0 && !s.fast {
		s.wait--
		return changed || s.wait == 0
	}
	a := s.Actor()
	if a < 0 || s.Human(a) || s.G.Over() {
		s.fast = false
		return changed
	}
	s.playAI(a)
	s.wait = PaceTicks
	return true
}

func (s *Session) playAI(p int) {
	v := s.G.View(p)
	a, ok := s.players[p].Act(v)
	a.Party = p
	start := len(s.G.Events())
	if ok {
		if _, err := s.G.Apply(a); err == nil {
			s.LastAI = start
			return
		}
	}
	// The delegate had nothing the rules accept: take the first legal
	// action instead, so a bug in an AI never stalls the class.
	if fb, ok := fallback(v); ok {
		if _, err := s.G.Apply(fb); err == nil {
			s.LastAI = start
		}
	}
}

// Apply plays a human delegation's move. On success the table locks
// again: the next human must pass the device.
func (s *Session) Apply(a rules.Action) error {
	_, err := s.G.Apply(a)
	if err != nil {
		return err
	}
	if a.Kind != rules.Call {
		s.Unlocked = -1
	}
	s.wait = PaceTicks / 2
	return nil
}

func (s *Session) resetTimer() {
	s.timerRnd = s.G.Round()
	s.TimerLeft = s.Cfg.TimerMinutes * 60 * 60
}

// TickTimer counts the round timer down by one tick (a new round starts
// it again) and reports whether the clock on screen changed.
func (s *Session) TickTimer() bool {
	if s.Cfg.TimerMinutes == 0 || s.G.Over() {
		return false
	}
	if s.G.Round() != s.timerRnd {
		s.resetTimer()
		return true
	}
	if s.TimerLeft > 0 {
		s.TimerLeft--
		return s.TimerLeft%60 == 0
	}
	return false
}

// TimeUp is the move the round timer makes once it has run out: the
// human delegation whose turn it is passes at the table or makes no
// comment to the press. Votes and signatures still need an answer, so
// for them it returns false, as it does while the time lasts.
func (s *Session) TimeUp() (rules.Action, bool) {
	if s.Cfg.TimerMinutes == 0 || s.TimerLeft > 0 || s.G.Round() != s.timerRnd || s.G.Over() {
		return rules.Action{}, false
	}
	p := s.Actor()
	if p < 0 || !s.Human(p) {
		return rules.Action{}, false
	}
	reason := i18n.T("timer.reason")
	switch s.G.Phase() {
	case rules.PhaseTable:
		if _, pending := s.G.View(rules.Spectator).Pending(); !pending {
			return rules.Action{Party: p, Kind: rules.Pass, Reason: reason}, true
		}
	case rules.PhasePress:
		return rules.Action{Party: p, Kind: rules.Statement, Reason: reason,
			Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}, true
	}
	return rules.Action{}, false
}

// PollRounds is how many rounds have ended with a poll.
func (s *Session) PollRounds() int {
	n := 0
	last := 0
	for _, e := range s.G.Events() {
		if e.Kind == rules.EvPoll && e.Round != last {
			n++
			last = e.Round
		}
	}
	return n
}

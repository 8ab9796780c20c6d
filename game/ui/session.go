package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// Config is a new game as the New game screen sets it up.
type Config struct {
	ScenarioID string
	Scenario   *rules.Scenario
	Seats      []match.SeatKind // indexed by party
	Rounds     int
	// TimerMinutes is the optional round timer; 0 means none.
	TimerMinutes int
	Seed         uint64
}

// Session is one game on this screen: the table (a [match.Match], which
// holds the game, the seats, the pacing, the timer and the privacy lock)
// and what the screens remember of it. It holds no rules and no seats of
// its own: every move goes through [match.Match.Submit] or the match's
// loop.
type Session struct {
	Cfg Config
	m   *match.Match
	// Briefed records which human delegations have read their brief.
	Briefed []bool
	// PollsShown is how many rounds' polls the players have seen.
	PollsShown int
	// ballot is the item (numbered from 1) that the people at this screen
	// are voting on in turn, since its public screen was shown; 0 for
	// none. Once the item is decided, the table shows its result.
	ballot int
	// hosted marks a class's game the window shows read-only (its results
	// and debrief): the host keeps that game's saves, and the window's own
	// autosave, a game the teacher may want to continue, must not be
	// overwritten by it.
	hosted bool
}

// NewSession starts a game.
func NewSession(cfg Config) (*Session, error) {
	m, err := match.New(match.Config{Scenario: cfg.Scenario, Seed: cfg.Seed, Rounds: cfg.Rounds,
		Seats: cfg.Seats, TimerMinutes: cfg.TimerMinutes})
	if err != nil {
		return nil, err
	}
	return &Session{Cfg: cfg, m: m, Briefed: make([]bool, len(cfg.Scenario.Parties))}, nil
}

// ResumeSession continues a loaded game where it stood, with the same
// seats and the round timer as it was saved. id is the scenario as the
// New game screen names it (a built-in id or a file's path).
func ResumeSession(id string, sc *rules.Scenario, g *rules.Game, seats []rules.Seat, clock match.Clock) (*Session, error) {
	m, err := match.Resume(sc, g, seats, clock.Minutes)
	if err != nil {
		return nil, err
	}
	m.SetClock(clock)
	m.Resume() // the teacher's pause ends when the game is back on screen
	s := &Session{Cfg: Config{ScenarioID: id, Scenario: sc, Seats: m.Kinds(), Rounds: g.Rounds(),
		TimerMinutes: clock.Minutes, Seed: g.Seed()}, m: m, Briefed: make([]bool, len(sc.Parties))}
	// Every delegation read its brief in the lesson before; any can open
	// it again from the table. The polls of rounds already played were
	// seen before the break.
	for p := range s.Briefed {
		s.Briefed[p] = true
	}
	s.PollsShown = s.PollRounds()
	return s, nil
}

// frozen is the game of s as it stood at g, that nobody moves on: what
// the replay shows of each step.
func (s *Session) frozen(g *rules.Game) *Session {
	return &Session{Cfg: s.Cfg, m: match.Frozen(s.Cfg.Scenario, g, s.m.RecordSeats()), Briefed: s.Briefed, PollsShown: g.Round()}
}

// Human reports whether party p is played by people at this screen.
func (s *Session) Human(p int) bool { return s.m.Human(p) }

// Humans lists the human delegations in scenario order.
func (s *Session) Humans() []int { return s.m.Humans() }

// RulesSeats lists who plays each delegation taking part, as saves record
// it.
func (s *Session) RulesSeats() []rules.Seat { return s.m.RecordSeats() }

// Seat is who plays party p.
func (s *Session) Seat(p int) match.SeatKind { return s.m.Kind(p) }

// Solo reports whether a single delegation is played by people at this
// screen: with nobody to hide its brief from, it takes no pass screens.
func (s *Session) Solo() bool { return len(s.Humans()) == 1 }

// openBallot reports whether the vote now pending is one the people at
// this screen have not been called to yet, and if so records that they
// are: its public screen is shown once, before the first ballot.
func (s *Session) openBallot() bool {
	v := s.Public()
	if !v.HasPending() || s.ballot == v.NumItems() {
		return false
	}
	s.ballot = v.NumItems()
	return true
}

// ballotDecided is the item (from 0) whose ballot the people at this
// screen cast and which has now been decided, and true, until
// [Session.closeBallot]: the table shows its result once.
func (s *Session) ballotDecided() (int, bool) {
	if s.ballot == 0 || !s.Public().ItemDecided(s.ballot-1) {
		return 0, false
	}
	return s.ballot - 1, true
}

// ballotDone reports whether a ballot the people cast awaits its result
// screen.
func (s *Session) ballotDone() bool {
	_, ok := s.ballotDecided()
	return ok
}

// closeBallot forgets the ballot once its result is on screen.
func (s *Session) closeBallot() { s.ballot = 0 }

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
func (s *Session) Actor() int { return s.m.Actor() }

// Unlocked is the human delegation whose private view is open on the
// screen (it has passed the pass-the-device screen), or -1.
func (s *Session) Unlocked() int { return s.m.Unlocked() }

// Unlock opens party p's private view: it has taken the device.
func (s *Session) Unlock(p int) { _ = s.m.Unlock(p) }

// Lock closes every private view.
func (s *Session) Lock() { s.m.Lock() }

// Hold pauses the table (the round timer and AI moves) while the screen
// shows something other than the round: the polls, the menu, the
// settings, saving, a brief before the first round. It is the teacher's
// pause. Hold(false) lets the round go on.
func (s *Session) Hold(paused bool) {
	if paused {
		s.m.Pause()
	} else {
		s.m.Resume()
	}
}

// Skip makes AI moves follow one another at once until a human must act.
func (s *Session) Skip() { s.m.Skip() }

// Pacing reports whether AI moves are being played out.
func (s *Session) Pacing() bool { return s.m.Pacing() }

// Settled reports that the last move has been on screen long enough for
// the table to move on (to a pass screen, the polls or the results).
func (s *Session) Settled() bool { return s.m.Settled() }

// Busy reports whether the session needs ticks without input. The round
// timer does not count: the App ticks it, and rebuilds the screen once a
// second.
func (s *Session) Busy() bool { return s.m.Busy() }

// Tick advances the pacing by one tick and plays the next AI move when
// its time has come. It reports whether anything changed on the table.
func (s *Session) Tick() bool { return s.m.Tick() }

// LastAI is the index in the event log where the last AI move's events
// begin, to highlight them.
func (s *Session) LastAI() int { return s.m.LastAI() }

// Apply plays the move of the delegation that has the device. On success
// the table locks again (but for a call for signature): the next human
// must pass the device.
func (s *Session) Apply(a rules.Action) error {
	_, err := s.m.Submit(s.m.Unlocked(), a)
	return err
}

// TimerLeft counts the round timer down in ticks.
func (s *Session) TimerLeft() int { return s.m.TimerLeft() }

// TickTimer counts the round timer down by one tick and reports whether
// the clock on screen changed.
func (s *Session) TickTimer() bool { return s.m.TickTimer() }

// TimeUp makes the move the round timer makes once it has run out for
// the delegation whose turn it is (a pass at the table, no comment to the
// press) and returns it; false when the timer has nothing to do.
func (s *Session) TimeUp() (rules.Action, bool) {
	act, ok := s.m.TimeUp(i18n.T("timer.reason"))
	if !ok {
		return act, false
	}
	_, ok = s.m.TimeOut(act.Reason)
	return act, ok
}

// PollRounds is how many rounds have ended with a poll.
func (s *Session) PollRounds() int {
	n, last := 0, 0
	for _, e := range s.m.Public().Events() {
		if e.Kind == rules.EvPoll && e.Round != last {
			n++
			last = e.Round
		}
	}
	return n
}

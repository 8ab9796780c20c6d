package match

// clock is the round timer: minutes a round, counted down in ticks, set
// again when a new round starts.
type clock struct {
	minutes int
	left    int // ticks
	round   int // the round it counts for
}

func (c *clock) restart(round int) {
	c.round = round
	c.left = c.minutes * 60 * TicksPerSecond
}

// out reports that the time for round has run out.
func (c *clock) out(round int) bool {
	return c.minutes > 0 && c.left == 0 && c.round == round
}

// A Clock is the round timer as a screen shows it and a save keeps it.
type Clock struct {
	// Minutes is the time a round has; 0 means no timer.
	Minutes int
	// Left is what remains of this round's time, in seconds (rounded up).
	Left int
	// Round is the round it counts for.
	Round int
	// Paused reports that the match is held.
	Paused bool
}

// Clock is the round timer now.
func (m *Match) Clock() Clock {
	return Clock{Minutes: m.clock.minutes, Left: (m.clock.left + TicksPerSecond - 1) / TicksPerSecond,
		Round: m.clock.round, Paused: m.paused}
}

// SetClock restores a saved round timer. A clock saved for another round
// than the game's starts that round afresh; the time left is kept within
// the round's length.
func (m *Match) SetClock(c Clock) {
	m.clock.minutes = max(c.Minutes, 0)
	m.clock.restart(m.g.Round())
	if c.Round == m.g.Round() && c.Minutes > 0 {
		m.clock.left = min(max(c.Left, 0)*TicksPerSecond, m.clock.left)
	}
	m.paused = c.Paused
}

// TimerLeft is what remains of the round's time in ticks.
func (m *Match) TimerLeft() int { return m.clock.left }

// TickTimer counts the round timer down by one tick (a new round starts
// it again) and reports whether the clock a screen shows changed. A
// paused match's clock stands still.
func (m *Match) TickTimer() bool {
	c := &m.clock
	if c.minutes == 0 || m.g.Over() || m.paused || m.frozen {
		return false
	}
	if m.g.Round() != c.round {
		c.restart(m.g.Round())
		return true
	}
	if c.left > 0 {
		c.left--
		return c.left%TicksPerSecond == 0
	}
	return false
}

package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// newGameScene sets up a game: scenario, who plays each delegation,
// rounds and the round timer.
type newGameScene struct {
	a *App
	// pick chooses the scenario; sc is the chosen one, loaded.
	pick   *scenarioPicker
	sc     *rules.Scenario
	err    string
	seats  []match.SeatKind
	rounds int
	timer  int // index into timerChoices
}

var timerChoices = []int{0, 3, 4, 5, 6, 8, 10}

func newNewGame(a *App) *newGameScene {
	s := &newGameScene{a: a, pick: newScenarioPicker(a, "ng")}
	s.load()
	return s
}

// newNewGameError reopens the set-up screen with the error that stopped
// the game from starting.
func newNewGameError(a *App, err error) *newGameScene {
	s := newNewGame(a)
	s.err = err.Error()
	return s
}

func (s *newGameScene) load() {
	sc, err := s.a.loadScenario(s.pick.id)
	s.sc, s.err, s.seats = sc, "", nil
	if err != nil {
		s.err = err.Error()
		return
	}
	s.rounds = sc.Rounds
	s.seats = make([]match.SeatKind, len(sc.Parties))
	for p := range s.seats {
		// One human delegation by default, the others played by AI: a
		// teacher changes the seats for a class.
		s.seats[p] = match.AISeat(match.DefaultLevel)
	}
	if len(s.seats) > 0 {
		s.seats[0] = match.HumanSeat()
	}
}

// seatChoices are the options for a delegation's seat, in order.
func seatChoices(optional bool) []match.SeatKind {
	out := []match.SeatKind{match.HumanSeat()}
	for _, l := range match.LevelNames() {
		out = append(out, match.AISeat(l))
	}
	if optional {
		out = append(out, match.OutSeat())
	}
	return out
}

// seatLabel names a seat kind on screen. The translation tables want
// literal keys, so each level is named here.
func seatLabel(s match.SeatKind) string {
	switch s.Role {
	case match.Human:
		return i18n.T("seat.human")
	case match.Out:
		return i18n.T("seat.out")
	}
	switch s.Level {
	case "easy":
		return i18n.T("seat.ai.easy")
	case "hard":
		return i18n.T("seat.ai.hard")
	}
	return i18n.T("seat.ai.normal")
}

// Busy while the browser's file chooser is open, to pick up its file.
func (s *newGameScene) Busy() bool { return s.pick.busy() }

func (s *newGameScene) Update(u *widget.UI) Outcome {
	if s.pick.screen(u, i18n.T("newgame.title"), s.load) {
		return stay()
	}
	body := setupFrame(u, i18n.T("newgame.title"), i18n.T("newgame.sub"))
	area := widget.R(body.X, body.Y, body.W, body.H-70)
	if left, right, ok := setupColumns(u, area); ok {
		if s.pick.row(u, left.X, left.Y, left.W, s.sc) {
			return stay()
		}
		rowH := s.pick.rowHeight(u, left.W, s.sc)
		// The settings fill the right column, their rows squeezed to fit
		// it; at a large text size they scroll.
		y := u.BeginScroll("ng.settings", right)
		u.EndScroll(s.settings(u, right.X, y, right.W-widget.ScrollbarW-4, right.H))
		// The summary pane comes after the seats in the Tab order.
		sumR := widget.R(left.X, left.Y+rowH+16, left.W, left.H-rowH-16)
		y = u.BeginScroll("ng.summary", sumR)
		u.EndScroll(y + s.summary(u, sumR.X, y, sumR.W-widget.ScrollbarW))
	} else {
		// One column that scrolls: the scenario, its summary, then the
		// settings, each row as wide as the screen.
		w := area.W - widget.ScrollbarW - 8
		y := u.BeginScroll("ng.page", area)
		if s.pick.row(u, area.X, y, w, s.sc) {
			u.EndScroll(y)
			return stay()
		}
		y += s.pick.rowHeight(u, w, s.sc) + 12
		y += s.summary(u, area.X, y, w) + 20
		u.EndScroll(s.settings(u, area.X, y, w, 0))
	}

	// Start comes before Back in the Tab order, although Back is drawn
	// to its left: Down from the last setting (the round timer) goes on
	// to starting the game, never out of the screen.
	btn := footerButtons(body, 200, buttonW(u, i18n.T("newgame.start"), 260))
	if u.Button("ng.start", btn[1], i18n.T("newgame.start"), widget.ButtonStyle{Primary: true, Disabled: s.sc == nil}) {
		cfg := &Config{ScenarioID: s.pick.id, Scenario: s.sc, Seats: append([]match.SeatKind(nil), s.seats...),
			Rounds: s.rounds, TimerMinutes: timerChoices[s.timer], Seed: s.a.newSeed()}
		return Outcome{To: ToStart, Cfg: cfg}
	}
	if u.Button("ng.back", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || u.In.Back {
		return goTo(ToTitle)
	}
	return stay()
}

// settings draws the delegations' seats, the rounds and the round timer
// from y in a column of width w, and returns the y below them. With
// height h, the seat rows shrink (no lower than their text) so that the
// column fits it; 0 leaves them at full height.
func (s *newGameScene) settings(u *widget.UI, x, y, w, h float64) float64 {
	th := u.Th
	small := u.Size(theme.Small)
	u.Text(x, y, i18n.T("newgame.delegations"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	if s.sc == nil {
		return y
	}
	rowH := 52.0
	if h > 0 {
		// What the rows leave: the heading above, the rounds and the
		// timer below. A row is never lower than its text and a margin.
		fixed := widget.LineHeight(small) + 4 + 10 + 60 + 52
		rowH = max(widget.LineHeight(u.Size(theme.Body))+12, min(52.0, (h-fixed)/float64(len(s.seats))-8))
	}
	for p := range s.sc.Parties {
		party := &s.sc.Parties[p]
		choices := seatChoices(party.Optional)
		cur := 0
		for i, c := range choices {
			if c == s.seats[p] {
				cur = i
			}
		}
		id := "ng.seat." + party.ID
		if d := u.Choice(id, widget.R(x, y, w, rowH), party.Name, seatLabel(s.seats[p]), i18n.T("newgame.seat.tip"), partyColour(u, p)); d != 0 {
			s.seats[p] = choices[(cur+d+len(choices))%len(choices)]
		}
		y += rowH + 8
	}
	y += 10
	if d := u.Choice("ng.rounds", widget.R(x, y, w, 52), i18n.T("newgame.rounds"), itoa(s.rounds), i18n.T("newgame.rounds.tip"), nil); d != 0 {
		s.rounds = min(max(s.rounds+d, 1), rules.MaxRounds)
	}
	y += 60
	tl := i18n.T("newgame.timer.off")
	if m := timerChoices[s.timer]; m > 0 {
		tl = i18n.T("newgame.timer.min", "n", m)
	}
	if d := u.Choice("ng.timer", widget.R(x, y, w, 52), i18n.T("newgame.timer"), tl, i18n.T("newgame.timer.tip"), nil); d != 0 {
		s.timer = (s.timer + d + len(timerChoices)) % len(timerChoices)
	}
	return y + 52
}

// summary draws the scenario's summary (or why it does not load) at y in
// width w and returns its height.
func (s *newGameScene) summary(u *widget.UI, x, y, w float64) float64 {
	size := u.Size(theme.Body)
	if s.err != "" {
		return u.Para(x, y, w, s.err, widget.Sans, size, u.Th.Bad)
	}
	if s.sc != nil {
		return u.Para(x, y, w, s.sc.Summary, widget.Serif, size, u.Th.Text)
	}
	return 0
}

// setupColumns splits the set-up screens' area into their two columns,
// or reports (ok false) that two would squeeze their rows at this window
// and interface and text size: the screen is then one column that
// scrolls. A column needs room for a delegation's name and its seat.
func setupColumns(u *widget.UI, area widget.Rect) (left, right widget.Rect, ok bool) {
	colW := (area.W - 32) / 2
	if colW < u.Size(theme.Body)*19 {
		return widget.Rect{}, widget.Rect{}, false
	}
	return widget.R(area.X, area.Y, colW, area.H), widget.R(area.X+colW+32, area.Y, colW, area.H), true
}

// setupFrame is screenFrame for the set-up screens, whose subtitle says
// what to choose: when it does not fit on one line (a large text size, a
// small window) it wraps under the rule instead of being cut short.
func setupFrame(u *widget.UI, title, sub string) widget.Rect {
	size := u.Size(theme.Body)
	if u.Measure(sub, widget.Sans, size) <= u.W-2*margin {
		return screenFrame(u, title, sub)
	}
	body := screenFrame(u, title, "")
	h := u.Para(body.X, body.Y, body.W, sub, widget.Sans, size, u.Th.TextMuted) + 14
	return widget.R(body.X, body.Y+h, body.W, body.H-h)
}

// buttonW is the width of a footer button: at least w, and wide enough
// for its label at any text size.
func buttonW(u *widget.UI, label string, w float64) float64 {
	return max(w, u.Measure(label, widget.SansBold, u.Size(theme.Body))+40)
}

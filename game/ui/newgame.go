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
	a      *App
	idx    int // scenario index in Options.Scenarios
	sc     *rules.Scenario
	err    string
	seats  []match.SeatKind
	rounds int
	timer  int // index into timerChoices
}

var timerChoices = []int{0, 3, 4, 5, 6, 8, 10}

func newNewGame(a *App) *newGameScene {
	s := &newGameScene{a: a}
	for i, id := range a.opt.Scenarios {
		if id == a.opt.Scenario {
			s.idx = i
		}
	}
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
	sc, err := s.a.opt.Load(s.a.opt.Scenarios[s.idx])
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

func (s *newGameScene) Busy() bool { return false }

func (s *newGameScene) Update(u *widget.UI) Outcome {
	th := u.Th
	body := screenFrame(u, i18n.T("newgame.title"), i18n.T("newgame.sub"))
	colW := (body.W - 32) / 2
	left := widget.R(body.X, body.Y, colW, body.H-70)
	right := widget.R(body.X+colW+32, body.Y, colW, body.H-70)
	small, size := u.Size(theme.Small), u.Size(theme.Body)

	if scenarioChoice(u, "ng.scenario", widget.R(left.X, left.Y, left.W, 52), s.a.opt.Scenarios, &s.idx, s.sc) {
		s.load()
	}
	ry := right.Y
	u.Text(right.X, ry, i18n.T("newgame.delegations"), widget.SansBold, small, th.TextMuted)
	ry += widget.LineHeight(small) + 4
	if s.sc != nil {
		rowH := min(52.0, (right.H-170)/float64(len(s.seats))-8)
		rowH = max(rowH, 44)
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
			if d := u.Choice(id, widget.R(right.X, ry, right.W, rowH), party.Name, seatLabel(s.seats[p]), i18n.T("newgame.seat.tip"), partyColour(u, p)); d != 0 {
				s.seats[p] = choices[(cur+d+len(choices))%len(choices)]
			}
			ry += rowH + 8
		}
		ry += 10
		if d := u.Choice("ng.rounds", widget.R(right.X, ry, right.W, 52), i18n.T("newgame.rounds"), itoa(s.rounds), i18n.T("newgame.rounds.tip"), nil); d != 0 {
			s.rounds = min(max(s.rounds+d, 1), rules.MaxRounds)
		}
		ry += 60
		tl := i18n.T("newgame.timer.off")
		if m := timerChoices[s.timer]; m > 0 {
			tl = i18n.T("newgame.timer.min", "n", m)
		}
		if d := u.Choice("ng.timer", widget.R(right.X, ry, right.W, 52), i18n.T("newgame.timer"), tl, i18n.T("newgame.timer.tip"), nil); d != 0 {
			s.timer = (s.timer + d + len(timerChoices)) % len(timerChoices)
		}
	}

	// The summary pane comes after the seats in the Tab order.
	sumR := widget.R(left.X, left.Y+68, left.W, left.H-68)
	y0 := u.BeginScroll("ng.summary", sumR)
	y := y0
	if s.err != "" {
		y += u.Para(sumR.X, y, sumR.W-widget.ScrollbarW, s.err, widget.Sans, size, th.Bad)
	} else if s.sc != nil {
		y += u.Para(sumR.X, y, sumR.W-widget.ScrollbarW, s.sc.Summary, widget.Serif, size, th.Text)
	}
	u.EndScroll(y)

	// Start comes before Back in the Tab order, although Back is drawn
	// to its left: Down from the last setting (the round timer) goes on
	// to starting the game, never out of the screen.
	btn := footerButtons(body, 200, 260)
	if u.Button("ng.start", btn[1], i18n.T("newgame.start"), widget.ButtonStyle{Primary: true, Disabled: s.sc == nil}) {
		cfg := &Config{ScenarioID: s.a.opt.Scenarios[s.idx], Scenario: s.sc, Seats: append([]match.SeatKind(nil), s.seats...),
			Rounds: s.rounds, TimerMinutes: timerChoices[s.timer], Seed: s.a.newSeed()}
		return Outcome{To: ToStart, Cfg: cfg}
	}
	if u.Button("ng.back", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || u.In.Back {
		return goTo(ToTitle)
	}
	return stay()
}

// scenarioChoice is the scenario row of the New game and class setup
// screens: the chosen scenario's title (its id until it has loaded),
// stepped through ids with the arrows. It reports whether idx changed.
func scenarioChoice(u *widget.UI, id string, r widget.Rect, ids []string, idx *int, sc *rules.Scenario) bool {
	name := ids[*idx]
	if sc != nil {
		name = sc.Title
	}
	d := u.Choice(id, r, i18n.T("newgame.scenario"), name, "", nil)
	if d == 0 || len(ids) < 2 {
		return false
	}
	*idx = (*idx + d + len(ids)) % len(ids)
	return true
}

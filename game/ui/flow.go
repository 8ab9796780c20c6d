package ui

// Route names where the game goes next.
type Route uint8

// The routes between scenes.
const (
	Stay Route = iota
	ToTitle
	ToNewGame
	ToSettings
	// ToBack returns from the settings to the screen that opened them.
	ToBack
	ToQuit
	// ToStart starts a new session from Outcome.Cfg.
	ToStart
	// ToBriefs walks the human delegations through their private briefs
	// (each behind its pass screen), then opens the table.
	ToBriefs
	// ToPass shows the pass-the-device screen for Outcome.Party.
	ToPass
	// ToUnlocked: Outcome.Party has taken the device.
	ToUnlocked
	// ToBrief opens the unlocked delegation's brief during the game.
	ToBrief
	ToTable
	ToPolls
	ToRatification
	ToDebrief
)

// Why the pass-the-device screen is shown.
type passPurpose uint8

const (
	passToAct passPurpose = iota
	passForBrief
)

// An Outcome is what a scene's Update decided.
type Outcome struct {
	To      Route
	Party   int
	Purpose passPurpose
	Cfg     *Config
}

func stay() Outcome { return Outcome{} }

func goTo(r Route) Outcome { return Outcome{To: r} }

// route decides every change of scene: the whole flow of the game is
// this one switch.
func (a *App) route(o Outcome) {
	s := a.session
	switch o.To {
	case ToTitle:
		a.scene = newTitle(a)
	case ToNewGame:
		a.scene = newNewGame(a)
	case ToSettings:
		a.back = a.scene
		a.scene = newSettings(a)
	case ToBack:
		a.scene = a.back
	case ToQuit:
		a.quit = true
	case ToStart:
		sess, err := NewSession(*o.Cfg)
		if err != nil {
			a.scene = newNewGameError(a, err)
			return
		}
		a.session, a.table = sess, newTable(a, sess)
		a.scene = newBriefing(a, sess)
	case ToBriefs:
		if p := s.NextToBrief(); p >= 0 {
			a.scene = newPass(a, s, p, passForBrief)
			return
		}
		a.scene = a.table
	case ToPass:
		a.scene = newPass(a, s, o.Party, o.Purpose)
	case ToUnlocked:
		s.Unlocked = o.Party
		if o.Purpose == passForBrief {
			a.scene = newBrief(a, s, o.Party, true)
			return
		}
		a.scene = a.table
	case ToBrief:
		a.scene = newBrief(a, s, s.Unlocked, false)
	case ToTable:
		a.scene = a.table
	case ToPolls:
		s.Unlocked = -1
		s.PollsShown++
		a.scene = newPolls(a, s, s.PollsShown)
	case ToRatification:
		s.Unlocked = -1
		a.scene = newRatification(a, s)
	case ToDebrief:
		a.scene = newDebrief(a, s)
	default:
		panic("ui: unknown route")
	}
}

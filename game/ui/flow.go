package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/save"
)

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
	// ToContinue resumes the autosaved game.
	ToContinue
	// ToLoad opens the list of saved games; ToLoadFile loads Outcome.File.
	ToLoad
	ToLoadFile
	// ToMenu opens the game menu (save, settings, leave); ToSaveAs asks a
	// name to save the game under.
	ToMenu
	ToSaveAs
	// ToBriefs walks the human delegations through their private briefs
	// (each behind its pass screen), then opens the table.
	ToBriefs
	// ToChooser lets any human delegation open its brief again.
	ToChooser
	// ToPass shows the pass-the-device screen for Outcome.Party.
	ToPass
	// ToUnlocked: Outcome.Party has taken the device.
	ToUnlocked
	// ToBrief opens Outcome.Party's brief during the game: at once if it
	// has the device, else behind its pass screen.
	ToBrief
	ToTable
	// ToResult shows the public result of the vote the people at this
	// screen have just cast in turn (hot-seat).
	ToResult
	ToPolls
	// ToNews shows the round's news card before its first move.
	ToNews
	ToRatification
	ToDebrief
	// ToReplay steps through the game just played.
	ToReplay
	// ToClassSetup sets up a class served to the teams' devices;
	// ToLobby opens the room Outcome.Setup describes; ToProjector shows
	// the class's game once the teacher has started it.
	ToClassSetup
	ToLobby
	ToProjector
)

// Why the pass-the-device screen is shown.
type passPurpose uint8

const (
	passToAct passPurpose = iota
	// passForBrief: the brief at the start of the game.
	passForBrief
	// passForReview: a brief opened again during the game.
	passForReview
	// passForItem: the first ballot on an item, whose public screen
	// shows the item to everyone before the first voter takes the device.
	passForItem
)

// An Outcome is what a scene's Update decided.
type Outcome struct {
	To      Route
	Party   int
	Purpose passPurpose
	Cfg     *Config
	// File is the save to load.
	File string
	// Setup is the class to host.
	Setup *classSetup
}

func stay() Outcome { return Outcome{} }

func goTo(r Route) Outcome { return Outcome{To: r} }

// route decides every change of scene: the whole flow of the game is
// this one switch. It also decides whether the round goes on while the
// new scene is shown: at the table, the pass screens of the round, a brief
// opened again and the brief chooser it does; everywhere else (the polls,
// the menu, the settings, saving, the first briefs) the match is held,
// the teacher's pause, with its timer stopped.
func (a *App) route(o Outcome) {
	s := a.session
	runs := false
	defer func() {
		if a.session != nil {
			a.session.Hold(!runs)
		}
	}()
	if o.To == ToPass && s != nil && s.Solo() {
		// One delegation of people: nobody to look away, no pass screen.
		o.To = ToUnlocked
	}
	switch o.To {
	case ToTitle:
		a.leaveGame()
		a.closeClass()
		a.scene = newTitle(a)
	case ToNewGame:
		a.scene = newNewGame(a)
	case ToSettings:
		a.back, a.backRuns = a.scene, s != nil && !s.m.Paused()
		a.scene = newSettings(a)
	case ToBack:
		a.scene, runs = a.back, a.backRuns
	case ToQuit:
		a.leaveGame()
		a.closeClass()
		a.quit = true
	case ToStart:
		sess, err := NewSession(*o.Cfg)
		if err != nil {
			a.scene = newNewGameError(a, err)
			return
		}
		a.startSession(sess)
		a.scene = newBriefing(a, sess)
	case ToContinue, ToLoadFile:
		if a.saves == nil {
			a.scene = newTitle(a)
			return
		}
		var l *save.Loaded
		var err error
		if o.To == ToLoadFile {
			l, err = a.saves.Load(o.File)
		} else {
			l, err = a.saves.Continue()
		}
		if err == nil {
			err = a.resume(l)
		}
		switch {
		case err == nil:
			// The resumed round's news was read before the save: its
			// card stays on the ticker rather than opening again.
			a.table.newsRound = a.session.Public().Round()
			a.scene, runs = a.table, true
		case o.To == ToLoadFile:
			a.scene = newLoadError(a, err)
		default:
			a.scene = newTitleError(a, i18n.T("title.continue.failed", "error", err.Error()))
		}
	case ToLoad:
		a.scene = newLoad(a)
	case ToMenu:
		a.scene = newMenu(a)
	case ToSaveAs:
		a.scene = newSaveAs(a)
	case ToBriefs:
		if p := s.NextToBrief(); p >= 0 {
			a.route(Outcome{To: ToPass, Party: p, Purpose: passForBrief})
			return
		}
		a.scene, runs = a.table, true
	case ToChooser:
		a.scene, runs = newChooser(a, s), true
	case ToPass:
		a.scene, runs = newPass(a, s, o.Party, o.Purpose), o.Purpose != passForBrief
	case ToUnlocked:
		runs = o.Purpose != passForBrief
		s.Unlock(o.Party)
		switch o.Purpose {
		case passForBrief:
			a.scene = newBrief(a, s, o.Party, true)
		case passForReview:
			a.scene = newBrief(a, s, o.Party, false)
		default:
			a.scene = a.table
		}
	case ToBrief:
		runs = true
		if o.Party == s.Unlocked() {
			a.scene = newBrief(a, s, o.Party, false)
			return
		}
		a.route(Outcome{To: ToPass, Party: o.Party, Purpose: passForReview})
	case ToTable:
		a.scene, runs = a.table, true
	case ToResult:
		a.scene, runs = newResult(a, s), true
	case ToPolls:
		s.Lock()
		s.PollsShown++
		a.scene = newPolls(a, s, s.PollsShown)
	case ToNews:
		a.scene = newNewsCard(a, s)
	case ToRatification:
		s.Lock()
		a.scene = newRatification(a, s)
	case ToDebrief:
		if a.debrief == nil || a.debrief.s != s {
			a.debrief = newDebrief(a, s)
		}
		a.scene = a.debrief
	case ToReplay:
		a.scene = newReplay(a, s)
	case ToClassSetup:
		a.scene = newClassSetup(a)
	case ToLobby:
		c, err := a.openClass(*o.Setup)
		if err != nil {
			a.scene = newClassSetupError(a, *o.Setup, err)
			return
		}
		a.scene = newLobby(a, c)
	case ToProjector:
		a.scene = newProjector(a, a.class)
	default:
		panic("ui: unknown route")
	}
}

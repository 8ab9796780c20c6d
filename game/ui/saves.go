package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui/prefs"
)

// findScenario is the store's Finder: the scenario file a game was played
// from, or else the scenario by its id, both through Options.Load, so that
// a save of a built-in scenario loads the same scenario the New game
// screen offers (compiled in as Go values in the browser build).
func (a *App) findScenario(id, hash, source string) (*rules.Scenario, error) {
	return save.FindWith(a.opt.Load)(id, hash, source)
}

// scenarioSource is the path saves record for a game of the scenario the
// set-up screens named id: a scenario file's absolute path, or "" for a
// built-in scenario (whose id is the scenario's own, builtin).
func scenarioSource(id, builtin string) string {
	if id == "" || id == builtin {
		return ""
	}
	abs, err := filepath.Abs(id)
	if err != nil {
		return ""
	}
	return abs
}

// startSession makes s the game on screen and autosaves it at once, so a
// crash in the first phase still leaves something to continue.
func (a *App) startSession(s *Session) {
	a.session, a.table, a.debrief = s, newTable(a, s), nil
	a.saveErr = ""
	if a.saves != nil {
		s.Register(a.saves, scenarioSource(s.Cfg.ScenarioID, s.Scenario().ID))
	}
	a.tracef("start")
	a.writeAutosave()
}

// autosave saves the game whenever its round or phase has changed since
// the last autosave: after every phase, so a crash costs at most the
// phase in progress.
func (a *App) autosave() {
	s := a.session
	if s == nil {
		return
	}
	if progressOf(s) != a.saved {
		a.tracef("phase")
		a.writeAutosave()
	}
}

// tracef writes a line about the game on screen to Options.Trace: what
// happened, then the round, the phase, the number of moves, the state
// hash and the seats.
func (a *App) tracef(what string) {
	s := a.session
	if a.opt.Trace == nil || s == nil {
		return
	}
	var seats []string
	for _, st := range s.RulesSeats() {
		seats = append(seats, st.Party+"="+st.Kind)
	}
	v := s.Public()
	fmt.Fprintf(a.opt.Trace, "bindingwords-trace %s round=%d phase=%s steps=%d hash=%s seats=%s\n",
		what, v.Round(), v.Phase(), s.Steps(), s.Hash(), strings.Join(seats, ","))
}

// writeAutosave saves the game now (the store skips it when nothing
// happened since the last one). A failure is shown once, calmly: the game
// goes on, and the next phase tries again.
func (a *App) writeAutosave() {
	s := a.session
	if s == nil || s.hosted {
		return
	}
	a.saved = progressOf(s)
	if a.saves == nil {
		return
	}
	if err := s.Autosave(a.saves); err != nil {
		msg := i18n.T("save.autosave.failed", "error", err.Error())
		if msg != a.saveErr {
			a.notify("autosave", msg)
		}
		a.saveErr = msg
		return
	}
	a.saveErr = ""
	a.tracef("autosaved")
}

// leaveGame autosaves the game on screen before the title or the end of
// the program.
func (a *App) leaveGame() {
	a.writeAutosave()
}

// resume makes a loaded game the one on screen, with its seats as saved.
func (a *App) resume(l *save.Loaded) error {
	id := l.Scenario.ID
	if l.Save != nil && l.Save.Meta.Source != "" {
		id = l.Save.Meta.Source
	}
	var clock match.Clock
	if l.Save != nil {
		clock = l.Save.Meta.Clock
	}
	s, err := ResumeSession(id, l.Scenario, l.Game, l.Seats, clock)
	if err != nil {
		return err
	}
	a.session, a.table, a.debrief = s, newTable(a, s), nil
	a.saved = progressOf(s)
	a.saveErr = ""
	a.tracef("resumed")
	v := s.Public()
	msg := i18n.T("save.resumed", "where", i18n.T("table.round", "round", v.Round(), "rounds", v.Rounds(),
		"phase", describer{}.phase(v.Phase())))
	if v.Over() {
		msg = i18n.T("save.resumed.over")
	}
	if l.Earlier {
		// The scenario has changed since; the game goes on with the
		// version its save carries (issue 14).
		msg = i18n.T("save.earlier", "title", l.Scenario.Title) + " " + msg
	}
	if l.Note != "" {
		msg = l.Note + " " + msg
	}
	a.notify("resume", msg)
	return nil
}

// loadSettings applies the settings saved by an earlier run. A broken
// file is noted calmly and the defaults apply.
func (a *App) loadSettings() {
	if a.opt.Prefs == nil {
		return
	}
	p, err := a.opt.Prefs.Load()
	if err != nil {
		a.notify("settings", i18n.T("settings.unreadable", "error", err.Error()))
		return
	}
	if slices.Contains(uiScales, p.UIScale) {
		a.set.UIScale = p.UIScale
	}
	if slices.Contains(textSizes, p.TextSize) {
		a.set.TextSize = p.TextSize
	}
	a.set.HighContrast, a.set.Fullscreen = p.HighContrast, p.Fullscreen
	if p.Language != "" && slices.Contains(i18n.Languages(), p.Language) {
		a.set.Language = p.Language
	}
}

// saveSettings keeps the settings for the next run.
func (a *App) saveSettings() {
	if a.opt.Prefs == nil {
		return
	}
	err := a.opt.Prefs.Save(prefs.Prefs{UIScale: a.set.UIScale, TextSize: a.set.TextSize,
		HighContrast: a.set.HighContrast, Fullscreen: a.set.Fullscreen, Language: a.set.Language})
	if err != nil {
		a.notify("settings", i18n.T("settings.unsaved", "where", a.opt.Prefs.Where(), "error", err.Error()))
	}
}

package ui

import (
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// tickTimer runs the round timer (the match holds it while the round is
// paused: see [App.route]) and, once it has run out, lets it make the move
// the delegation whose turn it is has not made: it passes at the table, or
// makes no comment to the press; votes still need an answer. It reports
// whether the screen must be rebuilt.
func (a *App) tickTimer() bool {
	s := a.session
	if s == nil || s.Cfg.TimerMinutes == 0 {
		return false
	}
	changed := s.TickTimer()
	phase := s.Public().Phase()
	act, ok := s.TimeUp()
	if !ok {
		return changed
	}
	// One notice per round and phase, naming every delegation the timer
	// moved on.
	key := "timer:" + strconv.Itoa(s.Public().Round()) + ":" + strconv.Itoa(int(phase))
	names := []string{s.Scenario().Parties[act.Party].Name}
	if a.note.key == key {
		names = append(a.timer, names...)
	}
	a.timer = names
	msg := i18n.T("timer.up.table", "parties", strings.Join(names, ", "))
	if phase == rules.PhasePress {
		msg = i18n.T("timer.up.press", "parties", strings.Join(names, ", "))
	}
	a.notify(key, msg)
	if ps, ok := a.scene.(*passScene); ok && ps.purpose == passToAct {
		// The pass screen was calling the delegation that has just been
		// moved on: back to the table, which calls the next one.
		a.route(goTo(ToTable))
		a.ui.ResetFocus()
	}
	return true
}

package ui

import (
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// clockText is the round timer's reading ("3:42", "Time is up") and its
// colour: the warning colour in the last minute and once it has run out.
func clockText(th *theme.Theme, s *Session) (string, color.RGBA) {
	secs := (s.TimerLeft() + 59) / 60 // ticks, at 60 a second
	if secs <= 0 {
		return i18n.T("table.timeup"), th.Warn
	}
	txt := fmt.Sprintf("%d:%02d", secs/60, secs%60)
	if secs <= 60 {
		return txt, th.Warn
	}
	return txt, th.Text
}

// clockBox draws the round timer as a framed box whose right edge is at
// right, vertically in the middle of the band from y to y+h, and returns
// the box: large enough to read from the back of a classroom.
func clockBox(u *widget.UI, s *Session, right, y, h float64, size float64) widget.Rect {
	th := u.Th
	txt, col := clockText(th, s)
	label := i18n.T("table.clock")
	small := u.Size(theme.Small)
	lw := u.Measure(label, widget.Sans, small)
	tw := u.Measure(txt, widget.SansBold, size)
	r := widget.R(right-tw-lw-40, y, tw+lw+40, h)
	u.Fill(r, th.SurfaceAlt)
	u.Stroke(r, 2, col)
	u.Text(r.X+14, r.Y+(r.H-widget.LineHeight(small))/2, label, widget.Sans, small, th.TextMuted)
	u.Text(r.Right()-14-tw, r.Y+(r.H-widget.LineHeight(size))/2, txt, widget.SansBold, size, col)
	return r
}

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

package ui

import (
	"errors"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/ui/widget"
)

// This file is the teacher's controls on the projector: each is a match
// action made inside the table's goroutine (or a host table's own
// teacher call), reachable by a key and by the mouse, and listed on the
// help overlay.

// panel is the chooser or overlay open over the projector.
type panel uint8

const (
	panelNone panel = iota
	panelHelp
	panelTimer
	panelNews
	panelInject
	panelSeats
	panelDevices
	panelConfirm
)

// confirmAction is the control waiting for the teacher's confirmation.
type confirmAction uint8

const (
	confirmNone confirmAction = iota
	confirmAdvance
	confirmEnd
	// confirmLeave closes the class and goes back to the title.
	confirmLeave
)

// control is one teacher's control: its id, the keys that make it (as the
// help overlay shows them), what it does in words, and the typed
// characters that trigger it.
type control struct {
	id    string
	keys  string
	label string
	chars string
	run   func(p *projectorScene)
}

// controls lists every teacher's control, in the order of the help
// overlay. The labels are looked up when drawn, so a change of language
// shows at once.
func controls() []control {
	return []control{
		{"pause", i18n.T("keys.pause"), i18n.T("proj.c.pause"), "pP", (*projectorScene).togglePause},
		{"extend", "+", i18n.T("proj.c.extend"), "+=", func(p *projectorScene) { p.extend(60) }},
		{"shorten", "−", i18n.T("proj.c.shorten"), "-_", func(p *projectorScene) { p.extend(-60) }},
		{"timer", "T", i18n.T("proj.c.timer"), "tT", func(p *projectorScene) { p.toggle(panelTimer) }},
		{"advance", "A", i18n.T("proj.c.advance"), "aA", func(p *projectorScene) { p.ask(confirmAdvance) }},
		{"hold", "H", i18n.T("proj.c.hold"), "hH", (*projectorScene).toggleHold},
		{"inject", "N", i18n.T("proj.c.inject"), "nN", func(p *projectorScene) { p.toggle(panelInject) }},
		{"read", "R", i18n.T("proj.c.read"), "rR", func(p *projectorScene) { p.toggle(panelNews) }},
		{"seats", "S", i18n.T("proj.c.seats"), "sS", func(p *projectorScene) { p.toggle(panelSeats) }},
		{"devices", "D", i18n.T("proj.c.devices"), "dD", func(p *projectorScene) { p.toggle(panelDevices) }},
		{"lock", "L", i18n.T("proj.c.lock"), "lL", (*projectorScene).toggleLock},
		{"end", "E", i18n.T("proj.c.end"), "eE", func(p *projectorScene) { p.ask(confirmEnd) }},
		{"help", i18n.T("keys.help"), i18n.T("proj.c.help"), "?", func(p *projectorScene) { p.toggle(panelHelp) }},
		{"leave", i18n.T("keys.esc"), i18n.T("proj.c.leave"), "", func(p *projectorScene) { p.ask(confirmLeave) }},
	}
}

// keys turns this tick's keys into the teacher's controls: Esc closes the
// open chooser, Space (or P) pauses, F1 or ? opens the help, and a letter
// makes its control. While a chooser is open, only Esc, F1 and the
// chooser's own keys count.
func (p *projectorScene) keys(u *widget.UI) {
	in := u.In
	if in.Back {
		if p.open == panelNone {
			p.ask(confirmLeave)
			return
		}
		p.close()
		return
	}
	if in.Help {
		p.toggle(panelHelp)
		return
	}
	if p.open != panelNone && p.open != panelHelp && p.open != panelNews {
		return
	}
	if in.Space {
		p.togglePause()
		return
	}
	for _, r := range in.Chars {
		for _, c := range controls() {
			if containsRune(c.chars, r) {
				if p.open != panelNone && c.id != "help" && c.id != "read" {
					p.close()
				}
				c.run(p)
				return
			}
		}
	}
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// toggle opens a chooser, or closes it when it is the one open.
func (p *projectorScene) toggle(what panel) {
	if p.open == what {
		p.close()
		return
	}
	p.open, p.err = what, ""
	p.a.ui.ResetFocus()
}

// close closes whatever is open.
func (p *projectorScene) close() {
	if p.open != panelNone {
		p.open, p.confirm, p.device, p.err = panelNone, confirmNone, "", ""
		p.a.ui.ResetFocus()
	}
}

// ask opens the confirmation of a control that cannot be undone.
func (p *projectorScene) ask(what confirmAction) {
	p.open, p.confirm, p.err = panelConfirm, what, ""
	p.a.ui.ResetFocus()
}

// confirmed carries out the control being confirmed.
func (p *projectorScene) confirmed() {
	what := p.confirm
	p.close()
	switch what {
	case confirmAdvance:
		p.act(i18n.T("proj.done.advance"), func(m *match.Match) error { return m.Advance() })
	case confirmEnd:
		p.act(i18n.T("proj.done.end"), func(m *match.Match) error { return m.EndEarly() })
	case confirmLeave:
		p.leave = true
	}
}

// act makes a control's match action on the table's goroutine, tells the
// teacher what it did (or why the rules refused it), and reads the table
// again.
func (p *projectorScene) act(done string, f func(m *match.Match) error) bool {
	var err error
	if derr := p.c.t.Do(func(m *match.Match) { err = f(m) }); derr != nil {
		err = derr
	}
	p.report(done, err)
	p.refresh()
	return err == nil
}

// report shows what a control did, or why it could not.
func (p *projectorScene) report(done string, err error) {
	if err != nil {
		p.err = i18n.T("proj.refused", "error", err.Error())
		p.a.notify("teacher", p.err)
		return
	}
	if done != "" {
		p.a.notify("teacher", done)
	}
}

func (p *projectorScene) togglePause() {
	var paused bool
	p.act("", func(m *match.Match) error {
		if m.Paused() {
			m.Resume()
		} else {
			m.Pause()
		}
		paused = m.Paused()
		return nil
	})
	if paused {
		p.a.notify("teacher", i18n.T("proj.done.paused"))
	} else {
		p.a.notify("teacher", i18n.T("proj.done.resumed"))
	}
}

// extend gives the round seconds more (or fewer).
func (p *projectorScene) extend(seconds int) {
	done := i18n.T("proj.done.extend")
	if seconds < 0 {
		done = i18n.T("proj.done.shorten")
	}
	p.act(done, func(m *match.Match) error {
		err := m.Extend(seconds)
		if errors.Is(err, match.ErrNoTimer) {
			return errors.New(i18n.T("proj.notimer.set"))
		}
		return err
	})
}

// setTimer sets the round length in minutes (0: no timer).
func (p *projectorScene) setTimer(minutes int) {
	done := i18n.T("proj.done.timer", "n", minutes)
	if minutes == 0 {
		done = i18n.T("proj.done.notimer")
	}
	p.act(done, func(m *match.Match) error {
		m.SetTimer(minutes)
		return nil
	})
}

func (p *projectorScene) toggleHold() {
	var held bool
	ok := p.act("", func(m *match.Match) error {
		held = !m.NewsHeld()
		return m.HoldNews(held)
	})
	if !ok {
		return
	}
	if held {
		p.a.notify("teacher", i18n.T("proj.done.held"))
	} else {
		p.a.notify("teacher", i18n.T("proj.done.released"))
	}
}

// inject puts news card card on the table.
func (p *projectorScene) inject(card int) {
	if p.act(i18n.T("proj.done.inject", "headline", p.pm.sc.News[card].Headline), func(m *match.Match) error {
		return m.InjectNews(card)
	}) {
		p.close()
	}
}

func (p *projectorScene) toggleLock() {
	t := p.c.t
	on := !t.Locked()
	t.Lock(on)
	if on {
		p.a.notify("teacher", i18n.T("proj.done.locked"))
	} else {
		p.a.notify("teacher", i18n.T("proj.done.unlocked"))
	}
}

// setSeat hands party's seat to an AI delegate of level, or back to
// people.
func (p *projectorScene) setSeat(party int, k match.SeatKind) {
	name := p.pm.sc.Parties[party].Name
	done := i18n.T("proj.done.people", "party", name)
	if k.Role == match.AI {
		done = i18n.T("proj.done.ai", "party", name, "level", k.Level)
	}
	p.report(done, p.c.t.SetSeat(party, k))
	p.refresh()
}

// moveDevice moves a device (and its team) to party's seat.
func (p *projectorScene) moveDevice(handle string, party int) {
	p.report(i18n.T("proj.done.moved", "device", handle, "party", p.pm.sc.Parties[party].Name), p.c.t.MoveDevice(handle, party))
	p.device = ""
	p.refresh()
}

// removeDevice sends a device away from the room.
func (p *projectorScene) removeDevice(handle string) {
	p.report(i18n.T("proj.done.removed", "device", handle), p.c.t.RemoveDevice(handle))
	p.device = ""
	p.refresh()
}

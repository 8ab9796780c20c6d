package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// menuScene is the game menu, opened from the table with Esc or the Menu
// button: back to the table, save under a name, the settings, leave to the
// title or quit. It is also the teacher's pause: the round timer stops
// while it is open.
type menuScene struct{ a *App }

func newMenu(a *App) *menuScene { return &menuScene{a: a} }

func (m *menuScene) Busy() bool { return false }

func (m *menuScene) Update(u *widget.UI) Outcome {
	th := u.Th
	u.DefaultFocus("menu.resume")
	s := m.a.session
	v := s.Public()
	body := screenFrame(u, i18n.T("menu.title"), s.Scenario().Title+" · "+i18n.T("table.round", "round", v.Round(), "rounds", v.Rounds(),
		"phase", describer{}.phase(v.Phase())))
	w := min(520, body.W)
	x := body.X + (body.W-w)/2
	y := body.Y + 16
	bh, gap := 56.0, 14.0
	var out Outcome
	button := func(id, label string, st widget.ButtonStyle, to Route) {
		if u.Button(id, widget.R(x, y, w, bh), label, st) {
			out = goTo(to)
		}
		y += bh + gap
	}
	button("menu.resume", i18n.T("menu.resume"), widget.ButtonStyle{Primary: true}, ToTable)
	button("menu.save", i18n.T("menu.saveas"), widget.ButtonStyle{Disabled: m.a.saves == nil, Tip: i18n.T("menu.saveas.tip")}, ToSaveAs)
	button("menu.settings", i18n.T("menu.settings"), widget.ButtonStyle{}, ToSettings)
	button("menu.title", i18n.T("menu.leave"), widget.ButtonStyle{Tip: i18n.T("menu.leave.tip")}, ToTitle)
	button("menu.quit", i18n.T("menu.quit"), widget.ButtonStyle{Tip: i18n.T("menu.leave.tip")}, ToQuit)
	y += 8
	note := i18n.T("menu.autosave", "where", savesFolder())
	if m.a.saves == nil {
		note = i18n.T("menu.nosaves")
	} else if m.a.saveErr != "" {
		note = m.a.saveErr
	}
	u.Para(x, y, w, note, widget.Sans, u.Size(theme.Small), th.TextMuted)
	if u.In.Back {
		return goTo(ToTable)
	}
	return out
}

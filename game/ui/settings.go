package ui

import (
	"fmt"

	"bindingwords/game/i18n"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// Settings are the player's display preferences.
type Settings struct {
	UIScale      float64
	TextSize     float64
	HighContrast bool
	Fullscreen   bool
	Language     string
}

// DefaultSettings suit a projector at 1280×720.
func DefaultSettings() Settings {
	return Settings{UIScale: 1, TextSize: 1, Language: "en"}
}

var (
	uiScales  = []float64{0.8, 0.9, 1, 1.1, 1.25, 1.5}
	textSizes = []float64{1, 1.15, 1.3}
)

func step(vals []float64, cur float64, d int) float64 {
	i := 0
	for j, v := range vals {
		if v == cur {
			i = j
		}
	}
	i = min(max(i+d, 0), len(vals)-1)
	return vals[i]
}

type settingsScene struct{ a *App }

func newSettings(a *App) *settingsScene { return &settingsScene{a: a} }

func (s *settingsScene) Busy() bool { return false }

func (s *settingsScene) Update(u *widget.UI) Outcome {
	a := s.a
	body := screenFrame(u, i18n.T("settings.title"), "")
	w := min(760, body.W)
	// The rows scroll above the Done button, so at a large interface or
	// text size nothing is drawn under it.
	done := widget.R(body.X+(body.W+w)/2-220, body.Bottom()-56, 220, 52)
	view := widget.R(body.X+(body.W-w)/2, body.Y, w+widget.ScrollbarW+8, done.Y-12-body.Y)
	r := widget.R(view.X, u.BeginScroll("set.rows", view)+10, w, 52)
	row := func() widget.Rect { cur := r; r.Y += 64; return cur }
	changed := false
	if d := u.Choice("set.scale", row(), i18n.T("settings.scale"), fmt.Sprintf("%d%%", int(a.set.UIScale*100+0.5)), i18n.T("settings.scale.tip"), nil); d != 0 {
		a.set.UIScale = step(uiScales, a.set.UIScale, d)
		changed = true
	}
	if d := u.Choice("set.text", row(), i18n.T("settings.text"), fmt.Sprintf("%d%%", int(a.set.TextSize*100+0.5)), i18n.T("settings.text.tip"), nil); d != 0 {
		a.set.TextSize = step(textSizes, a.set.TextSize, d)
		changed = true
	}
	if d := u.Choice("set.contrast", row(), i18n.T("settings.contrast"), onOff(a.set.HighContrast), i18n.T("settings.contrast.tip"), nil); d != 0 {
		a.set.HighContrast = !a.set.HighContrast
		changed = true
	}
	if d := u.Choice("set.full", row(), i18n.T("settings.fullscreen"), onOff(a.set.Fullscreen), i18n.T("settings.fullscreen.tip"), nil); d != 0 {
		a.set.Fullscreen = !a.set.Fullscreen
	}
	langs := i18n.Languages()
	if d := u.Choice("set.lang", row(), i18n.T("settings.language"), i18n.Name(a.set.Language), "", nil); d != 0 {
		i := 0
		for j, l := range langs {
			if l == a.set.Language {
				i = j
			}
		}
		a.set.Language = langs[(i+d+len(langs))%len(langs)]
		changed = true
	}
	r.Y += 6
	r.Y += u.Para(r.X, r.Y, r.W, i18n.T("settings.palette"), widget.Sans, u.Size(theme.Small), u.Th.TextMuted) + 8
	if a.opt.Prefs != nil {
		r.Y += u.Para(r.X, r.Y, r.W, i18n.T("settings.kept", "where", a.opt.Prefs.Where()), widget.Sans, u.Size(theme.Small), u.Th.TextMuted)
	}
	u.EndScroll(r.Y + 8)
	if changed {
		a.applySettings()
	}
	if u.Button("set.done", done, i18n.T("common.done"), widget.ButtonStyle{Primary: true}) || u.In.Back {
		a.saveSettings()
		return goTo(ToBack)
	}
	return stay()
}

func onOff(b bool) string {
	if b {
		return i18n.T("common.on")
	}
	return i18n.T("common.off")
}

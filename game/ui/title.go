package ui

import (
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// titleScene is the first screen: new game, continue, load, host a
// class, settings, quit.
type titleScene struct {
	a *App
	// canContinue is read once when the screen opens: asking the store on
	// every frame would read a file on every mouse move.
	canContinue bool
	// msg is a calm message: why Continue could not resume, or why games
	// cannot be saved on this machine.
	msg string
}

func newTitle(a *App) *titleScene {
	t := &titleScene{a: a}
	if !a.titleCaseRead {
		a.titleCase, a.titleCaseRead = titleCase(a.opt, a.loadScenario), true
	}
	if a.saves != nil {
		t.canContinue = a.saves.HasAutosave()
	} else if a.opt.StoreErr != nil {
		t.msg = i18n.T("title.nosaves", "error", a.opt.StoreErr.Error())
	}
	return t
}

// titleCase is the title screen's tagline for the case the class is
// about to play — the preselected scenario, or the only one — named by its
// title. With several scenarios and none chosen, or one that does not
// load, it is empty and the generic tagline, which names no case, stands:
// the title must not speak of Ukraine when the class plays another case.
// (The case's summary is on the New game screen; on the title its several
// sentences would push the buttons and messages off a small window.)
// load is the App's loader, which knows the files opened in the picker
// (in the browser, Options.Load knows only the built-in scenarios).
func titleCase(opt Options, load func(string) (*rules.Scenario, error)) string {
	id := opt.Scenario
	if id == "" && len(opt.Scenarios) == 1 {
		id = opt.Scenarios[0]
	}
	if id == "" || opt.Load == nil {
		return ""
	}
	sc, err := load(id)
	if err != nil || sc == nil || strings.TrimSpace(sc.Title) == "" {
		return ""
	}
	return i18n.T("title.case", "title", strings.Join(strings.Fields(sc.Title), " "))
}

// newTitleError opens the title with a message.
func newTitleError(a *App, msg string) *titleScene {
	t := newTitle(a)
	t.msg = msg
	return t
}

func (t *titleScene) Busy() bool { return false }

func (t *titleScene) Update(u *widget.UI) Outcome {
	th := u.Th
	// The next lesson starts where the last one stopped: with an
	// autosave, Enter continues it.
	if t.canContinue {
		u.DefaultFocus("title.continue")
	}
	u.DefaultFocus("title.new")
	left := margin * 2.0
	y := u.H*0.14 - 20
	u.Text(left, y, i18n.T("app.title"), widget.SerifBold, u.Size(theme.Title*1.25), th.Text)
	y += widget.LineHeight(u.Size(theme.Title * 1.25))
	tagline := t.a.titleCase
	if tagline == "" {
		tagline = i18n.T("title.tagline")
	}
	y += u.Para(left, y, min(560, u.W*0.45), tagline, widget.Sans, u.Size(theme.Large), th.TextMuted)
	y += 30
	bw, bh, gap := 340.0, 52.0, 12.0
	var out Outcome
	button := func(id, label string, st widget.ButtonStyle, to Route) {
		if u.Button(id, widget.R(left, y, bw, bh), label, st) {
			out = goTo(to)
		}
		y += bh + gap
	}
	tip := i18n.T("title.continue.tip")
	if !t.canContinue {
		tip = i18n.T("title.continue.none")
	}
	button("title.continue", i18n.T("title.continue"), widget.ButtonStyle{Primary: t.canContinue, Disabled: !t.canContinue, Tip: tip}, ToContinue)
	button("title.new", i18n.T("title.new"), widget.ButtonStyle{Primary: !t.canContinue}, ToNewGame)
	button("title.load", i18n.T("title.load"), widget.ButtonStyle{Disabled: t.a.saves == nil, Tip: i18n.T("title.load.tip")}, ToLoad)
	if canHost {
		button("title.class", i18n.T("title.class"), widget.ButtonStyle{Tip: i18n.T("title.class.tip")}, ToClassSetup)
	}
	button("title.settings", i18n.T("title.settings"), widget.ButtonStyle{}, ToSettings)
	button("title.quit", i18n.T("title.quit"), widget.ButtonStyle{}, ToQuit)
	if t.msg != "" {
		y += 4
		mw := min(560, u.W*0.45)
		u.Fill(widget.R(left, y, 5, u.ParaHeight(mw-16, t.msg, widget.Sans, u.Size(theme.Small))), th.Warn)
		u.Para(left+16, y, mw-16, t.msg, widget.Sans, u.Size(theme.Small), th.Text)
	}
	// A page of draft on the right: what the game is about, at a glance.
	px := max(left+bw+60, u.W*0.52)
	pw := u.W - px - margin*2
	if pw > 300 {
		py := u.H*0.16 - 10
		ph := min(u.H-py-margin*2, 470)
		page := widget.R(px, py, pw, ph)
		u.Fill(widget.R(page.X+8, page.Y+8, page.W, page.H), th.Line)
		u.Fill(page, th.Paper)
		x, yy, w := page.X+36, page.Y+32, page.W-72
		u.TextCenter(page.X+page.W/2, yy, i18n.T("title.sample.heading"), widget.SerifBold, u.Size(theme.Large), th.Ink)
		yy += 52
		size := u.Size(theme.Large)
		lh := widget.LineHeight(size)
		cx, cy := u.Flow(x, x, yy, w, i18n.T("title.sample.before"), widget.Serif, size, th.Ink)
		// The old wording struck through, the new one marked: a tracked
		// change, as on the table.
		alt, neu := i18n.T("title.sample.old"), i18n.T("title.sample.new")
		cx, cy = u.Flow(x, cx, cy, w, " "+alt, widget.Serif, size, th.Delete)
		aw := u.Measure(alt, widget.Serif, size)
		u.Fill(widget.R(cx-aw, cy+lh*0.55, aw, 2), th.Delete)
		nx, ny := u.Flow(x, cx, cy, w, " "+neu, widget.SerifBold, size, th.Insert)
		nw := u.Measure(neu, widget.SerifBold, size)
		u.Fill(widget.R(nx-nw, ny+lh-5, nw, 2), th.Insert)
		u.Flow(x, nx, ny, w, " "+i18n.T("title.sample.after"), widget.Serif, size, th.Ink)
	}
	u.Text(left, u.H-margin-widget.LineHeight(u.Size(theme.Small)), i18n.T("title.keys"), widget.Sans, u.Size(theme.Small), th.TextMuted)
	if u.In.Back {
		return stay()
	}
	return out
}

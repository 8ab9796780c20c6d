package ui

import (
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/save"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// loadScene lists the saved games, newest first: the autosaves and the
// games saved under a name, each with its scenario, date, round and
// delegations. Saves that cannot be loaded are listed too, with what is
// wrong, rather than hidden.
type loadScene struct {
	a *App
	// list is read in the background (see savesList); entries is its
	// result once it has arrived.
	list    *savesList
	entries []save.Entry
	// msg is why the last load failed, or why the list cannot be read.
	msg string
}

func newLoad(a *App) *loadScene {
	return &loadScene{a: a, list: listSaves(a.saves)}
}

// newLoadError reopens the list with the error of a failed load.
func newLoadError(a *App, err error) *loadScene {
	l := newLoad(a)
	l.msg = i18n.T("load.failed", "error", err.Error())
	return l
}

// Busy until the list has arrived, to pick it up.
func (l *loadScene) Busy() bool { return !l.list.ready }

func (l *loadScene) Update(u *widget.UI) Outcome {
	if l.list.poll() {
		l.entries = l.list.entries
		if l.list.err != nil {
			l.msg = i18n.T("load.cannotlist", "error", l.list.err.Error())
		}
	}
	th := u.Th
	body := screenFrame(u, i18n.T("load.title"), i18n.T("load.sub", "where", savesFolder()))
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	list := widget.R(body.X, body.Y, body.W, body.H-70)
	if l.msg != "" {
		h := u.ParaHeight(list.W-20, l.msg, widget.Sans, small)
		u.Fill(widget.R(list.X, list.Y, 5, h), th.Warn)
		u.Para(list.X+16, list.Y, list.W-20, l.msg, widget.Sans, small, th.Text)
		list.Y += h + 12
		list.H -= h + 12
	}
	if len(l.entries) > 0 {
		u.DefaultFocus("load.0")
	} else {
		u.DefaultFocus("load.back")
	}
	var out Outcome
	y := u.BeginScroll("load.list", list)
	w := list.W - widget.ScrollbarW - 8
	if !l.list.ready {
		y += u.Para(list.X, y, w, i18n.T("load.reading"), widget.Sans, size, th.TextMuted)
	} else if len(l.entries) == 0 {
		y += u.Para(list.X, y, w, i18n.T("load.none"), widget.Sans, size, th.TextMuted)
	}
	for i, e := range l.entries {
		id := "load." + strconv.Itoa(i)
		lines := l.describe(e)
		h := 16 + widget.LineHeight(size)
		for _, ln := range lines[1:] {
			h += u.ParaHeight(w-36, ln, widget.Sans, small)
		}
		r := widget.R(list.X, y, w, h)
		hot, act := u.Interact(id, r)
		bg := th.Surface
		if hot {
			bg = th.ButtonHover
		}
		u.Fill(r, bg)
		bar := th.Accent
		if e.Err != nil {
			bar = th.Bad
		}
		u.Fill(widget.R(r.X, r.Y, 6, r.H), bar)
		when := ""
		if !e.Saved.IsZero() {
			when = e.Saved.Local().Format(i18n.T("load.dateformat"))
		}
		ww := u.Measure(when, widget.Sans, small)
		u.TextFit(r.X+20, r.Y+8, w-40-ww-20, lines[0], widget.SansBold, size, th.Text)
		u.TextRight(r.Right()-14, r.Y+10, when, widget.Sans, small, th.TextMuted)
		ly := r.Y + 8 + widget.LineHeight(size)
		for k, ln := range lines[1:] {
			col := th.TextMuted
			if k == 0 {
				col = th.Text
			}
			if e.Err != nil {
				col = th.Bad
			}
			ly += u.Para(r.X+20, ly, w-36, ln, widget.Sans, small, col)
		}
		if u.Focused(id) {
			u.FocusRing(r)
		}
		if act {
			if e.Err != nil {
				l.msg = i18n.T("load.failed", "error", e.Err.Error())
			} else {
				out = Outcome{To: ToLoadFile, File: e.File}
			}
		}
		y += h + 10
	}
	u.EndScroll(y)
	btn := footerButtons(body, 200)
	if u.Button("load.back", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || u.In.Back {
		return goTo(ToTitle)
	}
	u.Para(body.X, btn[0].Y+6, btn[0].X-body.X-20, i18n.T("load.keys"), widget.Sans, small, th.TextMuted)
	return out
}

// describe is an entry as lines: its name, where the game stands, who
// played, and for a save that cannot be loaded, why.
func (l *loadScene) describe(e save.Entry) []string {
	name := e.Name
	if e.Auto {
		name = i18n.T("load.auto")
		if e.File == save.PrevFile {
			name = i18n.T("load.auto.prev")
		} else if e.File == save.DamagedFile {
			name = i18n.T("load.auto.damaged")
		}
	}
	if e.Err != nil {
		return []string{name, i18n.T("load.broken", "error", e.Err.Error())}
	}
	scenario := e.Scenario
	if e.Earlier {
		// The scenario has changed since; the save carries the version
		// the game was played on (issue 14).
		scenario = i18n.T("load.earlier", "scenario", e.Scenario)
	}
	where := i18n.T("load.where", "scenario", scenario, "round", e.Round, "rounds", e.Rounds,
		"phase", describer{}.phase(e.Phase))
	if e.Over {
		where = i18n.T("load.where.over", "scenario", scenario)
	}
	var who []string
	for _, d := range e.Delegations {
		who = append(who, d.Name+" ("+seatLabel(match.KindOfRecord(d.Kind))+")")
	}
	return []string{name, where, i18n.T("load.who", "delegations", strings.Join(who, ", "))}
}

package ui

import (
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/save"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// saveAsScene saves the game under a name the teacher types, such as
// "Lesson 1, group B", for the load list. Saving again under a name
// replaces that save, and the screen says so before it happens.
type saveAsScene struct {
	a    *App
	name string
	// taken maps the file names of existing saves to their names, once
	// saves, read in the background, has arrived.
	taken map[string]string
	saves *savesList
	err   string
}

func newSaveAs(a *App) *saveAsScene {
	s := a.session
	sc := &saveAsScene{a: a, taken: map[string]string{},
		name: i18n.T("saveas.default", "title", s.Scenario().Title, "round", s.Public().Round()), saves: listSaves(a.saves)}
	return sc
}

// Busy until the saves have been read, to warn of a name already taken.
func (s *saveAsScene) Busy() bool { return !s.saves.ready }

func (s *saveAsScene) Update(u *widget.UI) Outcome {
	if s.saves.poll() {
		for _, e := range s.saves.entries {
			if !e.Auto {
				s.taken[e.File] = e.Name
			}
		}
	}
	th := u.Th
	u.DefaultFocus("saveas.name")
	body := screenFrame(u, i18n.T("saveas.title"), i18n.T("saveas.sub"))
	small := u.Size(theme.Small)
	w := min(760, body.W)
	x := body.X + (body.W-w)/2
	y := body.Y + 20
	u.Text(x, y, i18n.T("saveas.label"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 6
	enter := u.TextField("saveas.name", widget.R(x, y, w, 60), &s.name, 80, i18n.T("saveas.placeholder"))
	y += 72
	name := strings.TrimSpace(s.name)
	file := save.FileName(name)
	info := i18n.T("saveas.where", "path", saveWhere(file))
	col := th.TextMuted
	if old, ok := s.taken[file]; ok {
		info = i18n.T("saveas.replaces", "name", old, "path", saveWhere(file))
		col = th.Warn
	}
	y += u.Para(x, y, w, info, widget.Sans, small, col) + 8
	if s.err != "" {
		u.Para(x, y, w, s.err, widget.Sans, small, th.Bad)
	}
	btn := footerButtons(widget.R(x, body.Y, w, body.H), 200, 260)
	if u.Button("saveas.cancel", btn[0], i18n.T("common.cancel"), widget.ButtonStyle{}) || u.In.Back {
		return goTo(ToMenu)
	}
	save := u.Button("saveas.save", btn[1], i18n.T("saveas.save"), widget.ButtonStyle{Primary: true, Disabled: name == ""})
	if (save || enter) && name != "" {
		f, err := s.a.session.SaveAs(s.a.saves, name)
		if err != nil {
			s.err = i18n.T("saveas.failed", "error", err.Error())
			return stay()
		}
		s.a.notify("saveas", i18n.T("saveas.done", "name", name, "path", saveWhere(f)))
		return goTo(ToTable)
	}
	return stay()
}

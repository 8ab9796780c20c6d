package ui

import (
	"os"

	"bindingwords/game/i18n"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// pathView asks for the path of a scenario file (the desktop). A file
// that does not load leaves its messages under the field, and the path in
// it, so the teacher can fix the file and press Enter again.
func (p *scenarioPicker) pathView(u *widget.UI, body widget.Rect) bool {
	th := u.Th
	rest := p.heading(u, body, i18n.T("newgame.pick.open"))
	size := u.Size(theme.Body)
	dir, err := os.Getwd()
	if err != nil {
		dir = "?"
	}
	y := rest.Y
	y += u.Para(rest.X, y, rest.W, i18n.T("newgame.path.hint", "dir", dir), widget.Sans, size, th.TextMuted) + 10
	fieldH := widget.LineHeight(u.Size(theme.Large)) + 22
	enter := u.TextField(p.pre+".pick.path", widget.R(rest.X, y, rest.W, fieldH), &p.path, 1000, i18n.T("newgame.path.placeholder"))
	y += fieldH + 16
	btn := footerButtons(rest, 200, 200)
	if p.failed != nil {
		p.report(u, widget.R(rest.X, y, rest.W, btn[0].Y-16-y))
	}
	// Open comes before Back in the Tab order, as Start does on the
	// set-up screen: Down from the field goes on to opening the file.
	if u.Button(p.pre+".pick.go", btn[1], i18n.T("newgame.path.open"), widget.ButtonStyle{Primary: true}) || enter {
		return p.tried(u, openScenarioPath(p.path))
	}
	if u.Button(p.pre+".pick.pathback", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || u.In.Back {
		p.backToList(u)
	}
	return false
}

// reportView shows why the file the browser's chooser gave cannot be
// played, with a way to choose another.
func (p *scenarioPicker) reportView(u *widget.UI, body widget.Rect) bool {
	rest := p.heading(u, body, i18n.T("newgame.pick.open"))
	btn := footerButtons(rest, 200, 280)
	if p.failed != nil {
		p.report(u, widget.R(rest.X, rest.Y, rest.W, btn[0].Y-16-rest.Y))
	}
	if u.Button(p.pre+".pick.again", btn[1], i18n.T("newgame.file.again"), widget.ButtonStyle{Primary: true}) {
		p.openFile(u)
	}
	if u.Button(p.pre+".pick.reportback", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || u.In.Back {
		p.backToList(u)
	}
	return false
}

// backToList goes one step back, from a file to the list.
func (p *scenarioPicker) backToList(u *widget.UI) {
	p.mode, p.failed = pickList, nil
	p.focus(u, p.pre+".pick.file")
}

// report draws the failed file's messages in r: a line saying what is
// wrong and that nothing changed, then check's messages in a pane that
// scrolls, each error marked with a bar.
func (p *scenarioPicker) report(u *widget.UI, r widget.Rect) {
	th := u.Th
	f := p.failed
	size := u.Size(theme.Body)
	var head string
	switch n := f.errorCount(); {
	case f.err != nil:
		head = i18n.T("newgame.file.unreadable", "file", f.name)
	case n == 1:
		head = i18n.T("newgame.file.failed.one", "file", f.name)
	default:
		head = i18n.T("newgame.file.failed", "file", f.name, "n", n)
	}
	hh := u.ParaHeight(r.W-20, head, widget.SansBold, size)
	u.Fill(widget.R(r.X, r.Y, 6, hh), th.Bad)
	u.Para(r.X+18, r.Y, r.W-20, head, widget.SansBold, size, th.Text)
	pane := widget.R(r.X, r.Y+hh+12, r.W, r.H-hh-12)
	if pane.H < 40 {
		return
	}
	u.Fill(pane, th.Surface)
	inner := widget.R(pane.X+8, pane.Y+8, pane.W-16, pane.H-16)
	y := u.BeginScroll(p.pre+".pick.msgs", inner)
	w := inner.W - widget.ScrollbarW - 24
	lines := f.lines
	if f.err != nil {
		lines = []checkLine{{text: f.err.Error(), err: true}}
	}
	for _, l := range lines {
		x := inner.X + 18
		if l.line > 0 {
			// "Line 8, column 9:" then check's message.
			at := i18n.T("newgame.file.at", "line", l.line, "col", l.col)
			if l.warn {
				at = i18n.T("newgame.file.at.warning", "line", l.line, "col", l.col)
			}
			col := th.Text
			if l.warn {
				col = th.TextMuted
			}
			top := y
			fx, fy := u.Flow(x, x, y, w, at, widget.SansBold, size, col)
			_, fy = u.Flow(x, fx, fy, w, " "+l.msg, widget.Sans, size, col)
			y = fy + widget.LineHeight(size)
			if l.err {
				u.Fill(widget.R(inner.X, top+4, 5, y-top-8), th.Bad)
			}
			y += 8
			continue
		}
		font, col := widget.SansBold, th.Text
		if l.err {
			font = widget.Sans // a file that cannot be read: its error
		}
		y += u.Para(x, y, w, l.text, font, size, col) + 8
	}
	if f.err == nil {
		y += u.Para(inner.X+18, y, w, i18n.T("newgame.file.check", "file", f.name), widget.Sans, u.Size(theme.Small), th.TextMuted) + 8
	}
	u.EndScroll(y)
}

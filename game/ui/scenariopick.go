package ui

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// pickMode is what the scenario picker shows.
type pickMode int

const (
	// pickClosed: the set-up screen, with the picker's row on it.
	pickClosed pickMode = iota
	// pickList: every scenario, with its title and summary, and "Open a
	// scenario file…" at the end.
	pickList
	// pickPath: the path of a file to open (the desktop).
	pickPath
	// pickReport: why the file the browser's chooser gave cannot be
	// played.
	pickReport
)

// errPickCancelled is a file chooser closed without a file.
var errPickCancelled = errors.New("no file chosen")

// scenarioPicker is how the New game and class setup screens choose their
// case: a row showing the chosen scenario, which opens a list of every
// scenario to read and pick from, and a way to open a scenario file. A
// file that does not load shows check's messages and changes nothing: the
// choice before stays. Esc always goes one step back: from a file to the
// list, from the list to the screen.
type scenarioPicker struct {
	a *App
	// pre starts the picker's control ids ("ng", "cs"): each screen keeps
	// its own focus.
	pre  string
	id   string // the chosen scenario
	mode pickMode
	// entries are the scenarios listed, loaded when the list opens.
	entries []pickEntry
	// path is the file path being typed; failed the last file that did
	// not load, whose messages show until another is tried.
	path   string
	failed *pickedFile
	// waiting is set while the browser's file chooser is open; its answer
	// arrives on got.
	waiting bool
	got     chan pickAnswer
	// want is the control to focus on the next frame: a view that has
	// just opened is not laid out yet, and the toolkit would move a focus
	// it cannot find to the first control.
	want string
}

// A pickEntry is one scenario in the list.
type pickEntry struct {
	id  string
	sc  *rules.Scenario
	err error
}

// A pickAnswer is what the browser's file chooser gave.
type pickAnswer struct {
	name string
	data []byte
	err  error
}

func newScenarioPicker(a *App, pre string) *scenarioPicker {
	ids := a.scenarioIDs()
	p := &scenarioPicker{a: a, pre: pre, id: ids[0], got: make(chan pickAnswer, 1)}
	p.choose(a.opt.Scenario)
	return p
}

// choose makes id the choice if it is listed.
func (p *scenarioPicker) choose(id string) {
	if slices.Contains(p.a.scenarioIDs(), id) {
		p.id = id
	}
}

// take makes id the choice and the game's preselected scenario for the
// rest of the session: both set-up screens open on it next time, and the
// title's line about the case follows it.
func (p *scenarioPicker) take(id string) {
	p.id = id
	p.a.opt.Scenario = id
	p.a.titleCaseRead = false
}

// open shows the list, with the focus on the current choice.
func (p *scenarioPicker) open(u *widget.UI) {
	p.entries = p.entries[:0]
	cur := 0
	for i, id := range p.a.scenarioIDs() {
		sc, err := p.a.loadScenario(id)
		p.entries = append(p.entries, pickEntry{id, sc, err})
		if id == p.id {
			cur = i
		}
	}
	p.mode = pickList
	p.focus(u, p.entryID(cur))
}

// close goes back to the set-up screen, the focus on the picker's row.
func (p *scenarioPicker) close(u *widget.UI) {
	p.mode, p.failed = pickClosed, nil
	p.focus(u, p.pre+".scenario")
}

func (p *scenarioPicker) entryID(i int) string { return p.pre + ".pick." + strconv.Itoa(i) }

// busy is set while the browser's file chooser is open: the screen keeps
// ticking to pick up its answer.
func (p *scenarioPicker) busy() bool { return p.waiting }

// rowHeight is the height of the picker's row for a width.
func (p *scenarioPicker) rowHeight(u *widget.UI, w float64, sc *rules.Scenario) float64 {
	return 14 + widget.LineHeight(u.Size(theme.Small)) + u.ParaHeight(w-p.changeW(u)-40, p.title(sc), widget.SansBold, u.Size(theme.Large)) + 12
}

func (p *scenarioPicker) changeW(u *widget.UI) float64 {
	return u.Measure(i18n.T("newgame.pick.change"), widget.SansBold, u.Size(theme.Body)) + 28
}

// title names the chosen scenario: its title, else its id.
func (p *scenarioPicker) title(sc *rules.Scenario) string {
	if sc != nil && sc.Title != "" {
		return sc.Title
	}
	if name := p.a.pickedName(p.id); name != "" {
		return name
	}
	return p.id
}

// row draws the chosen scenario as a control that opens the list, and
// reports whether it did. Its height is rowHeight's.
func (p *scenarioPicker) row(u *widget.UI, x, y, w float64, sc *rules.Scenario) bool {
	th := u.Th
	r := widget.R(x, y, w, p.rowHeight(u, w, sc))
	id := p.pre + ".scenario"
	hot, act := u.Interact(id, r)
	bg := th.Surface
	if hot {
		bg = th.ButtonHover
	}
	u.Fill(r, bg)
	if th.ButtonEdge.A > 0 {
		u.Stroke(r, 2, th.ButtonEdge)
	}
	small, large, body := u.Size(theme.Small), u.Size(theme.Large), u.Size(theme.Body)
	u.Text(r.X+14, r.Y+10, i18n.T("newgame.scenario"), widget.Sans, small, th.TextMuted)
	u.Para(r.X+14, r.Y+10+widget.LineHeight(small), r.W-p.changeW(u)-40, p.title(sc), widget.SansBold, large, th.Text)
	u.TextRight(r.Right()-14, r.Y+(r.H-widget.LineHeight(body))/2, i18n.T("newgame.pick.change"), widget.SansBold, body, th.Accent)
	if u.Focused(id) {
		u.FocusRing(r)
	}
	if act {
		p.open(u)
	}
	return act
}

// focus moves the focus to id once the view it is in is laid out.
func (p *scenarioPicker) focus(u *widget.UI, id string) {
	p.want = id
	u.SetFocus(id)
	u.RequestAgain()
}

// poll takes the browser file chooser's answer once it has come, and
// reports whether it changed the choice. The screens call it on every
// tick, open or not, before drawing anything: a file chosen after the
// teacher went back still counts.
func (p *scenarioPicker) poll(u *widget.UI) bool {
	if p.want != "" {
		u.SetFocus(p.want)
		p.want = ""
	}
	select {
	case ans := <-p.got:
		p.waiting = false
		if !errors.Is(ans.err, errPickCancelled) {
			return p.tried(u, p.answerFile(ans))
		}
	default:
	}
	return false
}

// screen is the picker's part of a set-up screen titled title, before the
// screen draws anything: it takes the browser chooser's answer and, while
// the picker is open, draws it in the screen's frame (without the
// subtitle, which would only take room from the list at a large text
// size). load runs whenever the choice changed. It reports whether the
// picker is open, and so drew the whole screen.
func (p *scenarioPicker) screen(u *widget.UI, title string, load func()) bool {
	if p.poll(u) {
		load()
	}
	if p.mode == pickClosed {
		return false
	}
	if p.update(u, screenFrame(u, title, "")) {
		load()
	}
	return true
}

// update draws the open picker in body and reports whether the choice
// changed (the screen then loads it).
func (p *scenarioPicker) update(u *widget.UI, body widget.Rect) bool {
	switch p.mode {
	case pickPath:
		return p.pathView(u, body)
	case pickReport:
		return p.reportView(u, body)
	}
	return p.listView(u, body)
}

// answerFile turns the browser chooser's answer into a file.
func (p *scenarioPicker) answerFile(ans pickAnswer) pickedFile {
	if ans.err != nil {
		return pickedFile{name: ans.name, err: ans.err}
	}
	return openScenarioBytes(ans.name, ans.data)
}

// tried takes a file that was opened: one that loads becomes the choice
// and joins the list; one that does not shows its messages, and the
// choice stays.
func (p *scenarioPicker) tried(u *widget.UI, f pickedFile) bool {
	if f.ok() {
		p.a.addPicked(f)
		p.take(f.id)
		p.path = ""
		p.close(u)
		return true
	}
	p.failed = &f
	if p.mode != pickPath {
		p.mode = pickReport
		p.focus(u, p.pre+".pick.again")
	}
	return false
}

// heading draws the picker's heading in body and returns the rest.
func (p *scenarioPicker) heading(u *widget.UI, body widget.Rect, text string) widget.Rect {
	size := u.Size(theme.Large)
	u.Text(body.X, body.Y, text, widget.SansBold, size, u.Th.Text)
	h := widget.LineHeight(size) + 10
	return widget.R(body.X, body.Y+h, body.W, body.H-h)
}

// listView is the list of scenarios and, under it, "Open a scenario
// file…".
func (p *scenarioPicker) listView(u *widget.UI, body widget.Rect) bool {
	th := u.Th
	rest := p.heading(u, body, i18n.T("newgame.pick.title"))
	small, size, large := u.Size(theme.Small), u.Size(theme.Body), u.Size(theme.Large)
	// Opening a file stays in view under the list, not after its last
	// entry: with three scenarios at 1280×720 it was below the fold, and
	// a teacher with a file of their own should not have to know to
	// scroll for it.
	label := i18n.T("newgame.pick.open")
	note := i18n.T("newgame.pick.open.desk")
	if pickerInBrowser {
		note = i18n.T("newgame.pick.open.web")
	}
	if p.waiting {
		note = i18n.T("newgame.pick.waiting")
	}
	// The row lines up with the entries, which leave room for the
	// list's scroll bar.
	w := rest.W - widget.ScrollbarW - 8
	tw := w - 40
	fh := 12 + u.ParaHeight(tw, label, widget.SansBold, large) + 4 + u.ParaHeight(tw, note, widget.Sans, small) + 14
	if avail := rest.H - 70; avail-fh-12 < avail/2 && !p.waiting {
		// A small window at a large interface size: the note would leave
		// the list a sliver, so the entry keeps its label alone (but not
		// the note that the browser's file chooser is open).
		note = ""
		fh = 12 + u.ParaHeight(tw, label, widget.SansBold, large) + 14
	}
	list := widget.R(rest.X, rest.Y, rest.W, rest.H-70-fh-12)
	chosen := false
	y := u.BeginScroll(p.pre+".pick.list", list)
	for i, e := range p.entries {
		title, meta, text := p.describe(e)
		h := 12 + u.ParaHeight(tw, title, widget.SansBold, large) + 4 + u.ParaHeight(tw, meta, widget.Sans, small)
		if text != "" {
			h += 8 + u.ParaHeight(tw, text, widget.Serif, size)
		}
		h += 14
		r := widget.R(list.X, y, w, h)
		id := p.entryID(i)
		// The part that takes the focus is no taller than the pane, so
		// a long summary at a large text size scrolls its title, not its
		// last line, into view.
		hot, act := u.Interact(id, widget.R(r.X, r.Y, r.W, min(r.H, list.H-16)))
		bg := th.Surface
		if hot {
			bg = th.ButtonHover
		}
		u.Fill(r, bg)
		current := e.id == p.id
		if current {
			u.Fill(widget.R(r.X, r.Y, 8, r.H), th.Accent)
		}
		ty := r.Y + 12
		ty += u.Para(r.X+24, ty, tw, title, widget.SansBold, large, th.Text) + 4
		metaC := th.TextMuted
		if e.err != nil {
			metaC = th.Bad
		}
		ty += u.Para(r.X+24, ty, tw, meta, widget.Sans, small, metaC) + 8
		if text != "" {
			u.Para(r.X+24, ty, tw, text, widget.Serif, size, th.Text)
		}
		if u.Focused(id) {
			u.FocusRing(r.Intersect(list))
		}
		if act && e.sc != nil {
			p.take(e.id)
			p.close(u)
			chosen = true
		}
		y += h + 10
	}
	u.EndScroll(y)
	r := widget.R(list.X, list.Y+list.H+12, w, fh)
	id := p.pre + ".pick.file"
	hot, act := u.Interact(id, r)
	bg := th.SurfaceAlt
	if hot {
		bg = th.ButtonHover
	}
	u.Fill(r, bg)
	u.Stroke(r, 1.5, th.Line)
	ty := r.Y + 12
	ty += u.Para(r.X+24, ty, tw, label, widget.SansBold, large, th.Accent) + 4
	if note != "" {
		u.Para(r.X+24, ty, tw, note, widget.Sans, small, th.TextMuted)
	}
	if u.Focused(id) {
		u.FocusRing(r)
	}
	if act && !chosen {
		p.openFile(u)
	}

	btn := footerButtons(rest, 200)
	u.Para(rest.X, btn[0].Y+6, btn[0].X-rest.X-20, i18n.T("newgame.pick.keys"), widget.Sans, small, th.TextMuted)
	if u.Button(p.pre+".pick.back", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || (u.In.Back && !chosen) {
		p.close(u)
	}
	return chosen
}

// describe is an entry's title, the line under it and its summary.
func (p *scenarioPicker) describe(e pickEntry) (title, meta, text string) {
	name := p.a.pickedName(e.id)
	if e.sc == nil {
		title = e.id
		if name != "" {
			title = name
		}
		first, _, _ := strings.Cut(e.err.Error(), "\n")
		return title, i18n.T("newgame.pick.broken", "error", first), ""
	}
	sc := e.sc
	optional := 0
	for _, party := range sc.Parties {
		if party.Optional {
			optional++
		}
	}
	meta = i18n.T("newgame.pick.meta", "parties", len(sc.Parties), "rounds", sc.Rounds)
	if optional > 0 {
		meta = i18n.T("newgame.pick.meta.optional", "parties", len(sc.Parties), "optional", optional, "rounds", sc.Rounds)
	}
	if name != "" {
		meta += " · " + i18n.T("newgame.pick.fromfile", "file", name)
	}
	if e.id == p.id {
		meta = i18n.T("newgame.pick.chosen") + " · " + meta
	}
	return sc.Title, meta, sc.Summary
}

// openFile starts opening a file: the path field on the desktop, the
// browser's file chooser in the browser.
func (p *scenarioPicker) openFile(u *widget.UI) {
	p.failed = nil
	if !pickerInBrowser {
		p.mode = pickPath
		p.focus(u, p.pre+".pick.path")
		return
	}
	if p.waiting {
		// A chooser already open; asking again is harmless and lets a
		// teacher retry a chooser the browser did not show.
		drainPick(p.got)
	}
	p.waiting = true
	got := p.got
	browseScenarioFile(func(name string, data []byte, err error) {
		drainPick(got)
		got <- pickAnswer{name, data, err}
	})
}

// drainPick empties the one-place answer channel.
func drainPick(c chan pickAnswer) {
	select {
	case <-c:
	default:
	}
}

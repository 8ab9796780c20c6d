package ui

import (
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// classSetupScene sets up a class played from the teams' own devices:
// the scenario, the length of the lesson and the delegations taking part.
// Who sits where is settled later, in the lobby, as teams join.
type classSetupScene struct {
	a *App
	// pick chooses the scenario; sc is the chosen one, loaded.
	pick   *scenarioPicker
	sc     *rules.Scenario
	preset int // index into lessonPresets
	out    []bool
	err    string
	// saved are the earlier lessons' classes of this scenario that are
	// not over; resume is 0 for a new game, or 1 + the one to go on with.
	saved  []save.Entry
	resume int
	// saves is the saves folder's list, read in the background.
	saves *savesList
}

// resumableClasses lists the class saves of scenario id in list whose
// game is not over, newest first: the lessons a class can go on with.
// Class saves are the host's named saves ("Class …", filed as class-…).
func resumableClasses(list []save.Entry, id string) []save.Entry {
	var out []save.Entry
	for _, e := range list {
		if e.Err == nil && !e.Over && !e.Auto && e.ScenarioID == id && strings.HasPrefix(e.File, "class-") {
			out = append(out, e)
		}
	}
	return out[:min(len(out), 9)]
}

func newClassSetup(a *App) *classSetupScene {
	s := &classSetupScene{a: a, saves: listSaves(a.saves), pick: newScenarioPicker(a, "cs")}
	s.load()
	return s
}

// newClassSetupError reopens the setup as it was, with the reason the
// room could not be opened (no free port, a save folder that cannot be
// written…).
func newClassSetupError(a *App, set classSetup, err error) *classSetupScene {
	s := newClassSetup(a)
	s.pick.choose(set.ScenarioID)
	s.load()
	for i, p := range lessonPresets {
		if p.id == set.Preset.id {
			s.preset = i
		}
	}
	if len(set.Out) == len(s.out) {
		copy(s.out, set.Out)
	}
	s.err = i18n.T("class.openfailed", "error", err.Error())
	return s
}

func (s *classSetupScene) load() {
	sc, err := s.a.loadScenario(s.pick.id)
	s.sc, s.err, s.out = sc, "", nil
	if err != nil {
		s.err = err.Error()
		return
	}
	s.out = make([]bool, len(sc.Parties))
	s.saved, s.resume = resumableClasses(s.saves.entries, sc.ID), 0
}

// setup is what the screen says now.
func (s *classSetupScene) setup() *classSetup {
	set := &classSetup{ScenarioID: s.pick.id, Scenario: s.sc, Preset: lessonPresets[s.preset],
		Out: append([]bool(nil), s.out...), Seed: s.a.newSeed()}
	if s.resume > 0 && s.resume <= len(s.saved) {
		set.Resume = s.saved[s.resume-1].File
	}
	return set
}

// presetDetail says what a preset means for the chosen scenario.
func (s *classSetupScene) presetDetail() string {
	p := lessonPresets[s.preset]
	n := p.roundsFor(s.sc)
	if p.timerMinutes == 0 {
		return i18n.T("class.preset.notimer", "rounds", n)
	}
	return i18n.T("class.preset.detail", "rounds", n, "minutes", p.timerMinutes)
}

// Busy until the saves folder has been read, to offer its classes, and
// while the browser's file chooser is open, to pick up its file.
func (s *classSetupScene) Busy() bool { return !s.saves.ready || s.pick.busy() }

// takeSaves offers the classes to go on with once the saves have arrived.
func (s *classSetupScene) takeSaves() {
	if s.saves.poll() && s.sc != nil {
		s.saved, s.resume = resumableClasses(s.saves.entries, s.sc.ID), 0
	}
}

func (s *classSetupScene) Update(u *widget.UI) Outcome {
	s.takeSaves()
	u.DefaultFocus("cs.open")
	if s.pick.screen(u, i18n.T("class.title"), s.load) {
		return stay()
	}
	body := setupFrame(u, i18n.T("class.title"), i18n.T("class.sub"))
	area := widget.R(body.X, body.Y, body.W, body.H-70)
	if left, right, ok := setupColumns(u, area); ok {
		if s.pick.row(u, left.X, left.Y, left.W, s.sc) {
			return stay()
		}
		sumTop := left.Y + s.pick.rowHeight(u, left.W, s.sc) + 16
		sumTop = s.resumeRow(u, left.X, sumTop, left.W)
		// The lesson and the delegations fill the right column, their
		// rows squeezed to fit it; at a large text size they scroll.
		y := u.BeginScroll("cs.settings", right)
		u.EndScroll(s.settings(u, right.X, y, right.W-widget.ScrollbarW-4, right.H))
		// The summary pane comes after the choices in the Tab order.
		sumR := widget.R(left.X, sumTop, left.W, left.Bottom()-sumTop)
		y = u.BeginScroll("cs.summary", sumR)
		u.EndScroll(y + s.summary(u, sumR.X, y, sumR.W-widget.ScrollbarW))
	} else {
		// One column that scrolls: the scenario, the lesson and the
		// delegations, then how teams join and the summary.
		w := area.W - widget.ScrollbarW - 8
		y := u.BeginScroll("cs.page", area)
		if s.pick.row(u, area.X, y, w, s.sc) {
			u.EndScroll(y)
			return stay()
		}
		y += s.pick.rowHeight(u, w, s.sc) + 16
		y = s.resumeRow(u, area.X, y, w)
		y = s.settings(u, area.X, y, w, 0) + 20
		u.EndScroll(y + s.summary(u, area.X, y, w))
	}

	btn := footerButtons(body, 200, buttonW(u, i18n.T("class.open"), 280))
	if u.Button("cs.back", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || u.In.Back {
		return goTo(ToTitle)
	}
	if u.Button("cs.open", btn[1], i18n.T("class.open"), widget.ButtonStyle{Primary: true, Disabled: s.sc == nil, Tip: i18n.T("class.open.tip")}) {
		return Outcome{To: ToLobby, Setup: s.setup()}
	}
	return stay()
}

// resumeRow offers the earlier lessons' classes of this scenario to go on
// with, when there are any, at y; it returns the y below it. Going on
// with one takes its own rounds, timer and delegations, so the settings
// then give way to a note.
func (s *classSetupScene) resumeRow(u *widget.UI, x, y, w float64) float64 {
	if len(s.saved) == 0 {
		return y
	}
	value := i18n.T("class.resume.new")
	if s.resume > 0 {
		e := s.saved[s.resume-1]
		// The name repeats the scenario; the round and the time it was
		// saved tell lessons apart.
		value = i18n.T("class.resume.save", "round", e.Round, "rounds", e.Rounds, "when", e.Saved.Format("2 Jan 15.04"))
	}
	if d := u.Choice("cs.resume", widget.R(x, y, w, 52), i18n.T("class.resume"), value, i18n.T("class.resume.tip"), nil); d != 0 {
		s.resume = (s.resume + d + len(s.saved) + 1) % (len(s.saved) + 1)
	}
	return y + 68
}

// settings draws the lesson preset and the delegations taking part from
// y in a column of width w, and returns the y below them. With height h,
// the delegations' rows shrink (to 40 px) so that the column fits it; 0
// leaves them at full height.
func (s *classSetupScene) settings(u *widget.UI, x, y, w, h float64) float64 {
	th := u.Th
	small, size := u.Size(theme.Small), u.Size(theme.Body)
	if s.sc == nil {
		return y
	}
	if s.resume > 0 {
		return y + u.Para(x, y, w, i18n.T("class.resume.note"), widget.Sans, size, th.TextMuted)
	}
	top := y
	if d := u.Choice("cs.preset", widget.R(x, y, w, 52), i18n.T("class.preset"), lessonPresets[s.preset].label(),
		i18n.T("class.preset.tip"), nil); d != 0 {
		s.preset = (s.preset + d + len(lessonPresets)) % len(lessonPresets)
	}
	y += 52 + 6
	y += u.Para(x+14, y, w-14, s.presetDetail(), widget.Sans, small, th.TextMuted) + 14
	u.Text(x, y, i18n.T("newgame.delegations"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	n := float64(len(s.sc.Parties))
	rowH := 48.0
	if h > 0 {
		rowH = max(40, min(48.0, (top+h-y)/n-6))
	}
	for p := range s.sc.Parties {
		s.partyRow(u, p, widget.R(x, y, w, rowH))
		y += rowH + 6
	}
	return y
}

// summary draws why the room could not open (if so), how teams join and
// the scenario's summary at y in width w, and returns their height.
func (s *classSetupScene) summary(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	size := u.Size(theme.Body)
	y0 := y
	if s.err != "" {
		y += u.Para(x, y, w, s.err, widget.Sans, size, th.Bad) + 16
	}
	y += u.Para(x, y, w, i18n.T("class.how"), widget.Sans, size, th.Text) + 16
	if s.sc != nil {
		y += u.Para(x, y, w, s.sc.Summary, widget.Serif, size, th.TextMuted)
	}
	return y - y0
}

// partyRow is one delegation: an optional one can be left out; the
// others always take part, so theirs is a plain line, not a control.
func (s *classSetupScene) partyRow(u *widget.UI, p int, r widget.Rect) {
	th := u.Th
	party := &s.sc.Parties[p]
	in := i18n.T("class.takespart")
	if !party.Optional {
		u.Fill(r, th.Surface)
		size := u.Size(theme.Body)
		ty := r.Y + (r.H-widget.LineHeight(size))/2
		u.Fill(widget.R(r.X+14, r.Y+r.H/2-8, 16, 16), th.Party(p))
		u.TextFit(r.X+40, ty, r.W*0.55-40, party.Name, widget.Sans, size, th.Text)
		u.TextRight(r.Right()-14, ty, in, widget.Sans, size, th.TextMuted)
		return
	}
	value := in
	if s.out[p] {
		value = i18n.T("seat.out")
	}
	if u.Choice("cs.party."+party.ID, r, party.Name, value, i18n.T("class.optional.tip"), partyColour(u, p)) != 0 {
		s.out[p] = !s.out[p]
	}
}

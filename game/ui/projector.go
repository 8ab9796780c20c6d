package ui

import (
	"time"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/widget"
)

// The projector's type sizes at a text size of 100%, in logical pixels of
// the 1280×720 layout: body text 28 px reads at about 24 pt on a slide,
// from the back of a classroom.
const (
	pjLabel = 24
	pjBody  = 28
	pjHead  = 34
	pjClock = 52
)

// projectorScene is the window while the teacher hosts a class: the
// public table in large type for the projector, and the teacher's
// controls. It reads the match only inside [host.Table.Do], copying what
// it shows into a [projModel] when the table's version moves (and once a
// second for the clock), and changes it only through the teacher's
// controls, which are match actions made there too.
type projectorScene struct {
	a  *App
	c  *class
	d  describer
	pm projModel
	// built is set once the model has been read; ver is the table's
	// version it was read at, and read when.
	built bool
	ver   uint64
	read  time.Time
	// follow is the clause the draft should scroll to, or −1; followed
	// is the model's signature it was chosen for.
	follow   int
	followed string
	// open is the chooser or overlay shown over the table, if any.
	open    panel
	confirm confirmAction
	// level is the AI level the seats chooser hands seats to.
	level int
	// device is the handle of the device being moved, in the devices
	// chooser.
	device string
	// closing: the open chooser's Close button was pressed. leave: the
	// teacher has confirmed closing the class.
	closing, leave bool
	err            string
}

// newProjector opens the projector for a class whose game has started.
func newProjector(a *App, c *class) Scene {
	p := &projectorScene{a: a, c: c, follow: -1, level: 1}
	p.refresh()
	return p
}

// Busy reports that the table has moved on since the model was read, or
// that the clock on screen is due to change: only then is the frame built
// again, so an idle projector costs next to nothing.
func (p *projectorScene) Busy() bool { return p.stale() }

func (p *projectorScene) stale() bool {
	if !p.built || p.c.t.Version() != p.ver {
		return true
	}
	clk := p.pm.Clock
	running := clk.Minutes > 0 && !clk.Paused && !p.pm.Over
	return running && time.Since(p.read) >= time.Second
}

// refresh reads the table again: the spectator's view, the clock and the
// seats, inside the table's goroutine.
func (p *projectorScene) refresh() {
	ver := p.c.t.Version()
	var pm projModel
	err := p.c.t.Do(func(m *match.Match) {
		pm = buildProjModel(m.Public(), m.Clock(), m.Kinds())
	})
	p.read = time.Now()
	if err != nil {
		// The table has closed (the host is shutting down): keep showing
		// what was last read.
		p.built = true
		return
	}
	p.pm, p.ver, p.built = pm, ver, true
	p.d = describer{pm.sc}
	if sig := followSignature(pm); sig != p.followed {
		p.followed, p.follow = sig, followSlot(pm)
	}
}

func (p *projectorScene) Update(u *widget.UI) Outcome {
	if p.stale() {
		p.refresh()
	}
	if p.pm.Over && p.open == panelNone {
		if out, ok := p.finish(); ok {
			return out
		}
	}
	u.SpaceSkips = true // Space pauses; it never presses a button here
	p.keys(u)
	p.layout(u)
	p.drawOpen(u)
	if p.leave {
		// The title closes the class: the host saves the table and lets
		// the devices go.
		return goTo(ToTitle)
	}
	return stay()
}

// layout draws the table for the projector: the round, the phase and the
// clock along the top; then three columns: the draft; what is on the
// table, whose move it is and the news; the publics.
func (p *projectorScene) layout(u *widget.UI) {
	th := u.Th
	u.Fill(widget.R(0, 0, u.W, u.H), th.Bg)
	const gap = 12.0
	top := p.topBar(u, widget.R(0, 0, u.W, 0))
	main := widget.R(gap, top+gap, u.W-2*gap, u.H-top-2*gap)
	draftW := main.W * 0.30
	pubW := main.W * 0.32
	midW := main.W - draftW - pubW - 2*gap
	draft := widget.R(main.X, main.Y, draftW, main.H)
	mid := widget.R(draft.Right()+gap, main.Y, midW, main.H)
	pubs := widget.R(mid.Right()+gap, main.Y, pubW, main.H)
	p.draft(u, draft)
	// The middle column: the item as tall as it needs, whose move it is,
	// and the news in what is left. When the item needs more, the news
	// gives way first (to its headline, then to its label and R), then
	// the proposer's reason.
	tag := widget.LineHeight(u.Size(pjLabel)) + 16
	head := widget.LineHeight(u.Size(pjBody) * 1.1)
	seatsH := p.seatsFlow(u, widget.R(mid.X, 0, mid.W, 0), false)
	free := mid.H - seatsH - 2*gap
	need := p.itemPanel(u, mid, false, true)
	reason := true
	newsH := tag + 2*head + 14
	switch {
	case need+newsH <= free:
	case need+tag+head+14 <= free:
		newsH = tag + head + 14
	case need+tag <= free:
		newsH = tag
	default:
		newsH, reason = tag, false
		need = p.itemPanel(u, mid, false, false)
	}
	itemH := min(need, free-newsH)
	p.itemPanel(u, widget.R(mid.X, mid.Y, mid.W, itemH), true, reason)
	seats := widget.R(mid.X, mid.Y+itemH+gap, mid.W, seatsH)
	u.Fill(seats, th.Surface)
	p.seatsFlow(u, seats, true)
	p.newsCard(u, widget.R(mid.X, seats.Bottom()+gap, mid.W, mid.Bottom()-seats.Bottom()-gap))
	p.publicsPanel(u, pubs)
}

// finish leaves for the results once the game is over, as the table
// screen does: the ratification, then the debrief, of a copy of the game
// that nobody moves on.
func (p *projectorScene) finish() (Outcome, bool) {
	var (
		sc    *rules.Scenario
		setup rules.Setup
		acts  []rules.Action
		seats []rules.Seat
	)
	if err := p.c.t.Do(func(m *match.Match) {
		g := m.Game()
		sc, setup, acts, seats = m.Scenario(), g.Setup(), g.Actions(), m.RecordSeats()
	}); err != nil {
		return stay(), false
	}
	g, _, err := rules.NewGame(sc, setup)
	for _, act := range acts {
		if err != nil {
			break
		}
		_, err = g.Apply(act)
	}
	if err != nil || !g.Over() {
		p.err = errText(err)
		return stay(), false
	}
	s := &Session{Cfg: Config{ScenarioID: sc.ID, Scenario: sc, Seats: match.Frozen(sc, g, seats).Kinds(), Rounds: g.Rounds(),
		Seed: g.Seed()}, m: match.Frozen(sc, g, seats), Briefed: make([]bool, len(sc.Parties)), hosted: true}
	s.PollsShown = s.PollRounds()
	a := p.a
	a.session, a.table, a.debrief = s, newTable(a, s), nil
	// The host keeps the class's saves; this copy is only what the
	// results and the debrief read, and is never autosaved (hosted).
	a.saved = progressOf(s)
	return goTo(ToRatification), true
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

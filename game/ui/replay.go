package ui

import (
	"slices"

	"bindingwords/game/i18n"
	"bindingwords/game/replay"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// replayScene steps through the game just played, as the table showed it
// at every point: the draft with the changes of that round marked, the
// delegations and their polls, the news, and what the step was and why.
// The arrows step one move, Page Up and Page Down jump to the previous or
// next round or phase, Home and End to the start and the end; the
// timeline at the bottom takes clicks.
type replayScene struct {
	a   *App
	s   *Session
	d   describer
	tl  *replay.Timeline
	err string
	// marks are where each round and phase begins.
	marks []replay.Mark
	// events is the whole game's event log, and ends[k] how many of its
	// events the game had after k actions.
	events []rules.Event
	ends   []int
	// k is the step shown; view draws the game as it stood then.
	k    int
	view *tableScene
}

func newReplay(a *App, s *Session) *replayScene {
	r := &replayScene{a: a, s: s, d: describer{s.Scenario()}}
	tl, err := s.timeline()
	if err == nil {
		err = r.index(tl)
	}
	if err != nil {
		r.err = i18n.T("replay.failed", "error", err.Error())
		return r
	}
	r.tl, r.marks = tl, tl.Marks()
	r.show(0)
	return r
}

// index replays the game once to learn which events each step made.
func (r *replayScene) index(tl *replay.Timeline) error {
	g, err := tl.At(0)
	if err != nil {
		return err
	}
	r.ends = append(r.ends, len(g.Events()))
	for k := 1; k <= tl.Len(); k++ {
		if _, err := g.Apply(tl.Action(k)); err != nil {
			return err
		}
		r.ends = append(r.ends, len(g.Events()))
	}
	r.events = g.Events()
	return nil
}

// show moves to step k.
func (r *replayScene) show(k int) {
	k = min(max(k, 0), r.tl.Len())
	g, err := r.tl.At(k)
	if err != nil {
		r.err = i18n.T("replay.failed", "error", err.Error())
		return
	}
	r.k = k
	// The game as it stood, seen as the projector saw it: the seats as
	// played, nobody's brief open, the changes of the round marked.
	vs := r.s.frozen(g)
	r.view = newTable(r.a, vs)
}

// markStep is the step of the mark before (dir < 0) or after (dir > 0)
// the step shown.
func (r *replayScene) markStep(dir int) int {
	if dir < 0 {
		for i := len(r.marks) - 1; i >= 0; i-- {
			if r.marks[i].Step < r.k {
				return r.marks[i].Step
			}
		}
		return 0
	}
	for _, m := range r.marks {
		if m.Step > r.k {
			return m.Step
		}
	}
	return r.tl.Len()
}

func (r *replayScene) Busy() bool { return false }

func (r *replayScene) Update(u *widget.UI) Outcome {
	th := u.Th
	if r.tl == nil {
		body := screenFrame(u, i18n.T("replay.title"), r.s.Scenario().Title)
		u.Para(body.X, body.Y, body.W, r.err, widget.Sans, u.Size(theme.Body), th.Bad)
		btn := footerButtons(body, 300)
		if u.Button("rp.back", btn[0], i18n.T("replay.back"), widget.ButtonStyle{Primary: true}) || u.In.Back {
			return goTo(ToDebrief)
		}
		return stay()
	}
	// The keys: they move through the game, not the panes.
	switch in := &u.In; {
	case in.Left:
		r.show(r.k - 1)
	case in.Right:
		r.show(r.k + 1)
	case in.PageUp:
		r.show(r.markStep(-1))
	case in.PageDown:
		r.show(r.markStep(1))
	case in.Home:
		r.show(0)
	case in.End:
		r.show(r.tl.Len())
	}
	u.In.Left, u.In.Right, u.In.PageUp, u.In.PageDown, u.In.Home, u.In.End = false, false, false, false, false, false

	const gap = 12.0
	timeline := widget.R(gap, u.H-64-gap/2-78, u.W-2*gap, 70)
	rest := widget.R(gap, 60+gap/2, u.W-2*gap, timeline.Y-gap-60-gap/2)
	news := widget.R(gap, u.H-64-gap/2, u.W-2*gap, 64)
	sideW := max(270, min(340, rest.W*0.24))
	stepW := max(330, min(440, rest.W*0.30))
	side := widget.R(rest.X, rest.Y, sideW, rest.H)
	doc := widget.R(side.Right()+gap, rest.Y, rest.W-sideW-stepW-2*gap, rest.H)
	step := widget.R(doc.Right()+gap, rest.Y, stepW, rest.H)

	u.DefaultFocus("rp.next")
	out := r.controls(u, timeline)
	r.view.document(u, doc)
	r.stepPanel(u, step)
	r.view.delegations(u, side)
	r.view.newsTicker(u, news)
	if o := r.topBar(u, widget.R(0, 0, u.W, 60)); o.To != Stay {
		return o
	}
	return out
}

func (r *replayScene) topBar(u *widget.UI, bar widget.Rect) Outcome {
	th := u.Th
	u.Fill(bar, th.Surface)
	size := u.Size(theme.Large)
	ty := bar.Y + (bar.H-widget.LineHeight(size))/2
	m := r.tl.MarkAt(r.k)
	info := i18n.T("replay.where", "step", r.k, "steps", r.tl.Len(), "round", m.Round, "rounds", r.s.Public().Rounds(), "phase", r.d.phase(m.Phase))
	bw := 260.0
	bx := bar.Right() - 12 - bw
	var out Outcome
	if u.Button("rp.back", widget.R(bx, bar.Y+8, bw, bar.H-16), i18n.T("replay.back"), widget.ButtonStyle{}) || u.In.Back {
		out = goTo(ToDebrief)
	}
	iw := u.Measure(info, widget.SansBold, size)
	ix := bx - 24 - iw
	u.TextFit(16, ty, ix-40, i18n.T("replay.title")+" · "+r.s.Scenario().Title, widget.SerifBold, size, th.Text)
	u.Text(ix, ty, info, widget.SansBold, size, th.Accent)
	return out
}

// controls are the step buttons and the timeline: a bar over the whole
// game with a mark where each round (tall, numbered) and phase begins.
func (r *replayScene) controls(u *widget.UI, box widget.Rect) Outcome {
	th := u.Th
	small := u.Size(theme.Small)
	u.Fill(box, th.Surface)
	bw, bh := 64.0, 46.0
	x, y := box.X+10, box.Y+(box.H-bh)/2
	buttons := []struct {
		id, label, tip string
		to             func() int
	}{
		{"rp.first", "|◀", i18n.T("replay.first"), func() int { return 0 }},
		{"rp.prevmark", "◀◀", i18n.T("replay.prevmark"), func() int { return r.markStep(-1) }},
		{"rp.prev", "◀", i18n.T("replay.prev"), func() int { return r.k - 1 }},
		{"rp.next", "▶", i18n.T("replay.next"), func() int { return r.k + 1 }},
		{"rp.nextmark", "▶▶", i18n.T("replay.nextmark"), func() int { return r.markStep(1) }},
		{"rp.last", "▶|", i18n.T("replay.last"), func() int { return r.tl.Len() }},
	}
	for _, b := range buttons {
		if u.Button(b.id, widget.R(x, y, bw, bh), b.label, widget.ButtonStyle{Tip: b.tip}) {
			r.show(b.to())
		}
		x += bw + 6
	}
	x += 16
	track := widget.R(x+8, box.Y+18, box.Right()-x-26, 10)
	hit := widget.R(x, box.Y+4, box.Right()-x-10, box.H-8)
	n := max(r.tl.Len(), 1)
	xOf := func(k int) float64 { return track.X + track.W*float64(k)/float64(n) }
	hot, act := u.Interact("rp.bar", hit)
	if act && !u.In.Activate && !u.In.Space {
		r.show(int(float64(n)*(u.In.X-track.X)/track.W + 0.5))
	}
	u.Fill(track, th.Line)
	u.Fill(widget.R(track.X, track.Y, xOf(r.k)-track.X, track.H), th.Selected)
	lastRound := 0
	for _, m := range r.marks {
		mx := xOf(m.Step)
		if m.Round != lastRound {
			lastRound = m.Round
			u.Fill(widget.R(mx-1.5, track.Y-8, 3, track.H+16), th.TextMuted)
			u.Text(mx+4, track.Bottom()+6, i18n.T("replay.round", "n", m.Round), widget.Sans, small, th.TextMuted)
			continue
		}
		u.Fill(widget.R(mx-1, track.Y-2, 2, track.H+4), th.TextMuted)
	}
	cx := xOf(r.k)
	u.Fill(widget.R(cx-4, track.Y-10, 8, track.H+20), th.Accent)
	if hot {
		u.TipFor("rp.bar", hit, i18n.T("replay.bar.tip"))
	}
	if u.Focused("rp.bar") {
		u.FocusRing(hit)
	}
	return stay()
}

// stepPanel says what the step shown was: the move, its reason and what
// followed from it, in the words of the table's feed.
func (r *replayScene) stepPanel(u *widget.UI, box widget.Rect) {
	th := u.Th
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	inner := u.Panel(box, i18n.T("replay.step"))
	y := u.BeginScroll("rp.step", widget.R(inner.X, inner.Y, inner.W+8, inner.H))
	w := inner.W - widget.ScrollbarW + 4
	if r.k == 0 {
		y += u.Para(inner.X, y, w, i18n.T("replay.start"), widget.SansBold, size, th.Text) + 8
	} else {
		a := r.tl.Action(r.k)
		head := r.d.party(a.Party)
		u.Fill(widget.R(inner.X, y+5, 14, widget.LineHeight(size)-10), th.Party(a.Party))
		y += u.Para(inner.X+22, y, w-22, i18n.T("replay.move", "n", r.k, "party", head), widget.SansBold, size, th.Text) + 6
	}
	from := 0
	if r.k > 0 {
		from = r.ends[r.k-1]
	}
	for _, e := range r.events[from:r.ends[r.k]] {
		col, font := th.Text, widget.Sans
		if slices.Contains([]rules.EventKind{rules.EvSupport, rules.EvWeight, rules.EvPoll, rules.EvPhase}, e.Kind) {
			col = th.TextMuted
		}
		if e.Party >= 0 {
			u.Fill(widget.R(inner.X, y+6, 5, widget.LineHeight(small)-10), th.Party(e.Party))
		}
		y += u.Para(inner.X+12, y, w-12, r.d.Event(e), font, small, col)
		if e.Reason != "" {
			y += u.Para(inner.X+12, y, w-12, quotedReason(e.Reason), widget.SerifItalic, small, th.TextMuted)
		}
		y += 6
	}
	y += 8
	y += u.Para(inner.X, y, w, i18n.T("replay.keys"), widget.Sans, small, th.TextMuted)
	u.EndScroll(y)
}

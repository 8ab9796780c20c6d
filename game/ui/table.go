package ui

import (
	"time"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// tableScene is the main screen, projected for the class: the draft as a
// document, the delegations with their polls, what is happening now and
// the news. It shows public data only, except that the delegation whose
// turn it is, once it has passed the pass-the-device screen, sees its own
// points for the wordings and its controls.
type tableScene struct {
	a *App
	s *Session
	d describer
	// sel is the clause selected in the draft, or -1.
	sel int
	// pkg is the amendment or package being put together.
	pkg []rules.Change
	// err is the last refusal from the rules, shown to the player.
	err string
	// stance for a public commitment being prepared.
	stance rules.Stance
	// words is scratch space for laying out the draft.
	words []placed
	// focusOpts moves the focus to the first wording of the clause just
	// selected, so the keyboard need not walk through the other controls.
	focusOpts bool
	// turn is the human turn the focus was last placed for.
	turn turnKey
	// revealSlot is a clause the draft scrolls to when next laid out, or
	// -1: the one a number key or Esc has just gone to.
	revealSlot int
	// typed is the article number being typed, typedAt when its last
	// digit came; now is the clock (a test's own in tests).
	typed   int
	typedAt time.Time
	now     func() time.Time
	// shownItem is the last item (numbered from 1) the draft scrolled to.
	shownItem int
	// newsRound is the last round whose news card was shown (news_card.go).
	newsRound int
	// sideTab shows the delegations instead of the moves when the screen
	// is too narrow for both beside the draft (see tableColumns).
	sideTab bool
	// ctlNeed is the height the acting delegation's controls took in the
	// last frame (ballots included), so the moves can follow right under
	// them (table_act.go).
	ctlNeed float64
}

// tableColumns splits the table's area into the delegations, the draft
// and the moves. The side columns grow with the text size; when the draft
// would be left narrower than about forty words' characters, the layout
// drops to two columns (narrow): the moves and the delegations then take
// turns in the right one, so no column squeezes words apart.
func tableColumns(u *widget.UI, rest widget.Rect, gap float64) (side, doc, act widget.Rect, narrow bool) {
	ts := u.TextScale
	sideW := max(270*ts, min(340*ts, rest.W*0.255))
	actW := max(330*ts, min(440*ts, rest.W*0.29))
	minDoc := 400 * ts
	if rest.W-sideW-actW-2*gap < minDoc {
		actW = max(330*ts, min(440*ts, rest.W*0.42))
		doc = widget.R(rest.X, rest.Y, rest.W-actW-gap, rest.H)
		act = widget.R(doc.Right()+gap, rest.Y, actW, rest.H)
		return act, doc, act, true
	}
	side = widget.R(rest.X, rest.Y, sideW, rest.H)
	doc = widget.R(side.Right()+gap, rest.Y, rest.W-sideW-actW-2*gap, rest.H)
	act = widget.R(doc.Right()+gap, rest.Y, actW, rest.H)
	return side, doc, act, false
}

func newTable(a *App, s *Session) *tableScene {
	return &tableScene{a: a, s: s, d: describer{s.Scenario()}, sel: -1, revealSlot: -1, now: time.Now}
}

func (t *tableScene) Busy() bool { return t.s.Busy() }

// privileged is the human delegation allowed to see its own points on
// this screen now: the one whose turn it is, after its pass screen.
func (t *tableScene) privileged() int {
	s := t.s
	if a := s.Actor(); a >= 0 && a == s.Unlocked() && s.Human(a) {
		return a
	}
	return -1
}

// own is the private view of the delegation privileged on this screen
// now, and true; otherwise the spectator's view and false.
func (t *tableScene) own() (rules.View, bool) {
	if t.privileged() < 0 {
		return t.s.Public(), false
	}
	return t.s.Own()
}

func (t *tableScene) Update(u *widget.UI) Outcome {
	s := t.s
	if v := s.Public(); t.newsRound < v.Round() && !v.Over() && s.PollRounds() <= s.PollsShown {
		// A new round opens with its news, once, before any move or pass
		// screen: everyone reads it on the public screen.
		t.newsRound = v.Round()
		if roundNews(s.Scenario(), v) >= 0 {
			t.reset()
			return goTo(ToNews)
		}
	}
	u.SpaceSkips = s.Pacing()
	if u.In.Space && s.Pacing() {
		s.Skip()
	}
	s.Tick()
	u.SpaceSkips = s.Pacing() || u.SpaceSkips
	if s.Settled() {
		switch actor := s.Actor(); {
		case s.Public().Over():
			return goTo(ToRatification)
		case s.ballotDone():
			t.reset()
			return goTo(ToResult)
		case s.PollRounds() > s.PollsShown:
			return goTo(ToPolls)
		case actor >= 0 && s.Human(actor) && s.Unlocked() != actor:
			if s.Solo() {
				// Alone against AI delegates: the device never changes
				// hands, so the turn opens at once.
				s.Unlock(actor)
				break
			}
			t.reset()
			purpose := passToAct
			if s.openBallot() {
				purpose = passForItem
			}
			return Outcome{To: ToPass, Party: actor, Purpose: purpose}
		}
	}
	if t.privileged() < 0 {
		t.reset()
	}

	const gap = 12.0
	// The news strip is as tall as its headline, wrapped. On a short
	// screen (interface 150 %) a delegation's vote hides it, so the item
	// voted on has the room: everyone read the card as the round opened.
	_, newsH := t.newsLines(u, u.W-2*gap)
	if v, own := t.own(); own && v.HasPending() && u.H < 560 {
		newsH = -gap / 2
	}
	rest := widget.R(gap, 60+gap/2, u.W-2*gap, u.H-60-gap/2-newsH-gap)
	news := widget.R(gap, u.H-newsH-gap/2, u.W-2*gap, newsH)
	side, doc, act, narrow := tableColumns(u, rest, gap)
	if full := widget.R(side.X, rest.Y, side.W, u.H-rest.Y-gap/2); !narrow && t.sideCrowded(u, side) {
		// Seven delegations at 1280×720: their column runs the table's
		// whole height, and the news strip takes the width beside it.
		side = full
		nx := side.Right() + gap
		if newsH > 0 {
			_, newsH = t.newsLines(u, u.W-gap-nx)
		}
		news = widget.R(nx, u.H-newsH-gap/2, u.W-gap-nx, newsH)
		doc.H = news.Y - gap - doc.Y
		act.H = doc.H
	}

	// The order of these calls is the keyboard's Tab order: the draft,
	// the controls, the delegations, the news, then the top bar.
	if v := s.Public(); v.HasPending() && t.shownItem != v.NumItems() {
		// A new item on the table: the draft scrolls to its first clause,
		// so everyone sees the wording being voted on.
		t.shownItem = v.NumItems()
		if it, _ := v.Pending(); len(it.Changes) > 0 {
			t.revealSlot = it.Changes[0].Slot
		}
	}
	if v, ok := t.own(); ok {
		t.startTurn(u, v)
	}
	t.clauseKeys(u)
	back := u.In.Back && !t.stepBack(u)
	t.document(u, doc)
	if narrow {
		// Too narrow for three columns: the moves and the delegations
		// share the right one, a tab each, rather than squeeze the draft.
		tabs, body := act.CutTop(44 + 6)
		half := widget.R(tabs.X, tabs.Y, (tabs.W-6)/2, 44)
		if u.Button("tbl.tab.act", half, i18n.T("table.tab.act"), widget.ButtonStyle{Selected: !t.sideTab}) {
			t.sideTab = false
		}
		half.X += half.W + 6
		if u.Button("tbl.tab.side", half, i18n.T("table.tab.side"), widget.ButtonStyle{Selected: t.sideTab}) {
			t.sideTab = true
		}
		if t.sideTab {
			t.delegations(u, body)
		} else {
			t.actPanel(u, body)
		}
	} else {
		t.actPanel(u, act)
		t.delegations(u, side)
	}
	reread := newsH > 0 && t.newsTicker(u, news)
	out := t.topBar(u, widget.R(0, 0, u.W, 60), back)
	if reread && out.To == Stay {
		return goTo(ToNews)
	}
	return out
}

// A turnKey tells one human turn from the next, so that each starts with
// the focus in its place even when no pass screen came between them.
type turnKey struct {
	actor, round, items int
	phase               rules.Phase
	vote                bool
}

// startTurn puts the focus where a delegation's turn starts, once per
// turn, and scrolls it into view.
func (t *tableScene) startTurn(u *widget.UI, v rules.View) {
	k := turnKey{actor: v.Seat(), round: v.Round(), items: v.NumItems(), phase: v.Phase(), vote: v.HasPending()}
	if k == t.turn {
		return
	}
	t.turn = k
	t.sideTab = false
	u.QuietTips()
	if id := turnFocus(v); id != "" {
		u.SetFocus(id)
	}
}

// turnFocus is the control a delegation's turn starts on, seen through
// its own view. A vote starts on the item itself, not on a ballot: a
// stray Enter must not cast a vote nobody chose. Elsewhere it is the move
// that keeps the game going and costs nothing (pass, no comment), or
// signing when the text allows it.
func turnFocus(v rules.View) string {
	switch v.Phase() {
	case rules.PhaseTable:
		if v.HasPending() {
			return "act.item"
		}
		return "act.pass"
	case rules.PhasePress:
		return "say.none"
	case rules.PhaseSigning:
		if v.CanSign() {
			return "act.sign"
		}
		return "act.decline"
	}
	return ""
}

func (t *tableScene) reset() {
	t.sel, t.pkg, t.err, t.stance = -1, nil, "", rules.Reject
}

// task names what the game is waiting for, for the top bar.
func (t *tableScene) phaseLabel() string {
	return t.d.phase(t.s.Public().Phase())
}

// topBar draws the title, round and phase, the clock, Briefs and Menu;
// back is an Esc that no step of the turn took back, which opens the menu.
func (t *tableScene) topBar(u *widget.UI, r widget.Rect, back bool) Outcome {
	th := u.Th
	s := t.s
	u.Fill(r, th.Surface)
	size := u.Size(theme.Large)
	ty := r.Y + (r.H-widget.LineHeight(size))/2
	v := s.Public()
	info := i18n.T("table.round", "round", v.Round(), "rounds", v.Rounds(), "phase", t.phaseLabel())
	infoW := u.Measure(info, widget.SansBold, size)
	// Buttons on the right: the game menu (also Esc), and the briefs,
	// which any human delegation may open again behind its pass screen.
	bx := r.Right() - 12
	var out Outcome
	bw := 150.0
	bx -= bw
	if u.Button("tbl.menu", widget.R(bx, r.Y+8, bw, r.H-16), i18n.T("table.menu"), widget.ButtonStyle{Tip: i18n.T("table.menu.tip")}) || back {
		out = goTo(ToMenu)
	}
	if len(s.Humans()) > 0 {
		bx -= bw + 10
		if u.Button("tbl.brief", widget.R(bx, r.Y+8, bw, r.H-16), i18n.T("table.briefs"), widget.ButtonStyle{Tip: i18n.T("table.briefs.tip")}) {
			out = goTo(ToChooser)
			if s.Solo() {
				// One brief to choose from: open it.
				out = Outcome{To: ToBrief, Party: s.Humans()[0]}
			}
		}
	}
	if s.Cfg.TimerMinutes > 0 {
		bx -= 10
		tr := clockBox(u, s, bx, r.Y+8, r.H-16, u.Size(theme.Large))
		bx = tr.X
		if hot, _ := u.Interact("tbl.timer", tr); hot {
			u.TipFor("tbl.timer", tr, i18n.T("table.timer.tip"))
		}
		if u.Focused("tbl.timer") {
			u.FocusRing(tr)
		}
	}
	// Round and phase in the middle when there is room, else after the title.
	ix := (r.W - infoW) / 2
	titleW := ix - 24
	if ix+infoW > bx-16 {
		ix = bx - 16 - infoW
		titleW = ix - 24
	}
	// The title only when it fits whole: on a narrow screen the round
	// and phase matter more than a title cut short.
	if title := s.Scenario().Title; u.Measure(title, widget.SerifBold, size) <= titleW {
		u.Text(16, ty, title, widget.SerifBold, size, th.Text)
	} else if u.Fonts.Cut != nil {
		u.Fonts.Cut(title) // left out whole, which a test counts as cut
	}
	u.Text(ix, ty, info, widget.SansBold, size, th.Accent)
	return out
}

// newsTicker shows the round's news headline in a strip along the bottom,
// wrapped over two lines rather than cut; a click or Enter on it opens the
// card again (it reports that).
func (t *tableScene) newsTicker(u *widget.UI, r widget.Rect) bool {
	th := u.Th
	s := t.s
	// The round's card, unless it concerns only delegations not at the
	// table (see roundNews).
	card := roundNews(s.Scenario(), s.Public())
	hot, act := u.Interact("tbl.news", r)
	u.Fill(r, th.Surface)
	label := i18n.T("table.news")
	small, size := u.Size(theme.Small), u.Size(theme.Body)
	lw := u.Measure(label, widget.SansBold, small) + 28
	u.Fill(widget.R(r.X, r.Y, lw, r.H), th.Primary)
	u.Text(r.X+14, r.Y+(r.H-widget.LineHeight(small))/2, label, widget.SansBold, small, th.PrimaryText)
	x := r.X + lw + 16
	if card < 0 {
		u.Text(x, r.Y+(r.H-widget.LineHeight(size))/2, i18n.T("ev.nonews"), widget.Sans, size, th.TextMuted)
	} else {
		c := &s.Scenario().News[card]
		hint := i18n.T("table.news.open")
		lines, _ := t.newsLines(u, r.W)
		ty := r.Y + (r.H-float64(len(lines))*widget.LineHeight(size))/2
		for _, l := range lines {
			u.Text(x, ty, l, widget.SansBold, size, th.Text)
			ty += widget.LineHeight(size)
		}
		u.TextRight(r.Right()-16, r.Y+(r.H-widget.LineHeight(small))/2, hint, widget.Sans, small, th.TextMuted)
		if hot {
			u.TipFor("tbl.news", r, c.Headline+"\n"+c.Text)
		}
	}
	if u.Focused("tbl.news") {
		u.FocusRing(r)
	}
	return act && card >= 0
}

// newsLines is the round's headline wrapped for a news strip w wide, and
// the strip's height: one line of body text or as many as the headline
// needs, so the strip takes no more of the table than it must.
func (t *tableScene) newsLines(u *widget.UI, w float64) ([]string, float64) {
	small, size := u.Size(theme.Small), u.Size(theme.Body)
	card := roundNews(t.s.Scenario(), t.s.Public())
	if card < 0 {
		return nil, max(44, widget.LineHeight(size)+14)
	}
	lw := u.Measure(i18n.T("table.news"), widget.SansBold, small) + 28
	hw := u.Measure(i18n.T("table.news.open"), widget.Sans, small)
	lines := u.Fonts.Wrap(t.s.Scenario().News[card].Headline, widget.SansBold, size, w-lw-32-hw-20)
	return lines, max(44, float64(len(lines))*widget.LineHeight(size)+14)
}

package ui

import (
	"image/color"

	"errors"
	"slices"
	"strconv"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// actPanel shows who the game is waiting for and, for a human delegation
// that has the device, its controls; below, the latest moves with their
// reasons.
func (t *tableScene) actPanel(u *widget.UI, r widget.Rect) {
	th := u.Th
	s := t.s
	u.Fill(r, th.Surface)
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	actor := s.Actor()
	x, w := r.X+14, r.W-28
	y := r.Y + 10
	if actor >= 0 {
		u.Fill(widget.R(r.X, r.Y, 6, 64), th.Party(actor))
		name := s.Scenario().Parties[actor].Name
		who := name
		if !s.Human(actor) {
			who = i18n.T("table.ai.name", "party", name)
		}
		y += u.Para(x, y, w, who, widget.SansBold, u.Size(theme.Large), th.Text)
		if v, own := t.own(); own && v.HasPending() && r.H < 12*widget.LineHeight(small) {
			// A vote on a short panel (interface 150%): the item's own
			// heading says what is voted on, and the item gets the line.
			y += 8
		} else {
			y += u.Para(x, y, w, t.taskLine(actor), widget.Sans, small, th.TextMuted) + 8
		}
	} else {
		y += u.Para(x, y, w, i18n.T("table.waiting"), widget.SansBold, size, th.TextMuted) + 8
	}
	var feedTop float64
	feedBottom := r.Bottom() - widget.LineHeight(small) - 12
	if v, ok := t.own(); ok {
		ctl := widget.R(r.X+6, y, r.W-12, r.Bottom()-y-t.feedRoom(u, v, r.Bottom()-y))
		if t.ctlNeed > 0 && t.ctlNeed < ctl.H {
			// Controls shorter than their room (a pass, a signature):
			// the moves come right under them, not under a gap.
			ctl.H = t.ctlNeed
		}
		t.controls(u, v, ctl)
		feedTop = ctl.Bottom() + 8
		feedBottom = r.Bottom() - 8 // no "skip ahead" hint in a human turn
		if feedTop >= feedBottom {
			return
		}
	} else {
		// Everyone sees what is on the table; only the points are private.
		if it, ok := s.Public().Pending(); ok {
			t.itemSummary(u, s.Public(), it, &y, x, w)
		}
		feedTop = y
		if s.Pacing() {
			// The hint has a strip of its own under the feed, so the
			// feed's moves never run under it.
			hint := i18n.T("table.skip")
			hh := u.ParaHeight(w, hint, widget.Sans, small)
			feedBottom = r.Bottom() - hh - 16
			u.Fill(widget.R(r.X+6, feedBottom+4, r.W-12, 1), th.Line)
			u.Para(x, feedBottom+8, w, hint, widget.Sans, small, th.TextMuted)
		}
	}
	t.feed(u, widget.R(r.X, feedTop, r.W, feedBottom-feedTop))
}

// feedRoom is the height under the acting delegation's controls left to
// the round's moves, out of avail. The controls come first: they keep
// room for eight lines (and the ballots, in a vote), so the item voted on
// or the wordings to choose from never shrink to a slit at a large
// interface size; the moves get up to 130 pixels of what is left, or
// none when that would show less than two of them.
func (t *tableScene) feedRoom(u *widget.UI, v rules.View, avail float64) float64 {
	lh := widget.LineHeight(u.Size(theme.Small))
	need := 8 * lh
	if _, voting := v.Pending(); voting && v.Phase() == rules.PhaseTable {
		need += ctlButtonH(u) + 12
	}
	room := min(130, avail-need)
	if room < 3*lh+20+8 {
		return 0
	}
	return room
}

// ctlButtonH is the height of the acting delegation's buttons: 46 pixels,
// taller at a larger text size so the label keeps a margin above and
// below.
func ctlButtonH(u *widget.UI) float64 {
	return max(46, widget.LineHeight(u.Size(theme.Body))+18)
}

func (t *tableScene) taskLine(p int) string {
	v := t.s.Public()
	switch v.Phase() {
	case rules.PhaseTable:
		if it, ok := v.Pending(); ok {
			return i18n.T("table.task.vote", "item", v.NumItems(), "party", t.s.Scenario().Parties[it.Party].Name)
		}
		return i18n.T("table.task.table")
	case rules.PhasePress:
		return i18n.T("table.task.press")
	case rules.PhaseSigning:
		return i18n.T("table.task.sign")
	}
	return ""
}

// feedKinds are the events the table's feed reports; the rest are shown
// in the polls and the debrief.
var feedKinds = []rules.EventKind{rules.EvTabled, rules.EvPassed, rules.EvVoted, rules.EvAdopted, rules.EvRejected,
	rules.EvCall, rules.EvCallsCleared, rules.EvStatement, rules.EvSigned, rules.EvDeclined,
	rules.EvArticleDropped, rules.EvTrust, rules.EvNews}

// feed lists this round's moves, newest first, each with its reason.
func (t *tableScene) feed(u *widget.UI, r widget.Rect) {
	th := u.Th
	s := t.s
	small := u.Size(theme.Small)
	u.Text(r.X+14, r.Y, i18n.T("table.feed"), widget.SansBold, small, th.TextMuted)
	view := widget.R(r.X+6, r.Y+widget.LineHeight(small)+4, r.W-12, r.H-widget.LineHeight(small)-4)
	y := u.BeginScroll("tbl.feed", view)
	x, w := view.X+8, view.W-widget.ScrollbarW-10
	v := s.Public()
	evs, round, phase := v.Events(), v.Round(), v.Phase()
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		if e.Round < round-1 || (e.Round < round && phase != rules.PhaseSigning) {
			break
		}
		if !slices.Contains(feedKinds, e.Kind) {
			continue
		}
		fresh := i >= s.LastAI()
		col := th.Text
		if !fresh {
			col = th.TextMuted
		}
		if e.Party >= 0 {
			u.Fill(widget.R(x, y+6, 5, widget.LineHeight(small)-10), th.Party(e.Party))
		}
		y += u.Para(x+12, y, w-12, t.d.Event(e), widget.Sans, small, col)
		if e.Reason != "" {
			y += u.Para(x+12, y, w-12, quotedReason(e.Reason), widget.SerifItalic, small, th.TextMuted)
		}
		y += 8
	}
	u.EndScroll(y)
}

// controls are the acting delegation's moves for the phase, from its own
// view v.
func (t *tableScene) controls(u *widget.UI, v rules.View, r widget.Rect) {
	th := u.Th
	p := v.Seat()
	small := u.Size(theme.Small)
	bh := ctlButtonH(u)
	it, voting := v.Pending()
	voting = voting && v.Phase() == rules.PhaseTable
	pane := r
	if voting {
		// The ballots sit in a strip of their own under the item, so a
		// long item never scrolls them out of sight.
		pane.H -= bh + 12
	}
	y := u.BeginScroll("tbl.ctl", pane)
	top := y
	defer func() { t.ctlNeed = y - top + r.H - pane.H }()
	x, w := r.X+8, r.W-widget.ScrollbarW-12
	btn := func(id, label string, st widget.ButtonStyle) bool {
		hit := u.Button(id, widget.R(x, y, w, bh), label, st)
		y += bh + 8
		return hit
	}
	note := func(s string, c color.RGBA) {
		y += u.Para(x, y, w, s, widget.Sans, small, c) + 6
	}
	if t.err != "" {
		note(t.err, th.Bad)
	}
	switch v.Phase() {
	case rules.PhaseTable:
		if voting {
			t.itemSummary(u, v, it, &y, x, w)
			break
		}
		t.amendControls(u, v, p, &y, x, w, btn, note)
		if btn("act.pass", i18n.T("act.pass"), widget.ButtonStyle{Tip: i18n.T("act.pass.tip")}) {
			t.apply(rules.Action{Party: p, Kind: rules.Pass})
		}
		t.callButton(u, v, p, btn)
	case rules.PhasePress:
		t.pressControls(u, v, p, &y, x, w, btn, note)
		t.callButton(u, v, p, btn)
	case rules.PhaseSigning:
		note(i18n.T("act.sign.score", "score", v.DraftScore(), "reservation", v.Brief().Reservation), th.Text)
		can := v.CanSign()
		tip := ""
		if !can {
			tip = i18n.T("act.sign.redline")
			note(tip, th.Bad)
		}
		if btn("act.sign", i18n.T("act.sign"), widget.ButtonStyle{Primary: true, Disabled: !can, Tip: tip}) {
			t.apply(rules.Action{Party: p, Kind: rules.Sign})
		}
		if btn("act.decline", i18n.T("act.decline"), widget.ButtonStyle{}) {
			t.apply(rules.Action{Party: p, Kind: rules.Decline})
		}
	}
	u.EndScroll(y)
	if voting {
		// Right under the item when it is short, else under the pane.
		t.ballots(u, v, it, widget.R(x, min(y, pane.Bottom())+8, r.W-24, bh))
	}
}

// callButton is the toggle of the delegation's call for signature. Once
// pressed it reads "Withdraw our call", so the focus leaves it for the
// turn's next step: a second Enter must not take the call back in front
// of everyone.
func (t *tableScene) callButton(u *widget.UI, v rules.View, p int, btn func(string, string, widget.ButtonStyle) bool) {
	calling := v.Calling(p)
	label := i18n.T("act.call.on")
	if calling {
		label = i18n.T("act.call.off")
	}
	if !btn("act.call", label, widget.ButtonStyle{Tip: i18n.T("act.call.tip")}) {
		return
	}
	t.apply(rules.Action{Party: p, Kind: rules.Call, Yes: !calling})
	next := turnFocus(v)
	if v.Phase() == rules.PhaseTable && len(t.pkg) > 0 {
		next = "act.table"
	}
	u.SetFocus(next)
}

// amendControls let the delegation pick clauses in the draft and build an
// amendment or a package.
func (t *tableScene) amendControls(u *widget.UI, v rules.View, p int, y *float64, x, w float64,
	btn func(string, string, widget.ButtonStyle) bool, note func(string, color.RGBA)) {
	th := u.Th
	sc := t.s.Scenario()
	if t.sel < 0 {
		note(i18n.T("act.pick"), th.TextMuted)
	} else {
		t.optionButtons(u, v, p, y, x, w, false, func(opt int) {
			c := rules.Change{Slot: t.sel, Option: opt}
			i := slices.IndexFunc(t.pkg, func(d rules.Change) bool { return d.Slot == t.sel })
			switch {
			case i >= 0 && t.pkg[i].Option == opt:
				t.pkg = slices.Delete(t.pkg, i, i+1)
			case i >= 0:
				t.pkg[i] = c
			case len(t.pkg) < rules.MaxPackage:
				t.pkg = append(t.pkg, c)
			default:
				t.err = i18n.T("act.pkg.full", "n", rules.MaxPackage)
			}
			// The natural next step is to table it; Shift+Tab goes back
			// to add more changes to a package.
			u.SetFocus("act.table")
		})
	}
	if len(t.pkg) > 0 {
		after := v.Text()
		for i, c := range t.pkg {
			sl := &sc.Slots[c.Slot]
			after[c.Slot] = c.Option
			label := "✗ " + sl.Name + ": " + sl.Options[c.Option].Label
			h := u.WrapHeight(label, w)
			if u.WrapButton("pkg."+strconv.Itoa(i), widget.R(x, *y, w, h), label, widget.ButtonStyle{Tip: i18n.T("act.pkg.remove")}) {
				t.pkg = slices.Delete(t.pkg, i, i+1)
				return
			}
			*y += h + 8
		}
		now, _ := v.Scores(v.Text())
		then, red := v.Scores(after)
		line := i18n.T("act.item.points", "delta", signed(then-now), "score", then)
		if red {
			line += " " + i18n.T("act.item.redline")
		}
		note(line, th.Text)
		label := i18n.T("act.table.one")
		if n := len(t.pkg); n > 1 {
			// The longest label that fits the button whole: a primary
			// button's label is never cut short with "…".
			room := w - 28
			for _, l := range []string{i18n.T("act.table.pkg", "n", n), i18n.T("table.pkg.short", "n", n), i18n.T("table.pkg.shortest")} {
				label = l
				if u.Measure(l, widget.SansBold, u.Size(theme.Body)) <= room {
					break
				}
			}
		}
		if btn("act.table", label, widget.ButtonStyle{Primary: true, Tip: i18n.T("act.table.tip")}) {
			t.apply(rules.Action{Party: p, Kind: rules.Table, Changes: slices.Clone(t.pkg)})
		}
	}
}

// optionButtons list the selected clause's wordings with the acting
// delegation's own points.
func (t *tableScene) optionButtons(u *widget.UI, v rules.View, p int, y *float64, x, w float64, commit bool, pick func(opt int)) {
	th := u.Th
	sc := t.s.Scenario()
	sl := &sc.Slots[t.sel]
	small := u.Size(theme.Small)
	*y += u.Para(x, *y, w, sl.Name, widget.SansBold, small, th.TextMuted) + 2
	pts := v.Brief().Points[t.sel]
	for oi, o := range sl.Options {
		label := o.Label
		if oi == v.Option(t.sel) {
			label += " · " + i18n.T("act.current")
		}
		sel := slices.ContainsFunc(t.pkg, func(c rules.Change) bool { return c.Slot == t.sel && c.Option == oi })
		r := widget.R(x, *y, w, u.WrapHeight(label, w-60))
		tip := o.Text + "\n" + attrLine(sc, o.Attrs) + "\n" + i18n.T("table.tip.points", "n", pts[oi])
		if oi == v.Option(t.sel) && !v.Bracketed(t.sel) && !commit {
			// The wording already in the draft: shown for comparison, not
			// a choice, so it takes no place in the Tab order.
			u.Fill(widget.R(r.X, r.Y, r.W-60, r.H), th.Disabled)
			u.Para(r.X+14, r.Y+7, r.W-88, label, widget.Sans, small, th.DisabledText)
		} else {
			if t.focusOpts {
				t.focusOpts = false
				u.SetFocus("opt." + strconv.Itoa(oi))
			}
			if u.WrapButton("opt."+strconv.Itoa(oi), widget.R(r.X, r.Y, r.W-60, r.H), label, widget.ButtonStyle{Selected: sel, Tip: tip}) {
				pick(oi)
			}
		}
		col := th.Text
		if pts[oi] < pts[v.Option(t.sel)] {
			col = th.Bad
		} else if pts[oi] > pts[v.Option(t.sel)] {
			col = th.Good
		}
		u.TextRight(r.Right()-6, r.Y+(r.H-widget.LineHeight(small))/2, strconv.Itoa(pts[oi]), widget.SansBold, small, col)
		*y += r.H + 6
	}
	*y += 4
}

// pressGain adds to a statement's label the support it is expected to
// win (tenths of a point, from [rules.View.PressEffect]), so that a team
// sees what each choice is worth before it speaks: the rules make each
// repetition worth less and a delegation with lost trust persuade less.
func pressGain(action string, tenths int) string {
	if tenths <= 0 {
		return i18n.T("act.press.nogain", "action", action)
	}
	return i18n.T("act.press.gain", "action", action, "gain", strconv.FormatFloat(float64(tenths)/10, 'f', 1, 64))
}

// pressControls offer the press statements the rules allow now.
func (t *tableScene) pressControls(u *widget.UI, v rules.View, p int, y *float64, x, w float64,
	btn func(string, string, widget.ButtonStyle) bool, note func(string, color.RGBA)) {
	th := u.Th
	sc := t.s.Scenario()
	say := func(pr rules.Press) { t.apply(rules.Action{Party: p, Kind: rules.Statement, Press: pr}) }
	none := rules.Press{Public: -1, Slot: -1, Option: -1}
	// Statements name publics, whose names may be long: their buttons
	// wrap rather than cut a name short.
	wrapBtn := func(id, label string, st widget.ButtonStyle) bool {
		h := u.WrapHeight(label, w)
		hit := u.WrapButton(id, widget.R(x, *y, w, h), label, st)
		*y += h + 8
		return hit
	}
	for _, a := range v.Legal() {
		if a.Kind != rules.Statement {
			continue
		}
		pr := a.Press
		switch pr.Kind {
		case rules.Reassure:
			label := pressGain(i18n.T("act.reassure", "public", sc.Publics[pr.Public].Name), v.PressEffect(p, pr))
			if wrapBtn("say.r."+strconv.Itoa(pr.Public), label, widget.ButtonStyle{Tip: i18n.T("act.reassure.tip")}) {
				say(pr)
			}
		case rules.Address:
			label := pressGain(i18n.T("act.address", "public", sc.Publics[pr.Public].Name), v.PressEffect(p, pr))
			if wrapBtn("say.a."+strconv.Itoa(pr.Public), label, widget.ButtonStyle{Tip: i18n.T("act.address.tip")}) {
				say(pr)
			}
		}
	}
	// A public commitment on the clause selected in the draft.
	if t.sel < 0 {
		note(i18n.T("act.commit.pick"), th.TextMuted)
	} else {
		opt := -1
		t.optionButtons(u, v, p, y, x, w, true, func(o int) { opt = o })
		if opt >= 0 {
			t.pkg = []rules.Change{{Slot: t.sel, Option: opt}}
			// On to the two commitments this wording allows, starting
			// with the one that stands by the wording chosen: choosing
			// a wording and then, by a second Enter, vowing never to
			// sign it would say the opposite of what was meant.
			u.SetFocus("say.insist")
		}
		if len(t.pkg) == 1 && t.pkg[0].Slot == t.sel {
			c := t.pkg[0]
			label := sc.Slots[c.Slot].Options[c.Option].Label
			if wrapBtn("say.insist", i18n.T("act.commit.insist", "option", label), widget.ButtonStyle{Tip: i18n.T("act.commit.tip")}) {
				say(rules.Press{Kind: rules.Commit, Public: -1, Slot: c.Slot, Option: c.Option, Stance: rules.Insist})
			}
			if wrapBtn("say.reject", i18n.T("act.commit.reject", "option", label), widget.ButtonStyle{Tip: i18n.T("act.commit.tip")}) {
				say(rules.Press{Kind: rules.Commit, Public: -1, Slot: c.Slot, Option: c.Option, Stance: rules.Reject})
			}
		}
	}
	if btn("say.leak", i18n.T("act.leak"), widget.ButtonStyle{Left: true, Tip: i18n.T("act.leak.tip")}) {
		say(rules.Press{Kind: rules.Leak, Public: -1, Slot: -1, Option: -1})
	}
	if btn("say.none", i18n.T("act.nocomment"), widget.ButtonStyle{Left: true}) {
		say(none)
	}
}

// apply sends a move to the rules; a refusal is shown, never fatal.
func (t *tableScene) apply(a rules.Action) {
	err := t.s.Apply(a)
	var re *rules.RuleError
	switch {
	case err == nil:
		if a.Kind != rules.Call {
			t.reset()
		}
	case errors.As(err, &re):
		t.err = re.Msg
	default:
		t.err = err.Error()
	}
}

package ui

import (
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// A vote in hot-seat goes in three steps: a public screen of the item
// (the pass screen of the first voter, with the item above it), each
// human delegation's ballot behind its own pass screen, then the public
// result. Alone against AI delegates there is nobody to pass to, and the
// table shows the item and its result itself.

// itemVotes lists the votes cast so far on item idx as the public sees
// them: "Germany yes", or only "Germany has voted" in a secret ballot.
func itemVotes(sc *rules.PublicScenario, v rules.View, idx int) []string {
	var out []string
	for _, e := range v.Events() {
		if e.Kind != rules.EvVoted || e.Item != idx {
			continue
		}
		name := sc.Parties[e.Party].Name
		switch e.Value {
		case 1:
			out = append(out, i18n.T("pass.vote.yes", "party", name))
		case 0:
			out = append(out, i18n.T("pass.vote.no", "party", name))
		default:
			out = append(out, i18n.T("pass.vote.sealed", "party", name))
		}
	}
	return out
}

// itemBlock draws the pending item for everyone, from x across w at y,
// and returns the y below it: what is proposed, by whom, why, and the
// votes so far. Only public data: the voters' points come with their
// ballots.
func itemBlock(u *widget.UI, sc *rules.PublicScenario, v rules.View, x, y, w float64) float64 {
	th := u.Th
	it, ok := v.Pending()
	if !ok {
		return y
	}
	idx := v.NumItems() - 1
	head, size, small := u.Size(theme.Head), u.Size(theme.Body), u.Size(theme.Small)
	y += u.Para(x, y, w, i18n.T("pass.item", "n", idx+1), widget.SansBold, head, th.Text)
	y += u.Para(x, y, w, i18n.T("pass.item.by", "party", sc.Parties[it.Party].Name), widget.Sans, size, th.TextMuted) + 6
	for _, l := range changeLines(sc, v, it) {
		y += bullet(u, x, y, w, l, widget.Sans, size, th.Text)
	}
	if it.Reason != "" {
		y += u.Para(x, y, w, quotedReason(it.Reason), widget.SerifItalic, small, th.TextMuted)
	}
	if votes := itemVotes(sc, v, idx); len(votes) > 0 {
		y += 4 + u.Para(x, y+4, w, i18n.T("pass.item.votes", "votes", strings.Join(votes, " · ")), widget.Sans, small, th.Text)
	}
	return y
}

// ballots are the two votes side by side. Neither is the default or looks
// like one (the turn starts on the item: see [turnFocus]); each says what
// it does to the delegation's points.
func (t *tableScene) ballots(u *widget.UI, v rules.View, it rules.Item, r widget.Rect) {
	p := v.Seat()
	delta, _, _ := itemDelta(v, it)
	d := signed(delta)
	if delta == 0 {
		d = "±0"
	}
	bw := (r.W - 10) / 2
	if u.Button("act.yes", widget.R(r.X, r.Y, bw, r.H), i18n.T("act.vote.yes.pts", "delta", d), widget.ButtonStyle{Tip: i18n.T("act.vote.yes.tip", "delta", d)}) {
		t.apply(rules.Action{Party: p, Kind: rules.Vote, Yes: true})
	}
	if u.Button("act.no", widget.R(r.X+bw+10, r.Y, bw, r.H), i18n.T("act.vote.no.pts"), widget.ButtonStyle{Tip: i18n.T("act.vote.no.tip")}) {
		t.apply(rules.Action{Party: p, Kind: rules.Vote})
	}
}

// itemSummary shows the item being voted on and, to a voting delegation,
// what it means for its points; for that delegation it is also where its
// turn's focus starts (see [turnFocus]), a place Enter does nothing.
func (t *tableScene) itemSummary(u *widget.UI, v rules.View, it rules.Item, y *float64, x, w float64) {
	th := u.Th
	sc := t.s.Scenario()
	small, size := u.Size(theme.Small), u.Size(theme.Body)
	top := *y
	*y += u.Para(x, *y, w, i18n.T("act.item", "n", v.NumItems(), "party", sc.Parties[it.Party].Name), widget.SansBold, size, th.Text) + 4
	for _, l := range changeLines(sc, v, it) {
		*y += u.Para(x, *y, w, l, widget.Sans, small, th.Text) + 2
	}
	if it.Reason != "" {
		*y += u.Para(x, *y, w, quotedReason(it.Reason), widget.SerifItalic, small, th.TextMuted) + 2
	}
	if v.Seat() < 0 {
		*y += 6
		return
	}
	delta, score, red := itemDelta(v, it)
	line := i18n.T("act.item.points", "delta", signed(delta), "score", score)
	col := th.Good
	if delta < 0 {
		col = th.Bad
	}
	if red {
		line += " " + i18n.T("act.item.redline")
		col = th.Bad
	}
	*y += u.Para(x, *y, w, line, widget.SansBold, small, col) + 4
	box := widget.R(x-4, top-2, w+8, *y-top)
	u.Interact("act.item", box)
	if u.Focused("act.item") {
		u.FocusRing(box)
	}
	*y += 8
}

// itemDelta is what adopting it would do to the text's worth for the
// delegation whose view v is: the change, the worth after, and whether the
// text would cross one of its red lines.
func itemDelta(v rules.View, it rules.Item) (delta, score int, red bool) {
	after := v.Text()
	for _, c := range it.Changes {
		after[c.Slot] = c.Option
	}
	now, _ := v.Scores(v.Text())
	then, red := v.Scores(after)
	return then - now, then, red
}

// changeLines describe an item's changes, one line each: the clause, the
// wording it replaces and the one it puts in. A change that keeps the
// wording only settles the clause's brackets, and says so.
func changeLines(sc *rules.PublicScenario, v rules.View, it rules.Item) []string {
	out := make([]string, 0, len(it.Changes))
	for i, c := range it.Changes {
		sl := &sc.Slots[c.Slot]
		from := v.Option(c.Slot)
		if i < len(it.Before) {
			from = it.Before[i]
		}
		if from == c.Option {
			out = append(out, i18n.T("act.change.settle", "slot", sl.Name, "option", sl.Options[c.Option].Label))
			continue
		}
		out = append(out, i18n.T("act.change", "slot", sl.Name, "from", sl.Options[from].Label, "to", sl.Options[c.Option].Label))
	}
	return out
}

// resultScene shows everyone how the item the people at this screen have
// just voted on was decided: the votes with their reasons, and what it did
// to the draft.
type resultScene struct {
	a   *App
	s   *Session
	d   describer
	idx int
}

// newResult shows the ballot the session has just seen decided, and
// closes it.
func newResult(a *App, s *Session) *resultScene {
	idx, _ := s.ballotDecided()
	s.closeBallot()
	return &resultScene{a: a, s: s, d: describer{s.Scenario()}, idx: idx}
}

func (r *resultScene) Busy() bool { return false }

func (r *resultScene) Update(u *widget.UI) Outcome {
	th := u.Th
	sc, v := r.s.Scenario(), r.s.Public()
	it := v.Item(r.idx)
	title := i18n.T("result.rejected", "n", r.idx+1)
	col := th.Bad
	if it.Adopted {
		title, col = i18n.T("result.adopted", "n", r.idx+1), th.Good
	}
	u.DefaultFocus("result.back")
	body := screenFrame(u, title, i18n.T("result.sub", "party", sc.Parties[it.Party].Name))
	u.Fill(widget.R(0, 0, u.W, 8), col)
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	colW := (body.W - 32) / 2
	left := widget.R(body.X, body.Y, colW, body.H-70)
	right := widget.R(body.X+colW+32, body.Y, colW, body.H-70)

	y := u.BeginScroll("result.item", left)
	w := left.W - widget.ScrollbarW - 8
	heading := func(s string) {
		u.Text(left.X, y, s, widget.SansBold, small, th.TextMuted)
		y += widget.LineHeight(small) + 4
	}
	heading(i18n.T("result.changes"))
	for _, l := range changeLines(sc, v, it) {
		y += bullet(u, left.X, y, w, l, widget.Sans, size, th.Text)
	}
	if it.Reason != "" {
		y += u.Para(left.X, y, w, quotedReason(it.Reason), widget.SerifItalic, small, th.TextMuted)
	}
	y += 16
	heading(i18n.T("result.effect"))
	for _, e := range v.Events() {
		switch e.Kind {
		case rules.EvAdopted, rules.EvRejected, rules.EvTally:
			if e.Item != r.idx {
				continue
			}
		case rules.EvTextChanged, rules.EvBracketed, rules.EvSettled:
			if e.Cause.Kind != rules.CauseItem || e.Cause.Item != r.idx {
				continue
			}
		default:
			continue
		}
		y += bullet(u, left.X, y, w, r.d.Event(e), widget.Sans, size, th.Text)
	}
	u.EndScroll(y)

	y = u.BeginScroll("result.votes", right)
	w = right.W - widget.ScrollbarW - 8
	u.Text(right.X, y, i18n.T("result.votes"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	for _, e := range v.Events() {
		if e.Kind != rules.EvVoted || e.Item != r.idx {
			continue
		}
		u.Fill(widget.R(right.X, y+6, 6, widget.LineHeight(size)-12), th.Party(e.Party))
		y += u.Para(right.X+14, y, w-14, r.d.Event(e), widget.Sans, size, th.Text)
		if e.Reason != "" {
			y += u.Para(right.X+14, y, w-14, quotedReason(e.Reason), widget.SerifItalic, small, th.TextMuted)
		}
		y += 8
	}
	u.EndScroll(y)

	btn := footerButtons(body, 300)
	if u.Button("result.back", btn[0], i18n.T("result.back"), widget.ButtonStyle{Primary: true}) || u.In.Back {
		return goTo(ToTable)
	}
	return stay()
}

package ui

import (
	"image/color"
	"slices"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// threshold is what party p's public pub must reach to ratify the draft
// as it stands (the highest requirement over the documents' current legal
// forms), or -1 when that public has no vote on it.
func threshold(sc *rules.PublicScenario, v rules.View, p, pub int) int {
	t, _ := thresholdForm(sc, v, p, pub)
	return t
}

// thresholdForm is [threshold] and the legal form it comes from.
func thresholdForm(sc *rules.PublicScenario, v rules.View, p, pub int) (int, int) {
	text, present := v.Text(), v.Present()
	best, form := -1, -1
	for d := range sc.Documents {
		f := sc.DocumentForm(d, text, present)
		for i, req := range sc.Parties[p].Ratification[f] {
			if req.Public == pub {
				if t := v.Threshold(p, f, i); t > best {
					best, form = t, f
				}
			}
		}
	}
	return best, form
}

// A sideRow is one delegation's entry in the side panel, laid out before
// it is drawn so the panel can tell whether all of them fit.
type sideRow struct {
	p            int
	status       string
	scol         color.RGBA
	mine         []string
	inline, rest string // tags on the name's line, and wrapped below it
	nameWraps    bool
}

// delegations draws each delegation taking part: whether it has acted,
// its call for signature and public commitments, and its publics' support
// against what ratification needs, with the trend of the polls. When the
// rows as usual would not fit the panel (seven delegations at 1280×720),
// they close up (compact): the bars sit tighter under their publics and
// the delegations closer together, so every poll is on screen without
// scrolling. Only where even that does not fit (text at 130 % on a
// 720-pixel screen) does the panel scroll, its scroll bar showing.
func (t *tableScene) delegations(u *widget.UI, r widget.Rect) {
	th := u.Th
	s := t.s
	sc := s.Scenario()
	v := s.Public()
	rows, w, compact := t.sidePanel(u, r)
	title := i18n.T("table.delegations")
	if compact {
		title = "" // the colour chips and the polls say what the column is
	}
	inner := u.Panel(r, title)
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	y := u.BeginScroll("tbl.side", widget.R(inner.X, inner.Y, inner.W+8, inner.H))
	for _, row := range rows {
		p := row.p
		party := &sc.Parties[p]
		rowY := y
		u.Fill(widget.R(inner.X, y+5, 14, widget.LineHeight(size)-10), th.Party(p))
		u.TextRight(inner.X+w, y, row.status, widget.SansBold, size, row.scol)
		nameW := w - 22 - u.Measure(row.status, widget.SansBold, size) - 8
		if !row.nameWraps {
			u.Text(inner.X+22, y, party.Name, widget.SansBold, size, th.Text)
			if row.inline != "" {
				nw := u.Measure(party.Name, widget.SansBold, size)
				u.Text(inner.X+22+nw+12, y+widget.LineHeight(size)-widget.LineHeight(small)-1, row.inline, widget.Sans, small, th.TextMuted)
			}
			y += widget.LineHeight(size)
		} else {
			y += u.Para(inner.X+22, y, nameW, party.Name, widget.SansBold, size, th.Text)
		}
		if row.rest != "" {
			y += u.Para(inner.X+22, y, w-22, row.rest, widget.Sans, small, th.TextMuted)
		}
		for _, pub := range party.Publics {
			y = t.pollRow(u, v, p, pub, inner.X+22, y, w-22, compact)
		}
		box := widget.R(inner.X, rowY, w, y-rowY)
		if hot, _ := u.Interact("party."+party.ID, box); hot {
			tip := party.Name
			if len(row.mine) > 0 {
				tip += "\n" + strings.Join(row.mine, "\n")
			}
			tip += "\n" + i18n.T("table.tip.trust", "n", v.Trust(p))
			u.TipFor("party."+party.ID, box, tip)
		}
		if u.Focused("party." + party.ID) {
			u.FocusRing(box)
		}
		y += rowGap(compact)
	}
	u.EndScroll(y)
}

// sideCrowded reports whether the delegations' rows as usual, under the
// panel's heading, would not fit side r: then they close up (see
// [tableScene.delegations]) and, beside the draft, the column runs down
// beside the news strip too.
func (t *tableScene) sideCrowded(u *widget.UI, r widget.Rect) bool {
	_, _, crowded := t.sidePanel(u, r)
	return crowded
}

// sidePanel lays out the delegations' rows for side r, w wide (the width
// of the panel's inside, with or without its heading, less the scroll
// bar), and reports whether they crowd it (see [tableScene.sideCrowded]).
func (t *tableScene) sidePanel(u *widget.UI, r widget.Rect) (rows []sideRow, w float64, crowded bool) {
	lh := widget.LineHeight(u.Size(theme.Small))
	innerW, innerH := r.W-24, r.H-(lh+12)-10 // as widget.Panel with a heading
	w = innerW - widget.ScrollbarW + 4
	rows = t.sideRows(u, t.s.Public(), w)
	return rows, w, t.sideHeight(u, rows, w, false) > innerH
}

// rowGap is the space between two delegations in the side panel.
func rowGap(compact bool) float64 {
	if compact {
		return 1
	}
	return 4
}

// sideRows lays out each delegation's status mark and tags for a panel
// w wide: the name, then as many of its tags as fit on the same line; the
// rest wrap on the lines below, so nothing is cut short.
func (t *tableScene) sideRows(u *widget.UI, v rules.View, w float64) []sideRow {
	th := u.Th
	s := t.s
	sc := s.Scenario()
	phase := v.Phase()
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	toAct := v.ToAct()
	commits := v.Commitments()
	var rows []sideRow
	for _, p := range v.Parties() {
		row := sideRow{p: p, scol: th.TextMuted}
		waiting := slices.Contains(toAct, p)
		switch {
		case waiting && p == s.Actor():
			row.status, row.scol = "▶", th.Warn
		case waiting:
			row.status = "…"
		case phase == rules.PhaseTable && v.Tabled(p), phase == rules.PhasePress && v.Spoke(p):
			row.status, row.scol = "✓", th.Good
		case phase == rules.PhaseSigning && v.Decision(p) == rules.VoteYes:
			row.status, row.scol = "✓", th.Good
		case phase == rules.PhaseSigning && v.Decision(p) == rules.VoteNo:
			row.status, row.scol = "✗", th.Bad
		}
		var tags []string
		if !s.Human(p) {
			tags = append(tags, i18n.T("table.tag.ai"))
		}
		if v.Calling(p) {
			tags = append(tags, i18n.T("table.tag.calling"))
		}
		for _, c := range commits {
			if c.Party == p {
				row.mine = append(row.mine, t.d.Press(p, rules.Press{Kind: rules.Commit, Slot: c.Slot, Option: c.Option, Stance: c.Stance}))
			}
		}
		switch n := len(row.mine); {
		case n == 1:
			tags = append(tags, i18n.T("table.tag.commitment"))
		case n > 1:
			tags = append(tags, i18n.T("table.tag.commitments", "n", n))
		}
		if tr := v.Trust(p); tr < 100 {
			tags = append(tags, i18n.T("table.tag.trust", "n", tr))
		}
		nameW := w - 22 - u.Measure(row.status, widget.SansBold, size) - 8
		nw := u.Measure(sc.Parties[p].Name, widget.SansBold, size)
		row.nameWraps = nw > nameW
		n := 0
		for !row.nameWraps && n < len(tags) && nw+12+u.Measure(strings.Join(tags[:n+1], " · "), widget.Sans, small) <= nameW {
			n++
		}
		row.inline, row.rest = strings.Join(tags[:n], " · "), strings.Join(tags[n:], " · ")
		rows = append(rows, row)
	}
	return rows
}

// sideHeight is the height the rows take in a panel w wide, as
// [tableScene.delegations] draws them.
func (t *tableScene) sideHeight(u *widget.UI, rows []sideRow, w float64, compact bool) float64 {
	sc := t.s.Scenario()
	v := t.s.Public()
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	h := 0.0
	for _, row := range rows {
		party := &sc.Parties[row.p]
		if row.nameWraps {
			nameW := w - 22 - u.Measure(row.status, widget.SansBold, size) - 8
			h += u.ParaHeight(nameW, party.Name, widget.SansBold, size)
		} else {
			h += widget.LineHeight(size)
		}
		if row.rest != "" {
			h += u.ParaHeight(w-22, row.rest, widget.Sans, small)
		}
		for _, pub := range party.Publics {
			val := pollFigure(sc, v, row.p, pub)
			h += u.ParaHeight(w-22-u.Measure(val, widget.SansBold, small)-10, sc.Publics[pub].Name, widget.Sans, small) + barFoot(compact)
		}
		h += rowGap(compact)
	}
	return h
}

// barFoot is how far a poll's bar reaches below its name's line box.
func barFoot(compact bool) float64 {
	if compact {
		return 1
	}
	return 5
}

// pollFigure is a public's support as the side panel writes it, with ✓
// or ✗ against the threshold its vote needs (none when it has no vote).
func pollFigure(sc *rules.PublicScenario, v rules.View, p, pub int) string {
	thr := threshold(sc, v, p, pub)
	val := rules.Tenths(v.Support(pub), false) + "%"
	switch {
	case thr < 0:
		return val
	case v.Support(pub) >= thr*10:
		return "✓ " + val
	}
	return "✗ " + val
}

// pollRow draws one public as a bar: its name, a bar of its support in
// its delegation's colour with the threshold its vote needs marked, and
// the figure with ✓ or ✗ (the symbol says it, not a colour alone). On one
// line when the name fits in half the width, else the name wraps above
// the bar: never cut short. Compact, the bar is thinner and tucked into
// the foot of the line box.
func (t *tableScene) pollRow(u *widget.UI, v rules.View, p, pub int, x, y, w float64, compact bool) float64 {
	th := u.Th
	sc := t.s.Scenario()
	small := u.Size(theme.Small)
	thr := threshold(sc, v, p, pub)
	val := pollFigure(sc, v, p, pub)
	vcol := th.Text
	switch {
	case thr < 0:
	case v.Support(pub) >= thr*10:
		vcol = th.Good
	default:
		vcol = th.Bad
	}
	valW := u.Measure(val, widget.SansBold, small)
	// The name on the left (wrapped, never cut, when the figure leaves
	// too little room), the figure on the right, the bar under both.
	name := sc.Publics[pub].Name
	u.TextRight(x+w, y, val, widget.SansBold, small, vcol)
	y += u.Para(x, y, w-valW-10, name, widget.Sans, small, th.Text)
	// The bar sits in the foot of the line box, below the letters.
	bar := widget.R(x, y-3, w, 6)
	if compact {
		bar = widget.R(x, y-3, w, 4)
	}
	pollBar(u, bar, v.Support(pub), thr, th.Party(p))
	return y + barFoot(compact)
}

// pollBar draws support (tenths) as a bar in the delegation's colour on
// a track outlined in the line colour, with the threshold (whole points,
// -1 for none) as a tall mark in the text colour: readable in both themes.
func pollBar(u *widget.UI, r widget.Rect, support, thr int, col color.RGBA) {
	th := u.Th
	u.Fill(r, th.Track)
	u.Stroke(r, 1, th.Line)
	u.Fill(widget.R(r.X, r.Y, r.W*min(max(float64(support)/1000, 0), 1), r.H), col)
	if thr >= 0 {
		mx := r.X + r.W*min(float64(thr)/100, 1)
		u.Fill(widget.R(mx-1.5, r.Y-3, 3, r.H+6), th.Text)
	}
}

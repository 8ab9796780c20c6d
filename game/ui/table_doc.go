package ui

import (
	"image/color"

	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// runKind is how a piece of an article's text is set.
type runKind uint8

const (
	runPlain runKind = iota
	runSlot
	runBracket
	runInserted
	runDeleted
)

// A run is a piece of an article's text: plain wording or a clause.
type run struct {
	text string
	kind runKind
	slot int
}

// recentChanges maps each slot changed since the last poll the class saw
// to the wording it replaced, for tracked-change marks.
func recentChanges(v rules.View, since int) map[int]int {
	out := map[int]int{}
	items := v.Items()
	for _, e := range v.Events() {
		if e.Kind != rules.EvTextChanged || e.Round < since || e.Cause.Item < 0 || e.Cause.Item >= len(items) {
			continue
		}
		it := items[e.Cause.Item]
		for i, c := range it.Changes {
			if c.Slot == e.Slot && i < len(it.Before) {
				if _, seen := out[e.Slot]; !seen {
					out[e.Slot] = it.Before[i]
				}
			}
		}
	}
	for slot, before := range out {
		if v.Option(slot) == before {
			delete(out, slot) // changed and changed back: nothing to mark
		}
	}
	return out
}

// articleRuns splits an article's template into runs.
func articleRuns(sc *rules.PublicScenario, v rules.View, art int, changed map[int]int, present []bool) []run {
	a := &sc.Articles[art]
	var runs []run
	txt := a.Text
	for {
		i := strings.IndexByte(txt, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(txt[i:], '}')
		if j < 0 {
			break
		}
		if i > 0 {
			runs = append(runs, run{text: txt[:i], slot: -1})
		}
		slot := sc.SlotIndex(txt[i+1 : i+j])
		txt = txt[i+j+1:]
		if slot < 0 {
			continue
		}
		opt := v.Option(slot)
		if before, ok := changed[slot]; ok {
			runs = append(runs, run{text: sc.Slots[slot].Options[before].DraftText(), kind: runDeleted, slot: slot})
			runs = append(runs, run{text: sc.Slots[slot].Options[opt].DraftText(), kind: runInserted, slot: slot})
			continue
		}
		k := runSlot
		if v.Bracketed(slot) {
			k = runBracket
		}
		runs = append(runs, run{text: sc.Slots[slot].Options[opt].DraftText(), kind: k, slot: slot})
	}
	if txt != "" {
		runs = append(runs, run{text: txt, slot: -1})
	}
	return runs
}

type word struct {
	s     string
	kind  runKind
	slot  int
	space bool // a space precedes it
}

// document draws the draft as pages of paper with serif text. Clauses
// are focusable: hovering or focusing one shows its wording's attributes,
// and the acting delegation can select it to amend it.
func (t *tableScene) document(u *widget.UI, r widget.Rect) {
	th := u.Th
	s := t.s
	sc := s.Scenario()
	v := s.Public()
	u.Fill(r, th.Paper)
	u.Stroke(r, 1, th.PaperEdge)
	changed := recentChanges(v, max(1, s.PollsShown))
	present := v.Present()
	pad := 26.0
	x0 := r.X + pad
	w := r.W - 2*pad - widget.ScrollbarW
	y := u.BeginScroll("tbl.doc", widget.R(r.X, r.Y+4, r.W, r.H-8)) + pad - 4
	size := u.Size(theme.Body)
	for d := range sc.Documents {
		doc := &sc.Documents[d]
		head := u.Size(theme.Large)
		for _, l := range u.Fonts.Wrap(doc.Title, widget.SerifBold, head, w) {
			u.TextCenter(x0+w/2, y, l, widget.SerifBold, head, th.Ink)
			y += widget.LineHeight(head)
		}
		form := sc.DocumentForm(d, v.Text(), present)
		for _, l := range u.Fonts.Wrap(i18n.T("table.form", "form", sc.Forms[form].Name), widget.SerifItalic, u.Size(theme.Small), w) {
			u.TextCenter(x0+w/2, y, l, widget.SerifItalic, u.Size(theme.Small), th.InkMuted)
			y += widget.LineHeight(u.Size(theme.Small))
		}
		y += 8
		if doc.Preamble != "" {
			y += u.Para(x0, y, w, doc.Preamble, widget.SerifItalic, size, th.InkMuted) + 10
		}
		for _, art := range doc.Articles {
			a := &sc.Articles[art]
			dropped := present != nil && !present[art]
			col := th.Ink
			title := narrate.ArticleHeading(a.Number, a.Title)
			if dropped {
				col = th.InkMuted
				title += " — " + i18n.T("table.dropped")
			}
			y += u.Para(x0, y, w, title, widget.SerifBold, size, col)
			y = t.articleText(u, v, articleRuns(sc, v, art, changed, present), x0, y, w, size, dropped)
			y += 14
		}
		y += 18
	}
	u.EndScroll(y + pad)
}

// articleText lays out runs word by word, wrapping as a paragraph, and
// returns the y below it.
func (t *tableScene) articleText(u *widget.UI, v rules.View, runs []run, x0, y, w, size float64, dropped bool) float64 {
	th := u.Th
	lh := widget.LineHeight(size)
	var words []word
	prevSpace := false
	for _, r := range runs {
		text := r.text
		if r.kind == runBracket {
			text = "[" + strings.TrimSpace(text) + "]"
		}
		for i := 0; i < len(text); {
			if text[i] == ' ' || text[i] == '\n' {
				prevSpace = true
				i++
				continue
			}
			j := i
			for j < len(text) && text[j] != ' ' && text[j] != '\n' {
				j++
			}
			words = append(words, word{s: text[i:j], kind: r.kind, slot: r.slot, space: prevSpace})
			prevSpace = false
			i = j
		}
	}
	space := u.Measure(" ", widget.Serif, size)
	x := x0
	slotRects := map[int][]widget.Rect{}
	var order []int
	for _, wd := range words {
		font := widget.Serif
		if wd.kind == runInserted {
			font = widget.SerifBold
		}
		ww := u.Measure(wd.s, font, size)
		sp := 0.0
		if wd.space && x > x0 {
			sp = space
		}
		if x+sp+ww > x0+w && x > x0 {
			x, y, sp = x0, y+lh, 0
		}
		if wd.slot >= 0 {
			rs := slotRects[wd.slot]
			if len(rs) > 0 && rs[len(rs)-1].Y == y && rs[len(rs)-1].Right() >= x-0.5 {
				rs[len(rs)-1].W = x + sp + ww - rs[len(rs)-1].X
			} else {
				if len(rs) == 0 {
					order = append(order, wd.slot)
				}
				rs = append(rs, widget.R(x+sp, y, ww, lh))
			}
			slotRects[wd.slot] = rs
		}
		x += sp
		col := th.Ink
		switch {
		case dropped:
			col = th.InkMuted
		case wd.kind == runInserted:
			col = th.Insert
		case wd.kind == runDeleted:
			col = th.Delete
		case wd.kind == runBracket:
			col = th.Bracket
		}
		// Backgrounds first, then text: clause highlights must not
		// cover words, so they are drawn into their own pass below.
		t.words = append(t.words, placed{x: x, y: y, w: ww, s: wd.s, font: font, col: col, kind: wd.kind, slot: wd.slot})
		x += ww
	}
	// Clause backgrounds, interaction, then the words on top.
	kinds := map[int]runKind{}
	for i := len(words) - 1; i >= 0; i-- {
		kinds[words[i].slot] = words[i].kind
	}
	for _, slot := range order {
		rs := slotRects[slot]
		id := "slot." + strconv.Itoa(slot)
		hot, act := u.InteractRects(id, rs[0], rs[1:])
		bg := th.Paper
		switch {
		case t.sel == slot:
			bg = th.SlotHover
		case v.Bracketed(slot):
			bg = th.BracketBg
		case hot:
			bg = th.SlotHover
		}
		for _, r := range rs {
			if bg != th.Paper {
				u.Fill(widget.R(r.X-3, r.Y+1, r.W+6, r.H-2), bg)
			}
			switch {
			case hot || t.sel == slot:
				u.Fill(widget.R(r.X, r.Bottom()-3, r.W, 2), th.Insert)
			case !dropped && kinds[slot] == runSlot:
				// A dotted underline tells a clause, which can be
				// chosen, from the plain wording around it before any
				// hover. Bracketed and changed clauses are marked already.
				dottedLine(u, r.X, r.Right(), r.Bottom()-3, th.Insert)
			}
		}
		if slot == t.revealSlot {
			t.revealSlot = -1
			u.Reveal(widget.R(rs[0].X, rs[0].Y, rs[0].W, rs[len(rs)-1].Bottom()-rs[0].Y))
		}
		if u.Focused(id) {
			for _, r := range rs {
				u.Stroke(widget.R(r.X-4, r.Y, r.W+8, r.H), 3, th.Insert)
			}
		}
		if act && !dropped {
			t.selectSlot(slot)
		}
		if hot {
			u.TipFor(id, rs[0], t.slotTip(v, slot))
		}
	}
	for _, p := range t.words {
		u.Text(p.x, p.y, p.s, p.font, size, p.col)
		switch p.kind {
		case runDeleted:
			u.Fill(widget.R(p.x-2, p.y+lh*0.55, p.w+4, 2), th.Delete)
		case runInserted:
			u.Fill(widget.R(p.x, p.y+lh-5, p.w, 2), th.Insert)
		}
	}
	t.words = t.words[:0]
	return y + lh
}

// dottedLine draws a dotted line from x0 to x1 at y, 1.5 px thick.
func dottedLine(u *widget.UI, x0, x1, y float64, c color.RGBA) {
	for x := x0; x < x1; x += 6 {
		u.Fill(widget.R(x, y, min(3, x1-x), 1.5), c)
	}
}

// placed is a word laid out in the draft, kept between the passes.
type placed struct {
	x, y, w float64
	s       string
	font    widget.Font
	col     color.RGBA
	kind    runKind
	slot    int
}

// slotTip describes a clause: its current wording's attributes, and for
// the acting delegation, its own points.
func (t *tableScene) slotTip(v rules.View, slot int) string {
	sc := t.s.Scenario()
	sl := &sc.Slots[slot]
	opt := v.Option(slot)
	var b strings.Builder
	b.WriteString(sl.Name)
	if sl.Description != "" {
		b.WriteString(": " + sl.Description)
	}
	b.WriteString("\n" + i18n.T("table.tip.now", "option", sl.Options[opt].Label))
	b.WriteString("\n" + attrLine(sc, sl.Options[opt].Attrs))
	if v.Bracketed(slot) {
		b.WriteString("\n" + i18n.T("table.tip.bracketed"))
	}
	own, mine := t.own()
	if mine {
		b.WriteString("\n" + i18n.T("table.tip.points", "n", own.Brief().Points[slot][opt]))
	}
	if mine && v.Phase() != rules.PhaseSigning {
		b.WriteString("\n" + i18n.T("table.tip.select"))
	}
	return b.String()
}

// attrLine lists an option's attributes, e.g. "Strength of commitment 3 ·
// Legal force 2".
func attrLine(sc *rules.PublicScenario, attrs []int) string {
	var parts []string
	for a, x := range attrs {
		if a < len(sc.Attributes) {
			parts = append(parts, sc.Attributes[a].Name+" "+strconv.Itoa(x))
		}
	}
	return strings.Join(parts, " · ")
}

func (t *tableScene) selectSlot(slot int) {
	if t.privileged() < 0 {
		return
	}
	switch t.s.Public().Phase() {
	case rules.PhaseTable, rules.PhasePress:
		t.sel = slot
		t.err = ""
		// The keyboard goes on to the clause's wordings.
		t.focusOpts = true
	}
}

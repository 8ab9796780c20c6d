package ui

import (
	"fmt"
	"image/color"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/widget"
)

// topBar draws the round and the phase, the clock (with PAUSED while the
// teacher holds the table) and the button to the teacher's controls; it
// returns the y below it.
func (p *projectorScene) topBar(u *widget.UI, r widget.Rect) float64 {
	th := u.Th
	pm := &p.pm
	head, body, clockSize := u.Size(pjHead), u.Size(pjBody), u.Size(pjClock)
	r.H = widget.LineHeight(clockSize) + 8
	u.Fill(r, th.Surface)
	mid := r.Y + r.H/2
	x := r.X + 20
	round := i18n.T("proj.round", "round", pm.Round, "rounds", pm.Rounds)
	u.Text(x, mid-widget.LineHeight(head)/2, round, widget.SansBold, head, th.Text)
	x += u.Measure(round, widget.SansBold, head) + 20
	phase := p.phaseWords()
	// The controls button, then the clock, from the right.
	bw := 190.0
	bx := r.Right() - 14 - bw
	if p.open == panelNone {
		if u.Button("pj.controls", widget.R(bx, r.Y+12, bw, r.H-24), i18n.T("proj.controls"), widget.ButtonStyle{Tip: i18n.T("proj.controls.tip")}) {
			p.toggle(panelHelp)
		}
	} else {
		u.Fill(widget.R(bx, r.Y+12, bw, r.H-24), th.Disabled)
	}
	cx := bx - 24
	clk := pm.Clock
	switch {
	case clk.Minutes > 0:
		txt := fmt.Sprintf("%02d:%02d", clk.Left/60, clk.Left%60)
		col := th.Text
		if clk.Left <= 30 && !pm.Over {
			col = th.Warn
		}
		u.TextRight(cx, mid-widget.LineHeight(clockSize)/2, txt, widget.SansBold, clockSize, col)
		cx -= u.Measure(txt, widget.SansBold, clockSize) + 20
	default:
		txt := i18n.T("proj.notimer")
		u.TextRight(cx, mid-widget.LineHeight(body)/2, txt, widget.Sans, body, th.TextMuted)
		cx -= u.Measure(txt, widget.Sans, body) + 20
	}
	if clk.Paused {
		txt := i18n.T("proj.paused")
		tw := u.Measure(txt, widget.SansBold, head) + 28
		b := widget.R(cx-tw, mid-widget.LineHeight(head)/2-4, tw, widget.LineHeight(head)+8)
		u.Fill(b, th.Warn)
		u.Text(b.X+14, b.Y+4, txt, widget.SansBold, head, th.Bg)
		cx = b.X - 20
	}
	// The room code, for a team that joins late, when there is room.
	room := i18n.T("proj.room", "code", p.c.code)
	if rw := u.Measure(room, widget.Sans, body); p.c.code != "" && x+u.Measure(phase, widget.Sans, body)+40+rw < cx {
		u.TextRight(cx, mid-widget.LineHeight(body)/2, room, widget.Sans, body, th.TextMuted)
		cx -= rw + 20
	}
	u.TextFit(x, mid-widget.LineHeight(body)/2, cx-x, phase, widget.Sans, body, th.Accent)
	return r.Bottom()
}

// phaseWords says in words what the table is doing now.
func (p *projectorScene) phaseWords() string {
	pm := &p.pm
	switch {
	case pm.Over:
		return i18n.T("proj.phase.over")
	case pm.Phase == rules.PhaseTable && pm.Item != nil && !pm.Item.Decided:
		return i18n.T("proj.phase.voting", "n", pm.Item.N)
	case pm.Phase == rules.PhaseTable:
		return i18n.T("proj.phase.table")
	case pm.Phase == rules.PhasePress:
		return i18n.T("proj.phase.press")
	case pm.Phase == rules.PhaseSigning:
		return i18n.T("proj.phase.signing")
	}
	return p.d.phase(pm.Phase)
}

// draft draws the draft on paper: each document, each article and the
// current wording of its clauses, with this round's changes marked as
// tracked changes and the disputed clauses in [brackets]. The pane
// scrolls to the clause the table is dealing with.
func (p *projectorScene) draft(u *widget.UI, r widget.Rect) {
	th := u.Th
	u.Fill(r, th.Paper)
	u.Stroke(r, 1, th.PaperEdge)
	body, label, head := u.Size(pjBody), u.Size(pjLabel), u.Size(pjHead)
	lh := widget.LineHeight(body)
	pad := 18.0
	x := r.X + pad
	w := r.W - 2*pad - widget.ScrollbarW
	top := u.BeginScroll("pj.draft", widget.R(r.X, r.Y+2, r.W, r.H-4))
	y := top + 10
	followY := -1.0
	for _, d := range p.pm.Docs {
		y += u.Para(x, y, w, d.Title, widget.SerifBold, head*0.85, th.Ink)
		y += u.Para(x, y, w, i18n.T("table.form", "form", d.Form), widget.SerifItalic, label, th.InkMuted) + 8
		for _, a := range d.Articles {
			col := th.Ink
			title := projArticleTitle(a.Number, a.Title)
			if a.Dropped {
				col = th.InkMuted
				title += " — " + i18n.T("table.dropped")
			}
			for _, c := range a.Clauses {
				if c.Slot == p.follow {
					followY = y - top
				}
			}
			y += u.Para(x, y, w, title, widget.SansBold, body, col)
			if a.Fixed != "" {
				y += u.Para(x, y, w, a.Fixed, widget.SerifItalic, body, th.InkMuted)
			}
			for _, c := range a.Clauses {
				y = p.clause(u, a, c, x, y, w, lh)
			}
			y += 10
		}
		y += 14
	}
	u.EndScroll(y + pad)
	if followY >= 0 && p.follow >= 0 {
		// Once: the teacher may scroll away from it with the wheel.
		u.ScrollTo("pj.draft", max(0, followY-8))
		p.follow = -1
		u.RequestAgain()
	}
}

// clause draws one clause: its name when the article has several, and
// its wording — bold and underlined in the insert colour when it changed
// this round, after the old wording struck through; in brackets while
// disputed. It returns the y below it.
func (p *projectorScene) clause(u *widget.UI, a projArticle, c projClause, x, y, w, lh float64) float64 {
	th := u.Th
	body, label := u.Size(pjBody), u.Size(pjLabel)
	if len(a.Clauses) > 1 {
		y += u.Para(x+14, y, w-14, c.Name, widget.Sans, label, th.InkMuted)
	}
	ink := th.Ink
	if a.Dropped {
		ink = th.InkMuted
	}
	if c.Was != "" {
		y = p.marked(u, quoted(c.Was), x+14, y, w-14, widget.Serif, body, th.Delete, true)
		u.Fill(widget.R(x, y, 5, lh), th.Insert)
		return p.marked(u, quoted(c.Wording), x+14, y, w-14, widget.SerifBold, body, th.Insert, false)
	}
	txt := quoted(c.Wording)
	if c.Bracketed {
		txt = "[" + c.Wording + "]"
		lines := u.Fonts.Wrap(txt, widget.Serif, body, w-14)
		for i, l := range lines {
			u.Fill(widget.R(x+10, y+float64(i)*lh+2, u.Measure(l, widget.Serif, body)+8, lh-4), th.BracketBg)
		}
		ink = th.Bracket
	}
	return y + u.Para(x+14, y, w-14, txt, widget.Serif, body, ink)
}

// marked draws s wrapped, struck through or underlined line by line, and
// returns the y below it.
func (p *projectorScene) marked(u *widget.UI, s string, x, y, w float64, f widget.Font, size float64, c color.RGBA, strike bool) float64 {
	lh := widget.LineHeight(size)
	for _, l := range u.Fonts.Wrap(s, f, size, w) {
		lw := u.Measure(l, f, size)
		u.Text(x, y, l, f, size, c)
		if strike {
			u.Fill(widget.R(x-2, y+lh*0.55, lw+4, 2.5), c)
		} else {
			u.Fill(widget.R(x, y+lh-6, lw, 2.5), c)
		}
		y += lh
	}
	return y
}

// quoted sets a wording in quotation marks, unless it quotes itself in
// double marks (a label such as “"the territory" (undefined)”). A label
// that quotes in single marks, as FORMAT.md asks, nests inside them as on
// the table: “‘the territory of Ukraine’ (undefined)”.
func quoted(s string) string {
	if strings.ContainsAny(s, "\"“”") {
		return s
	}
	return "“" + s + "”"
}

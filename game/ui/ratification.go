package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// ratificationScene shows the signing and then, document by document,
// what each signatory's vote at home was: the votes the document's legal
// form required, each against its threshold, and the votes that form
// spared it (a treaty goes to the US Senate; an agreement between
// governments does not), read from the scenario's rules, not written per
// case.
type ratificationScene struct {
	a *App
	s *Session
	d describer
}

func newRatification(a *App, s *Session) *ratificationScene {
	return &ratificationScene{a: a, s: s, d: describer{s.Scenario()}}
}

func (r *ratificationScene) Busy() bool { return false }

func (r *ratificationScene) Update(u *widget.UI) Outcome {
	th := u.Th
	u.DefaultFocus("rat.go")
	s := r.s
	v := s.Public()
	res := v.Result()
	verdict := i18n.T("rat.notinforce")
	if res != nil && res.InForce {
		verdict = i18n.T("rat.inforce")
	}
	body := screenFrame(u, i18n.T("rat.title"), verdict)
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	colW := body.W * 0.4
	left := widget.R(body.X, body.Y, colW, body.H-70)
	right := widget.R(body.X+colW+24, body.Y, body.W-colW-24, body.H-70)

	// Signing: who signed, with reasons.
	y := u.BeginScroll("rat.sign", left)
	w := left.W - widget.ScrollbarW - 8
	u.Text(left.X, y, i18n.T("rat.signing"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	for _, e := range v.Events() {
		switch e.Kind {
		case rules.EvSigned, rules.EvDeclined, rules.EvArticleDropped, rules.EvAgreement:
		default:
			continue
		}
		col := th.Text
		mark := ""
		switch e.Kind {
		case rules.EvSigned:
			mark, col = "✓ ", th.Good
		case rules.EvDeclined:
			mark, col = "✗ ", th.Bad
		}
		y += u.Para(left.X, y, w, mark+r.d.Event(e), widget.SansBold, size, col)
		if e.Reason != "" {
			y += u.Para(left.X+24, y, w-24, quotedReason(e.Reason), widget.SerifItalic, small, th.TextMuted)
		}
		y += 8
	}
	u.EndScroll(y)

	// Ratification, document by document: what each signatory's chosen
	// form required at home and what it spared them.
	y = u.BeginScroll("rat.votes", right)
	w = right.W - widget.ScrollbarW - 8
	if rule := r.d.n().EntryRule(res, v.Parties()); rule != "" {
		// The scenario's own entry-into-force rule, and how it went.
		y += u.Para(right.X, y, w, rule, widget.SansBold, size, th.Text) + 10
	}
	u.Text(right.X, y, i18n.T("rat.votes"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	docs := ratificationByDocument(v)
	if docs == nil {
		y += u.Para(right.X, y, w, i18n.T("rat.novotes"), widget.Sans, size, th.TextMuted)
	}
	for i, dr := range docs {
		if i > 0 {
			u.Line(right.X, y+4, right.X+w, y+4, 1, th.TextMuted)
			y += 16
		}
		y = r.document(u, right.X, y, w, dr)
	}
	if docs != nil {
		y += 6
		for _, e := range v.Events() {
			if e.Kind == rules.EvRatified {
				y += u.Para(right.X, y, w, r.d.Event(e), widget.SansBold, size, th.Text) + 4
			}
		}
	}
	u.EndScroll(y)
	btn := footerButtons(body, 300)
	if u.Button("rat.go", btn[0], i18n.T("rat.debrief"), widget.ButtonStyle{Primary: true}) {
		return goTo(ToDebrief)
	}
	return stay()
}

// document draws one document's ratification from y in a column of
// width w at x, and returns the y below it.
func (r *ratificationScene) document(u *widget.UI, x, y, w float64, dr docRatification) float64 {
	th := u.Th
	sc := r.s.Scenario()
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	doc := sc.Documents[dr.Doc]
	y += u.Para(x, y, w, doc.Title, widget.SerifBold, size, th.Text)
	if !dr.Present {
		return y + u.Para(x, y, w, i18n.T("rat.doc.dropped"), widget.Sans, small, th.TextMuted) + 8
	}
	form := sc.Forms[dr.Form].Name
	y += u.Para(x, y, w, i18n.T("table.form", "form", form), widget.SansBold, small, th.TextMuted) + 8
	for _, pr := range dr.Parties {
		party := sc.Parties[pr.Party].Name
		u.Fill(widget.R(x, y+4, 6, widget.LineHeight(size)-8), *partyColour(u, pr.Party))
		mark, col := "✓ "+i18n.T("rat.doc.approved"), th.Good
		switch {
		case len(pr.Votes) == 0:
			mark, col = i18n.T("rat.doc.novote"), th.TextMuted
		case !pr.Passed():
			mark, col = "✗ "+i18n.T("rat.doc.rejected"), th.Bad
		}
		mw := u.Measure(mark, widget.SansBold, size)
		u.TextFit(x+14, y, w-mw-26, party, widget.SansBold, size, th.Text)
		u.TextRight(x+w, y, mark, widget.SansBold, size, col)
		y += widget.LineHeight(size) + 2
		in := x + 14
		iw := w - 14
		for _, hv := range pr.Votes {
			// The label, and on its right how the vote went: a mark,
			// the support and the threshold; the bar below shows both.
			col, mark := th.Good, "✓ "
			if !hv.Passed {
				col, mark = th.Bad, "✗ "
			}
			detail := mark + i18n.T("rat.vote.detail", "value", rules.Tenths(hv.Value, false), "threshold", hv.Threshold)
			dw := u.Measure(detail, widget.SansBold, small)
			if u.Measure(hv.Label, widget.Sans, small)+dw+16 <= iw {
				u.Text(in, y, hv.Label, widget.Sans, small, th.Text)
			} else {
				// Too long for both on one line: the label goes above,
				// whole, rather than cut.
				y += u.Para(in, y, iw, hv.Label, widget.Sans, small, th.Text)
			}
			u.TextRight(in+iw, y, detail, widget.SansBold, small, col)
			y += widget.LineHeight(small)
			u.Bar(widget.R(in, y+2, iw, 10), float64(hv.Value)/10, 100, col, float64(hv.Threshold), th.Text)
			y += 18
		}
		if len(pr.Votes) == 0 && len(pr.Avoided) == 0 {
			y += u.Para(in, y, iw, i18n.T("rat.none", "form", narrate.WithArticle(form)), widget.Sans, small, th.TextMuted)
		}
		for _, av := range pr.Avoided {
			y += u.Para(in, y, iw, i18n.T("rat.avoided", "vote", av.Label, "form", narrate.WithArticle(form),
				"other", narrate.WithArticle(sc.Forms[av.Form].Name)), widget.Sans, small, th.Text)
			value := rules.Tenths(av.Support, false)
			would := i18n.T("rat.avoided.fail", "value", value, "threshold", av.Threshold)
			if av.Support >= av.Threshold*10 {
				would = i18n.T("rat.avoided.pass", "value", value, "threshold", av.Threshold)
			}
			y += u.Para(in, y, iw, would, widget.Sans, small, th.TextMuted)
		}
		y += 10
	}
	return y
}

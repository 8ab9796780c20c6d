package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// ratificationScene shows the signing and the votes at home, each
// against its threshold.
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
	sc := s.Scenario()
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
			y += u.Para(left.X+24, y, w-24, "“"+e.Reason+"”", widget.SerifItalic, small, th.TextMuted)
		}
		y += 8
	}
	u.EndScroll(y)

	// Ratification: every vote at home against its threshold.
	y = u.BeginScroll("rat.votes", right)
	w = right.W - widget.ScrollbarW - 8
	u.Text(right.X, y, i18n.T("rat.votes"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	any := false
	for _, e := range v.Events() {
		switch e.Kind {
		case rules.EvVoteAtHome:
			any = true
			pass := e.Delta == 1
			col, mark := th.Good, "✓ "+i18n.T("ev.passes")
			if !pass {
				col, mark = th.Bad, "✗ "+i18n.T("ev.fails")
			}
			label := sc.Parties[e.Party].Name + " — " + sc.Publics[e.Public].Name + " (" + sc.Forms[e.Form].Name + ")"
			mw := u.Measure(mark, widget.SansBold, size)
			u.TextFit(right.X, y, w-mw-12, label, widget.Sans, size, th.Text)
			u.TextRight(right.X+w, y, mark, widget.SansBold, size, col)
			y += widget.LineHeight(size)
			u.Bar(widget.R(right.X, y+4, w, 14), float64(e.Value)/10, 100, col, float64(e.Threshold), th.Text)
			y += 24
			u.Text(right.X, y, i18n.T("rat.vote.detail", "value", rules.Tenths(e.Value, false), "threshold", e.Threshold), widget.Sans, small, th.TextMuted)
			y += widget.LineHeight(small) + 10
		case rules.EvRatified:
			y += u.Para(right.X, y, w, r.d.Event(e), widget.SansBold, size, th.Text) + 14
		}
	}
	if !any {
		y += u.Para(right.X, y, w, i18n.T("rat.novotes"), widget.Sans, size, th.TextMuted)
	}
	u.EndScroll(y)
	btn := footerButtons(body, 300)
	if u.Button("rat.go", btn[0], i18n.T("rat.debrief"), widget.ButtonStyle{Primary: true}) {
		return goTo(ToDebrief)
	}
	return stay()
}

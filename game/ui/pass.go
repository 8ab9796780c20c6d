package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// passScene hides the screen until the named delegation has the device:
// nothing private is shown before its members confirm.
type passScene struct {
	a       *App
	s       *Session
	party   int
	purpose passPurpose
}

func newPass(a *App, s *Session, party int, purpose passPurpose) *passScene {
	return &passScene{a: a, s: s, party: party, purpose: purpose}
}

func (p *passScene) Busy() bool { return false }

// task says what the delegation is called to do.
func (p *passScene) task() string {
	switch p.purpose {
	case passForBrief:
		return i18n.T("pass.task.brief")
	case passForReview:
		return i18n.T("pass.task.review")
	}
	v := p.s.Public()
	switch v.Phase() {
	case rules.PhaseTable:
		if _, ok := v.Pending(); ok {
			return i18n.T("pass.task.vote", "item", v.NumItems())
		}
		return i18n.T("pass.task.table")
	case rules.PhasePress:
		return i18n.T("pass.task.press")
	case rules.PhaseSigning:
		return i18n.T("pass.task.sign")
	}
	return ""
}

func (p *passScene) Update(u *widget.UI) Outcome {
	th := u.Th
	if (p.purpose == passToAct || p.purpose == passForItem) && p.s.Actor() != p.party {
		// The round timer moved this delegation on meanwhile.
		return goTo(ToTable)
	}
	u.DefaultFocus("pass.show")
	name := p.s.Scenario().Parties[p.party].Name
	col := th.Party(p.party)
	u.Fill(widget.R(0, 0, u.W, 14), col)
	u.Fill(widget.R(0, u.H-14, u.W, 14), col)
	top := 30.0
	if p.s.Cfg.TimerMinutes > 0 && p.purpose != passForBrief {
		// The round goes on behind this screen: its clock shows here too,
		// above everything else.
		top = clockBox(u, p.s, u.W-margin, 24, widget.LineHeight(u.Size(theme.Head))+12, u.Size(theme.Head)).Bottom() + 12
	}
	w := min(900, u.W-2*margin)
	x := (u.W - w) / 2
	y := max(u.H*0.22-20, top)
	if p.purpose == passForItem {
		// The item's public screen: everyone reads what is on the table
		// before the first voter takes the device. The item scrolls in
		// what the pass part below leaves, so the button stays on screen
		// whatever the package's length and the text size; the pass part
		// is short (who votes first, then the button), so that on a small
		// or enlarged screen the item keeps most of the height.
		head, body := u.Size(theme.Head), u.Size(theme.Body)
		first := u.Fonts.Wrap(i18n.T("pass.item.first"), widget.Sans, body, w)
		firstH := float64(len(first)) * widget.LineHeight(body)
		nameH := float64(len(u.Fonts.Wrap(name, widget.SansBold, head, w))) * widget.LineHeight(head)
		passH := 40 + firstH + 8 + nameH + 16 + 60 + 14 + 12
		view := widget.R(x, top, w, max(3*widget.LineHeight(body), u.H-passH-top))
		top := u.BeginScroll("pass.item", view)
		end := itemBlock(u, p.s.Scenario(), p.s.Public(), x, top, w-widget.ScrollbarW-8)
		u.EndScroll(end)
		y = min(end, view.Bottom()) + 20
		u.Fill(widget.R(x, y, w, 2), th.Line)
		y += 18
		for _, l := range first {
			u.TextCenter(u.W/2, y, l, widget.Sans, body, th.TextMuted)
			y += widget.LineHeight(body)
		}
		y += 8
		for _, l := range u.Fonts.Wrap(name, widget.SansBold, head, w) {
			u.TextCenter(u.W/2, y, l, widget.SansBold, head, col)
			y += widget.LineHeight(head)
		}
	} else {
		large := u.Size(theme.Large)
		u.TextCenter(u.W/2, y, i18n.T("pass.heading"), widget.Sans, large, th.TextMuted)
		y += widget.LineHeight(large) + 12
		big := u.Size(theme.Title)
		for _, l := range u.Fonts.Wrap(name, widget.SansBold, big, w) {
			u.TextCenter(u.W/2, y, l, widget.SansBold, big, col)
			y += widget.LineHeight(big)
		}
		y += 16
		u.TextCenter(u.W/2, y, i18n.T("pass.lookaway"), widget.Sans, large, th.Text)
		y += widget.LineHeight(large) + 8
		if t := p.task(); t != "" {
			u.TextCenter(u.W/2, y, t, widget.Sans, u.Size(theme.Body), th.TextMuted)
			y += 40
		}
	}
	y += 16
	bw := min(w, 520)
	if u.Button("pass.show", widget.R(x+(w-bw)/2, y, bw, 60), i18n.T("pass.show", "party", name), widget.ButtonStyle{Primary: true}) {
		return Outcome{To: ToUnlocked, Party: p.party, Purpose: p.purpose}
	}
	if p.purpose == passForReview {
		y += 76
		if u.Button("pass.back", widget.R(x+(w-bw)/2, y, bw, 52), i18n.T("pass.back"), widget.ButtonStyle{}) || u.In.Back {
			return goTo(ToTable)
		}
	}
	return stay()
}

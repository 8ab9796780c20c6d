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
	w := min(900, u.W-2*margin)
	x := (u.W - w) / 2
	y := u.H*0.22 - 20
	if p.purpose == passForItem {
		// The item's public screen: everyone reads what is on the table
		// before the first voter takes the device.
		y = itemBlock(u, p.s.Scenario(), p.s.Public(), x, 40, w) + 20
		u.Fill(widget.R(x, y, w, 2), th.Line)
		y += 18
		u.TextCenter(u.W/2, y, i18n.T("pass.item.first"), widget.Sans, u.Size(theme.Body), th.TextMuted)
		y += widget.LineHeight(u.Size(theme.Body)) + 16
	}
	u.TextCenter(u.W/2, y, i18n.T("pass.heading"), widget.Sans, u.Size(theme.Large), th.TextMuted)
	y += 48
	big := u.Size(theme.Title)
	for _, l := range u.Fonts.Wrap(name, widget.SansBold, big, w) {
		u.TextCenter(u.W/2, y, l, widget.SansBold, big, col)
		y += widget.LineHeight(big)
	}
	y += 16
	u.TextCenter(u.W/2, y, i18n.T("pass.lookaway"), widget.Sans, u.Size(theme.Large), th.Text)
	y += 44
	if t := p.task(); t != "" {
		u.TextCenter(u.W/2, y, t, widget.Sans, u.Size(theme.Body), th.TextMuted)
		y += 40
	}
	y += 24
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

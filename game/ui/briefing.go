package ui

import (
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// briefingScene reads the public briefing to the whole class: the case,
// and who is at the table and what each needs at home.
type briefingScene struct {
	a *App
	s *Session
}

func newBriefing(a *App, s *Session) *briefingScene { return &briefingScene{a: a, s: s} }

func (b *briefingScene) Busy() bool { return false }

func (b *briefingScene) Update(u *widget.UI) Outcome {
	th := u.Th
	u.DefaultFocus("brf.go")
	sc := b.s.Scenario()
	body := screenFrame(u, sc.Title, i18n.T("briefing.sub"))
	colW := body.W * 0.58
	left := widget.R(body.X, body.Y, colW, body.H-70)
	right := widget.R(body.X+colW+28, body.Y, body.W-colW-28, body.H-70)
	size, small := u.Size(theme.Body), u.Size(theme.Small)

	y := u.BeginScroll("brf.text", left)
	w := left.W - widget.ScrollbarW - 8
	for _, para := range strings.Split(sc.Briefing, "\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		y += u.Para(left.X, y, w, para, widget.Serif, size, th.Text) + 12
	}
	u.EndScroll(y)

	y = u.BeginScroll("brf.parties", right)
	w = right.W - widget.ScrollbarW - 8
	u.Text(right.X, y, i18n.T("briefing.table"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 6
	for _, p := range b.s.Public().Parties() {
		party := &sc.Parties[p]
		u.Fill(widget.R(right.X, y+6, 16, 16), u.Th.Party(p))
		seat := i18n.T("seat.human")
		if !b.s.Human(p) {
			seat = seatLabel(b.s.Seat(p))
		}
		u.TextFit(right.X+26, y, w-26, party.Name+" · "+seat, widget.SansBold, size, th.Text)
		y += widget.LineHeight(size)
		var pubs []string
		for _, pub := range party.Publics {
			pubs = append(pubs, sc.Publics[pub].Name)
		}
		y += u.Para(right.X+26, y, w-26, i18n.T("briefing.answers", "publics", strings.Join(pubs, ", ")), widget.Sans, small, th.TextMuted) + 10
	}
	u.EndScroll(y)

	btn := footerButtons(body, 300)
	if u.Button("brf.go", btn[0], i18n.T("briefing.continue"), widget.ButtonStyle{Primary: true}) {
		return goTo(ToBriefs)
	}
	return stay()
}

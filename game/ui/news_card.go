package ui

import (
	"slices"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// newsParties lists the delegations a news card concerns, from its
// effects: the owner of each public it moves, each delegation whose
// threshold or trust it changes. A card with no such effect concerns
// everyone and returns nil.
func newsParties(sc *rules.PublicScenario, card int) []int {
	var out []int
	for _, ef := range sc.News[card].Effects {
		if p := sc.EffectParty(ef); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// roundNews is the card drawn at the start of the current round, or -1
// when there is none or it is about a delegation not at the table.
//
// A card is about the delegation of its first effect
// ([rules.PublicScenario.NewsParty]). The rules no longer deal a card
// about an absent delegation, but a game recorded before they stopped
// plays on under its former rules, which did (they applied only the
// effects on seated delegations): such a card is not shown here either,
// so a resumed old game without the United Kingdom does not open a round
// with news of the House of Commons.
func roundNews(sc *rules.PublicScenario, v rules.View) int {
	news := v.News()
	if v.Round() < 1 || len(news) < v.Round() {
		return -1
	}
	card := news[v.Round()-1]
	if card < 0 {
		return -1
	}
	if p := sc.NewsParty(card); p >= 0 && !slices.Contains(v.Parties(), p) {
		return -1
	}
	return card
}

// newsScene is the news moment at the start of a round: the round's card,
// marked as simulated news, read by everyone before the first move (in
// hot-seat it comes before any pass screen, so it is public). Continue,
// Enter, Space or Esc go on to the table.
type newsScene struct {
	a     *App
	s     *Session
	card  int
	round int
}

func newNewsCard(a *App, s *Session) *newsScene {
	v := s.Public()
	return &newsScene{a: a, s: s, card: roundNews(s.Scenario(), v), round: v.Round()}
}

func (n *newsScene) Busy() bool { return false }

func (n *newsScene) Update(u *widget.UI) Outcome {
	th := u.Th
	if n.card < 0 {
		return goTo(ToTable)
	}
	u.DefaultFocus("news.go")
	sc := n.s.Scenario()
	c := &sc.News[n.card]
	w := min(900, u.W-2*margin)
	x := (u.W - w) / 2
	label, head, body, small := u.Size(theme.Small), u.Size(theme.Head), u.Size(theme.Body), u.Size(theme.Small)
	// The card's parts, measured first so it sits in the middle of the
	// screen when it fits and scrolls when it does not.
	const pad = 28.0
	iw := w - 2*pad - widget.ScrollbarW
	var who []string
	for _, p := range newsParties(sc, n.card) {
		if slices.Contains(n.s.Public().Parties(), p) {
			who = append(who, sc.Parties[p].Name)
		}
	}
	concerns := ""
	if len(who) > 0 {
		concerns = i18n.T("news.card.concerns", "parties", strings.Join(who, ", "))
	}
	stripH := widget.LineHeight(label) + 16
	textH := u.ParaHeight(iw, c.Headline, widget.SerifBold, head) + 14 + u.ParaHeight(iw, c.Text, widget.Serif, body)
	if concerns != "" {
		textH += 14 + u.ParaHeight(iw, concerns, widget.Sans, small)
	}
	const btnH = 56.0
	room := u.H - 2*margin - stripH - btnH - 2*pad
	viewH := min(textH, room)
	cardH := stripH + viewH + 2*pad + btnH + 16
	y := max(margin, (u.H-cardH)/2)
	u.Fill(widget.R(0, 0, u.W, u.H), th.Bg)
	u.Fill(widget.R(x, y, w, cardH), th.Paper)
	u.Stroke(widget.R(x, y, w, cardH), 2, th.PaperEdge)
	u.Fill(widget.R(x, y, w, stripH), th.Primary)
	strip := i18n.T("news.card.label", "round", n.round)
	u.Text(x+pad, y+8, u.Fonts.Fit(strip, widget.SansBold, label, w-2*pad), widget.SansBold, label, th.PrimaryText)
	view := widget.R(x+pad, y+stripH+pad, w-2*pad, viewH)
	ty := u.BeginScroll("news.card", view)
	ty += u.Para(view.X, ty, iw, c.Headline, widget.SerifBold, head, th.Ink) + 14
	ty += u.Para(view.X, ty, iw, c.Text, widget.Serif, body, th.Ink)
	if concerns != "" {
		ty += 14
		ty += u.Para(view.X, ty, iw, concerns, widget.Sans, small, th.InkMuted)
	}
	u.EndScroll(ty)
	// As wide as its label needs at this text size, at least 280.
	bw := min(max(280, u.Measure(i18n.T("news.card.go"), widget.SansBold, body)+48), w-2*pad)
	btn := widget.R(x+w-pad-bw, view.Bottom()+pad/2+8, bw, btnH)
	if u.Button("news.go", btn, i18n.T("news.card.go"), widget.ButtonStyle{Primary: true}) || u.In.Back ||
		(u.In.Space && u.Focus() != "news.go") {
		return goTo(ToTable)
	}
	return stay()
}

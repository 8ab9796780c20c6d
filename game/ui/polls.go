package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// pollsScene shows, after a round, how each public moved and why.
type pollsScene struct {
	a     *App
	s     *Session
	d     describer
	round int
}

// newPolls shows the n-th poll of the game (from 1).
func newPolls(a *App, s *Session, n int) *pollsScene {
	round, seen := 0, 0
	for _, e := range s.G.Events() {
		if e.Kind == rules.EvPoll && e.Round != round {
			round = e.Round
			seen++
			if seen == n {
				break
			}
		}
	}
	return &pollsScene{a: a, s: s, d: describer{&s.Sc.PublicScenario}, round: round}
}

func (p *pollsScene) Busy() bool { return false }

func (p *pollsScene) Update(u *widget.UI) Outcome {
	th := u.Th
	u.DefaultFocus("polls.go")
	s := p.s
	sc := &s.Sc.PublicScenario
	v := s.G.View(rules.Spectator)
	body := screenFrame(u, i18n.T("polls.title", "round", p.round), i18n.T("polls.sub"))
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	chartW := body.W * 0.42
	chart := widget.R(body.X, body.Y, chartW, body.H-70)
	list := widget.R(body.X+chartW+24, body.Y, body.W-chartW-24, body.H-70)

	var lines []series
	for _, party := range v.Parties() {
		for _, pub := range sc.Parties[party].Publics {
			polls := v.Polls(pub)
			lines = append(lines, series{values: polls[:min(len(polls), p.round+1)], col: th.Party(party)})
		}
	}
	pollChart(u, widget.R(chart.X, chart.Y, chart.W, min(chart.H, 340)), lines, 0)
	ly := chart.Y + min(chart.H, 340) + 10
	u.Para(chart.X, ly, chart.W, i18n.T("polls.chart.note"), widget.Sans, small, th.TextMuted)

	y := u.BeginScroll("polls.list", list)
	w := list.W - widget.ScrollbarW - 8
	for _, party := range v.Parties() {
		for _, pub := range sc.Parties[party].Publics {
			polls := v.Polls(pub)
			if p.round >= len(polls) {
				continue
			}
			before, after := polls[p.round-1], polls[p.round]
			u.Fill(widget.R(list.X, y+6, 14, widget.LineHeight(size)-10), th.Party(party))
			head := i18n.T("polls.row", "public", sc.Publics[pub].Name, "before", rules.Tenths(before, false), "after", rules.Tenths(after, false), "delta", rules.Tenths(after-before, true))
			y += u.Para(list.X+22, y, w-22, head, widget.SansBold, size, th.Text)
			n := 0
			for _, e := range s.G.Events() {
				if e.Round != p.round || e.Public != pub || e.Kind != rules.EvSupport {
					continue
				}
				line := rules.Tenths(e.Delta, true) + "  " + p.d.Cause(e.Cause)
				y += bullet(u, list.X+22, y, w-22, line, widget.Sans, small, th.TextMuted)
				n++
			}
			if n == 0 {
				y += u.Para(list.X+22, y, w-22, i18n.T("polls.nochange"), widget.Sans, small, th.TextMuted)
			}
			y += 12
		}
	}
	u.EndScroll(y)
	btn := footerButtons(body, 280)
	if u.Button("polls.go", btn[0], i18n.T("common.continue"), widget.ButtonStyle{Primary: true}) {
		return goTo(ToTable)
	}
	return stay()
}

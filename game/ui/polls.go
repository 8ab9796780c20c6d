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
	for _, e := range s.Public().Events() {
		if e.Kind == rules.EvPoll && e.Round != round {
			round = e.Round
			seen++
			if seen == n {
				break
			}
		}
	}
	return &pollsScene{a: a, s: s, d: describer{s.Scenario()}, round: round}
}

func (p *pollsScene) Busy() bool { return false }

func (p *pollsScene) Update(u *widget.UI) Outcome {
	th := u.Th
	u.DefaultFocus("polls.go")
	s := p.s
	sc := s.Scenario()
	v := s.Public()
	body := screenFrame(u, i18n.T("polls.title", "round", p.round), i18n.T("polls.sub"))
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	chartW := body.W * 0.5
	chart := widget.R(body.X, body.Y, chartW, body.H-70)
	list := widget.R(body.X+chartW+24, body.Y, body.W-chartW-24, body.H-70)

	lines := pollSeries(th, sc, v, p.round)
	chartH := min(chart.H*0.58, 300)
	pollChart(u, widget.R(chart.X, chart.Y, chart.W, chartH), lines, 0)
	ly := chart.Y + chartH + 10
	ly += pollLegend(u, chart.X, ly, chart.W, lines, 2) + 8
	u.Para(chart.X, ly, chart.W, i18n.T("polls.chart.note"), widget.Sans, small, th.TextMuted)

	y := u.BeginScroll("polls.list", list)
	w := list.W - widget.ScrollbarW - 8
	i := 0
	for _, party := range v.Parties() {
		for _, pub := range sc.Parties[party].Publics {
			line := lines[i]
			i++
			polls := v.Polls(pub)
			if p.round >= len(polls) {
				continue
			}
			before, after := polls[p.round-1], polls[p.round]
			styledLine(u, list.X, y+widget.LineHeight(size)/2, list.X+16, y+widget.LineHeight(size)/2, 4, line.col, line.style)
			head := i18n.T("polls.row", "public", sc.Publics[pub].Name, "before", rules.Tenths(before, false), "after", rules.Tenths(after, false), "delta", rules.Tenths(after-before, true))
			y += u.Para(list.X+22, y, w-22, head, widget.SansBold, size, th.Text)
			n := 0
			for _, e := range v.Events() {
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
	// Esc, too, goes back to the table the polls interrupted.
	if u.Button("polls.go", btn[0], i18n.T("common.continue"), widget.ButtonStyle{Primary: true}) || u.In.Back {
		return goTo(ToTable)
	}
	return stay()
}

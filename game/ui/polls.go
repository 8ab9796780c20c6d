package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// pollsScene shows, after a round, how each public moved and why: one
// small chart per public (see [pollCell]) in a grid that takes as many
// columns as fit, so ten to fourteen publics never tangle into one chart.
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

// The grid's cells are at least this wide (at text 100%) and no more than
// four to a row, so a name and its figures always fit on their lines.
const (
	pollCellMinW = 270.0
	pollCellGap  = 14.0
)

// pollColumns is how many cells of the poll grid fit in width w.
func pollColumns(u *widget.UI, w float64) int {
	minW := pollCellMinW * u.TextScale
	return min(max(int((w+pollCellGap)/(minW+pollCellGap)), 1), 4)
}

func (p *pollsScene) Update(u *widget.UI) Outcome {
	u.DefaultFocus("polls.go")
	s := p.s
	v := s.Public()
	body := screenFrame(u, i18n.T("polls.title", "round", p.round), "")
	// The key to the charts, wrapped rather than cut at a large text size.
	sub := u.Para(body.X, body.Y-12, body.W, i18n.T("polls.sub"), widget.Sans, u.Size(theme.Small), u.Th.TextMuted)
	list := widget.R(body.X, body.Y+sub, body.W, body.H-70-sub)
	cells := pollCells(s.Scenario(), v, p.round)
	for i := range cells {
		for _, e := range v.Events() {
			if e.Round == p.round && e.Public == cells[i].pub && e.Kind == rules.EvSupport {
				cells[i].reasons = append(cells[i].reasons, rules.Tenths(e.Delta, true)+"  "+p.d.Cause(e.Cause))
			}
		}
		if len(cells[i].reasons) == 0 {
			cells[i].reasons = []string{i18n.T("polls.nochange")}
		}
	}
	y := u.BeginScroll("polls.list", list)
	w := list.W - widget.ScrollbarW - 8
	cols := pollColumns(u, w)
	cw := (w - pollCellGap*float64(cols-1)) / float64(cols)
	for i := 0; i < len(cells); i += cols {
		// A row is as tall as its tallest cell, so the charts line up.
		h := 0.0
		for j := i; j < min(i+cols, len(cells)); j++ {
			h = max(h, pollCellHeight(u, cells[j], cw))
		}
		for j := i; j < min(i+cols, len(cells)); j++ {
			pollCell(u, cells[j], widget.R(list.X+float64(j-i)*(cw+pollCellGap), y, cw, h))
		}
		y += h + pollCellGap
	}
	u.EndScroll(y)
	btn := footerButtons(body, 280)
	// Esc, too, goes back to the table the polls interrupted.
	if u.Button("polls.go", btn[0], i18n.T("common.continue"), widget.ButtonStyle{Primary: true}) || u.In.Back {
		return goTo(ToTable)
	}
	return stay()
}

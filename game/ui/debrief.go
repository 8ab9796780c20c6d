package ui

import (
	"strconv"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// debriefScene closes the game for the class: the outcome, each
// delegation's score against its BATNA and best, the joint gain, the
// final text with its history, the polls, questions and reality notes.
type debriefScene struct {
	a   *App
	s   *Session
	d   describer
	tab int
}

func newDebrief(a *App, s *Session) *debriefScene {
	return &debriefScene{a: a, s: s, d: describer{&s.Sc.PublicScenario}}
}

func (d *debriefScene) Busy() bool { return false }

func (d *debriefScene) tabs() []string {
	return []string{i18n.T("debrief.tab.outcome"), i18n.T("debrief.tab.scores"), i18n.T("debrief.tab.text"),
		i18n.T("debrief.tab.polls"), i18n.T("debrief.tab.questions"), i18n.T("debrief.tab.reality")}
}

func (d *debriefScene) Update(u *widget.UI) Outcome {
	u.DefaultFocus("db.tab.0")
	body := screenFrame(u, i18n.T("debrief.title"), d.s.Sc.Title)
	navW := 260.0
	nav := widget.R(body.X, body.Y, navW, body.H-70)
	pane := widget.R(body.X+navW+24, body.Y, body.W-navW-24, body.H-70)
	y := nav.Y
	for i, t := range d.tabs() {
		if u.Button("db.tab."+strconv.Itoa(i), widget.R(nav.X, y, nav.W, 50), t, widget.ButtonStyle{Left: true, Selected: d.tab == i}) && d.tab != i {
			d.tab = i
			u.ScrollTo("db.pane", 0)
		}
		y += 58
	}
	u.Fill(pane, u.Th.Surface)
	in := pane.Inset(16)
	y = u.BeginScroll("db.pane", widget.R(pane.X, pane.Y+8, pane.W-4, pane.H-16)) + 8
	w := in.W - widget.ScrollbarW
	switch d.tab {
	case 0:
		y = d.outcome(u, in.X, y, w)
	case 1:
		y = d.scores(u, in.X, y, w)
	case 2:
		y = d.finalText(u, in.X, y, w)
	case 3:
		y = d.polls(u, in.X, y, w)
	case 4:
		y = d.questions(u, in.X, y, w)
	case 5:
		y = d.reality(u, in.X, y, w)
	}
	u.EndScroll(y + 16)
	btn := footerButtons(body, 300)
	if u.Button("db.title", btn[0], i18n.T("debrief.end"), widget.ButtonStyle{Primary: true}) {
		return goTo(ToTitle)
	}
	return stay()
}

func (d *debriefScene) heading(u *widget.UI, x, y, w float64, s string) float64 {
	size := u.Size(theme.Large)
	return y + u.Para(x, y, w, s, widget.SansBold, size, u.Th.Text) + 8
}

func (d *debriefScene) outcome(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	sc := &d.s.Sc.PublicScenario
	res := d.s.G.Result()
	size := u.Size(theme.Body)
	text := sc.Outcomes.NoAgreement
	switch {
	case res.InForce:
		text = sc.Outcomes.InForce
	case res.Formed:
		text = sc.Outcomes.NotRatified
	}
	y = d.heading(u, x, y, w, i18n.T("debrief.outcome"))
	for _, para := range strings.Split(text, "\n") {
		if strings.TrimSpace(para) != "" {
			y += u.Para(x, y, w, para, widget.Serif, size, th.Text) + 10
		}
	}
	y += 10
	for i, ind := range sc.Indicators {
		val := res.Indicators[i]
		line := ind.Name + ": " + strconv.Itoa(val)
		if b := sc.Band(i, val); b != nil {
			line += " — " + b.Label
			y += u.Para(x, y, w, line, widget.SansBold, size, th.Text)
			if b.Text != "" {
				y += u.Para(x, y, w, b.Text, widget.Sans, u.Size(theme.Small), th.TextMuted)
			}
		} else {
			y += u.Para(x, y, w, line, widget.SansBold, size, th.Text)
		}
		y += 10
	}
	if len(res.Broken) > 0 {
		y = d.heading(u, x, y+6, w, i18n.T("debrief.broken"))
		for _, c := range res.Broken {
			y += bullet(u, x, y, w, d.d.Press(c.Party, rules.Press{Kind: rules.Commit, Slot: c.Slot, Option: c.Option, Stance: c.Stance}), widget.Sans, size, th.Text) + 4
		}
	}
	return y
}

// bestJoint is the highest joint score of any text that crosses nobody's
// red line. Points add up clause by clause, so the best is found clause by
// clause; ratification is not taken into account.
func bestJoint(sc *rules.Scenario, parties []int) int {
	red := map[[2]int]bool{}
	for _, p := range parties {
		for _, r := range sc.Briefs[p].RedLines {
			red[[2]int{r.Slot, r.Option}] = true
		}
	}
	total := 0
	for si := range sc.Slots {
		best, found := 0, false
		for oi := range sc.Slots[si].Options {
			if red[[2]int{si, oi}] {
				continue
			}
			sum := 0
			for _, p := range parties {
				sum += sc.Briefs[p].Points[si][oi]
			}
			if !found || sum > best {
				best, found = sum, true
			}
		}
		total += best
	}
	return total
}

func (d *debriefScene) scores(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	sc := d.s.Sc
	res := d.s.G.Result()
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	y = d.heading(u, x, y, w, i18n.T("debrief.scores"))
	cols := []float64{x, x + w*0.40, x + w*0.55, x + w*0.72, x + w*0.87}
	heads := []string{i18n.T("debrief.col.party"), i18n.T("debrief.col.score"), i18n.T("debrief.col.batna"), i18n.T("debrief.col.best"), i18n.T("debrief.col.gain")}
	for i, h := range heads {
		u.TextFit(cols[i], y, w*0.15, h, widget.SansBold, small, th.TextMuted)
	}
	y += widget.LineHeight(small) + 4
	parties := d.s.G.Parties()
	joint, batnas := 0, 0
	for _, p := range parties {
		score, batna, best := res.Scores[p], sc.Briefs[p].Reservation, sc.BestScore(p)
		joint += score
		batnas += batna
		u.Fill(widget.R(cols[0], y+6, 14, widget.LineHeight(size)-10), th.Party(p))
		u.TextFit(cols[0]+22, y, cols[1]-cols[0]-30, sc.Parties[p].Name, widget.Sans, size, th.Text)
		u.Text(cols[1], y, strconv.Itoa(score), widget.SansBold, size, th.Text)
		u.Text(cols[2], y, strconv.Itoa(batna), widget.Sans, size, th.TextMuted)
		u.Text(cols[3], y, strconv.Itoa(best), widget.Sans, size, th.TextMuted)
		col := th.Good
		if score < batna {
			col = th.Bad
		}
		u.Text(cols[4], y, signed(score-batna), widget.SansBold, size, col)
		y += widget.LineHeight(size) + 2
		// Score against the range from zero to the best possible, with the
		// BATNA marked.
		u.Bar(widget.R(cols[0]+22, y, w-22, 8), float64(score), float64(max(best, 1)), col, float64(batna), th.Text)
		y += 20
	}
	y += 10
	bj := bestJoint(sc, parties)
	y = d.heading(u, x, y, w, i18n.T("debrief.joint"))
	y += u.Para(x, y, w, i18n.T("debrief.joint.line", "joint", joint, "best", bj, "batnas", batnas), widget.Sans, size, th.Text) + 6
	u.Bar(widget.R(x, y, w, 14), float64(joint), float64(max(bj, 1)), th.Accent, float64(batnas), th.Text)
	y += 26
	y += u.Para(x, y, w, i18n.T("debrief.joint.note"), widget.Sans, small, th.TextMuted)
	return y
}

func (d *debriefScene) finalText(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	sc := &d.s.Sc.PublicScenario
	res := d.s.G.Result()
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	items := d.s.G.Items()
	y = d.heading(u, x, y, w, i18n.T("debrief.text"))
	for doc := range sc.Documents {
		y += u.Para(x, y, w, sc.Documents[doc].Title+" — "+sc.Forms[res.Forms[doc]].Name, widget.SerifBold, size, th.Text) + 6
		for _, art := range sc.Documents[doc].Articles {
			a := &sc.Articles[art]
			col := th.Text
			title := a.Title
			if !res.Present[art] {
				col = th.TextMuted
				title += " — " + i18n.T("table.dropped")
			}
			y += u.Para(x, y, w, title, widget.SansBold, small, col)
			y += u.Para(x, y, w, fillArticle(sc, a, res.Text), widget.Serif, size, col) + 4
			for _, si := range a.Slots {
				for i := range items {
					it := &items[i]
					for ci, c := range it.Changes {
						if c.Slot != si {
							continue
						}
						from := c.Option
						if ci < len(it.Before) {
							from = it.Before[ci]
						}
						verdict := i18n.T("debrief.hist.failed")
						if it.Adopted {
							verdict = i18n.T("debrief.hist.adopted")
						}
						line := i18n.T("debrief.hist", "round", it.Round, "party", sc.Parties[it.Party].Name, "slot", sc.Slots[si].Name,
							"from", sc.Slots[si].Options[from].Label, "to", sc.Slots[si].Options[c.Option].Label, "result", verdict)
						y += bullet(u, x+12, y, w-12, line, widget.Sans, small, th.TextMuted)
					}
				}
			}
			y += 12
		}
	}
	return y
}

// fillArticle writes an article with the chosen wordings.
func fillArticle(sc *rules.PublicScenario, a *rules.Article, text []int) string {
	out := a.Text
	for _, si := range a.Slots {
		out = strings.ReplaceAll(out, "{"+sc.Slots[si].ID+"}", sc.Slots[si].Options[text[si]].Text)
	}
	return out
}

func (d *debriefScene) polls(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	sc := &d.s.Sc.PublicScenario
	v := d.s.G.View(rules.Spectator)
	small := u.Size(theme.Small)
	y = d.heading(u, x, y, w, i18n.T("debrief.polls"))
	var lines []series
	for _, p := range v.Parties() {
		for _, pub := range sc.Parties[p].Publics {
			lines = append(lines, series{values: v.Polls(pub), col: th.Party(p)})
		}
	}
	pollChart(u, widget.R(x, y, w, 300), lines, 0)
	y += 312
	for _, p := range v.Parties() {
		for _, pub := range sc.Parties[p].Publics {
			u.Fill(widget.R(x, y+6, 14, widget.LineHeight(small)-10), th.Party(p))
			line := sc.Publics[pub].Name + ": " + rules.Tenths(v.Polls(pub)[0], false) + " → " + rules.Tenths(v.Support(pub), false)
			y += u.Para(x+22, y, w-22, line, widget.Sans, small, th.Text)
		}
	}
	return y
}

func (d *debriefScene) questions(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	size := u.Size(theme.Body)
	y = d.heading(u, x, y, w, i18n.T("debrief.questions"))
	for i, q := range d.s.Sc.Questions {
		u.Text(x, y, strconv.Itoa(i+1)+".", widget.SansBold, size, th.Accent)
		y += u.Para(x+36, y, w-36, q, widget.Serif, size, th.Text) + 12
	}
	return y
}

func (d *debriefScene) reality(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	y = d.heading(u, x, y, w, i18n.T("debrief.reality"))
	for _, n := range d.s.Sc.RealityNotes {
		y += u.Para(x, y, w, n.Title, widget.SansBold, size, th.Text) + 2
		y += u.Para(x, y, w, n.Text, widget.Serif, size, th.Text) + 2
		if n.Source != "" {
			y += u.Para(x, y, w, i18n.T("debrief.source", "source", n.Source), widget.Sans, small, th.TextMuted)
		}
		y += 14
	}
	return y
}

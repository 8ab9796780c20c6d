package ui

import (
	"math"
	"strconv"
	"strings"
	"time"

	"bindingwords/game/analysis"
	"bindingwords/game/i18n"
	"bindingwords/game/narrate"
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
	// an is what the table allowed (the zone of possible agreement, the
	// best joint gain, the Nash bargain); it is worked out in the
	// background when the debrief opens, and nil until then.
	an     *analysis.Analysis
	anDone chan *analysis.Analysis
	// exported receives the export being made; msg says what became of it.
	exported chan exportResult
	msg      string
	msgBad   bool
}

type exportResult struct {
	e   *export
	err error
}

func newDebrief(a *App, s *Session) *debriefScene {
	d := &debriefScene{a: a, s: s, d: describer{s.Scenario()}, anDone: make(chan *analysis.Analysis, 1)}
	analyze := s.analysisJob()
	go func() { d.anDone <- analyze() }()
	return d
}

// Busy while the analysis or an export is under way, to pick up its
// result.
func (d *debriefScene) Busy() bool { return d.an == nil || d.exported != nil }

// poll picks up what the background work has finished.
func (d *debriefScene) poll() {
	if d.an == nil {
		select {
		case d.an = <-d.anDone:
		default:
		}
	}
	if d.exported == nil {
		return
	}
	select {
	case r := <-d.exported:
		d.exported = nil
		d.msg, d.msgBad = "", false
		if r.err == nil {
			d.msg, r.err = r.e.deliver()
		}
		if r.err != nil {
			d.msg, d.msgBad = i18n.T("export.failed", "error", r.err.Error()), true
		}
	default:
	}
}

// export makes the debrief's files in the background: the analysis in
// them takes a moment.
func (d *debriefScene) export() {
	d.exported = make(chan exportResult, 1)
	d.msg, d.msgBad = i18n.T("export.working"), false
	build, ch := d.s.exportJob(time.Now()), d.exported
	go func() {
		e, err := build()
		ch <- exportResult{e, err}
	}()
}

func (d *debriefScene) tabs() []string {
	return []string{i18n.T("debrief.tab.outcome"), i18n.T("debrief.tab.scores"), i18n.T("debrief.tab.text"),
		i18n.T("debrief.tab.polls"), i18n.T("debrief.tab.questions"), i18n.T("debrief.tab.reality")}
}

func (d *debriefScene) Update(u *widget.UI) Outcome {
	d.poll()
	th := u.Th
	u.DefaultFocus("db.tab.0")
	body := screenFrame(u, i18n.T("debrief.title"), d.s.Scenario().Title)
	small := u.Size(theme.Small)
	// Below the pane: what became of an export, with the files' full
	// paths, then the buttons.
	msgH := 0.0
	if d.msg != "" {
		msgH = u.ParaHeight(body.W-24, d.msg, widget.Sans, small) + 14
	}
	navW := 260.0
	paneH := body.H - 70 - msgH
	nav := widget.R(body.X, body.Y, navW, paneH)
	pane := widget.R(body.X+navW+24, body.Y, body.W-navW-24, paneH)
	y := nav.Y
	for i, t := range d.tabs() {
		if u.Button("db.tab."+strconv.Itoa(i), widget.R(nav.X, y, nav.W, 50), t, widget.ButtonStyle{Left: true, Selected: d.tab == i}) && d.tab != i {
			d.tab = i
			u.ScrollTo("db.pane", 0)
		}
		y += 58
	}
	u.Fill(pane, th.Surface)
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
	if d.msg != "" {
		my := pane.Bottom() + 12
		col := th.Accent
		if d.msgBad {
			col = th.Bad
		}
		u.Fill(widget.R(body.X, my, 5, msgH-14), col)
		u.Para(body.X+16, my, body.W-24, d.msg, widget.Sans, small, th.Text)
	}
	btn := footerButtons(body, 220, 240, 300)
	if u.Button("db.replay", btn[0], i18n.T("debrief.replay"), widget.ButtonStyle{Tip: i18n.T("debrief.replay.tip")}) {
		return goTo(ToReplay)
	}
	busy := d.exported != nil
	if u.Button("db.export", btn[1], i18n.T("debrief.export"), widget.ButtonStyle{Disabled: busy, Tip: i18n.T("debrief.export.tip")}) && !busy {
		d.export()
	}
	if u.Button("db.title", btn[2], i18n.T("debrief.end"), widget.ButtonStyle{Primary: true}) {
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
	sc := d.s.Scenario()
	res := d.s.Public().Result()
	size := u.Size(theme.Body)
	text := sc.Outcomes.NoAgreement
	switch {
	case res.InForce:
		text = sc.Outcomes.InForce
	case res.Formed:
		text = sc.Outcomes.NotRatified
	}
	y = d.story(u, x, y, w)
	y = d.heading(u, x, y, w, i18n.T("debrief.outcome"))
	for _, para := range strings.Split(text, "\n") {
		if strings.TrimSpace(para) != "" {
			y += u.Para(x, y, w, para, widget.Serif, size, th.Text) + 10
		}
	}
	y += 10
	if !res.InForce && len(sc.Indicators) > 0 {
		// The bands' readings are written for a text in force.
		y += u.Para(x, y, w, i18n.T("debrief.none.reading"), widget.Sans, u.Size(theme.Small), th.TextMuted) + 8
	}
	for i, ind := range sc.Indicators {
		val := res.Indicators[i]
		line := ind.Name + ": " + strconv.Itoa(val)
		if b := sc.Band(i, val); b != nil {
			line += " — " + b.Label
			y += u.Para(x, y, w, line, widget.SansBold, size, th.Text)
			if b.Text != "" && res.InForce {
				y += u.Para(x, y, w, b.Text, widget.Sans, u.Size(theme.Small), th.TextMuted)
			}
		} else {
			y += u.Para(x, y, w, line, widget.SansBold, size, th.Text)
		}
		y += 10
	}
	return d.commitments(u, x, y, w)
}

func (d *debriefScene) scores(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	sc := d.s.Scenario()
	v := d.s.Public()
	an := d.an
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	y = d.heading(u, x, y, w, i18n.T("debrief.scores"))
	cols := []float64{x, x + w*0.36, x + w*0.49, x + w*0.62, x + w*0.75, x + w*0.88}
	heads := []string{i18n.T("debrief.col.party"), i18n.T("debrief.col.score"), i18n.T("debrief.col.batna"), i18n.T("debrief.col.best"),
		i18n.T("debrief.col.nash"), i18n.T("debrief.col.gain")}
	for i, h := range heads {
		u.TextFit(cols[i], y, w*0.125, h, widget.SansBold, small, th.TextMuted)
	}
	y += widget.LineHeight(small) + 4
	// The figures every brief kept private are public now: the game is over.
	scores := make([]int, len(sc.Parties))
	for _, f := range v.FinalScores() {
		p, score, batna, best := f.Party, f.Score, f.Reservation, f.Best
		scores[p] = score
		nash := "…"
		switch {
		case an != nil && an.Nash != nil:
			nash = strconv.Itoa(an.Nash.Scores[p])
		case an != nil:
			nash = "—"
		}
		u.Fill(widget.R(cols[0], y+6, 14, widget.LineHeight(size)-10), th.Party(p))
		u.TextFit(cols[0]+22, y, cols[1]-cols[0]-30, sc.Parties[p].Name, widget.Sans, size, th.Text)
		u.Text(cols[1], y, strconv.Itoa(score), widget.SansBold, size, th.Text)
		u.Text(cols[2], y, strconv.Itoa(batna), widget.Sans, size, th.TextMuted)
		u.Text(cols[3], y, strconv.Itoa(best), widget.Sans, size, th.TextMuted)
		u.Text(cols[4], y, nash, widget.Sans, size, th.TextMuted)
		col := th.Good
		if score < batna {
			col = th.Bad
		}
		u.Text(cols[5], y, signed(score-batna), widget.SansBold, size, col)
		y += widget.LineHeight(size) + 2
		// Score against the range from zero to the best possible, with the
		// BATNA marked, in the delegation's colour as in the report's bar
		// chart: the signed margin beside it already says good or bad.
		u.Bar(widget.R(cols[0]+22, y, w-22, 8), float64(score), float64(max(best, 1)), th.Party(p), float64(batna), th.Text)
		y += 20
	}
	y += 10
	y = d.heading(u, x, y, w, i18n.T("debrief.joint"))
	if an == nil {
		return y + u.Para(x, y, w, i18n.T("debrief.joint.working"), widget.Sans, size, th.TextMuted)
	}
	m := an.Measure(scores)
	if an.MaxJoint == nil {
		y += u.Para(x, y, w, i18n.T("debrief.joint.nozopa", "joint", m.JointGain), widget.Sans, size, th.Text) + 6
		return y + u.Para(x, y, w, i18n.T("debrief.joint.note"), widget.Sans, small, th.TextMuted)
	}
	best := an.MaxJointGain
	pct := 0
	if best > 0 {
		pct = int(math.Round(100 * float64(m.JointGain) / float64(best)))
	}
	line := i18n.T("debrief.joint.line", "joint", m.JointGain, "best", best, "pct", pct, "left", max(0, best-m.JointGain))
	if m.JointGain > best {
		// The zone is static; press and news can carry a text outside it
		// through a vote at home, and "120% of the best" would read as an
		// error.
		line = i18n.T("debrief.joint.beyond", "joint", m.JointGain, "best", best)
	}
	y += u.Para(x, y, w, line, widget.Sans, size, th.Text) + 6
	u.Bar(widget.R(x, y, w, 14), float64(m.JointGain), float64(max(best, 1)), th.Accent, -1, th.Text)
	y += 26
	note := i18n.T("debrief.joint.note") + " " + i18n.T("debrief.joint.zopa", "n", rules.Grouped(an.ZOPA))
	if !an.Exact {
		note += " " + i18n.T("debrief.joint.inexact")
	}
	y += u.Para(x, y, w, note, widget.Sans, small, th.TextMuted) + 12
	// Where the balanced deal reads otherwise than the class's text.
	text, present := v.Result().Text, v.Result().Present
	var diff []string
	for si := range sc.Slots {
		sl := &sc.Slots[si]
		switch {
		case an.Nash == nil:
		case !present[sl.Article]:
			// The clause fell out with its article: the final text has
			// nothing there, whatever its last wording.
			diff = append(diff, i18n.T("debrief.nash.dropped", "slot", sl.Name, "nash", sl.Options[an.Nash.Text[si]].Label))
		case an.Nash.Text[si] != text[si]:
			diff = append(diff, i18n.T("debrief.nash.clause", "slot", sl.Name, "nash", sl.Options[an.Nash.Text[si]].Label, "final", sl.Options[text[si]].Label))
		}
	}
	if len(diff) > 0 {
		head := i18n.T("debrief.nash.head")
		if !v.Result().Formed {
			// Nothing was signed: the comparison is with the last draft.
			head = i18n.T("debrief.nash.head.draft")
		}
		y += u.Para(x, y, w, head, widget.SansBold, small, th.Text) + 4
		for _, l := range diff {
			y += bullet(u, x, y, w, l, widget.Sans, small, th.TextMuted) + 2
		}
	}
	return y
}

func (d *debriefScene) finalText(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	sc := d.s.Scenario()
	v := d.s.Public()
	res := v.Result()
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	items := v.Items()
	head := i18n.T("debrief.text")
	if !res.Formed {
		head = i18n.T("debrief.text.draft")
	}
	y = d.heading(u, x, y, w, head)
	for doc := range sc.Documents {
		y += u.Para(x, y, w, sc.Documents[doc].Title+" — "+sc.Forms[res.Forms[doc]].Name, widget.SerifBold, size, th.Text) + 6
		for _, art := range sc.Documents[doc].Articles {
			a := &sc.Articles[art]
			col := th.Text
			title := narrate.ArticleHeading(a.Number, a.Title)
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
						line := i18n.T("debrief.hist", "round", it.Round, "party", d.d.n().Object(it.Party), "slot", sc.Slots[si].Name,
							"from", sc.Slots[si].Options[from].Label, "to", sc.Slots[si].Options[c.Option].Label, "result", verdict)
						if from == c.Option {
							// Keeping the wording only lifts its brackets: "X" → "X" would read as nonsense.
							line = i18n.T("debrief.hist.settle", "round", it.Round, "party", d.d.n().Object(it.Party), "slot", sc.Slots[si].Name,
								"to", sc.Slots[si].Options[c.Option].Label, "result", verdict)
						}
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
		out = rules.Fill(out, sc.Slots[si].ID, sc.Slots[si].Options[text[si]].Text)
	}
	return out
}

func (d *debriefScene) polls(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	sc := d.s.Scenario()
	v := d.s.Public()
	small := u.Size(theme.Small)
	y = d.heading(u, x, y, w, i18n.T("debrief.polls"))
	lines := pollSeries(th, sc, v, -1)
	earlier := barSeries(sc, v, lines)
	pollChart(u, widget.R(x, y, w, 300), lines, 0)
	y += 312
	y += pollLegend(u, x, y, w, lines, 2) + 10
	i := 0
	for _, p := range v.Parties() {
		for _, pub := range sc.Parties[p].Publics {
			s := lines[i]
			i++
			mid := y + widget.LineHeight(small)/2
			styledLine(u, x, mid, x+26, mid, 3, s.col, s.style)
			line := sc.Publics[pub].Name + ": " + rules.Tenths(v.Polls(pub)[0], false) + "% → " + rules.Tenths(v.Support(pub), false) + "%"
			y += u.Para(x+36, y, w-36, line, widget.Sans, small, th.Text)
			for _, note := range barNotes(sc, pub, s, earlier[i-1]) {
				y += u.Para(x+36, y, w-36, note, widget.Sans, small, th.Bad)
			}
		}
	}
	return y
}

func (d *debriefScene) questions(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	size := u.Size(theme.Body)
	y = d.heading(u, x, y, w, i18n.T("debrief.questions"))
	for i, q := range d.s.Scenario().Questions {
		u.Text(x, y, strconv.Itoa(i+1)+".", widget.SansBold, size, th.Accent)
		y += u.Para(x+36, y, w-36, q, widget.Serif, size, th.Text) + 12
	}
	return y
}

func (d *debriefScene) reality(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	y = d.heading(u, x, y, w, i18n.T("debrief.reality"))
	for _, n := range d.s.Scenario().RealityNotes {
		y += u.Para(x, y, w, n.Title, widget.SansBold, size, th.Text) + 2
		y += u.Para(x, y, w, n.Text, widget.Serif, size, th.Text) + 2
		if n.Source != "" {
			y += u.Para(x, y, w, i18n.T("debrief.source", "source", n.Source), widget.Sans, small, th.TextMuted)
		}
		y += 14
	}
	return y
}

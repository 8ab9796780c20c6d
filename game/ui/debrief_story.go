package ui

import (
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/narrate"
	"bindingwords/game/report"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// story draws the debrief's plain summary of what happened, in a tinted
// box at the top of the outcome: the same sentences as the exported
// report's, from narrate.Summary.
func (d *debriefScene) story(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	lines := d.d.n().Summary(d.s.Public())
	if len(lines) == 0 {
		return y
	}
	y = d.heading(u, x, y, w, i18n.T("debrief.summary"))
	size := u.Size(theme.Body)
	text := strings.Join(lines, " ")
	h := u.ParaHeight(w-28, text, widget.Sans, size)
	u.Fill(widget.R(x, y, w, h+20), th.SurfaceAlt)
	u.Fill(widget.R(x, y, 5, h+20), th.Accent)
	u.Para(x+18, y+10, w-28, text, widget.Sans, size, th.Text)
	return y + h + 20 + 18
}

// commitments lists the public commitments broken, then those kept, each
// with what became of it.
func (d *debriefScene) commitments(u *widget.UI, x, y, w float64) float64 {
	th := u.Th
	v := d.s.Public()
	n := d.d.n()
	size := u.Size(theme.Small)
	kept, broken := narrate.Commitments(v)
	for _, list := range []struct {
		head string
		cs   []rules.Commitment
	}{{i18n.T("debrief.broken"), broken}, {i18n.T("debrief.kept"), kept}} {
		if len(list.cs) == 0 {
			continue
		}
		y = d.heading(u, x, y+6, w, list.head)
		for _, c := range list.cs {
			y += bullet(u, x, y, w, n.Fate(v, c), widget.Sans, size, th.Text) + 4
		}
	}
	return y
}

// barSeries sets each public's bar at every poll, for the draft as it
// then stood (its legal form, and the threshold as news had moved it):
// the bar the class had to clear, drawn as it changed rather than at its
// final value from the start. It returns the forms the draft had and
// lost, per series, for the notes under the chart.
func barSeries(sc *rules.PublicScenario, v rules.View, lines []series) [][]report.EarlierBar {
	i := 0
	res := v.Result()
	out := make([][]report.EarlierBar, len(lines))
	for _, p := range v.Parties() {
		for _, pub := range sc.Parties[p].Publics {
			bar, form := report.BarSteps(sc, v.Events(), p, pub, len(lines[i].values), res.Text, res.Present)
			lines[i].bars = bar
			out[i] = report.EarlierBars(sc, bar, form)
			i++
		}
	}
	return out
}

// barNotes says in words what the chart's bar line draws for one public:
// the bars of forms the draft lost, and a final bar news moved.
func barNotes(sc *rules.PublicScenario, pub int, s series, earlier []report.EarlierBar) []string {
	var out []string
	name := sc.Publics[pub].Name
	for _, e := range earlier {
		if e.First != e.Value {
			out = append(out, i18n.T("debrief.polls.earlier.moved", "public", name, "form", e.AForm, "first", e.First, "value", e.Value, "from", e.From, "to", e.To))
			continue
		}
		out = append(out, i18n.T("debrief.polls.earlier", "public", name, "form", e.AForm, "value", e.Value, "from", e.From, "to", e.To))
	}
	// The last run of one form: did news move its bar?
	b := s.bars
	if len(b) == 0 || b[len(b)-1] < 0 {
		return out
	}
	start := len(b) - 1
	for start > 0 && b[start-1] >= 0 && (len(earlier) == 0 || start-1 > earlier[len(earlier)-1].To) {
		start--
	}
	for r := start + 1; r < len(b); r++ {
		if b[r] != b[r-1] {
			out = append(out, i18n.T("debrief.polls.bar", "public", name, "from", b[start], "to", b[len(b)-1], "round", r))
			break
		}
	}
	return out
}

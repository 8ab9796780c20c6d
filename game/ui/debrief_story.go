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

// barSeries sets each public's threshold at every poll, as news moved it,
// for the final text's form: the bar the class had to clear, drawn as it
// changed rather than at its final value from the start.
func barSeries(sc *rules.PublicScenario, v rules.View, lines []series) {
	i := 0
	res := v.Result()
	for _, p := range v.Parties() {
		for _, pub := range sc.Parties[p].Publics {
			n := len(lines[i].values)
			best := -1
			for doc := range sc.Documents {
				f := sc.DocumentForm(doc, res.Text, res.Present)
				for k, req := range sc.Parties[p].Ratification[f] {
					if req.Public == pub && v.Threshold(p, f, k) > best {
						best = v.Threshold(p, f, k)
						lines[i].bars = report.ThresholdSteps(sc, v.Events(), p, f, k, n)
					}
				}
			}
			i++
		}
	}
}

// barNote says, for a public whose bar news moved, where it started and
// where it ended; "" for a bar that never moved.
func barNote(sc *rules.PublicScenario, pub int, s series) string {
	if len(s.bars) == 0 || s.bars[0] == s.bars[len(s.bars)-1] {
		return ""
	}
	r := 1
	for r < len(s.bars) && s.bars[r] == s.bars[0] {
		r++
	}
	return i18n.T("debrief.polls.bar", "public", sc.Publics[pub].Name, "from", s.bars[0], "to", s.bars[len(s.bars)-1], "round", r)
}

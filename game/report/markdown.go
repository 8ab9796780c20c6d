package report

import (
	"bytes"
	"fmt"
	"strings"

	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// Markdown writes the debrief as Markdown with tables, for a class wiki
// or a learning platform. Scenario text is escaped so that it cannot
// become markup.
func Markdown(d *Debrief) []byte {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	title := T("debrief.title", "title", d.Title)
	if d.TeacherCopy() {
		title = T("teacher.title", "title", title)
	}
	p("# %s\n\n", mdText(title))
	// Markdown has no pages: the warning opens the file, heads the
	// scores and closes the file, wherever it is pasted or printed from.
	notice := func() {
		if d.TeacherCopy() {
			p("> **%s**\n\n", mdText(T("teacher.notice")))
		}
	}
	notice()
	if d.SaveName != "" {
		p("%s · ", mdText(d.SaveName))
	}
	p("%s\n\n", mdText(T("debrief.meta", "round", d.Round, "rounds", d.Rounds, "seed", d.Seed)))
	if d.Unchecked {
		p("*%s*\n\n", mdText(T("debrief.unchecked")))
	}
	if d.Earlier {
		p("*%s*\n\n", mdText(T("debrief.earlier", "title", d.Title)))
	}

	if len(d.Story) > 0 {
		p("## %s\n\n%s\n\n", T("h.summary"), mdText(strings.Join(d.Story, " ")))
	}
	p("## %s\n\n**%s**\n\n", T("h.outcome"), mdText(d.Outcome.Headline))
	for _, para := range paras(d.Outcome.Narrative) {
		p("%s\n\n", mdText(para))
	}
	if len(d.Outcome.Indicators) > 0 && d.Outcome.NoText && d.Over {
		p("*%s*\n\n", T("outcome.noreading"))
	}
	if len(d.Outcome.Indicators) > 0 {
		row(&b, T("col.indicator"), T("col.value"), T("col.band"))
		row(&b, "---", "---:", "---")
		for _, x := range d.Outcome.Indicators {
			row(&b, x.Name, fmt.Sprint(x.Value), strings.TrimSuffix(x.Band+" — "+x.BandText, " — "))
		}
		p("\n")
	}
	if len(d.Broken) > 0 {
		p("### %s\n\n", T("h.broken"))
		for _, s := range d.Broken {
			p("- %s\n", mdText(s))
		}
		p("\n")
	}
	if len(d.Kept) > 0 {
		p("### %s\n\n", T("h.kept"))
		for _, s := range d.Kept {
			p("- %s\n", mdText(s))
		}
		p("\n")
	}

	p("## %s\n\n%s\n\n", T("h.scores"), T("scores.intro"))
	notice()
	if !d.Over {
		p("**%s**\n\n", T("scores.projected"))
	}
	row(&b, T("col.delegation"), T("col.seat"), T("col.score"), T("col.batna"), T("col.best"), T("col.gain"), T("col.advantage"), T("col.nash"), T("col.signed"))
	row(&b, "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---")
	for _, x := range d.Parties {
		nash, signed := "—", T("no")
		if x.Nash >= 0 {
			nash = fmt.Sprint(x.Nash)
		}
		if x.Signed {
			signed = T("yes")
			if x.Ratified {
				signed += ", " + T("ratified")
			}
		}
		row(&b, x.Name, seatName(x.Seat), fmt.Sprint(x.Score), fmt.Sprint(x.Reservation), fmt.Sprint(x.Best),
			fmt.Sprintf("%+d", x.Score-x.Reservation), fmt.Sprintf("%.0f%%", 100*x.Advantage), nash, signed)
	}
	p("\n%s\n\n", T("scores.note"))

	v := d.Value
	p("## %s\n\n", T("h.value"))
	switch {
	case v.MaxJointGain > 0 && v.JointGain > v.MaxJointGain:
		p("%s\n\n", T("value.beyond", "joint", v.JointGain, "max", v.MaxJointGain))
	case v.MaxJointGain > 0:
		p("%s %s\n\n", T("value.joint", "joint", v.JointGain, "max", v.MaxJointGain, "pct", fmt.Sprintf("%.0f%%", 100*v.Welfare)),
			T("value.left", "left", v.MaxJointGain-v.JointGain))
	default:
		p("%s\n\n", T("value.nozopa"))
	}
	p("%s\n\n%s\n\n", T("value.zopa", "n", rules.Grouped(v.ZOPA)), T("value.pareto", "d", fmt.Sprintf("%.2f", v.ParetoDistance)))
	if len(v.Nash) > 0 {
		p("### %s\n\n%s\n\n", T("h.nash"), T(draftOr(d.Outcome.Formed, "value.nash.intro", "value.nash.intro.draft")))
		row(&b, T("col.clause"), T(draftOr(d.Outcome.Formed, "col.final", "col.draft")), T("col.nashtext"))
		row(&b, "---", "---", "---")
		for _, n := range v.Nash {
			final := n.Final
			if n.Dropped {
				final += " (" + T("value.dropped") + ")"
			}
			row(&b, n.Clause, final, n.Nash)
		}
		p("\n")
	}

	p("## %s\n\n%s\n\n", T(draftOr(d.Outcome.Formed || !d.Over, "h.text", "h.draft.text")), T("text.intro"))
	for _, doc := range d.Docs {
		p("### %s — %s\n\n", mdText(doc.Title), mdText(doc.Form))
		for _, a := range doc.Articles {
			title := mdText(narrate.ArticleHeading(a.Number, a.Title))
			if a.Dropped {
				title += " (" + T("text.dropped") + ")"
			}
			p("#### %s\n\n> %s\n\n", title, mdText(a.Text))
			for _, c := range a.Clauses {
				head := fmt.Sprintf("**%s**: %s “%s” → %s “%s”", mdText(c.Name), T("text.chair"), mdText(c.Chair), T("text.final"), mdText(c.Final))
				if c.Bracketed {
					head += " \\[" + T("text.bracketed") + "\\]"
				}
				if len(c.History) == 0 {
					p("%s — %s\n\n", head, T("text.unchanged"))
					continue
				}
				p("%s\n\n", head)
				row(&b, T("col.item"), T("round.long", "n", ""), T("col.proposed"), T("col.change"), T("col.votes"), T("col.result"))
				row(&b, "---:", "---:", "---", "---", "---", "---")
				for _, h := range c.History {
					change := "“" + h.From + "” → “" + h.To + "”"
					if h.From == h.To {
						change = T("text.settle", "to", h.To)
					}
					if len(h.Linked) > 0 {
						change += "; " + T("text.package") + " " + strings.Join(h.Linked, "; ")
					}
					if h.Reason != "" {
						change += " — " + h.Reason
					}
					var votes []string
					for _, vt := range h.Votes {
						w := T("no")
						switch {
						case vt.Proposer:
							w = T("text.tabled")
						case vt.Yes:
							w = T("yes")
						}
						votes = append(votes, vt.Party+" "+w)
					}
					result := T("text.failed")
					if h.Adopted {
						result = T("text.adopted")
					}
					row(&b, fmt.Sprint(h.Item), fmt.Sprint(h.Round), h.Proposer, change, strings.Join(votes, ", "), result)
				}
				p("\n")
			}
		}
	}

	p("## %s\n\n%s\n\n", T("h.polls"), T("polls.intro"))
	if len(d.Publics) > 0 {
		heads := []string{T("round.long", "n", "")}
		align := []string{"---"}
		for _, pc := range d.Publics {
			heads = append(heads, pc.Name)
			align = append(align, "---:")
		}
		row(&b, heads...)
		row(&b, align...)
		for r := range d.Publics[0].Polls {
			cells := []string{fmt.Sprint(r)}
			if r == 0 {
				cells[0] = T("chart.start")
			}
			for _, pc := range d.Publics {
				cell := ""
				if r < len(pc.Polls) {
					cell = tenths(pc.Polls[r])
				}
				cells = append(cells, cell)
			}
			row(&b, cells...)
		}
		p("\n")
	}
	for _, pc := range d.Publics {
		p("### %s (%s)\n\n", mdText(pc.Name), mdText(pc.Party))
		for _, t := range pc.Thresholds {
			if t.Moved() {
				// Markdown has no chart: the bar's steps are in the words.
				p("%s ", mdText(T("polls.moved.md", "label", t.Label, "from", t.Steps[0], "value", t.Value, "steps", barSteps(t.Steps))))
				continue
			}
			p("%s ", mdText(T("polls.needs", "label", t.Label, "value", t.Value)))
		}
		for _, e := range pc.Earlier {
			p("%s ", mdText(e.Sentence()))
		}
		if len(pc.Thresholds)+len(pc.Earlier) > 0 {
			p("\n\n")
		}
		for _, m := range pc.Moves {
			p("- **%s (%s)**", T("round.short", "n", m.Round), rules.Tenths(m.Delta, true))
			if len(m.Reasons) > 0 {
				p(": %s", mdText(strings.Join(m.Reasons, "; ")))
			}
			p("\n")
		}
		p("\n")
	}

	if len(d.Reasons) > 0 {
		p("## %s\n\n%s\n\n", T("h.reasons"), T("reasons.intro"))
		for _, rs := range reasonRounds(d.Reasons) {
			p("### %s\n\n", T("round.long", "n", rs[0].Round))
			for _, r := range rs {
				if strings.HasPrefix(r.Text, r.Party) {
					p("- %s\n", mdText(r.Text))
				} else {
					p("- **%s:** %s\n", mdText(r.Party), mdText(r.Text))
				}
			}
			p("\n")
		}
	}
	if len(d.Questions) > 0 {
		p("## %s\n\n", T("h.questions"))
		for i, q := range d.Questions {
			p("%d. %s\n", i+1, mdText(q))
		}
		p("\n")
	}
	if len(d.Reality) > 0 {
		p("## %s\n\n", T("h.reality"))
		for _, n := range d.Reality {
			p("### %s\n\n", mdText(n.Title))
			for _, para := range paras(n.Text) {
				p("%s\n\n", mdText(para))
			}
			if n.Source != "" {
				p("*%s %s*\n\n", T("source"), mdText(n.Source))
			}
		}
	}
	notice()
	p("---\n\n%s\n", T("footer"))
	return b.Bytes()
}

// barSteps names the rounds where a bar changed: "55% from round 4".
func barSteps(steps []int) string {
	var out []string
	for i := 1; i < len(steps); i++ {
		if steps[i] != steps[i-1] {
			out = append(out, T("polls.step", "value", steps[i], "round", i))
		}
	}
	return strings.Join(out, ", ")
}

// row writes one table row; its cells are escaped.
func row(b *bytes.Buffer, cells ...string) {
	b.WriteString("|")
	for _, c := range cells {
		if strings.Trim(c, "-:") != "" || c == "" {
			c = strings.ReplaceAll(mdText(c), "|", `\|`)
		}
		b.WriteString(" " + c + " |")
	}
	b.WriteString("\n")
}

// mdText escapes text for Markdown: no HTML, no emphasis or links by
// accident, no line breaks that would end a table row or a list item.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "<", "&lt;", ">", "&gt;", "*", `\*`, "_", `\_`, "`", "\\`",
	"[", `\[`, "]", `\]`, "#", `\#`, "\n", " ", "\r", " ")

func mdText(s string) string { return mdEscaper.Replace(s) }

// tenths is a value in tenths of a point as text, with no trailing
// zero: 58 or 58.5 (the report's Markdown, the one-page summaries and
// the concepts page).
func tenths(v int) string { return strings.TrimSpace(fmt.Sprint(float64(v) / 10)) }

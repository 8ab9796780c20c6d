package report

import (
	"fmt"
	"strings"

	"bindingwords/game/match"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// Options choose how a page is printed.
type Options struct {
	Paper Paper
}

// paras splits scenario prose into paragraphs (the loader separates them
// by one blank line).
func paras(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// seatName names who played a delegation, from the seat kind its record
// gives; a kind the game does not know (a test's baseline) is shown as
// written.
func seatName(kind string) string {
	if kind == "" {
		return "—"
	}
	k, err := match.ParseSeatKind(kind)
	switch {
	case err != nil:
		return kind
	case k.Role == match.AI:
		return T("seat.ai", "level", k.Level)
	}
	return T("seat.human")
}

// HTML writes the debrief as one self-contained, printable HTML file:
// inline CSS and SVG, system fonts, no scripts, images or links out. The
// error is always nil; it is kept for callers written when a template
// could fail.
func HTML(d *Debrief, opt Options) ([]byte, error) {
	var p htmlPage
	// The summary's box is the debrief's own: the handouts share the
	// rest of the style.
	title, style := tr("debrief.title", "title", d.Title), css(opt.Paper)+storyStyle
	if d.TeacherCopy() {
		// Printed, the page-margin box repeats the warning at the top of
		// every page; on screen the banner opens and closes the file.
		title = tr("teacher.title", "title", title)
		style += teacherStyle()
	}
	p.head(title, style)
	if d.TeacherCopy() {
		p.put(`<p class="private">`, tr("teacher.notice"), "</p>\n")
	}
	p.put("<header>\n<p class=\"kicker\">", tr("debrief.kicker"), "</p>\n<h1>", esc(d.Title), "</h1>\n<p class=\"meta\">")
	if d.SaveName != "" {
		p.put(esc(d.SaveName), " · ")
	}
	p.put(tr("debrief.meta", "round", d.Round, "rounds", d.Rounds, "seed", d.Seed), "</p>\n")
	if d.Unchecked {
		p.put(`<p class="note">`, tr("debrief.unchecked"), "</p>\n")
	}
	if d.Earlier {
		p.put(`<p class="note">`, tr("debrief.earlier", "title", esc(d.Title)), "</p>\n")
	}
	p.put("</header>\n\n")
	if len(d.Story) > 0 {
		p.put("<section id=\"summary\">\n<h2>", tr("h.summary"), "</h2>\n<p class=\"story\">", escJoin(d.Story, " "), "</p>\n</section>\n\n")
	}
	debriefOutcome(&p, d)
	debriefScores(&p, d)
	debriefValue(&p, &d.Value, d.Outcome.Formed)
	debriefText(&p, d)
	debriefPolls(&p, d)
	debriefReasons(&p, d)
	if len(d.Questions) > 0 {
		p.put("<section id=\"questions\">\n<h2>", tr("h.questions"), "</h2>\n<ol>")
		p.items(d.Questions)
		p.put("</ol>\n</section>")
	}
	p.put("\n\n")
	if len(d.Reality) > 0 {
		p.put("<section id=\"reality\">\n<h2>", tr("h.reality"), "</h2>\n")
		realityNotes(&p, d.Reality)
		p.put("</section>")
	}
	p.put("\n\n")
	if d.TeacherCopy() {
		p.put(`<p class="private">`, tr("teacher.notice"), "</p>\n")
	}
	p.put("<footer>", tr("footer"), "</footer>\n</body>\n</html>\n")
	return []byte(p.String()), nil
}

const storyStyle = `.story { font-size: 12pt; line-height: 1.5; background: #eef3f8; border-left: 4px solid var(--accent); padding: 6pt 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
`

// teacherStyle prints the teacher's-copy warning in the top margin of
// every page, as the private handouts print theirs.
func teacherStyle() string {
	return `@page { @top-center { content: "` + cssString(T("teacher.header")) + `"; font: bold 9pt system-ui, sans-serif; color: #a0281e; letter-spacing: .05em; } }`
}

// realityNotes writes the reality notes, in the debrief and the guide.
func realityNotes(p *htmlPage, notes []rules.RealityNote) {
	for _, n := range notes {
		p.put("<div class=\"avoid\"><h3>", esc(n.Title), "</h3>\n")
		p.paras(n.Text, "")
		p.put("\n")
		if n.Source != "" {
			p.put("<p class=\"note\">", tr("source"), " ", esc(n.Source), "</p>")
		}
		p.put("</div>\n")
	}
	p.put("\n")
}

func debriefOutcome(p *htmlPage, d *Debrief) {
	o := &d.Outcome
	p.put("<section id=\"outcome\">\n<h2>", tr("h.outcome"), "</h2>\n<p class=\"headline\">", esc(o.Headline), "</p>\n")
	p.paras(o.Narrative, "\n")
	p.put("\n")
	if len(o.Indicators) > 0 && o.NoText && d.Over {
		p.put("<p class=\"note\">", tr("outcome.noreading"), "</p>\n")
	}
	if len(o.Indicators) > 0 {
		p.put("<table>\n<thead><tr><th>", tr("col.indicator"), "</th><th class=\"num\">", tr("col.value"), "</th><th>", tr("col.band"), "</th></tr></thead>\n<tbody>")
		for _, in := range o.Indicators {
			p.put("\n<tr><td><strong>", esc(in.Name), "</strong><br><span class=\"note\">", esc(in.Description),
				"</span></td><td class=\"num\">", num(in.Value), "</td><td><strong>", esc(in.Band), "</strong>")
			if in.BandText != "" {
				p.put(" — ", esc(in.BandText))
			}
			p.put("</td></tr>")
		}
		p.put("\n</tbody></table>")
	}
	p.put("\n")
	if len(d.Broken) > 0 {
		p.put("<h3>", tr("h.broken"), "</h3>\n<ul>")
		p.items(d.Broken)
		p.put("</ul>")
	}
	if len(d.Kept) > 0 {
		// Kept commitments can be many (AI delegates commit every round):
		// two small columns, as the AI delegates' reasons are printed.
		p.put("\n<h3>", tr("h.kept"), "</h3>\n<ul class=\"reasons\">")
		p.items(d.Kept)
		p.put("</ul>")
	}
	p.put("\n</section>\n\n")
}

func debriefScores(p *htmlPage, d *Debrief) {
	p.put("<section id=\"scores\">\n<h2>", tr("h.scores"), "</h2>\n<p>", tr("scores.intro"), "</p>\n")
	if !d.Over {
		p.put("<p><strong>", tr("scores.projected"), "</strong></p>")
	}
	p.put("\n<figure>", ScoreChart(d.Parties), "<figcaption>", tr("scores.caption"), "</figcaption></figure>\n<table>\n<thead><tr>")
	for _, c := range []string{"col.delegation", "col.seat"} {
		p.put("<th>", tr(c), "</th>")
	}
	for _, c := range []string{"col.score", "col.batna", "col.best", "col.gain", "col.advantage", "col.nash"} {
		p.put("<th class=\"num\">", tr(c), "</th>")
	}
	p.put("<th>", tr("col.signed"), "</th></tr></thead>\n<tbody>")
	for _, r := range d.Parties {
		p.put("\n<tr><td>", chip("chip", r.Colour), esc(r.Name), "</td><td>", esc(seatName(r.Seat)),
			"</td><td class=\"num\"><strong>", num(r.Score), "</strong></td><td class=\"num\">", num(r.Reservation),
			"</td><td class=\"num\">", num(r.Best), "</td><td class=\"num\">", esc(signed(r.Score-r.Reservation)),
			"</td><td class=\"num\">", pct(r.Advantage), "</td><td class=\"num\">", orDash(r.Nash), "</td><td>")
		switch {
		case r.Signed && r.Ratified:
			p.put(tr("yes"), ", ", tr("ratified"))
		case r.Signed:
			p.put(tr("yes"))
		default:
			p.put(tr("no"))
		}
		p.put("</td></tr>")
	}
	p.put("\n</tbody></table>\n<p class=\"note\">", tr("scores.note"), "</p>\n</section>\n\n")
}

func debriefValue(p *htmlPage, v *Value, formed bool) {
	p.put("<section id=\"value\">\n<h2>", tr("h.value"), "</h2>\n")
	switch {
	case v.MaxJointGain > 0 && v.JointGain > v.MaxJointGain:
		p.put("<p>", tr("value.beyond", "joint", v.JointGain, "max", v.MaxJointGain), "</p>\n")
	case v.MaxJointGain > 0:
		p.put("<p>", tr("value.joint", "joint", v.JointGain, "max", v.MaxJointGain, "pct", pct(v.Welfare)), "</p>\n<p>",
			tr("value.left", "left", v.MaxJointGain-v.JointGain), "</p>\n")
	default:
		p.put("<p>", tr("value.nozopa"), "</p>")
	}
	p.put("\n<p>", tr("value.zopa", "n", rules.Grouped(v.ZOPA)))
	if !v.Exact {
		p.put(" ", tr("value.inexact"))
	}
	p.put("</p>\n<p>", tr("value.pareto", "d", fmt.Sprintf("%.2f", v.ParetoDistance)), "</p>\n")
	if len(v.Nash) > 0 {
		p.put("<div class=\"avoid\"><h3>", tr("h.nash"), "</h3>\n<p>", tr(draftOr(formed, "value.nash.intro", "value.nash.intro.draft")), "</p>\n<table><thead><tr><th>",
			tr("col.clause"), "</th><th>", tr(draftOr(formed, "col.final", "col.draft")), "</th><th>", tr("col.nashtext"), "</th></tr></thead>\n<tbody>")
		for _, n := range v.Nash {
			p.put("<tr><td>", esc(n.Clause), "</td><td>")
			if n.Dropped {
				p.put("<s>", esc(n.Final), "</s> <span class=\"failed\">(", tr("value.dropped"), ")</span>")
			} else {
				p.put(esc(n.Final))
			}
			p.put("</td><td>", esc(n.Nash), "</td></tr>")
		}
		p.put("</tbody></table></div>\n")
	}
	p.put("\n</section>\n\n")
}

func debriefText(p *htmlPage, d *Debrief) {
	p.put("<section id=\"text\">\n<h2>", tr(draftOr(d.Outcome.Formed || !d.Over, "h.text", "h.draft.text")), "</h2>\n<p>", tr("text.intro"), "</p>\n")
	for _, doc := range d.Docs {
		p.put("<h3>", esc(doc.Title), " <span class=\"meta\">— ", esc(doc.Form), "</span></h3>\n")
		for _, a := range doc.Articles {
			p.put("<div class=\"article\">\n<h4>", esc(narrate.ArticleHeading(a.Number, a.Title)))
			if a.Dropped {
				p.put(" <span class=\"failed\">(", tr("text.dropped"), ")</span>")
			}
			p.put("</h4>\n<blockquote")
			if a.Dropped {
				p.put(" class=\"dropped\"")
			}
			p.put(">", esc(a.Text), "</blockquote>\n")
			for _, c := range a.Clauses {
				clauseHistory(p, &c)
			}
			p.put("</div>\n")
		}
	}
	p.put("\n</section>\n\n")
}

// draftOr is key, or draft when nothing was signed: the class's text is
// then its last draft, not a final text.
func draftOr(formed bool, key, draft string) string {
	if formed {
		return key
	}
	return draft
}

// clauseHistory is one clause's table of the items that touched it, or a
// line saying it was never changed.
func clauseHistory(p *htmlPage, c *Clause) {
	bracketed := ""
	if c.Bracketed {
		bracketed = " [" + tr("text.bracketed") + "]"
	}
	if len(c.History) == 0 {
		p.put("<p class=\"note\">", esc(c.Name), ": “", esc(c.Final), "”", bracketed, " — ", tr("text.unchanged"), "</p>\n")
		return
	}
	p.put("<table class=\"history\">\n<colgroup><col class=\"c-item\"><col class=\"c-by\"><col class=\"c-change\"><col class=\"c-votes\"><col class=\"c-result\"></colgroup>\n",
		"<thead><tr><th colspan=\"5\">", esc(c.Name), ": ", tr("text.chair"), " “", esc(c.Chair), "” → ", tr("text.final"), " “", esc(c.Final), "”", bracketed, "</th></tr>\n",
		"<tr><th class=\"num\">", tr("col.item"), "</th><th>", tr("col.proposed"), "</th><th>", tr("col.change"), "</th><th>", tr("col.votes"), "</th><th>", tr("col.result"), "</th></tr></thead>\n<tbody>")
	for _, h := range c.History {
		p.put("<tr><td class=\"num\">", num(h.Item), "<br><span class=\"note\">", tr("round.short", "n", h.Round), "</span></td><td>", esc(h.Proposer), "</td><td>")
		if h.From == h.To {
			p.put(tr("text.settle", "to", h.To))
		} else {
			p.put("“", esc(h.From), "” → “", esc(h.To), "”")
		}
		if len(h.Linked) > 0 {
			p.put("<br><span class=\"note\">", tr("text.package"), " ", escJoin(h.Linked, "; "), "</span>")
		}
		if h.Reason != "" {
			p.put("<br><span class=\"note\">", esc(h.Reason), "</span>")
		}
		p.put("</td><td>")
		for i, v := range h.Votes {
			if i > 0 {
				p.put(", ")
			}
			class, say := "no", tr("no")
			if v.Yes {
				class, say = "yes", tr("yes")
			}
			if v.Proposer {
				say = "(" + tr("text.tabled") + ")"
			}
			p.put("<span class=\"", class, "\">", esc(v.Party), " ", say, "</span>")
		}
		p.put("</td><td>")
		if h.Adopted {
			p.put("<span class=\"adopted\">", tr("text.adopted"), "</span>")
		} else {
			p.put("<span class=\"failed\">", tr("text.failed"), "</span>")
		}
		p.put("</td></tr>\n")
	}
	p.put("</tbody></table>\n")
}

func debriefPolls(p *htmlPage, d *Debrief) {
	p.put("<section id=\"polls\">\n<h2>", tr("h.polls"), "</h2>\n<p>", tr("polls.intro"), "</p>\n")
	for _, pc := range d.Publics {
		p.put("<div class=\"public\">\n<h3>", chip("chip", pc.Colour), esc(pc.Name), " <span class=\"meta\">— ", esc(pc.Party), "</span></h3>\n<figure>",
			PollChart(pc, d.Rounds), "<figcaption>", tr("polls.caption", "start", rules.Tenths(pc.Polls[0], false), "end", rules.Tenths(pc.Polls[len(pc.Polls)-1], false)))
		for _, th := range pc.Thresholds {
			if th.Moved() {
				p.put(" ", tr("polls.moved", "label", th.Label, "from", th.Steps[0], "value", th.Value))
				continue
			}
			p.put(" ", tr("polls.needs", "label", th.Label, "value", th.Value))
		}
		for _, e := range pc.Earlier {
			p.put(" ", esc(e.Sentence()))
		}
		p.put("</figcaption></figure>\n<ul>")
		for _, m := range pc.Moves {
			p.put("<li><strong>", tr("round.short", "n", m.Round), " (", esc(rules.Tenths(m.Delta, true)), ")</strong>")
			if len(m.Reasons) > 0 {
				p.put(": ", escJoin(m.Reasons, "; "))
			}
			p.put("</li>")
		}
		p.put("</ul>\n</div>\n")
	}
	p.put("\n</section>\n\n")
}

func debriefReasons(p *htmlPage, d *Debrief) {
	if len(d.Reasons) > 0 {
		p.put("<section id=\"reasons\">\n<h2>", tr("h.reasons"), "</h2>\n<p>", tr("reasons.intro"), "</p>\n")
		for _, rs := range reasonRounds(d.Reasons) {
			p.put("<h3>", tr("round.long", "n", rs[0].Round), "</h3>\n<ul class=\"reasons\">")
			for _, r := range rs {
				p.put("<li>")
				if !strings.HasPrefix(r.Text, r.Party) {
					p.put("<strong>", esc(r.Party), ":</strong> ")
				}
				p.put(esc(r.Text), "</li>")
			}
			p.put("</ul>\n")
		}
		p.put("\n</section>")
	}
	p.put("\n\n")
}

// reasonRounds groups the AI delegates' reasons by round.
func reasonRounds(rs []Reason) [][]Reason {
	var out [][]Reason
	for i, r := range rs {
		if i == 0 || r.Round != rs[i-1].Round {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], r)
	}
	return out
}

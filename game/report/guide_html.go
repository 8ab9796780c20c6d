package report

import (
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// packCSS styles what only the handouts print: the simulated-news label,
// the results sheet's writing space, the glossary's columns.
const packCSS = `
.simulated { display: inline-block; border: 1.5px solid #a0281e; color: #a0281e; font: bold 8pt system-ui, sans-serif; letter-spacing: .06em; text-transform: uppercase; padding: 0 4pt; margin-right: 5pt; vertical-align: 1pt; }
.card { border: 1px solid var(--rule); padding: 4pt 8pt; margin: 0 0 6pt; break-inside: avoid; page-break-inside: avoid; }
.card p { margin: 2pt 0; }
.forwhom { border: 1.5px solid var(--accent); padding: 4pt 8pt; margin: 6pt 0; font-family: system-ui, sans-serif; font-size: 10pt; }
table.results td { height: 22pt; }
table.goals th, table.goals td { font-size: 8.5pt; padding: 1.5pt 4pt; line-height: 1.25; }
dl.glossary { columns: 2; column-gap: 10mm; } dl.glossary dt { break-after: avoid; } dl.glossary dd { break-inside: avoid; }
.onepage { break-inside: avoid; page-break-inside: avoid; }
`

// guidePage is the teacher's guide with the answer key.
func guidePage(g *Guide, opt Options, header string) []byte {
	return handoutPage(tr("guide.title")+": "+esc(g.S.Title), opt, header, func(p *htmlPage) {
		p.put("<header>\n<p class=\"kicker\">", tr("guide.kicker"), "</p>\n<h1>", esc(g.S.Title), "</h1>\n<p class=\"lead\">", tr("guide.lead"), "</p>\n")
		guideForWhom(p, g)
		p.put("</header>\n<section class=\"onepage\">\n<h2>", tr("h.rules1"), "</h2>\n")
		rulesList(p, g.Rules)
		p.put("\n<p class=\"note\">", tr("guide.rules.note"), "</p>\n</section>\n")
		guideTiming(p, g)
		guideReading(p, g)
		p.put("<section class=\"avoid\">\n<h2>", tr("h.roles"), "</h2>\n<p>", tr("roles.intro"), "</p>\n<ul>")
		for _, k := range []string{"roles.lead", "roles.whip", "roles.drafter", "roles.press", "roles.analyst"} {
			p.put("<li>", tr(k), "</li>")
		}
		p.put("</ul>\n</section>\n<section>\n<h2>", tr("h.rundebrief"), "</h2>\n<ol>")
		for _, k := range []string{"debrief.step1", "debrief.step2", "debrief.step3", "debrief.step4", "debrief.step5", "debrief.step6"} {
			p.put("<li>", tr(k), "</li>")
		}
		p.put("</ol>\n")
		if len(g.S.Questions) > 0 {
			p.put("<h3>", tr("h.questions"), "</h3><ol>")
			p.items(g.S.Questions)
			p.put("</ol>")
		}
		p.put("\n</section>\n")
		guideConcepts(p, g)
		guideKey(p, g)
		guideSheets(p, g)
		guideNews(p, g)
		if len(g.S.RealityNotes) > 0 {
			p.put("<section>\n<h2>", tr("h.historical"), "</h2>\n")
			realityNotes(p, g.S.RealityNotes)
			p.put("</section>")
		}
		p.put("\n")
	})
}

// guideForWhom says which delegations the guide's key is computed for.
func guideForWhom(p *htmlPage, g *Guide) {
	p.put("<p class=\"forwhom\">", tr("guide.for", "n", len(g.Taking), "list", narrate.JoinAnd(g.Taking)))
	if len(g.Left) > 0 {
		p.put(" ", tr("guide.left", "list", narrate.JoinAnd(g.Left)))
	}
	p.put(" ", tr("guide.for.other"), "</p>\n")
}

// guideTiming is the timing plans, a mode at a time.
func guideTiming(p *htmlPage, g *Guide) {
	p.put("<section>\n<h2>", tr("h.timing"), "</h2>\n<p>", tr("timing.intro"), "</p>\n")
	for _, m := range g.Modes {
		p.put("<div class=\"avoid\"><h3>", esc(m.Title), "</h3>\n<p>", esc(m.Setup), "</p>\n")
		if len(m.Plans) > 1 {
			p.put("<div class=\"cols2\">")
		}
		for _, pl := range m.Plans {
			p.put(`<div class="avoid"><h4>`, tr("plan.title", "n", pl.Minutes), "</h4>\n<table><thead><tr><th class=\"num\">", tr("col.minute"),
				`</th><th class="num">`, tr("col.minutes"), "</th><th>", tr("col.what"), "</th></tr></thead>\n<tbody>")
			for _, st := range pl.Steps {
				p.put(`<tr><td class="num">`, num(st.At), `</td><td class="num">`, num(st.Minutes), "</td><td>", esc(st.What), "</td></tr>")
			}
			p.put("</tbody></table></div>")
		}
		if len(m.Plans) > 1 {
			p.put("</div>")
		}
		p.put("\n<p class=\"note\">", esc(m.Measured), "</p>\n<p class=\"note\">", esc(m.Assume), "</p></div>\n")
	}
	p.put("<p class=\"note\">", tr("plan.note"), "</p>\n</section>\n")
}

// guideReading is each brief's reading time.
func guideReading(p *htmlPage, g *Guide) {
	p.put("<section class=\"avoid\">\n<h3>", tr("h.reading"), "</h3>\n<p>", tr("reading.intro", "wpm", ReadingWPM), "</p>\n",
		"<table><thead><tr><th>", tr("col.text"), "</th><th class=\"num\">", tr("col.words"), "</th><th class=\"num\">", tr("col.readmin"),
		"</th><th class=\"num\">", tr("col.summarymin"), "</th></tr></thead>\n<tbody>")
	p.put("<tr><td>", tr("reading.briefing"), "</td><td class=\"num\">", num(g.Briefing.Words), "</td><td class=\"num\">", num(g.Briefing.Minutes), "</td><td class=\"num\">—</td></tr>")
	for _, r := range g.Reading {
		p.put("<tr><td>", tr("reading.brief", "party", r.Party), "</td><td class=\"num\">", num(r.Words), "</td><td class=\"num\">", num(r.Minutes),
			"</td><td class=\"num\">", num(r.SummaryMinutes), "</td></tr>")
	}
	p.put("</tbody></table>\n<p class=\"note\">", tr("reading.source"), "</p>\n</section>\n")
}

// guideConcepts is the concepts page.
func guideConcepts(p *htmlPage, g *Guide) {
	p.put("<section class=\"pagebreak\">\n<h2>", tr("h.concepts"), "</h2>\n<p>", tr("concepts.intro", "list", narrate.JoinAnd(g.Taking)), "</p>\n")
	for _, c := range g.Concepts {
		p.put("<div class=\"avoid\"><h3>", esc(c.Title), "</h3>\n")
		for _, para := range c.Paras {
			p.put("<p>", esc(para), "</p>\n")
		}
		p.put("<p class=\"note\">", tr("source"), " ", esc(c.Source), "</p></div>\n")
	}
	p.put("</section>\n")
}

// guideKey is the answer key, for the delegations taking part.
func guideKey(p *htmlPage, g *Guide) {
	p.put("<section class=\"pagebreak\">\n<h2>", tr("h.key"), "</h2>\n")
	guideForWhom(p, g)
	p.put("<p>", tr("key.intro", "polls", g.S.Rounds), "</p>\n")
	if a := g.A; a != nil {
		p.put("<table class=\"facts\"><tbody>\n<tr><th>", tr("key.texts"), "</th><td>", rules.Grouped(int64(a.Texts)), "</td></tr>\n",
			"<tr><th>", tr("key.zopa"), "</th><td><strong>", rules.Grouped(a.ZOPA), "</strong> — ", tr("key.zopa.note"))
		if !a.Exact {
			p.put(" ", tr("value.inexact"))
		}
		p.put("</td></tr>\n<tr><th>", tr("key.frontier"), "</th><td>", rules.Grouped(int64(a.FrontierTexts)), "</td></tr>\n",
			"<tr><th>", tr("key.maxjoint"), "</th><td>", num(a.MaxJointGain), "</td></tr>\n</tbody></table>")
	}
	p.put("\n<h3>", tr("h.interests"), "</h3>\n<table class=\"key\"><thead><tr><th>", tr("col.delegation"), "</th>")
	for _, c := range []string{"col.batna", "col.best", "col.nash", "col.maxjoint"} {
		p.put(`<th class="num">`, tr(c), "</th>")
	}
	p.put("<th>", tr("col.priorities"), "</th><th>", tr("brief.redlines"), "</th></tr></thead>\n<tbody>")
	for _, k := range g.Key {
		p.put("<tr><td><strong>", esc(k.Name), `</strong></td><td class="num">`, num(k.Reservation), `</td><td class="num">`, num(k.Best),
			`</td><td class="num">`, orDash(k.Nash), `</td><td class="num">`, orDash(k.MaxJoint), "</td><td>", escJoin(k.Priorities, "; "), "</td><td>")
		if len(k.RedLines) > 0 {
			p.put(escJoin(k.RedLines, "; "))
		} else {
			p.put("—")
		}
		p.put("</td></tr>")
	}
	p.put("</tbody></table>\n")
	for _, k := range g.Key {
		p.put(`<div class="avoid"><h4>`, esc(k.Name), "</h4><ul>")
		p.items(k.Objectives)
		p.put("</ul></div>")
	}
	p.put("\n")
	if len(g.Nash) > 0 {
		p.put("<h3>", tr("h.nashtext"), "</h3>\n<p>", tr("key.nash.intro"), "</p>\n<ul class=\"cols\">")
		p.items(g.Nash)
		p.put("</ul>\n<h3>", tr("h.maxjointtext"), "</h3>\n<ul class=\"cols\">")
		p.items(g.MaxJoint)
		p.put("</ul>\n")
	} else {
		p.put("<p>", tr("value.nozopa"), "</p>")
	}
	p.put("\n</section>\n")
}

// guideSheets is the glossary, who has no seat, the results sheet and
// the rubric.
func guideSheets(p *htmlPage, g *Guide) {
	p.put("<section class=\"pagebreak\">\n<h2>", tr("h.glossary"), "</h2>\n<p class=\"note\">", tr("glossary.intro"), "</p>\n<dl class=\"glossary\">")
	for _, t := range g.Glossary {
		p.put("<dt>", esc(t.Term), "</dt><dd>", esc(t.Text), "</dd>")
	}
	p.put("</dl>\n</section>\n<section class=\"avoid\">\n<h2>", tr("h.noseat"), "</h2>\n")
	for _, s := range g.NoSeat {
		p.put("<p>", esc(s), "</p>\n")
	}
	p.put("</section>\n<section class=\"pagebreak\">\n<h2>", tr("h.results"), "</h2>\n<p>", tr("results.intro"), "</p>\n",
		"<table class=\"results\"><thead><tr><th>", tr("col.delegation"), "</th><th class=\"num\">", tr("col.batna"), "</th>")
	for _, c := range []string{"col.signed", "col.ratifiedhome", "col.score", "col.gain", "col.kept", "col.broken"} {
		p.put("<th>", tr(c), "</th>")
	}
	p.put("</tr></thead>\n<tbody>")
	for _, k := range g.Key {
		p.put("<tr><td><strong>", esc(k.Name), "</strong></td><td class=\"num\">", num(k.Reservation), "</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>")
	}
	p.put("</tbody></table>\n<p>", tr("results.class"), "</p>\n<h2>", tr("h.rubric"), "</h2>\n<p>", tr("rubric.intro"), "</p>\n",
		"<table><thead><tr><th>", tr("col.criterion"), "</th><th>", tr("rubric.l1"), "</th><th>", tr("rubric.l2"), "</th><th>", tr("rubric.l3"), "</th></tr></thead>\n<tbody>")
	for _, r := range [][4]string{
		{"rubric.prep", "rubric.prep.1", "rubric.prep.2", "rubric.prep.3"},
		{"rubric.trade", "rubric.trade.1", "rubric.trade.2", "rubric.trade.3"},
		{"rubric.home", "rubric.home.1", "rubric.home.2", "rubric.home.3"},
		{"rubric.reflect", "rubric.reflect.1", "rubric.reflect.2", "rubric.reflect.3"},
	} {
		p.put("<tr><td><strong>", tr(r[0]), "</strong></td><td>", tr(r[1]), "</td><td>", tr(r[2]), "</td><td>", tr(r[3]), "</td></tr>")
	}
	p.put("</tbody></table>\n</section>\n")
}

// guideNews is the news deck, every card marked as simulated.
func guideNews(p *htmlPage, g *Guide) {
	if len(g.News) == 0 {
		return
	}
	p.put("<section class=\"pagebreak\">\n<h2>", tr("h.news"), "</h2>\n<p>", tr("news.intro"), "</p>\n")
	for _, n := range g.News {
		p.put("<div class=\"card\"><p><span class=\"simulated\">", tr("news.simulated"), "</span><strong>", esc(n.Headline), "</strong></p>\n")
		p.paras(n.Text, "")
		p.put("<p class=\"note\">", esc(newsRounds(n)), "</p></div>\n")
	}
	p.put("</section>\n")
}

// newsRounds says when a card may come up.
func newsRounds(n NewsPaper) string {
	switch {
	case n.Round > 0:
		return T("news.round", "round", n.Round)
	case n.From > 1 && n.To > 0:
		return T("news.rounds", "from", n.From, "to", n.To)
	case n.From > 1:
		return T("news.from", "from", n.From)
	case n.To > 0:
		return T("news.to", "to", n.To)
	}
	return T("news.any")
}

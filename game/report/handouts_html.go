package report

import (
	"cmp"
	"strconv"
	"strings"

	"bindingwords/game/narrate"
)

// handoutPage writes one handout around body: title (escaped) in the
// head, and header, when set, printed at the top of every page (a CSS
// page-margin box) as well as on the first.
func handoutPage(title string, opt Options, header string, body func(*htmlPage)) []byte {
	style := css(opt.Paper) + packCSS
	if header != "" {
		style += `@page { @top-center { content: "` + cssString(header) + `"; font: bold 9pt system-ui, sans-serif; color: #a0281e; letter-spacing: .05em; } }`
	}
	var p htmlPage
	p.head(title, style)
	if header != "" {
		p.put(`<p class="private">`, esc(header), "</p>")
	}
	p.put("\n\n")
	body(&p)
	p.put("<footer>", tr("footer.handout"), "</footer>\n</body>\n</html>\n")
	return []byte(p.String())
}

// cssString escapes text for a double-quoted CSS string inside a <style>
// element: no quote, backslash or line break can end the string, and no
// "<" can end the element.
func cssString(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r < 0x20 || r == 0x7f:
			b.WriteString(`\` + strconv.FormatInt(int64(r), 16) + " ")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rulesList is the rules of play as a numbered list.
func rulesList(p *htmlPage, rules []string) {
	p.put(`<ol class="rules">`)
	p.items(rules)
	p.put("</ol>")
}

// briefPage is one delegation's private brief.
func briefPage(b *Brief, opt Options, header string) []byte {
	return handoutPage(tr("brief.title", "party", b.Party.Name), opt, header, func(p *htmlPage) {
		p.put("<header>\n<p class=\"kicker\">", esc(b.S.Title), " · ", tr("brief.kicker"), "</p>\n<h1>", chip("chip big", b.Party.Colour), esc(b.Party.Name),
			"</h1>\n<p class=\"note\">", tr("brief.reading", "words", b.Words, "minutes", b.Minutes), "</p>\n</header>\n<section>\n<h2>", tr("h.brief"), "</h2>\n")
		p.paras(b.Text, "")
		p.put("\n")
		if len(b.Objectives) > 0 {
			p.put("<h3>", tr("h.objectives"), "</h3><ul>")
			p.items(b.Objectives)
			p.put("</ul>")
		}
		p.put("\n</section>\n<section class=\"avoid\">\n<h2>", tr("h.numbers"), "</h2>\n<table class=\"facts\"><tbody>\n",
			"<tr><th>", tr("brief.batna"), "</th><td><strong>", num(b.Reservation), "</strong> — ", tr("brief.batna.note"), "</td></tr>\n",
			"<tr><th>", tr("brief.best"), "</th><td><strong>", num(b.Best), "</strong> — ", tr("brief.best.note"), "</td></tr>\n",
			"<tr><th>", tr("brief.redlines"), "</th><td>")
		if len(b.RedLines) > 0 {
			p.put(escJoin(b.RedLines, "; "), " — ", tr("brief.redlines.note"))
		} else {
			p.put(tr("brief.noredlines"))
		}
		if len(b.Links) > 0 {
			p.put("</td></tr>\n<tr><th>", tr("brief.links"), "</th><td>", escJoin(b.Links, "; "), " — ", tr("brief.links.note"))
		}
		p.put("</td></tr>\n<tr><th>", tr("brief.publics"), "</th><td>", escJoin(b.Party.Publics, ", "), "</td></tr>\n",
			"<tr><th>", tr("brief.ratify"), "</th><td>")
		lines(p, b.Party.Ratification)
		p.put("</td></tr>\n</tbody></table>\n</section>\n<section>\n<h2>", tr("h.points"), "</h2>\n<p>", tr("brief.points.intro"), "</p>\n",
			"<table class=\"points\">\n<colgroup><col class=\"c-clause\"><col class=\"c-option\"><col class=\"c-pts\"></colgroup>\n",
			"<thead><tr><th>", tr("col.clause"), "</th><th>", tr("col.wording"), "</th><th class=\"num\">", tr("col.points"), "</th></tr></thead>\n")
		for _, s := range b.Slots {
			p.put(`<tbody class="avoid">`)
			for i, o := range s.Options {
				p.put("<tr")
				if o.RedLine {
					p.put(` class="redline"`)
				}
				p.put(">")
				if i == 0 {
					p.put(`<td rowspan="`, num(len(s.Options)), `"><strong>`, esc(s.Name), `</strong><br><span class="note">`, esc(s.Article), "</span></td>")
				}
				p.put("<td>", esc(o.Label))
				if o.Chair {
					p.put(` <span class="note">(`, tr("brief.chair"), ")</span>")
				}
				if o.RedLine {
					p.put(" <strong>— ", tr("brief.redline"), "</strong>")
				}
				p.put(`</td><td class="num">`)
				if o.Top {
					p.put("<strong>", num(o.Points), "</strong>")
				} else {
					p.put(num(o.Points))
				}
				p.put("</td></tr>\n")
			}
			p.put("</tbody>\n")
		}
		p.put("</table>\n</section>\n")
	})
}

// lines writes each of list followed by a line break.
func lines(p *htmlPage, list []string) {
	for _, s := range list {
		p.put(esc(s), "<br>")
	}
}

// briefingPage is the public briefing for everyone.
func briefingPage(d *Public, opt Options) []byte {
	return handoutPage(tr("briefing.title")+": "+esc(d.S.Title), opt, "", func(p *htmlPage) {
		p.put("<header>\n<p class=\"kicker\">", tr("briefing.kicker"), "</p>\n<h1>", esc(d.S.Title), "</h1>\n")
		if d.S.Summary != "" {
			p.put(`<p class="lead">`, esc(d.S.Summary), "</p>")
		}
		p.put("\n</header>\n<section>\n<h2>", tr("h.situation"), "</h2>\n")
		p.paras(d.S.Briefing, "")
		p.put("\n</section>\n<section class=\"avoid\">\n<h2>", tr("h.delegations"), "</h2>\n<table><thead><tr><th>", tr("col.delegation"),
			"</th><th>", tr("col.publics"), "</th><th>", tr("col.ratify"), "</th></tr></thead>\n<tbody>")
		for _, pp := range d.Parties {
			p.put("<tr><td>", chip("chip", pp.Colour), "<strong>", esc(pp.Name), "</strong>")
			if pp.Optional {
				p.put(`<br><span class="note">`, tr("briefing.optional"), "</span>")
			}
			p.put("</td><td>", escJoin(pp.Publics, ", "), "</td><td>")
			lines(p, pp.Ratification)
			p.put("</td></tr>")
		}
		p.put("</tbody></table>\n</section>\n<section class=\"avoid\">\n<h2>", tr("h.rules"), "</h2>\n")
		rulesList(p, d.Rules)
		p.put("\n</section>\n<section>\n<h2>", tr("h.draft"), "</h2>\n<p>", tr("briefing.draft.intro"), "</p>\n")
		for _, doc := range d.Documents {
			p.put("<h3>", esc(doc.Title), ` <span class="meta">— `, tr("briefing.form", "form", doc.Form), "</span></h3>\n")
			if doc.Preamble != "" {
				p.put(`<p class="note">`, esc(doc.Preamble), "</p>")
			}
			p.put("\n")
			for _, a := range doc.Articles {
				p.put(`<div class="article"><h4>`, esc(narrate.ArticleHeading(a.Number, a.Title)), "</h4>\n<blockquote>", esc(a.Text), "</blockquote>\n")
				for _, s := range a.Slots {
					p.put(`<table class="options avoid"><colgroup><col class="c-label"><col class="c-text"><col class="c-attrs"></colgroup>`,
						"\n<thead><tr><th colspan=\"3\">", esc(s.Name))
					if s.Bracketed {
						p.put(" [", tr("text.bracketed"), "]")
					}
					if s.Description != "" {
						p.put(` <span class="note">— `, esc(s.Description), "</span>")
					}
					p.put("</th></tr></thead>\n<tbody>")
					for _, o := range s.Options {
						p.put("<tr><td><strong>", esc(o.Label), "</strong>")
						if o.Chair {
							p.put(`<br><span class="note">`, tr("brief.chair"), "</span>")
						}
						p.put("</td><td>", esc(cmp.Or(o.Text, T("briefing.omits"))), `</td><td class="note">`, esc(o.Attrs), "</td></tr>")
					}
					p.put("</tbody></table>\n")
				}
				p.put("</div>\n")
			}
		}
		p.put("\n</section>\n<section class=\"avoid\">\n<h2>", tr("h.attributes"), "</h2>\n<dl>")
		for _, a := range d.S.Attributes {
			p.put("<dt>", esc(a.Name), "</dt><dd>", esc(a.Description), "</dd>")
		}
		p.put("</dl>\n<h3>", tr("h.forms"), "</h3>\n<dl>")
		for _, f := range d.S.Forms {
			p.put("<dt>", esc(f.Name), "</dt><dd>", esc(f.Description), "</dd>")
		}
		p.put("</dl>\n</section>\n")
	})
}

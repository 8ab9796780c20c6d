package report

import (
	"bytes"
	"html/template"
	"strings"
)

// render runs a handout template. header, when set, is printed at the
// top of every page (a CSS page-margin box) as well as on the first.
func render(t *template.Template, data any, opt Options, header string) ([]byte, error) {
	style := css(opt.Paper)
	if header != "" {
		style += template.CSS(`@page { @top-center { content: "` + cssString(header) + `"; font: bold 9pt system-ui, sans-serif; color: #a0281e; letter-spacing: .05em; } }`)
	}
	var b bytes.Buffer
	err := t.Execute(&b, struct {
		D      any
		CSS    template.CSS
		Header string
	}{data, style, header})
	return b.Bytes(), err
}

// cssString escapes text for a double-quoted CSS string inside a <style>
// element: no quote, backslash or line break can end the string, and no
// "<" can end the element.
func cssString(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '<' || r == '>' || r == '&' || r < 0x20 || r == 0x7f:
			b.WriteString(`\` + hex(r) + " ")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hex(r rune) string {
	const digits = "0123456789abcdef"
	if r == 0 {
		return "0"
	}
	var out []byte
	for r > 0 {
		out = append([]byte{digits[r%16]}, out...)
		r /= 16
	}
	return string(out)
}

const pageHead = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{block "title" .}}{{end}}</title>
<style>{{.CSS}}</style>
</head>
<body>
{{if .Header}}<p class="private">{{.Header}}</p>{{end}}
`

const pageFoot = `<footer>{{T "footer.handout"}}</footer>
</body>
</html>
`

var (
	briefTmpl    = template.Must(template.New("brief").Funcs(funcs).Parse(pageHead + briefHTML + pageFoot))
	briefingTmpl = template.Must(template.New("briefing").Funcs(funcs).Parse(pageHead + briefingHTML + pageFoot))
	guideTmpl    = template.Must(template.New("guide").Funcs(funcs).Parse(pageHead + guideHTML + pageFoot))
)

const rulesHTML = `{{define "rules"}}<ol class="rules">{{range .}}<li>{{.}}</li>{{end}}</ol>{{end}}`

const briefHTML = `{{define "title"}}{{T "brief.title" "party" .D.Party.Name}}{{end}}
{{with .D}}<header>
<p class="kicker">{{.S.Title}} · {{T "brief.kicker"}}</p>
<h1><span class="chip big" style="background:{{colour .Party.Colour}}"></span>{{.Party.Name}}</h1>
</header>
<section>
<h2>{{T "h.brief"}}</h2>
{{range paras .Text}}<p>{{.}}</p>{{end}}
{{if .Objectives}}<h3>{{T "h.objectives"}}</h3><ul>{{range .Objectives}}<li>{{.}}</li>{{end}}</ul>{{end}}
</section>
<section class="avoid">
<h2>{{T "h.numbers"}}</h2>
<table class="facts"><tbody>
<tr><th>{{T "brief.batna"}}</th><td><strong>{{.Reservation}}</strong> — {{T "brief.batna.note"}}</td></tr>
<tr><th>{{T "brief.best"}}</th><td><strong>{{.Best}}</strong> — {{T "brief.best.note"}}</td></tr>
<tr><th>{{T "brief.redlines"}}</th><td>{{if .RedLines}}{{join .RedLines "; "}} — {{T "brief.redlines.note"}}{{else}}{{T "brief.noredlines"}}{{end}}</td></tr>
<tr><th>{{T "brief.publics"}}</th><td>{{join .Party.Publics ", "}}</td></tr>
<tr><th>{{T "brief.ratify"}}</th><td>{{range .Party.Ratification}}{{.}}<br>{{end}}</td></tr>
</tbody></table>
</section>
<section>
<h2>{{T "h.points"}}</h2>
<p>{{T "brief.points.intro"}}</p>
<table class="points">
<colgroup><col class="c-clause"><col class="c-option"><col class="c-pts"></colgroup>
<thead><tr><th>{{T "col.clause"}}</th><th>{{T "col.wording"}}</th><th class="num">{{T "col.points"}}</th></tr></thead>
{{range .Slots}}<tbody class="avoid">{{$s := .}}{{range $i, $o := .Options}}<tr{{if $o.RedLine}} class="redline"{{end}}>{{if eq $i 0}}<td rowspan="{{len $s.Options}}"><strong>{{$s.Name}}</strong><br><span class="note">{{$s.Article}}</span></td>{{end}}<td>{{$o.Label}}{{if $o.Chair}} <span class="note">({{T "brief.chair"}})</span>{{end}}{{if $o.RedLine}} <strong>— {{T "brief.redline"}}</strong>{{end}}</td><td class="num">{{if $o.Top}}<strong>{{$o.Points}}</strong>{{else}}{{$o.Points}}{{end}}</td></tr>
{{end}}</tbody>
{{end}}</table>
</section>
{{end}}`

const briefingHTML = `{{define "title"}}{{T "briefing.title"}}: {{.D.S.Title}}{{end}}
{{with .D}}<header>
<p class="kicker">{{T "briefing.kicker"}}</p>
<h1>{{.S.Title}}</h1>
{{if .S.Summary}}<p class="lead">{{.S.Summary}}</p>{{end}}
</header>
<section>
<h2>{{T "h.situation"}}</h2>
{{range paras .S.Briefing}}<p>{{.}}</p>{{end}}
</section>
<section class="avoid">
<h2>{{T "h.delegations"}}</h2>
<table><thead><tr><th>{{T "col.delegation"}}</th><th>{{T "col.publics"}}</th><th>{{T "col.ratify"}}</th></tr></thead>
<tbody>{{range .Parties}}<tr><td><span class="chip" style="background:{{colour .Colour}}"></span><strong>{{.Name}}</strong>{{if .Optional}}<br><span class="note">{{T "briefing.optional"}}</span>{{end}}</td><td>{{join .Publics ", "}}</td><td>{{range .Ratification}}{{.}}<br>{{end}}</td></tr>{{end}}</tbody></table>
</section>
<section class="avoid">
<h2>{{T "h.rules"}}</h2>
{{template "rules" .Rules}}
</section>
<section>
<h2>{{T "h.draft"}}</h2>
<p>{{T "briefing.draft.intro"}}</p>
{{range .Documents}}<h3>{{.Title}} <span class="meta">— {{T "briefing.form" "form" .Form}}</span></h3>
{{if .Preamble}}<p class="note">{{.Preamble}}</p>{{end}}
{{range .Articles}}<div class="article"><h4>{{.Title}}</h4>
<blockquote>{{.Text}}</blockquote>
{{range .Slots}}<table class="options avoid"><colgroup><col class="c-label"><col class="c-text"><col class="c-attrs"></colgroup>
<thead><tr><th colspan="3">{{.Name}}{{if .Bracketed}} [{{T "text.bracketed"}}]{{end}}{{if .Description}} <span class="note">— {{.Description}}</span>{{end}}</th></tr></thead>
<tbody>{{range .Options}}<tr><td><strong>{{.Label}}</strong>{{if .Chair}}<br><span class="note">{{T "brief.chair"}}</span>{{end}}</td><td>{{.Text}}</td><td class="note">{{.Attrs}}</td></tr>{{end}}</tbody></table>
{{end}}</div>
{{end}}{{end}}
</section>
<section class="avoid">
<h2>{{T "h.attributes"}}</h2>
<dl>{{range .S.Attributes}}<dt>{{.Name}}</dt><dd>{{.Description}}</dd>{{end}}</dl>
<h3>{{T "h.forms"}}</h3>
<dl>{{range .S.Forms}}<dt>{{.Name}}</dt><dd>{{.Description}}</dd>{{end}}</dl>
</section>
{{end}}` + rulesHTML

const guideHTML = `{{define "title"}}{{T "guide.title"}}: {{.D.S.Title}}{{end}}
{{with .D}}<header>
<p class="kicker">{{T "guide.kicker"}}</p>
<h1>{{.S.Title}}</h1>
<p class="lead">{{T "guide.lead"}}</p>
</header>
<section class="onepage">
<h2>{{T "h.rules1"}}</h2>
{{template "rules" .Rules}}
<p class="note">{{T "guide.rules.note"}}</p>
</section>
<section class="avoid">
<h2>{{T "h.timing"}}</h2>
<div class="cols2">{{range .Plans}}<div class="avoid"><h3>{{T "plan.title" "n" .Minutes}}</h3>
<table><thead><tr><th class="num">{{T "col.minute"}}</th><th class="num">{{T "col.minutes"}}</th><th>{{T "col.what"}}</th></tr></thead>
<tbody>{{range .Steps}}<tr><td class="num">{{.At}}</td><td class="num">{{.Minutes}}</td><td>{{.What}}</td></tr>{{end}}</tbody></table></div>{{end}}</div>
<p class="note">{{T "plan.note"}}</p>
</section>
<section>
<h2>{{T "h.rundebrief"}}</h2>
<ol>{{range (list "debrief.step1" "debrief.step2" "debrief.step3" "debrief.step4" "debrief.step5" "debrief.step6")}}<li>{{T .}}</li>{{end}}</ol>
{{if .S.Questions}}<h3>{{T "h.questions"}}</h3><ol>{{range .S.Questions}}<li>{{.}}</li>{{end}}</ol>{{end}}
</section>
<section class="pagebreak">
<h2>{{T "h.key"}}</h2>
<p>{{T "key.intro"}}</p>
{{with .A}}<table class="facts"><tbody>
<tr><th>{{T "key.texts"}}</th><td>{{printf "%.0f" .Texts}}</td></tr>
<tr><th>{{T "key.zopa"}}</th><td><strong>{{.ZOPA}}</strong> — {{T "key.zopa.note"}}{{if not .Exact}} {{T "value.inexact"}}{{end}}</td></tr>
<tr><th>{{T "key.frontier"}}</th><td>{{len .Frontier}}</td></tr>
<tr><th>{{T "key.maxjoint"}}</th><td>{{.MaxJointGain}}</td></tr>
</tbody></table>{{end}}
<h3>{{T "h.interests"}}</h3>
<table class="key"><thead><tr><th>{{T "col.delegation"}}</th><th class="num">{{T "col.batna"}}</th><th class="num">{{T "col.best"}}</th><th class="num">{{T "col.nash"}}</th><th class="num">{{T "col.maxjoint"}}</th><th>{{T "col.priorities"}}</th><th>{{T "brief.redlines"}}</th></tr></thead>
<tbody>{{range .Key}}<tr><td><strong>{{.Name}}</strong></td><td class="num">{{.Reservation}}</td><td class="num">{{.Best}}</td><td class="num">{{if ge .Nash 0}}{{.Nash}}{{else}}—{{end}}</td><td class="num">{{if ge .MaxJoint 0}}{{.MaxJoint}}{{else}}—{{end}}</td><td>{{join .Priorities "; "}}</td><td>{{if .RedLines}}{{join .RedLines "; "}}{{else}}—{{end}}</td></tr>{{end}}</tbody></table>
{{range .Key}}<div class="avoid"><h4>{{.Name}}</h4><ul>{{range .Objectives}}<li>{{.}}</li>{{end}}</ul></div>{{end}}
{{if .Nash}}<h3>{{T "h.nashtext"}}</h3>
<p>{{T "key.nash.intro"}}</p>
<ul class="cols">{{range .Nash}}<li>{{.}}</li>{{end}}</ul>
<h3>{{T "h.maxjointtext"}}</h3>
<ul class="cols">{{range .MaxJoint}}<li>{{.}}</li>{{end}}</ul>
{{else}}<p>{{T "value.nozopa"}}</p>{{end}}
</section>
{{if .S.RealityNotes}}<section>
<h2>{{T "h.historical"}}</h2>
{{range .S.RealityNotes}}<div class="avoid"><h3>{{.Title}}</h3>
{{range paras .Text}}<p>{{.}}</p>{{end}}
{{if .Source}}<p class="note">{{T "source"}} {{.Source}}</p>{{end}}</div>
{{end}}
</section>{{end}}
{{end}}` + rulesHTML

package report

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"

	"bindingwords/game/rules"
)

// Options choose how a page is printed.
type Options struct {
	Paper Paper
}

var funcs = template.FuncMap{
	"T":            T,
	"tenths":       func(v int) string { return rules.Tenths(v, false) },
	"signedTenths": func(v int) string { return rules.Tenths(v, true) },
	"signed":       func(v int) string { return fmt.Sprintf("%+d", v) },
	"pct":          func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"dec":          func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"colour":       colour,
	"paras":        paras,
	"seat":         seatName,
	"inc":          func(i int) int { return i + 1 },
	"join":         strings.Join,
	"sub":          func(a, b int) int { return a - b },
	"last":         func(v []int) int { return v[len(v)-1] },
	"byRound":      reasonRounds,
	"hasPrefix":    strings.HasPrefix,
	"list":         func(s ...string) []string { return s },
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

func seatName(kind string) string {
	switch {
	case kind == "human":
		return T("seat.human")
	case strings.HasPrefix(kind, "ai:"):
		return T("seat.ai", "level", strings.TrimPrefix(kind, "ai:"))
	case kind == "":
		return "—"
	}
	return kind
}

var debriefTmpl = template.Must(template.New("debrief").Funcs(funcs).Parse(debriefHTML))

// HTML writes the debrief as one self-contained, printable HTML file:
// inline CSS and SVG, system fonts, no scripts, images or links out.
func HTML(d *Debrief, opt Options) ([]byte, error) {
	var b bytes.Buffer
	data := struct {
		D      *Debrief
		CSS    template.CSS
		Scores template.HTML
		Charts []template.HTML
	}{D: d, CSS: css(opt.Paper), Scores: ScoreChart(d.Parties)}
	for _, pc := range d.Publics {
		data.Charts = append(data.Charts, PollChart(pc, d.Rounds))
	}
	if err := debriefTmpl.Execute(&b, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
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

const debriefHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{T "debrief.title" "title" .D.Title}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<header>
<p class="kicker">{{T "debrief.kicker"}}</p>
<h1>{{.D.Title}}</h1>
<p class="meta">{{if .D.SaveName}}{{.D.SaveName}} · {{end}}{{T "debrief.meta" "round" .D.Round "rounds" .D.Rounds "seed" .D.Seed}}</p>
</header>

<section id="outcome">
<h2>{{T "h.outcome"}}</h2>
<p class="headline">{{.D.Outcome.Headline}}</p>
{{range paras .D.Outcome.Narrative}}<p>{{.}}</p>
{{end}}
{{if .D.Outcome.Indicators}}<table>
<thead><tr><th>{{T "col.indicator"}}</th><th class="num">{{T "col.value"}}</th><th>{{T "col.band"}}</th></tr></thead>
<tbody>{{range .D.Outcome.Indicators}}
<tr><td><strong>{{.Name}}</strong><br><span class="note">{{.Description}}</span></td><td class="num">{{.Value}}</td><td><strong>{{.Band}}</strong>{{if .BandText}} — {{.BandText}}{{end}}</td></tr>{{end}}
</tbody></table>{{end}}
{{if .D.Broken}}<h3>{{T "h.broken"}}</h3>
<ul>{{range .D.Broken}}<li>{{.}}</li>{{end}}</ul>{{end}}
</section>

<section id="scores">
<h2>{{T "h.scores"}}</h2>
<p>{{T "scores.intro"}}</p>
{{if not .D.Over}}<p><strong>{{T "scores.projected"}}</strong></p>{{end}}
<figure>{{.Scores}}<figcaption>{{T "scores.caption"}}</figcaption></figure>
<table>
<thead><tr><th>{{T "col.delegation"}}</th><th>{{T "col.seat"}}</th><th class="num">{{T "col.score"}}</th><th class="num">{{T "col.batna"}}</th><th class="num">{{T "col.best"}}</th><th class="num">{{T "col.gain"}}</th><th class="num">{{T "col.advantage"}}</th><th class="num">{{T "col.nash"}}</th><th>{{T "col.signed"}}</th></tr></thead>
<tbody>{{range .D.Parties}}
<tr><td><span class="chip" style="background:{{colour .Colour}}"></span>{{.Name}}</td><td>{{seat .Seat}}</td><td class="num"><strong>{{.Score}}</strong></td><td class="num">{{.Reservation}}</td><td class="num">{{.Best}}</td><td class="num">{{signed (sub .Score .Reservation)}}</td><td class="num">{{pct .Advantage}}</td><td class="num">{{if ge .Nash 0}}{{.Nash}}{{else}}—{{end}}</td><td>{{if .Signed}}{{T "yes"}}{{if .Ratified}}, {{T "ratified"}}{{end}}{{else}}{{T "no"}}{{end}}</td></tr>{{end}}
</tbody></table>
<p class="note">{{T "scores.note"}}</p>
</section>

<section id="value">
<h2>{{T "h.value"}}</h2>
{{with .D.Value}}{{if gt .MaxJointGain 0}}<p>{{T "value.joint" "joint" .JointGain "max" .MaxJointGain "pct" (pct .Welfare)}}</p>
<p>{{T "value.left" "left" (sub .MaxJointGain .JointGain)}}</p>
{{else}}<p>{{T "value.nozopa"}}</p>{{end}}
<p>{{T "value.zopa" "n" .ZOPA}}{{if not .Exact}} {{T "value.inexact"}}{{end}}</p>
<p>{{T "value.pareto" "d" (dec .ParetoDistance)}}</p>
{{if .Nash}}<div class="avoid"><h3>{{T "h.nash"}}</h3>
<p>{{T "value.nash.intro"}}</p>
<table><thead><tr><th>{{T "col.clause"}}</th><th>{{T "col.final"}}</th><th>{{T "col.nashtext"}}</th></tr></thead>
<tbody>{{range .Nash}}<tr><td>{{.Clause}}</td><td>{{.Final}}</td><td>{{.Nash}}</td></tr>{{end}}</tbody></table></div>
{{end}}{{end}}
</section>

<section id="text">
<h2>{{T "h.text"}}</h2>
<p>{{T "text.intro"}}</p>
{{range .D.Docs}}<h3>{{.Title}} <span class="meta">— {{.Form}}</span></h3>
{{range .Articles}}<div class="article">
<h4>{{.Title}}{{if .Dropped}} <span class="failed">({{T "text.dropped"}})</span>{{end}}</h4>
<blockquote{{if .Dropped}} class="dropped"{{end}}>{{.Text}}</blockquote>
{{range .Clauses}}{{if .History}}<table class="history">
<colgroup><col class="c-item"><col class="c-by"><col class="c-change"><col class="c-votes"><col class="c-result"></colgroup>
<thead><tr><th colspan="5">{{.Name}}: {{T "text.chair"}} “{{.Chair}}” → {{T "text.final"}} “{{.Final}}”{{if .Bracketed}} [{{T "text.bracketed"}}]{{end}}</th></tr>
<tr><th class="num">{{T "col.item"}}</th><th>{{T "col.proposed"}}</th><th>{{T "col.change"}}</th><th>{{T "col.votes"}}</th><th>{{T "col.result"}}</th></tr></thead>
<tbody>{{range .History}}<tr><td class="num">{{.Item}}<br><span class="note">{{T "round.short" "n" .Round}}</span></td><td>{{.Proposer}}</td><td>{{if eq .From .To}}{{T "text.settle" "to" .To}}{{else}}“{{.From}}” → “{{.To}}”{{end}}{{if .Linked}}<br><span class="note">{{T "text.package"}} {{join .Linked "; "}}</span>{{end}}{{if .Reason}}<br><span class="note">{{.Reason}}</span>{{end}}</td><td>{{range $i, $v := .Votes}}{{if $i}}, {{end}}<span class="{{if $v.Yes}}yes{{else}}no{{end}}">{{$v.Party}} {{if $v.Proposer}}({{T "text.tabled"}}){{else if $v.Yes}}{{T "yes"}}{{else}}{{T "no"}}{{end}}</span>{{end}}</td><td>{{if .Adopted}}<span class="adopted">{{T "text.adopted"}}</span>{{else}}<span class="failed">{{T "text.failed"}}</span>{{end}}</td></tr>
{{end}}</tbody></table>
{{else}}<p class="note">{{.Name}}: “{{.Final}}”{{if .Bracketed}} [{{T "text.bracketed"}}]{{end}} — {{T "text.unchanged"}}</p>
{{end}}{{end}}</div>
{{end}}{{end}}
</section>

<section id="polls">
<h2>{{T "h.polls"}}</h2>
<p>{{T "polls.intro"}}</p>
{{range $i, $p := .D.Publics}}<div class="public">
<h3><span class="chip" style="background:{{colour $p.Colour}}"></span>{{$p.Name}} <span class="meta">— {{$p.Party}}</span></h3>
<figure>{{index $.Charts $i}}<figcaption>{{T "polls.caption" "start" (tenths (index $p.Polls 0)) "end" (tenths (last $p.Polls))}}{{range $p.Thresholds}} {{T "polls.needs" "label" .Label "value" .Value}}{{end}}</figcaption></figure>
<ul>{{range $p.Moves}}<li><strong>{{T "round.short" "n" .Round}} ({{signedTenths .Delta}})</strong>{{if .Reasons}}: {{join .Reasons "; "}}{{end}}</li>{{end}}</ul>
</div>
{{end}}
</section>

{{if .D.Reasons}}<section id="reasons">
<h2>{{T "h.reasons"}}</h2>
<p>{{T "reasons.intro"}}</p>
{{range byRound .D.Reasons}}<h3>{{T "round.long" "n" (index . 0).Round}}</h3>
<ul class="reasons">{{range .}}<li>{{if not (hasPrefix .Text .Party)}}<strong>{{.Party}}:</strong> {{end}}{{.Text}}</li>{{end}}</ul>
{{end}}
</section>{{end}}

{{if .D.Questions}}<section id="questions">
<h2>{{T "h.questions"}}</h2>
<ol>{{range .D.Questions}}<li>{{.}}</li>{{end}}</ol>
</section>{{end}}

{{if .D.Reality}}<section id="reality">
<h2>{{T "h.reality"}}</h2>
{{range .D.Reality}}<div class="avoid"><h3>{{.Title}}</h3>
{{range paras .Text}}<p>{{.}}</p>{{end}}
{{if .Source}}<p class="note">{{T "source"}} {{.Source}}</p>{{end}}</div>
{{end}}
</section>{{end}}

<footer>{{T "footer"}}</footer>
</body>
</html>
`

package report

import (
	"fmt"
	"regexp"
	"strings"

	"bindingwords/game/rules"
)

// The charts are inline SVG written here, so the exported file needs no
// script and no image: it prints as it shows. Every piece of scenario
// text in them is escaped.

// svgEscaper escapes the charts' text as they have always been escaped:
// html.EscapeString's five characters (the rest of the page adds "+" and
// NUL, as html/template did; see [esc]). It is not html.EscapeString
// itself because package html would bring its table of 2,231 entity
// names, used only to unescape, into the browser build.
var svgEscaper = strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;")

func svgEsc(s string) string { return svgEscaper.Replace(s) }

var hexColour = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// colour returns a scenario colour if it is a plain "#rrggbb", grey
// otherwise: it goes into an attribute, and must be nothing else.
func colour(c string) string {
	if hexColour.MatchString(c) {
		return c
	}
	return "#666666"
}

// PollChart draws one public's support over the rounds (0–100), with its
// ratification thresholds as dashed lines.
func PollChart(pc PublicChart, rounds int) string {
	const w, h, left, right, top, bottom = 640.0, 200.0, 44.0, 22.0, 14.0, 30.0
	pw, ph := w-left-right, h-top-bottom
	n := max(rounds, len(pc.Polls)-1, 1)
	x := func(i int) float64 { return left + pw*float64(i)/float64(n) }
	y := func(tenths int) float64 { return top + ph*(1-float64(tenths)/1000) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-label="%s">`, w, h, svgEsc(T("chart.poll.aria", "public", pc.Name)))
	for _, v := range []int{0, 250, 500, 750, 1000} {
		fmt.Fprintf(&b, `<line x1="%g" y1="%.1f" x2="%g" y2="%.1f" class="grid"/>`, left, y(v), w-right, y(v))
		fmt.Fprintf(&b, `<text x="%g" y="%.1f" class="axis" text-anchor="end">%d%%</text>`, left-6, y(v)+4, v/10)
	}
	for i := 0; i <= n; i++ {
		label := T("chart.round", "n", i)
		if i == 0 {
			label = T("chart.start")
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%g" class="axis" text-anchor="middle">%s</text>`, x(i), h-bottom+18, svgEsc(label))
	}
	if path := barPath(pc.Bar, x, y, w-right); path != "" {
		// The bar the draft had to clear at each poll, as the legal form
		// and the news moved it: a step halfway before the poll that
		// first felt a change, a gap while the draft needed no vote.
		fmt.Fprintf(&b, `<path d="%s" fill="none" class="threshold"/>`, path)
	} else {
		for _, t := range pc.Thresholds {
			fmt.Fprintf(&b, `<line x1="%g" y1="%.1f" x2="%g" y2="%.1f" class="threshold"/>`, left, y(t.Value*10), w-right, y(t.Value*10))
		}
	}
	for _, t := range pc.Thresholds {
		fmt.Fprintf(&b, `<text x="%g" y="%.1f" class="thlabel" text-anchor="end">%s</text>`, w-right-4, y(t.Value*10)+labelShift(pc.Polls, t.Value),
			svgEsc(T("chart.threshold", "label", t.Label, "value", t.Value)))
	}
	for _, e := range pc.Earlier {
		// Between the run's last two polls, clear of their values' labels,
		// and above or below the line as those values lie.
		lx, anchor := x(e.To), anchorAt(e.To)
		if e.To > e.From {
			lx, anchor = (x(e.To-1)+x(e.To))/2, "middle"
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="thlabel" text-anchor="%s">%s</text>`, lx, y(e.Value*10)+labelShift(pc.Polls[e.From:min(e.To+1, len(pc.Polls))], e.Value), anchor,
			svgEsc(T("chart.threshold", "label", e.Form, "value", e.Value)))
	}
	col := colour(pc.Colour)
	var pts []string
	for i, v := range pc.Polls {
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(v)))
	}
	fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="3"/>`, strings.Join(pts, " "), col)
	for i, v := range pc.Polls {
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="4" fill="%s" class="dot"/>`, x(i), y(v), col)
		// The first and last labels lean inwards, clear of the axis and
		// the edge.
		anchor := "middle"
		switch i {
		case 0:
			anchor = "start"
		case n:
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="value" text-anchor="%s">%s</text>`, x(i), y(v)-9, anchor, rules.Tenths(v, false))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// labelShift places a threshold's label clear of the last of polls'
// values, each written just above its point:
// just above the line when the poll ends far from it, higher when the
// poll ends just below it, and under the line when the poll ends just
// above it.
func labelShift(polls []int, bar int) float64 {
	if len(polls) == 0 {
		return -5
	}
	last := polls[len(polls)-1]
	switch d := last - bar*10; {
	case d < 0 && d > -120:
		return -18
	case d >= 0 && d < 120:
		return 14
	}
	return -5
}

// barPath is the SVG path of a bar that changed over the polls: level
// around each poll, stepping halfway between two polls, broken where the
// draft needed no vote (-1). It is "" when no poll had a bar.
func barPath(bar []int, x func(int) float64, y func(int) float64, end float64) string {
	var b strings.Builder
	open := false
	for r, v := range bar {
		if v < 0 {
			open = false
			continue
		}
		from, to := x(r), end
		if r > 0 {
			from = (x(r-1) + x(r)) / 2
		}
		if r+1 < len(bar) {
			to = (x(r) + x(r+1)) / 2
		}
		if open {
			fmt.Fprintf(&b, " V%.1f H%.1f", y(v*10), to)
		} else {
			fmt.Fprintf(&b, " M%.1f %.1f H%.1f", from, y(v*10), to)
			open = true
		}
	}
	return strings.TrimSpace(b.String())
}

// anchorAt anchors a label that ends at poll i: at the start, it runs
// rightwards, clear of the axis.
func anchorAt(i int) string {
	if i == 0 {
		return "start"
	}
	return "end"
}

// ScoreChart draws each delegation's score as a bar from zero, with its
// reservation value (BATNA) as a black tick and its best possible score
// as the end of a pale track.
func ScoreChart(parties []PartyResult) string {
	const w, left, right, row, top = 640.0, 150.0, 60.0, 34.0, 8.0
	h := top + row*float64(len(parties)) + 26
	top2 := 0
	for _, p := range parties {
		top2 = max(top2, p.Best, p.Score, p.Reservation)
	}
	scale := (w - left - right) / float64(max(top2, 1))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %g %g" role="img" aria-label="%s">`, w, h, svgEsc(T("chart.scores.aria")))
	for i, p := range parties {
		y0 := top + row*float64(i)
		fmt.Fprintf(&b, `<text x="%g" y="%.1f" class="label" text-anchor="end">%s</text>`, left-8, y0+17, svgEsc(p.Name))
		fmt.Fprintf(&b, `<rect x="%g" y="%.1f" width="%.1f" height="18" class="track"/>`, left, y0+4, float64(max(p.Best, 0))*scale)
		fmt.Fprintf(&b, `<rect x="%g" y="%.1f" width="%.1f" height="18" fill="%s" class="bar"/>`, left, y0+4, float64(max(p.Score, 0))*scale, colour(p.Colour))
		rx := left + float64(max(p.Reservation, 0))*scale
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" class="batna"/>`, rx, y0, rx, y0+26)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" class="value">%d</text>`, left+float64(max(p.Best, p.Score, 0))*scale+6, y0+17, p.Score)
	}
	ly := top + row*float64(len(parties)) + 14
	fmt.Fprintf(&b, `<line x1="%g" y1="%.1f" x2="%g" y2="%.1f" class="batna"/><text x="%g" y="%.1f" class="axis">%s</text>`,
		left, ly-8, left, ly+4, left+6, ly+3, svgEsc(T("chart.scores.legend")))
	b.WriteString(`</svg>`)
	return b.String()
}

package report

import (
	"fmt"
	"strconv"
	"strings"
)

// The pages are written with plain Go rather than html/template: the
// browser build exports the debrief, and html/template (with
// text/template and its reflection) would add about 90 KB gzipped to every
// student's download. The price is discipline: markup goes in as it is,
// and every piece of text from a scenario, a save or the string table
// goes through [esc]. The golden tests (testdata/golden, one of them
// with markup in every string) hold the output to what html/template
// wrote, byte for byte.

// escaper escapes exactly as html/template escaped text: the five
// characters that can end text or a quoted attribute, "+" (which
// html/template escaped against UTF-7 sniffing) and NUL.
var escaper = strings.NewReplacer(
	"\x00", "\uFFFD",
	`"`, "&#34;",
	"&", "&amp;",
	"'", "&#39;",
	"+", "&#43;",
	"<", "&lt;",
	">", "&gt;",
)

// esc makes s safe as HTML text or as a quoted attribute value.
func esc(s string) string { return escaper.Replace(s) }

// tr is the string for key ([T]), escaped.
func tr(key string, args ...any) string { return esc(T(key, args...)) }

// num is an integer as text.
func num(n int) string { return strconv.Itoa(n) }

// signed is an integer with its sign, "+3" or "-2" (escape it: "+").
func signed(v int) string { return fmt.Sprintf("%+d", v) }

// pct is a share as a whole percentage, "75%".
func pct(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }

// orDash is a benchmark score, or a dash where there is none (-1: no ZOPA).
func orDash(v int) string {
	if v >= 0 {
		return num(v)
	}
	return "—"
}

// An htmlPage is an HTML file being written.
type htmlPage struct{ strings.Builder }

// put writes markup and escaped text, in turn.
func (p *htmlPage) put(parts ...string) {
	for _, s := range parts {
		p.WriteString(s)
	}
}

// head writes the page up to its body: the title (escaped) and the style
// sheet (trusted: written by [css]).
func (p *htmlPage) head(title, style string) {
	p.put(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>`, title, `</title>
<style>`, style, `</style>
</head>
<body>
`)
}

// items writes each of list as <li>, escaped.
func (p *htmlPage) items(list []string) {
	for _, s := range list {
		p.put("<li>", esc(s), "</li>")
	}
}

// paras writes scenario prose as paragraphs, each followed by sep.
func (p *htmlPage) paras(s, sep string) {
	for _, para := range paras(s) {
		p.put("<p>", esc(para), "</p>", sep)
	}
}

// chip is a delegation's colour swatch; the class is "chip" or "chip big".
func chip(class, c string) string {
	return `<span class="` + class + `" style="background:` + colour(c) + `"></span>`
}

// escJoin escapes each of list and joins them with sep.
func escJoin(list []string, sep string) string { return esc(strings.Join(list, sep)) }

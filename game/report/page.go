package report

import "fmt"

// Paper chooses the printed page size. The default, Auto, leaves it to
// the print dialog: the layout fits both A4 and US Letter (its text column
// is narrower than both), so one file serves a class anywhere and prints
// unscaled on whatever paper the printer has.
type Paper string

// The paper sizes.
const (
	Auto   Paper = ""
	A4     Paper = "a4"
	Letter Paper = "letter"
)

// ParsePaper reads a paper name: "auto", "a4" or "letter".
func ParsePaper(s string) (Paper, error) {
	switch s {
	case "", "auto":
		return Auto, nil
	case "a4", "A4":
		return A4, nil
	case "letter", "Letter":
		return Letter, nil
	}
	return Auto, fmt.Errorf("unknown paper %q: want auto, a4 or letter", s)
}

// css is the style of every printed page: system fonts only (no request
// leaves the file), a narrow column on screen, and print rules that keep
// headings with what follows and rows and charts whole.
func css(p Paper) string {
	size := ""
	switch p {
	case A4:
		size = "size: A4;"
	case Letter:
		size = "size: letter;"
	}
	return `
@page { ` + size + ` margin: 15mm 14mm 16mm 14mm; }
:root { --ink: #1d1d1f; --muted: #55595f; --rule: #c9c4b8; --paper: #fffdf8; --accent: #1f4e79; }
* { box-sizing: border-box; }
html { background: #ece8df; }
body { margin: 0 auto; max-width: 180mm; padding: 12mm 10mm; background: var(--paper); color: var(--ink);
  font: 11pt/1.45 Georgia, "Noto Serif", "DejaVu Serif", "Times New Roman", serif; }
h1, h2, h3, h4, .kicker, table, .meta, figcaption, .note, .chip, nav { font-family: system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
h1 { font-size: 22pt; margin: 0 0 4pt; line-height: 1.15; }
h2 { font-size: 15pt; margin: 18pt 0 6pt; padding-bottom: 3pt; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 12.5pt; margin: 12pt 0 4pt; }
h4 { font-size: 11pt; margin: 9pt 0 3pt; }
h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; color: var(--muted); margin: 0; }
.meta, .note, figcaption { color: var(--muted); font-size: 9pt; }
.private { border: 2px solid #a0281e; color: #a0281e; font-weight: bold; text-align: center; padding: 3pt; margin-bottom: 8pt; font-family: system-ui, sans-serif; letter-spacing: .05em; }
.headline { font-size: 13pt; font-weight: bold; }
blockquote { margin: 4pt 0 6pt; padding: 4pt 10pt; border-left: 3px solid var(--rule); background: #f6f2e8; }
blockquote.dropped { color: var(--muted); text-decoration: line-through; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 4pt 0 8pt; }
th, td { text-align: left; vertical-align: top; padding: 3pt 5pt; border-bottom: 1px solid var(--rule); overflow-wrap: break-word; hyphens: auto; }
th { background: #eee9dd; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
table.history { table-layout: fixed; }
table.history col.c-item { width: 8%; } table.history col.c-by { width: 14%; } table.history col.c-change { width: 44%; }
table.history col.c-votes { width: 23%; } table.history col.c-result { width: 11%; }
ul, ol { margin: 0 0 6pt; padding-left: 18pt; }
li { margin-bottom: 2pt; }
figure { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
svg.chart { width: 100%; height: auto; display: block; }
svg text { font-family: system-ui, "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
svg .grid { stroke: #ddd6c8; stroke-width: 1; }
svg .axis { font-size: 11px; fill: #55595f; }
svg .label { font-size: 13px; fill: #1d1d1f; }
svg .value { font-size: 11px; fill: #1d1d1f; }
svg .value, svg .thlabel { paint-order: stroke; stroke: #fffdf8; stroke-width: 3px; stroke-linejoin: round; }
svg .threshold { stroke: #a0281e; stroke-width: 1.5; stroke-dasharray: 6 4; }
svg .thlabel { font-size: 11px; fill: #a0281e; }
svg .track { fill: #e4dfd3; }
svg .batna { stroke: #1d1d1f; stroke-width: 3; }
svg .bar, svg .dot { stroke: #1d1d1f; stroke-width: 0.75; } /* a pale delegation colour (yellow) still shows on white paper */
.chip, th, blockquote, .private { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.chip { display: inline-block; width: 9pt; height: 9pt; border-radius: 2pt; vertical-align: -1pt; margin-right: 3pt; box-sizing: border-box; border: 0.6pt solid rgba(0, 0, 0, 0.55); }
.yes { color: #1d6b34; } .no { color: #a0281e; font-weight: bold; }
.adopted { color: #1d6b34; font-weight: bold; } .failed { color: #a0281e; font-weight: bold; }
.pagebreak { break-before: page; page-break-before: always; }
.avoid { break-inside: avoid; page-break-inside: avoid; }
.cols { columns: 2; column-gap: 12mm; }
.cols2 { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; }
.lead { font-size: 12pt; color: var(--muted); }
.chip.big { width: 16pt; height: 16pt; vertical-align: -2pt; margin-right: 6pt; }
table.facts th { width: 28%; background: none; }
table.points { table-layout: fixed; } table.points col.c-clause { width: 34%; } table.points col.c-pts { width: 12%; }
table.points tbody { border-bottom: 2px solid var(--rule); }
tr.redline td { color: #a0281e; }
table.options { table-layout: fixed; } table.options col.c-label { width: 24%; } table.options col.c-attrs { width: 26%; }
dl { margin: 0 0 6pt; } dt { font-weight: bold; font-family: system-ui, sans-serif; font-size: 10pt; } dd { margin: 0 0 4pt 12pt; }
ol.rules li { margin-bottom: 4pt; }
ul.reasons { columns: 2; column-gap: 8mm; font-size: 9pt; line-height: 1.3; padding-left: 12pt; }
ul.reasons li { break-inside: avoid; }
footer { margin-top: 16pt; color: var(--muted); font-size: 8.5pt; font-family: system-ui, sans-serif; }
@media print {
  html { background: none; }
  body { max-width: none; padding: 0; background: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
}
`
}

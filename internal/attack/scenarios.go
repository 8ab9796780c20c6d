package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// scenCmds are the commands a scenario file is run through.
type scenCmds int

const (
	checkOnly scenCmds = iota
	checkAnalyze
	allCmds // check, analyze, handouts and sim
)

// scenario writes one altered scenario and returns its runs.
func (g *gen) scenario(name string, e Expect, data []byte, cmds scenCmds, set func(*Case)) ([]Case, error) {
	p, err := g.write(filepath.Join("scen", name+".yaml"), data)
	if err != nil {
		return nil, err
	}
	return g.scenarioAt(name, e, p, cmds, set), nil
}

// scenarioAt returns the runs of the scenario file at path p.
func (g *gen) scenarioAt(name string, e Expect, p string, cmds scenCmds, set func(*Case)) []Case {
	argv := [][]string{{"check", p}}
	if cmds >= checkAnalyze {
		argv = append(argv, []string{"analyze", p})
	}
	if cmds >= allCmds {
		argv = append(argv,
			[]string{"handouts", "--scenario", p, "--out", filepath.Join(g.out, "handouts-"+name)},
			[]string{"sim", "--scenario", p, "--games", "2"})
	}
	var cs []Case
	for _, a := range argv {
		c := newCase("scenarios", "scen/"+name+"/"+a[0], e, a...)
		if set != nil {
			set(&c)
		}
		cs = append(cs, c)
	}
	return cs
}

// line returns a setter for the line a refusal must name.
func line(n int) func(*Case) { return func(c *Case) { c.Line = n } }

// The characters put into scenario text: controls (C0, DEL, C1), the
// bidirectional embeddings, overrides and isolates, and the line
// separator. Written as escapes (staticcheck ST1018).
// The whitespace controls (VT, FF, NEL, the line separator) may also be
// folded into a space, as YAML and the loader fold other white space, so
// they are Harmless: only terminal control in the output counts.
var badChars = []struct{ name, char string }{
	{"esc", "\x1b"}, {"bel", "\x07"}, {"bs", "\x08"}, {"nul", "\x00"}, {"del", "\x7f"},
	{"vt", "\x0b"}, {"ff", "\x0c"}, {"csi-c1", "\u009b"}, {"nel", "\u0085"},
	{"lre", "\u202a"}, {"rle", "\u202b"}, {"pdf", "\u202c"}, {"lro", "\u202d"}, {"rlo", "\u202e"},
	{"lri", "\u2066"}, {"rli", "\u2067"}, {"fsi", "\u2068"}, {"pdi", "\u2069"}, {"lsep", "\u2028"},
}

func (g *gen) scenarios() ([]Case, error) {
	base, err := os.ReadFile(filepath.Join(g.repo, "scenarios", "berlin.yaml"))
	if err != nil {
		return nil, err
	}
	ls := splitLines(base)
	var cs []Case
	var firstErr error
	try := func(more []Case, err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
		cs = append(cs, more...)
	}

	// The lines the cases change, found by their text, so that the
	// cases follow berlin.yaml when it changes.
	var missing error
	find := func(from int, prefix string) int {
		i, err := mustLine(ls, from, prefix)
		if err != nil && missing == nil {
			missing = fmt.Errorf("scenarios/berlin.yaml: %w", err)
		}
		return max(i, 0)
	}
	idAt := find(0, "id: berlin")
	titleAt := find(idAt, "title: ")
	summaryAt := find(idAt, "summary: >")
	summaryEnd := summaryAt + 1
	for summaryEnd < len(ls) && strings.HasPrefix(ls[summaryEnd], "  ") {
		summaryEnd++
	}
	attrAt := find(idAt, "- id: commitment")
	attrNameAt := find(attrAt, "name: ")
	usAt := find(idAt, "- id: us")
	usNameAt := find(usAt, "name: ")
	briefAt := find(usAt, "brief: |")
	// A line inside the brief, not its first: the message must lead the
	// author to it.
	proseAt := find(briefAt, "Then there is the Senate")
	briefEnd := find(briefAt, "objectives:")
	objAt := briefEnd + 1
	resAt := find(usAt, "reservation: ")
	thrAt := find(usAt, "threshold: ")
	roundsAt := find(idAt, "rounds: ")
	newsAt := find(idAt, "headline: ")
	if missing != nil {
		return nil, missing
	}

	// 1. Files that are not plain files, and one too large.
	fifo, folder, zero, err := g.special("scen-special")
	if err != nil {
		return nil, err
	}
	cs = append(cs, g.scenarioAt("dev-zero", Refuse, "/dev/zero", allCmds, nil)...)
	cs = append(cs, g.scenarioAt("fifo", Refuse, fifo, allCmds, nil)...)
	cs = append(cs, g.scenarioAt("folder", Refuse, folder, allCmds, nil)...)
	cs = append(cs, g.scenarioAt("link-to-dev-zero", Refuse, zero, allCmds, nil)...)
	cs = append(cs, g.scenarioAt("missing", Refuse, filepath.Join(g.in, "no-such.yaml"), checkOnly, nil)...)
	pad := bytes.Repeat([]byte("# padding padding padding padding padding padding padding padding\n"), (1<<20+64<<10)/66)
	try(g.scenario("over-size-limit", Refuse, append(append([]byte(nil), base...), pad...), allCmds,
		func(c *Case) { c.Words = []string{"large", "size", "MiB", "KiB", "bytes"} }))

	// 2. Blank-line runs after a folded (>) and a literal (|) block, and
	// at the end, at 60 KB and near the 1 MiB limit.
	for _, b := range []struct {
		name string
		at   int
	}{{"after-folded-block", summaryEnd}, {"after-literal-block", briefEnd}, {"at-end", len(ls)}} {
		for _, size := range []struct {
			name string
			n    int
		}{{"60k", 60_000}, {"1m", (1<<20 - len(base) - 2048)}} {
			blank := make([]string, size.n)
			try(g.scenario("blank-lines-"+size.name+"-"+b.name, Harmless, joinLines(insertAt(ls, b.at, blank...)), checkOnly, line(b.at+1)))
		}
	}

	// 3. Other pathological shapes.
	title := func(v string) []byte { return joinLines(withLine(ls, titleAt, "title: "+v)) }
	summary := func(v string) []byte {
		return joinLines(append(append(append([]string(nil), ls[:summaryAt]...), "summary: "+v), ls[summaryEnd:]...))
	}
	try(g.scenario("deep-open-brackets", Refuse, summary(strings.Repeat("[", 20_000)), checkAnalyze, line(-1)))
	try(g.scenario("deep-closed-brackets", Refuse, summary(strings.Repeat("[", 10_000)+strings.Repeat("]", 10_000)), checkAnalyze, line(summaryAt+1)))
	try(g.scenario("deep-braces", Refuse, summary(strings.Repeat("{a: ", 5_000)+"b"+strings.Repeat("}", 5_000)), checkAnalyze, line(summaryAt+1)))
	bomb := []string{"bomb0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"}
	for i := 1; i <= 9; i++ {
		bomb = append(bomb, fmt.Sprintf("bomb%d: &a%d [%s]", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 10), ", ")))
	}
	try(g.scenario("alias-bomb-unknown-keys", Refuse, joinLines(insertAt(ls, idAt, bomb...)), checkAnalyze, line(-1)))
	try(g.scenario("alias-bomb-as-summary", Refuse, joinLines(insertAt(withLine(ls, summaryAt, "summary: *a9"), idAt, bomb...)), checkAnalyze, line(-1)))
	try(g.scenario("alias-bomb-as-objectives", Refuse, joinLines(insertAt(withLine(ls, briefEnd, "    objectives: *a6"), idAt, bomb...)), checkAnalyze, line(-1)))
	try(g.scenario("alias-self", Refuse, title("&t [*t]"), checkAnalyze, line(-1)))
	try(g.scenario("alias-undefined", Refuse, title("*nowhere"), checkAnalyze, line(titleAt+1)))
	try(g.scenario("long-title-300k", Harmless, title(strings.Repeat("Berlin ", 300_000/7)), checkAnalyze, nil))
	try(g.scenario("long-comment-500k", Harmless, joinLines(insertAt(ls, idAt, "# "+strings.Repeat("x", 500_000))), checkOnly, nil))
	try(g.scenario("long-brief-line-200k", Harmless, joinLines(insertAt(ls, proseAt, "      "+strings.Repeat("word ", 40_000))), checkOnly, nil))
	try(g.scenario("many-documents", Harmless, append(append([]byte(nil), base...), bytes.Repeat([]byte("---\n"), 20_000)...), checkOnly, nil))
	try(g.scenario("two-documents", Harmless, append(append(append([]byte(nil), base...), "---\n"...), base...), checkOnly, nil))
	try(g.scenario("empty", Refuse, nil, checkOnly, nil))
	try(g.scenario("only-comments", Refuse, joinLines(ls[:idAt]), checkOnly, nil))
	try(g.scenario("a-list", Refuse, []byte("- berlin\n- harbour\n"), checkOnly, nil))
	try(g.scenario("binary-junk", Refuse, junk(g.rand("junk"), 4096), checkOnly, nil))
	try(g.scenario("duplicate-title", Refuse, joinLines(insertAt(ls, titleAt, "title: Another title")), checkOnly, line(-1)))

	// 4. Numbers: leading zeros and other bases.
	for _, n := range []struct {
		name, value string
		at          int
		jargon      []string
	}{
		{"reservation-010", "reservation: 010", resAt, nil},
		{"reservation-080", "reservation: 080", resAt, []string{"remove the quotes"}},
		{"reservation-0x3c", "reservation: 0x3c", resAt, nil},
		{"reservation-0o74", "reservation: 0o74", resAt, nil},
		{"threshold-067", "threshold: 067", thrAt, nil},
		{"rounds-06", "rounds: 06", roundsAt, nil},
	} {
		indent := ls[n.at][:len(ls[n.at])-len(strings.TrimLeft(ls[n.at], " "))]
		jargon := n.jargon
		try(g.scenario(n.name, Refuse, joinLines(withLine(ls, n.at, indent+n.value)), checkAnalyze, func(c *Case) { c.Line, c.Jargon = n.at+1, jargon }))
	}

	// 5. Encodings and directives.
	try(g.scenario("bom", Accept, append(append([]byte(nil), bom...), base...), checkAnalyze, nil))
	try(g.scenario("crlf", Accept, crlf(base), checkAnalyze, nil))
	try(g.scenario("bom-crlf", Accept, append(append([]byte(nil), bom...), crlf(base)...), checkOnly, nil))
	try(g.scenario("nul-at-start", Refuse, append([]byte{0}, base...), checkAnalyze, func(c *Case) { c.Words = []string{"NUL"} }))
	try(g.scenario("nul-in-comment", Harmless, joinLines(insertAt(ls, idAt, "# a \x00 here")), checkOnly, func(c *Case) { c.Words, c.Line = []string{"NUL"}, idAt+1 }))
	try(g.scenario("yaml-1.2-directive", Refuse, append([]byte("%YAML 1.2\n---\n"), base...), checkAnalyze, func(c *Case) { c.Words = []string{"%YAML", "directive"} }))
	try(g.scenario("yaml-1.1-directive", Harmless, append([]byte("%YAML 1.1\n---\n"), base...), checkOnly, nil))
	try(g.scenario("tag-directive", Harmless, append([]byte("%TAG !x! tag:example.com,2026:\n---\n"), base...), checkOnly, nil))
	try(g.scenario("utf16", Refuse, utf16(base), checkOnly, nil))

	// 6. Syntax errors a teacher makes.
	quote := func(c *Case) { c.Words = []string{"quote"} }
	at := func(n int, f func(*Case)) func(*Case) {
		return func(c *Case) { c.Line = n; f(c) }
	}
	flowAttr := withLine(withLine(withLine(ls, attrAt+2), attrAt+1), attrAt,
		"  - {id: commitment, name: Strength of commitment, description: How firmly, and how quickly, the guarantors bind themselves.}")
	try(g.scenario("comma-in-one-line-mapping", Refuse, joinLines(flowAttr), checkAnalyze, at(attrAt+1, quote)))
	try(g.scenario("colon-space-in-title", Refuse, title("The Berlin Guarantees: a test case"), checkAnalyze, at(titleAt+1, quote)))
	try(g.scenario("colon-space-in-objective", Refuse, joinLines(withLine(ls, objAt, "      - Note: keep the US role small.")), checkAnalyze, at(objAt+1, quote)))
	try(g.scenario("hash-in-title", Harmless, title("Berlin #1 talks"), checkOnly, nil))
	try(g.scenario("tab-indentation", Refuse, joinLines(withLine(ls, attrNameAt, "\t"+strings.TrimLeft(ls[attrNameAt], " "))), checkAnalyze,
		at(attrNameAt+1, func(c *Case) { c.Words = []string{"tab"} })))
	try(g.scenario("unclosed-double-quote", Refuse, title(`"The Berlin Guarantees`), checkAnalyze, line(-1)))
	try(g.scenario("unclosed-single-quote", Refuse, title(`'The Berlin Guarantees`), checkAnalyze, line(-1)))
	try(g.scenario("unclosed-flow-list", Refuse, joinLines(withLine(ls, objAt-1, "    objectives: [one, two")), checkOnly, line(-1)))
	two := withLine(ls, attrNameAt, "\t"+strings.TrimLeft(ls[attrNameAt], " "))
	two = withLine(two, titleAt, "title: The Berlin Guarantees: a test case")
	try(g.scenario("two-syntax-errors", Refuse, joinLines(two), checkOnly, func(c *Case) { c.MultiLine = true }))
	three := withLine(ls, objAt, "      - Note: keep the US role small.")
	three = withLine(three, titleAt, `title: "The Berlin Guarantees" extra`)
	try(g.scenario("two-syntax-errors-far-apart", Refuse, joinLines(three), checkOnly, func(c *Case) { c.MultiLine = true }))
	mixed := withLine(ls, resAt, ls[resAt][:strings.Index(ls[resAt], "r")]+"reservation: 010")
	mixed = withLine(mixed, titleAt, "title: The Berlin Guarantees: a test case")
	try(g.scenario("syntax-error-and-leading-zero", Refuse, joinLines(mixed), checkOnly, func(c *Case) { c.MultiLine = true }))
	unknown := insertAt(insertAt(ls, resAt, "    reservaton: 60"), titleAt, "titel: Berlin")
	try(g.scenario("two-unknown-keys", Refuse, joinLines(unknown), checkOnly, func(c *Case) { c.MultiLine = true }))

	// 7. Control, bidirectional and invisible characters in text.
	type place struct {
		name   string
		at     int
		quoted bool // a one-line value that can also be written as a double-quoted escape
	}
	places := []place{{"title", titleAt, true}, {"party-name", usNameAt, true}, {"attribute-name", attrNameAt, true},
		{"objective", objAt, true}, {"brief-prose", proseAt, false}, {"news-headline", newsAt, true}}
	for _, pl := range places {
		prefix, val := splitValue(ls[pl.at])
		mid := max(strings.Index(val, " "), 0)
		for _, ch := range badChars {
			e := Refuse
			if strings.ContainsAny(ch.char, "\v\f\u0085\u2028") {
				e = Harmless
			}
			// Raw: the character itself, between two words of the text.
			raw := prefix + val[:mid] + ch.char + val[mid:]
			try(g.scenario("char-"+ch.name+"-raw-in-"+pl.name, e, joinLines(withLine(ls, pl.at, raw)), checkAnalyze, line(pl.at+1)))
			if pl.quoted {
				// Escaped: the same character as a YAML double-quoted escape.
				esc := fmt.Sprintf(`%s"%s\u%04x%s"`, prefix, escapeYAML(val[:mid]), []rune(ch.char)[0], escapeYAML(val[mid:]))
				try(g.scenario("char-"+ch.name+"-escaped-in-"+pl.name, e, joinLines(withLine(ls, pl.at, esc)), checkAnalyze, line(pl.at+1)))
			}
		}
	}
	for _, inv := range []struct{ name, value string }{
		{"zwsp", `"\u200b"`}, {"word-joiner", `"\u2060"`}, {"zwsp-word-joiner", `"\u200b\u2060"`},
		{"spaces-and-zwsp", `" \u200b "`}, {"soft-hyphen", `"\u00ad"`}, {"bom-char", `"\ufeff"`},
	} {
		for _, pl := range []place{{"party-name", usNameAt, true}, {"title", titleAt, true}, {"attribute-name", attrNameAt, true}} {
			prefix, _ := splitValue(ls[pl.at])
			try(g.scenario("invisible-"+inv.name+"-as-"+pl.name, Refuse, joinLines(withLine(ls, pl.at, prefix+inv.value)), checkAnalyze, line(pl.at+1)))
		}
	}
	try(g.scenario("zwsp-inside-a-word", Harmless, title(`"The Ber\u200blin Guarantees"`), checkOnly, nil))

	// 8. Random structural mutations of the scenario's body.
	cs = append(cs, g.mutations(base, ls, idAt)...)
	return cs, firstErr
}

// escapeYAML escapes text for a double-quoted YAML scalar.
func escapeYAML(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

// utf16 is data as UTF-16LE with its byte-order mark, as some Windows
// editors save it.
func utf16(data []byte) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range string(data) {
		if r > 0xffff {
			r = '?'
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

// splitValue splits a line into what comes before its text ("  name: ",
// "      - ", or the indentation of a line of prose) and the text.
func splitValue(l string) (prefix, value string) {
	trimmed := strings.TrimLeft(l, " ")
	indent := l[:len(l)-len(trimmed)]
	if rest, ok := strings.CutPrefix(trimmed, "- "); ok {
		if k, v, ok := strings.Cut(rest, ": "); ok && !strings.Contains(k, " ") {
			return indent + "- " + k + ": ", v
		}
		return indent + "- ", rest
	}
	if k, v, ok := strings.Cut(trimmed, ": "); ok && !strings.Contains(k, " ") {
		return indent + k + ": ", v
	}
	return indent, trimmed
}

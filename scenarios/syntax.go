package scenarios

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/token"
)

// This file turns the YAML library's syntax errors into messages a
// teacher can act on. The library says what its parser expected ("',' or
// ']' must be specified", "mapping value is not allowed in this context")
// where it noticed, which is often lines after the mistake; each rule here
// recognises a common mistake from that and the lines themselves, points
// at the mistake and says how to fix it. An error no rule knows keeps the
// library's words, at the library's line.

// A syntaxProblem is one syntax error, explained: where, what to do, and
// the line whose entry recover.go sets aside to read the rest of the file.
type syntaxProblem struct {
	at    pos
	msg   string
	cause int
	// related is another line the explanation is about, if any.
	related int
	// tabs is set for tabs in indentation, which are replaced rather than
	// set aside.
	tabs bool
}

// explain finds the mistake behind a syntax error.
func explain(err error, ls lines, tokens token.Tokens) syntaxProblem {
	var yerr yaml.Error
	if !errors.As(err, &yerr) {
		return syntaxProblem{at: pos{1, 1}, msg: fmt.Sprintf("YAML syntax error: %v", err)}
	}
	lib := yerr.GetMessage()
	at := tokenPos(yerr.GetToken())
	if !at.known() {
		at = pos{1, 1}
	}
	// The library points at the space before a value on some errors.
	if s := ls.text(at.line); byteAt(s, at.col) < len(s) {
		rest := s[byteAt(s, at.col):]
		at.col += len(rest) - len(strings.TrimLeft(rest, " "))
	}
	for _, rule := range syntaxRules {
		if p, ok := rule(lib, at, ls, tokens); ok {
			if p.cause == 0 {
				p.cause = p.at.line
			}
			return p
		}
	}
	if strings.Contains(lib, "unexpected key name") {
		return syntaxProblem{at: at, msg: "YAML reads this line as a new key, but it cannot start one here: if it goes on with a text above, indent it like the lines of that text; if it is a key, line it up with the keys it belongs with and give it its colon and value", cause: at.line}
	}
	if strings.Contains(lib, "non-map value") {
		return syntaxProblem{at: at, msg: "this line is neither a key with its value nor part of a text: if it goes on with the text above, put that whole text in quotes or write it as a block (key: | and the text indented below), otherwise give it a key (key: value)", cause: at.line}
	}
	if strings.Contains(lib, "not allowed in this context") {
		// What no rule above explains, in words: the library's "map
		// key-value is pre-defined" says only that a value already
		// stands where this one is.
		return syntaxProblem{at: at, msg: "YAML cannot read this line as it stands: it takes it for a second value where one already stands — often a line of text after a line that ends in a colon, or a line indented unlike its neighbours; if it is text, put the whole text in quotes (or start it with |), otherwise line it up with the keys it belongs with", cause: at.line}
	}
	return syntaxProblem{at: at, msg: fmt.Sprintf("YAML syntax error: %s; check the indentation, colons and quotes on this line", strings.ReplaceAll(lib, "\t", `\t`)), cause: at.line}
}

// syntaxRules are tried in order; the first that recognises the mistake
// explains it.
var syntaxRules = []func(lib string, at pos, ls lines, tokens token.Tokens) (syntaxProblem, bool){
	tabIndent,
	runawayQuote,
	afterQuote,
	reservedStart,
	unclosedBracket,
	colonInText,
	dashWithoutSpace,
	colonWithoutSpace,
	misaligned,
	overIndented,
	knownMessages,
}

// tabIndent: YAML forbids tabs in indentation.
func tabIndent(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	if !strings.Contains(lib, "\t") && !strings.Contains(lib, "tab character") {
		return syntaxProblem{}, false
	}
	for n := at.line; n >= max(1, at.line-3); n-- {
		if i := strings.IndexByte(leading(ls.text(n)), '\t'); i >= 0 {
			more := ""
			switch k := tabbed(ls) - 1; {
			case k == 1:
				more = ", and so is 1 more line"
			case k > 1:
				more = fmt.Sprintf(", and so are %d more lines", k)
			}
			return syntaxProblem{at: pos{n, i + 1}, tabs: true, msg: fmt.Sprintf("line %d is indented with a tab%s; indent with spaces, never with tabs (most editors can be set to type spaces for the Tab key)", n, more)}, true
		}
	}
	return syntaxProblem{at: at, msg: "a tab is used where YAML expects spaces; use spaces instead"}, true
}

// leading is the spaces and tabs a line starts with.
func leading(s string) string { return s[:len(s)-len(strings.TrimLeft(s, " \t"))] }

// tabbed counts the lines with a tab in their indentation.
func tabbed(ls lines) int {
	n := 0
	for _, s := range ls {
		if strings.Contains(leading(s), "\t") {
			n++
		}
	}
	return n
}

// runawayQuote: a quote that is not closed on its line runs on to the next
// quote, lines later, and the error shows up there.
func runawayQuote(lib string, at pos, ls lines, tokens token.Tokens) (syntaxProblem, bool) {
	var open *token.Token
	for _, tk := range tokens {
		if tk == nil || tk.Position == nil || tk.Position.Line > at.line {
			break
		}
		quoted := tk.Type == token.SingleQuoteType || tk.Type == token.DoubleQuoteType ||
			tk.Type == token.InvalidType && strings.Contains(tk.Error, "could not find end character")
		if quoted && strings.Contains(strings.TrimRight(tk.Origin, "\r\n "), "\n") {
			open = tk
		}
	}
	if open == nil && !strings.Contains(lib, "could not find end character") {
		return syntaxProblem{}, false
	}
	start := at
	if open != nil {
		start = tokenPos(open)
		// Where the quote closes: a text quoted over lines on purpose
		// closes at the end of a line; a runaway one at the next quote,
		// with the rest of that line left over.
		body := strings.TrimRight(open.Origin, "\r\n ")
		end := start.line + strings.Count(body, "\n")
		tail := body[strings.LastIndexByte(body, '\n')+1:]
		rest := strings.TrimPrefix(ls.text(end), tail)
		comment := strings.HasPrefix(rest, " ") && strings.HasPrefix(strings.TrimSpace(rest), "#")
		if open.Type != token.InvalidType && (strings.TrimSpace(rest) == "" || comment || end < at.line-1) {
			return syntaxProblem{}, false
		}
	}
	q := "\""
	if s := ls.text(start.line); strings.HasPrefix(s[byteAt(s, start.col):], "'") {
		q = "'"
	}
	hint := ""
	if q == "'" {
		hint = ` (inside '…' an apostrophe is written twice: 'Northland''s')`
	}
	return syntaxProblem{at: start, msg: fmt.Sprintf("the quote %s opened here is not closed on this line, so the text runs on into the lines below; close it at the end of the text%s", q, hint)}, true
}

// afterQuote: text after the closing quote of a value, often an apostrophe
// ending a text in single quotes too early.
func afterQuote(lib string, at pos, ls lines, tokens token.Tokens) (syntaxProblem, bool) {
	if !strings.Contains(lib, "not allowed in this context") {
		return syntaxProblem{}, false
	}
	var quoted *token.Token
	for _, tk := range tokens {
		if tk == nil || tk.Position == nil || tk.Position.Line > at.line || tk.Position.Line == at.line && tk.Position.Column >= at.col {
			break
		}
		if tk.Position.Line == at.line {
			quoted = nil
			if tk.Type == token.SingleQuoteType || tk.Type == token.DoubleQuoteType {
				quoted = tk
			}
		}
	}
	if quoted == nil {
		return syntaxProblem{}, false
	}
	if quoted.Type == token.SingleQuoteType {
		return syntaxProblem{at: at, msg: `the text in '…' ends before this point, at an apostrophe; write an apostrophe inside '…' twice ('Northland''s'), or put the whole text in "double quotes"`}, true
	}
	return syntaxProblem{at: at, msg: `text after the closing quote; put the whole text inside the quotes`}, true
}

// reservedStart: a value starting with a character YAML reserves.
func reservedStart(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	e, ok := ls.entry(at.line)
	if !ok || e.value == "" {
		return syntaxProblem{}, false
	}
	c := e.value[:1]
	vat := pos{at.line, colAt(ls.text(at.line), strings.Index(ls.text(at.line), e.value))}
	switch {
	case strings.Contains(lib, "invalid header option") && (c == "|" || c == ">"):
		return syntaxProblem{at: vat, msg: fmt.Sprintf("%s after a key starts a block of text on the lines below, so nothing else may follow it on this line; to start a text with %s, put this text in quotes", c, c)}, true
	case strings.Contains(lib, "reserved character"), strings.Contains(lib, "directive"),
		strings.Contains(lib, "not allowed in this context"):
		if !strings.Contains("@`%*", c) {
			return syntaxProblem{}, false
		}
	default:
		return syntaxProblem{}, false
	}
	return syntaxProblem{at: vat, msg: fmt.Sprintf("put this text in quotes: it starts with %s, which YAML keeps for its own use at the start of a value", c)}, true
}

// unclosedBracket: a [ or { that is never closed; the library notices at
// the next line. A text that starts with [ or { is the usual cause.
func unclosedBracket(lib string, at pos, ls lines, tokens token.Tokens) (syntaxProblem, bool) {
	switch {
	case strings.Contains(lib, "must be specified"), strings.Contains(lib, "not found"),
		strings.Contains(lib, "end token"), strings.Contains(lib, "flow map content"):
	case strings.Contains(lib, "not allowed in this context"):
	default:
		return syntaxProblem{}, false
	}
	var stack []*token.Token
	var closed *token.Token // the last bracket closed on the error's line
	for _, tk := range tokens {
		if tk == nil || tk.Position == nil || tk.Position.Line > at.line || tk.Position.Line == at.line && tk.Position.Column >= at.col {
			break
		}
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			stack = append(stack, tk)
		case token.SequenceEndType, token.MappingEndType:
			if len(stack) > 0 {
				if tk.Position.Line == at.line {
					closed = stack[len(stack)-1]
				}
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) > 0 {
		open := stack[0]
		return syntaxProblem{at: tokenPos(open), msg: neverClosed(open)}, true
	}
	if closed != nil && strings.Contains(lib, "not allowed in this context") && closed.Position.Line == at.line {
		return syntaxProblem{at: at, msg: "text after a closing ] or }; a value that starts with [ or { is read as a list or mapping: put this text in quotes"}, true
	}
	return syntaxProblem{}, false
}

// neverClosed is the message for a [ or { that is never closed.
func neverClosed(open *token.Token) string {
	b, e := "[", "]"
	if open.Type == token.MappingStartType {
		b, e = "{", "}"
	}
	return fmt.Sprintf("the %s here is never closed; close it with %s on this line, or, if this is text, put this text in quotes", b, e)
}

// colonInText: "key: some text: more" — the second colon and space make
// YAML read a key where a text was meant.
func colonInText(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	if !strings.Contains(lib, "mapping value is not allowed") && !strings.Contains(lib, "could not find value for mapping key") {
		return syntaxProblem{}, false
	}
	e, ok := ls.entry(at.line)
	if !ok || e.value == "" {
		return syntaxProblem{}, false
	}
	if i := strings.Index(e.value+" ", ": "); i >= 0 {
		s := ls.text(at.line)
		col := colAt(s, len(e.prefix)+strings.Index(s[len(e.prefix):], e.value)+i)
		return syntaxProblem{at: pos{at.line, col}, msg: `put this text in quotes: it contains ": " (a colon and a space), which YAML reads as the start of a key`}, true
	}
	return syntaxProblem{}, false
}

// overIndented: a key indented further than the line above, whose key
// already has its value ("title: x" then "  summary: y"). YAML reads the
// second line as more of the first one's text, and then trips on its
// colon.
func overIndented(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	if !strings.Contains(lib, "not allowed in this context") {
		return syntaxProblem{}, false
	}
	top := ls.owner(at.line)
	e, ok := ls.entry(top)
	if !ok || e.key == "" || e.value == "" {
		return syntaxProblem{}, false
	}
	for n := ls.next(top); n > 0 && n <= at.line+1; n = ls.next(n) {
		ne, isEntry := ls.entry(n)
		if isEntry && ne.key != "" && ls.indent(n) > e.col {
			return syntaxProblem{at: pos{n, ls.indent(n) + 1}, related: top,
				msg: fmt.Sprintf("line %d is indented further than line %d, whose key %q already has a value; line %q up with %q (or, if it is more of that text, put the whole text in quotes)", n, top, e.key+":", ne.key+":", e.key+":")}, true
		}
	}
	return syntaxProblem{}, false
}

// dashWithoutSpace: "-id: x" is not a list item.
func dashWithoutSpace(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	s := strings.TrimLeft(ls.text(at.line), " ")
	if len(s) < 2 || s[0] != '-' || s[1] == ' ' || s[1] == '-' {
		return syntaxProblem{}, false
	}
	return syntaxProblem{at: pos{at.line, ls.indent(at.line) + 1}, msg: "a list item needs a space after its dash: write \"- \" before the item"}, true
}

// colonWithoutSpace: "title:Text" is one word to YAML, not a key.
func colonWithoutSpace(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	for _, n := range []int{at.line, ls.prev(at.line)} {
		s := ls.text(n)
		t := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(s, " "), "- "), " ")
		i := strings.IndexByte(t, ':')
		if n == 0 || i <= 0 || i+1 >= len(t) || t[i+1] == ' ' || strings.ContainsAny(t[:i], " \"'") {
			continue
		}
		if _, ok := ls.entry(n); ok && n != at.line {
			continue
		}
		return syntaxProblem{at: pos{n, colAt(s, len(s)-len(t)+i)}, msg: fmt.Sprintf("a key needs a space after its colon: write %q", t[:i+1]+" "+t[i+1:])}, true
	}
	return syntaxProblem{}, false
}

// misaligned: a line indented to no column the lines above use.
func misaligned(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	if !strings.Contains(lib, "not allowed in this context") && !strings.Contains(lib, "non-map value") && !strings.Contains(lib, "unexpected key") {
		return syntaxProblem{}, false
	}
	n := at.line
	ind := ls.indent(n)
	p := ls.prev(n)
	if p == 0 {
		return syntaxProblem{}, false
	}
	// The columns a line may start at: those of the entries it could
	// belong to, going up through less and less indented lines.
	bound := ls.indent(p) + 1
	for q := p; q > 0; q = ls.prev(q) {
		e, ok := ls.entry(q)
		if !ok || ls.indent(q) >= bound {
			continue
		}
		bound = ls.indent(q)
		if ind == e.col || ind == ls.indent(q) {
			return syntaxProblem{}, false
		}
		if bound == 0 {
			break
		}
	}
	pe, _ := ls.entry(p)
	return syntaxProblem{at: pos{n, ind + 1}, related: p, msg: fmt.Sprintf("line %d is indented %s, which lines up with no line above it (line %d's text is indented %s); indent it exactly like the lines it belongs with", n, count(ind, "space", "spaces"), p, count(pe.col, "space", "spaces"))}, true
}

// knownMessages gives a hint for the library's other common errors.
func knownMessages(lib string, at pos, ls lines, _ token.Tokens) (syntaxProblem, bool) {
	var msg string
	switch {
	case strings.Contains(lib, "unknown escape character"):
		msg = `a backslash inside "…" starts an escape such as \n; write \\ for a backslash, or put the text in 'single quotes'`
	case strings.Contains(lib, "document separator"):
		msg = "--- starts a new YAML document and nothing may follow it on its line; a scenario file is one document: remove the ---"
	case strings.Contains(lib, "invalid key for this map"), strings.Contains(lib, "unexpected map key"):
		msg = "this key is not a plain word; a key is a word followed by a colon and a space (id: …)"
		// "? key" on the line above is YAML's long form of a key.
		if p := ls.prev(at.line); p > 0 && strings.HasPrefix(strings.TrimSpace(ls.text(at.line)), ":") && strings.HasPrefix(strings.TrimSpace(ls.text(p)), "?") {
			return syntaxProblem{at: pos{p, ls.indent(p) + 1}, msg: msg}, true
		}
	default:
		return syntaxProblem{}, false
	}
	return syntaxProblem{at: at, msg: msg}, true
}

// Columns, like the library's, count characters; colAt is the column of
// byte i of s, and byteAt the byte where column col of s starts (len(s)
// past its end).
func colAt(s string, i int) int { return utf8.RuneCountInString(s[:min(max(i, 0), len(s))]) + 1 }

func byteAt(s string, col int) int {
	for i := range s {
		if col--; col == 0 {
			return i
		}
	}
	return len(s)
}

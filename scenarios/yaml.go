package scenarios

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// This file turns bytes into a YAML syntax tree and answers small questions
// about its nodes (where is it, what kind of value is it, what does it
// say). The walker in fields.go builds on it; nothing here knows the format.

// maxDiagnostics bounds a report: past it, more messages would not help a
// teacher, and a huge broken file would take long to explain.
const maxDiagnostics = 200

// A pos is a 1-based line and column in the file; the zero pos means unknown.
type pos struct{ line, col int }

func (p pos) known() bool { return p.line > 0 }

// or returns p if it is known, otherwise q.
func (p pos) or(q pos) pos {
	if p.known() {
		return p
	}
	return q
}

func tokenPos(tk *token.Token) pos {
	if tk == nil || tk.Position == nil {
		return pos{}
	}
	return pos{tk.Position.Line, tk.Position.Column}
}

// nodePos is where a node starts: for a block mapping the first key rather
// than the first colon, so that messages point where a reader looks.
func nodePos(n ast.Node) pos {
	switch n := n.(type) {
	case nil:
		return pos{}
	case *ast.MappingNode:
		if !n.IsFlowStyle && len(n.Values) > 0 && n.Values[0] != nil {
			if p := keyPos(n.Values[0]); p.known() {
				return p
			}
		}
		return tokenPos(n.Start)
	case *ast.MappingValueNode:
		return keyPos(n).or(tokenPos(n.Start))
	case *ast.SequenceNode:
		return tokenPos(n.Start)
	case *ast.LiteralNode:
		return tokenPos(n.Start)
	case *ast.StringNode:
		return tokenPos(n.Token)
	case *ast.IntegerNode:
		return tokenPos(n.Token)
	case *ast.FloatNode:
		return tokenPos(n.Token)
	case *ast.BoolNode:
		return tokenPos(n.Token)
	case *ast.NullNode:
		return tokenPos(n.Token)
	case *ast.InfinityNode:
		return tokenPos(n.Token)
	case *ast.NanNode:
		return tokenPos(n.Token)
	case *ast.MergeKeyNode:
		return tokenPos(n.Token)
	case *ast.AnchorNode:
		return tokenPos(n.Start)
	case *ast.AliasNode:
		return tokenPos(n.Start)
	case *ast.TagNode:
		return tokenPos(n.Start)
	case *ast.MappingKeyNode:
		return tokenPos(n.Start)
	}
	return pos{}
}

func keyPos(mv *ast.MappingValueNode) pos {
	if mv == nil || mv.Key == nil {
		return pos{}
	}
	return nodePos(mv.Key)
}

// mappingOf returns n as a mapping, if it is one. The parser wraps even a
// single key: value pair in a MappingNode; a bare pair is accepted too, in
// case some input makes it return one.
func mappingOf(n ast.Node) (*ast.MappingNode, bool) {
	switch n := n.(type) {
	case *ast.MappingNode:
		return n, true
	case *ast.MappingValueNode:
		return &ast.MappingNode{Values: []*ast.MappingValueNode{n}}, true
	}
	return nil, false
}

// isNull reports whether n is an absent or null value (`key:` with nothing
// after it, `~` or `null`).
func isNull(n ast.Node) bool {
	switch n.(type) {
	case nil, *ast.NullNode:
		return true
	}
	return false
}

// scalarText returns what a scalar says, as written (numbers and booleans
// as their text), and whether n is a scalar with a value at all. Folded
// tells whether YAML already joined the lines of a paragraph, which decides
// how prose is split into paragraphs (see [prose]).
func scalarText(n ast.Node) (text string, folded, ok bool) {
	switch n := n.(type) {
	case *ast.StringNode:
		return n.Value, true, true
	case *ast.LiteralNode:
		if n.Value == nil {
			return "", false, false
		}
		literal := n.Start != nil && n.Start.Type == token.LiteralType
		return n.Value.Value, !literal, true
	case *ast.IntegerNode:
		return tokenValue(n.Token), true, n.Token != nil
	case *ast.FloatNode:
		return tokenValue(n.Token), true, n.Token != nil
	case *ast.BoolNode:
		return tokenValue(n.Token), true, n.Token != nil
	case *ast.InfinityNode:
		return tokenValue(n.Token), true, n.Token != nil
	case *ast.NanNode:
		return tokenValue(n.Token), true, n.Token != nil
	}
	return "", false, false
}

func tokenValue(tk *token.Token) string {
	if tk == nil {
		return ""
	}
	return tk.Value
}

// describe names what a node is, for "found …" in messages.
func describe(n ast.Node) string {
	switch n := n.(type) {
	case nil, *ast.NullNode:
		return "nothing"
	case *ast.MappingNode:
		return "a mapping (key: value pairs)"
	case *ast.MappingValueNode:
		return "a mapping (key: value pairs)"
	case *ast.SequenceNode:
		return "a list"
	case *ast.LiteralNode:
		return "a block of text"
	case *ast.AnchorNode:
		return "an anchor (&)"
	case *ast.AliasNode:
		return "an alias (*)"
	case *ast.TagNode:
		return "a tag (!)"
	case *ast.StringNode:
		return quote(n.Value)
	}
	if s, _, ok := scalarText(n); ok {
		return s
	}
	return "something unexpected"
}

// quote quotes s for a message, shortened so a message stays on a line.
func quote(s string) string {
	const limit = 40
	if utf8.RuneCountInString(s) > limit {
		r := []rune(s)
		s = string(r[:limit]) + "…"
	}
	return strconv.Quote(s)
}

// parse turns data into the body of its single YAML document. It reports
// anything that keeps the file from being one YAML mapping, and returns
// nil when nothing of it can be read.
func (d *decoder) parse(data []byte) ast.Node {
	src, ok := d.precheck(data)
	if !ok {
		return nil
	}
	d.src = src
	file := d.readYAML(src)
	if file == nil {
		return nil
	}
	var body ast.Node
	for _, doc := range file.Docs {
		if doc == nil || isNull(doc.Body) {
			continue
		}
		if body != nil {
			d.errorf(nodePos(doc.Body).or(tokenPos(doc.Start)), "a second YAML document starts here; a scenario file holds exactly one (remove the extra ---)")
			break
		}
		body = doc.Body
	}
	if body == nil && !d.recovered() {
		d.errorf(pos{1, 1}, "the file is empty; expected a scenario starting with id:, title:, summary: …")
	}
	return body
}

// deepestFlow returns the deepest [ or { token and its nesting depth.
func deepestFlow(tokens token.Tokens) (*token.Token, int) {
	var deepest *token.Token
	depth, most := 0, 0
	for _, tk := range tokens {
		if tk == nil {
			continue
		}
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			depth++
			if depth > most {
				most, deepest = depth, tk
			}
		case token.SequenceEndType, token.MappingEndType:
			depth--
		}
	}
	return deepest, most
}

// invalidUTF8 is the position of the first byte that is not UTF-8.
func invalidUTF8(data []byte) pos {
	p := pos{1, 1}
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return p
		}
		if r == '\n' {
			p = pos{p.line + 1, 1}
		} else {
			p.col++
		}
		data = data[size:]
	}
	return p
}

// prose normalises a block of text: paragraphs are separated by exactly one
// blank line and the line breaks inside a paragraph become spaces, so that
// the front end can wrap text to any width. In a literal block (|) a blank
// line separates paragraphs; in every other style YAML has already joined
// the lines of a paragraph and left one line break between paragraphs.
func prose(s string, folded bool) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(s, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			flush()
			continue
		}
		cur = append(cur, strings.Join(words, " "))
		if folded {
			flush()
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// oneLine normalises a short text: runs of spaces and line breaks become
// one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// errorf and warnf record a diagnostic. Unknown positions are reported at
// the top of the file rather than at a line 0 no editor can show.
func (d *decoder) errorf(at pos, format string, args ...any) {
	d.report(at, false, format, args...)
}

func (d *decoder) warnf(at pos, format string, args ...any) {
	d.report(at, true, format, args...)
}

func (d *decoder) report(at pos, warning bool, format string, args ...any) {
	if !warning {
		d.errors++
	}
	if !at.known() {
		at = pos{1, 1}
	}
	at.col = max(at.col, 1)
	if d.lost[at.line] != kept && !d.syntax {
		// About a line set aside after a syntax error: a consequence of
		// that error, which is reported.
		return
	}
	if len(d.diags) >= maxDiagnostics {
		if !d.truncated {
			d.truncated = true
			d.diags = append(d.diags, Diagnostic{File: d.file, Line: at.line, Col: at.col,
				Msg: fmt.Sprintf("too many problems; the first %d are listed, fix them and check again", maxDiagnostics)})
		}
		return
	}
	d.diags = append(d.diags, Diagnostic{
		File:    d.file,
		Line:    at.line,
		Col:     at.col,
		Msg:     fmt.Sprintf(format, args...),
		Warning: warning,
	})
}

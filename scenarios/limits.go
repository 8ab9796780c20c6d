package scenarios

import (
	"github.com/goccy/go-yaml/token"
)

// The YAML library takes time or memory that grows with the square of
// some shapes of input (issue 11, item 2), so that a file well under the
// size limit could keep the game busy for minutes or exhaust its memory.
// Such input is refused here, before the parser sees it, with a message
// that says what to change. No scenario comes near these limits: the
// largest shipped one nests 7 levels deep and has at most 20 keys in a
// mapping. Measured on the library's v1.19.2, at 1 MiB: blank lines after a
// block of text (12 s at 60,000 lines), the same with old Mac line breaks
// (a lone CR: 19 s at 70 kB), keys of one mapping (41 s at 1 MiB; the
// parser reads each next key one call deeper and copies the rest), "- - -
// …" on one line (out of memory at 20 kB: each level copies its path).

const (
	// maxFileSize bounds the input: a full scenario is well under 100 kB.
	maxFileSize = 1 << 20
	// maxBlankRun bounds a run of blank (or only-space) lines.
	maxBlankRun = 1000
	// maxFlowDepth bounds [ and { nesting.
	maxFlowDepth = 32
	// maxDepth bounds the nesting of indented lists and mappings.
	maxDepth = 64
	// maxKeys bounds the keys of one mapping, and the items of one [ ]
	// list (the parser takes about 2 µs an item there: 2 s at 1 MiB).
	maxKeys = 200
	// maxAnchors bounds the anchors and aliases the parser is given: each
	// is an error anyway (see [decoder.plain]), and many are slow.
	maxAnchors = 50
)

// bounded checks the raw bytes: runs of blank lines.
func (d *decoder) bounded(data []byte) bool {
	if line, n := longestBlankRun(data); n > maxBlankRun {
		d.errorf(pos{line, 1}, "%d blank lines in a row start here; expected at most %d: delete the extra ones (the YAML reader slows down badly on long runs of them)", n, maxBlankRun)
		return false
	}
	return true
}

// longestBlankRun finds the longest run of lines holding nothing but
// spaces and tabs, and returns its first line (from 1) and its length. A
// line ends at LF, CR LF or a lone CR, as YAML reads them.
func longestBlankRun(data []byte) (line, n int) {
	cur, start, ln := 0, 0, 1
	blank := true
	for i, b := range data {
		switch b {
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				continue
			}
			fallthrough
		case '\n':
			if blank {
				if cur == 0 {
					start = ln
				}
				cur++
				if cur > n {
					line, n = start, cur
				}
			} else {
				cur = 0
			}
			ln++
			blank = true
		case ' ', '\t':
		default:
			blank = false
		}
	}
	return line, n
}

// A level is one open list or mapping while the tokens are walked: col is
// the column of its keys or dashes (0 for [ and {), keys counts its keys
// and items the commas of a [ ] or { }.
type level struct {
	col, keys, items int
	flow             bool
	// opener is the index of a [ or {.
	opener int
}

// shapeLimits walks the tokens once and reports the first shape past a
// limit: nesting, keys of one mapping, anchors and aliases (the depth of
// [ and { alone is checked first, by [deepestFlow]). It tracks
// block structure the way the parser does, by the column of keys and
// dashes: a key or dash further left closes what was open to its right.
func (d *decoder) shapeLimits(tokens token.Tokens) (*syntaxProblem, bool) {
	var open []level
	flow, anchors := 0, 0
	for i, tk := range tokens {
		if tk == nil || tk.Position == nil {
			continue
		}
		col := tk.Position.Column
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			flow++
			open = append(open, level{flow: true, opener: i})
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
			for len(open) > 0 {
				top := open[len(open)-1]
				open = open[:len(open)-1]
				if top.flow {
					break
				}
			}
		case token.AnchorType, token.AliasType:
			if anchors++; anchors > maxAnchors {
				d.errorf(tokenPos(tk), "more than %d anchors (&name) and aliases (*name) by here; scenario files do not use them: write the values out in full", maxAnchors)
				return nil, false
			}
		case token.CollectEntryType:
			if flow > 0 {
				top := &open[len(open)-1]
				if top.items++; top.items > maxKeys {
					if p := unclosed(tokens, open); p != nil {
						return p, true
					}
					d.errorf(tokenPos(tk), "more than %d items in one [ ] or { } by here; expected at most %d", maxKeys, maxKeys)
					return nil, false
				}
			}
		case token.MappingValueType:
			if flow > 0 {
				top := &open[len(open)-1]
				if top.keys++; top.keys > maxKeys {
					if p := unclosed(tokens, open); p != nil {
						return p, true
					}
					d.errorf(tokenPos(tk), "more than %d keys in one { } mapping by here; expected at most %d", maxKeys, maxKeys)
					return nil, false
				}
				continue
			}
			key := tk
			if i > 0 && tokens[i-1] != nil && tokens[i-1].Position != nil && tokens[i-1].Position.Line == tk.Position.Line {
				key = tokens[i-1]
			}
			if !d.blockEntry(&open, key.Position.Column, true, key) {
				return nil, false
			}
		case token.SequenceEntryType, token.MappingKeyType:
			if flow == 0 && !d.blockEntry(&open, col, false, tk) {
				return nil, false
			}
		}
	}
	return nil, true
}

// blockEntry records a key (isKey) or a dash at column col: it closes the
// levels to its right, and opens a level unless it continues one.
func (d *decoder) blockEntry(open *[]level, col int, isKey bool, tk *token.Token) bool {
	for len(*open) > 0 && !(*open)[len(*open)-1].flow && (*open)[len(*open)-1].col > col {
		*open = (*open)[:len(*open)-1]
	}
	if n := len(*open); n > 0 && (*open)[n-1].col == col {
		top := &(*open)[n-1]
		if isKey {
			if top.keys++; top.keys > maxKeys {
				d.errorf(tokenPos(tk), "more than %d keys in one mapping by here; expected at most %d: check the indentation (keys that line up belong to one mapping)", maxKeys, maxKeys)
				return false
			}
		}
		return true
	}
	keys := 0
	if isKey {
		keys = 1
	}
	*open = append(*open, level{col: col, keys: keys})
	if len(*open) > maxDepth {
		d.errorf(tokenPos(tk), "lists and mappings are nested more than %d levels deep here; expected at most %d", maxDepth, maxDepth)
		return false
	}
	return true
}

// tokenLimits checks the shapes of the tokens before the parser sees them.
// A shape past a limit is reported and ok is false; a [ or { never closed
// is returned as a syntax error, for readYAML to explain and set aside.
func (d *decoder) tokenLimits(tokens token.Tokens) (p *syntaxProblem, ok bool) {
	if tk, depth := deepestFlow(tokens); depth > maxFlowDepth {
		d.errorf(tokenPos(tk), "[ ] and { } are nested %d deep here; expected at most %d levels", depth, maxFlowDepth)
		return nil, false
	}
	return d.shapeLimits(tokens)
}

// unclosed finds a [ or { of the open ones that is never closed, which is
// why its list or mapping seems to go on for ever: a syntax error to
// explain and set aside like the parser's.
func unclosed(tokens token.Tokens, open []level) *syntaxProblem {
	for _, l := range open {
		if !l.flow {
			continue
		}
		depth := 0
		for _, tk := range tokens[l.opener:] {
			switch tk.Type {
			case token.SequenceStartType, token.MappingStartType:
				depth++
			case token.SequenceEndType, token.MappingEndType:
				depth--
			}
			if depth == 0 {
				break
			}
		}
		if depth > 0 {
			at := tokenPos(tokens[l.opener])
			return &syntaxProblem{at: at, msg: neverClosed(tokens[l.opener]), cause: at.line}
		}
	}
	return nil
}

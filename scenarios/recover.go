package scenarios

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
)

// The YAML library stops at the first syntax error, but FORMAT.md promises
// every problem at once. So after a syntax error the loader reports it,
// sets the broken entry aside and parses again: the entry's line keeps its
// key with a stand-in value (lostValue) and the lines of its value become
// comments, so every other line keeps its number. When the file parses, the
// content checks run on what is left; what they would say about the lines
// set aside is a consequence of the syntax error and is not reported (see
// [decoder.report]). Each attempt sets aside at least one more line, and
// the attempts are bounded in number and in bytes parsed, so a file with
// many errors is checked in bounded time.

const (
	// lostValue stands in for the value of an entry set aside. A file
	// that holds it is not recovered (its own text could be mistaken for
	// a stand-in).
	lostValue = "_yaml_syntax_error_"
	// maxSyntaxErrors bounds the syntax errors explained in one check.
	maxSyntaxErrors = 20
	// parseBudget bounds the bytes parsed over all attempts: 2 parses of
	// a file at the size limit, 20 of a large scenario (Berlin: 88 kB).
	parseBudget = 2 << 20
)

// How a line was set aside after a syntax error.
const (
	kept    = iota
	stubbed // its key kept, with lostValue as the value
	blanked
)

// readYAML parses src, reporting its syntax errors and setting broken
// entries aside, and returns the file, or nil when it cannot be read.
func (d *decoder) readYAML(src string) *ast.File {
	ls := splitLines(src)
	d.sections = sectionsOf(ls)
	recoverable := !strings.Contains(src, lostValue)
	budget := parseBudget
	// floor is the first line set aside last time: the parser read the
	// lines above it before, so an error there now means that setting
	// aside confused it, and nothing more it says can be trusted.
	floor := 0
	for attempt := 1; ; attempt++ {
		tokens := lexer.Tokenize(src)
		limited, ok := d.tokenLimits(tokens)
		if !ok {
			return nil
		}
		var p syntaxProblem
		if limited != nil {
			p = *limited
		} else {
			file, err := parser.Parse(tokens, 0, parser.AllowDuplicateMapKey())
			if err == nil {
				return file
			}
			p = explain(err, ls, tokens)
		}
		if limited == nil && p.at.line < floor && p.cause < floor {
			return nil
		}
		// An error on a line already set aside follows from the one
		// reported there.
		if d.lost[p.at.line] == kept && d.lost[p.cause] == kept && d.lost[p.related] == kept &&
			!d.untabbed[p.at.line] && !d.untabbed[p.related] {
			d.syntaxf(p.at, "%s", p.msg)
		}
		budget -= len(src)
		if !recoverable {
			return nil
		}
		if attempt >= maxSyntaxErrors || budget < len(src) {
			d.syntaxf(p.at, "the check stops after this syntax error; fix the problems above and check again for the rest of the file")
			return nil
		}
		if p.tabs {
			d.untab(ls)
		} else if floor = d.setAside(ls, p); floor == 0 {
			return nil
		}
		if limited != nil {
			floor = 0 // found without the parser, which has not read the lines above
		}
		src = strings.Join(ls, "\n")
	}
}

// setAside sets aside the entry where a syntax error is: first its value,
// then, if the line is still wrong, the whole entry. It returns the first
// line set aside, or 0 when nothing more can be.
func (d *decoder) setAside(ls lines, p syntaxProblem) int {
	for _, n := range []int{p.cause, p.at.line} {
		if n < 1 || n > len(ls) {
			continue
		}
		own := ls.owner(n)
		if own == 0 {
			own = n
		}
		if d.lost == nil {
			d.mark(0, kept) // makes the maps
		}
		d.lostSections[d.sections[own-1]] = true
		d.lostBelow[ls.prevNear(own)] = true
		switch d.lost[own] {
		case kept:
			last := ls.extent(own, false)
			e, isEntry := ls.entry(own)
			if isEntry {
				ls[own-1] = e.prefix + " " + lostValue
				d.mark(own, stubbed)
			} else {
				// "title:Text" is no key to YAML, but it was meant as one.
				if k, _, ok := strings.Cut(strings.TrimSpace(ls[own-1]), ":"); ok {
					d.lostKeys[strings.TrimPrefix(k, "- ")] = true
				}
				ls.hollow(own)
				d.mark(own, blanked)
			}
			d.blank(ls, own+1, last)
			return own
		case stubbed:
			d.drop(ls, own)
			return own
		}
	}
	return 0
}

// drop sets aside the whole entry at line own: a key with its value, a
// list item with all its keys.
func (d *decoder) drop(ls lines, own int) {
	if d.lost == nil {
		d.mark(0, kept) // makes the maps
	}
	d.lostSections[d.sections[own-1]] = true
	d.lostBelow[ls.prevNear(own)] = true
	if e, _ := ls.entry(own); e.key != "" {
		d.lostKeys[e.key] = true
	}
	last := ls.extent(own, true)
	ls.hollow(own)
	d.mark(own, blanked)
	d.blank(ls, own+1, last)
}

// untab replaces the tabs of indentation, reported once for the file: in
// a file indented with tabs throughout, each tab by two spaces. A line
// with a stray tab among lines indented with spaces could belong to any
// of them, so its entry is set aside, like one with a syntax error.
func (d *decoder) untab(ls lines) {
	indented, tabbed := 0, 0
	for _, s := range ls {
		if lead := leading(s); lead != "" {
			indented++
			if strings.Contains(lead, "\t") {
				tabbed++
			}
		}
	}
	if d.untabbed == nil {
		d.untabbed = map[int]bool{}
	}
	for i, s := range ls {
		lead := leading(s)
		if !strings.Contains(lead, "\t") {
			continue
		}
		d.untabbed[i+1] = true
		if tabbed == indented {
			ls[i] = strings.ReplaceAll(lead, "\t", "  ") + s[len(lead):]
			continue
		}
		ls[i] = strings.ReplaceAll(lead, "\t", " ") + s[len(lead):]
		d.drop(ls, i+1)
	}
}

// blank hollows lines from to last (see [lines.hollow]).
func (d *decoder) blank(ls lines, from, last int) {
	for n := from; n <= last; n++ {
		ls.hollow(n)
		d.mark(n, blanked)
	}
}

func (d *decoder) mark(line, how int) {
	if d.lost == nil {
		d.lost = map[int]int{}
		d.lostKeys = map[string]bool{}
		d.lostSections = map[string]bool{}
		d.lostBelow = map[int]bool{}
	}
	d.lost[line] = how
}

// sectionsOf names, for each line, the top-level key whose section holds
// it, as the file is before anything is set aside.
func sectionsOf(ls lines) []string {
	out := make([]string, len(ls))
	cur := ""
	for i := range ls {
		if e, ok := ls.entry(i + 1); ok && ls.indent(i+1) == 0 && !e.dash {
			cur = e.key
		}
		out[i] = cur
	}
	return out
}

// syntaxf reports a syntax error; unlike the content checks' messages, it
// is reported even on a line set aside.
func (d *decoder) syntaxf(at pos, format string, args ...any) {
	d.syntax = true
	d.errorf(at, format, args...)
	d.syntax = false
}

// recovered reports whether some entry was set aside, so that some
// checks (references to ids, required keys) may miss what was there.
func (d *decoder) recovered() bool { return d.lost != nil }

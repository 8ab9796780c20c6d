package scenarios

import "strings"

// A small model of a YAML file's lines, enough to explain a syntax error
// in terms of what a teacher sees (this line's key, that line's indent)
// and to set a broken entry aside so that the rest of the file can still
// be read (see recover.go). It knows only the block style scenario files
// are written in: "key: value", "- item", comments and blank lines.

// lines is a file split into lines without their line breaks; line n of
// the file is lines[n-1].
type lines []string

func splitLines(src string) lines {
	return strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
}

// text is line n, or "" past either end.
func (ls lines) text(n int) string {
	if n < 1 || n > len(ls) {
		return ""
	}
	return ls[n-1]
}

// indent is the number of spaces line n starts with (a tab, which YAML
// refuses there, counts as one).
func (ls lines) indent(n int) int {
	s := ls.text(n)
	return len(s) - len(strings.TrimLeft(s, " \t"))
}

// empty reports whether line n holds nothing to read: blank, or only a
// comment.
func (ls lines) empty(n int) bool {
	s := strings.TrimLeft(ls.text(n), " \t")
	return s == "" || s[0] == '#'
}

// prev is the nearest line before n with something to read, or 0.
func (ls lines) prev(n int) int {
	for n--; n >= 1; n-- {
		if !ls.empty(n) {
			return n
		}
	}
	return 0
}

// next is the nearest line after n with something to read, or 0.
func (ls lines) next(n int) int {
	for n++; n <= len(ls); n++ {
		if !ls.empty(n) {
			return n
		}
	}
	return 0
}

// An entry is what starts a line: dashes of list items, then a key.
type entryLine struct {
	// col is where the entry's own content starts (0-based): the key,
	// or the item after the last dash.
	col int
	// prefix is the line up to and including the key's colon, or the
	// last dash; value is the rest, trimmed.
	prefix, key, value string
	dash               bool
}

// entry reads line n as an entry. ok is false for a line that does not
// start one (a continuation of a text, a bracket).
func (ls lines) entry(n int) (e entryLine, ok bool) {
	s := ls.text(n)
	i := ls.indent(n)
	for strings.HasPrefix(s[i:], "- ") || s[i:] == "-" {
		e.dash = true
		i++
		e.prefix = s[:i]
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	e.col = i
	rest := s[i:]
	if k := keyEnd(rest); k > 0 {
		e.key = strings.Trim(strings.TrimSpace(rest[:k-1]), `"'`)
		e.prefix = s[:i+k]
		e.value = strings.TrimSpace(rest[k:])
		return e, true
	}
	e.value = strings.TrimSpace(rest)
	return e, e.dash
}

// keyEnd is the length of "key:" at the start of s, 0 when s does not
// start with a key: a plain or quoted word followed by a colon and a space
// or the end of the line.
func keyEnd(s string) int {
	if s == "" || strings.ContainsRune("#[{|>&*!%@`?", rune(s[0])) {
		return 0
	}
	start := 0
	if s[0] == '"' || s[0] == '\'' {
		end := strings.IndexByte(s[1:], s[0])
		if end < 0 {
			return 0
		}
		start = end + 2
	}
	for i := start; i < len(s); i++ {
		if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\t') {
			if i == 0 || start > 0 && i != start {
				return 0
			}
			return i + 1
		}
		if s[i] == ' ' && i+1 < len(s) && s[i+1] == '#' {
			return 0
		}
	}
	return 0
}

// owner is the line where the entry holding line n starts: n itself if it
// starts an entry, else the nearest line above that is less indented (the
// key whose text or block line n continues). 0 when there is none.
func (ls lines) owner(n int) int {
	for n >= 1 {
		if _, ok := ls.entry(n); ok {
			return n
		}
		ind := ls.indent(n)
		p := ls.prev(n)
		for p >= 1 && ls.indent(p) >= ind {
			p = ls.prev(p)
		}
		n = p
	}
	return 0
}

// extent is the last line of the entry starting at line n: the lines
// after it that are indented further than its content are its value. With
// whole, a list item's extent is all of it: every key of the item.
func (ls lines) extent(n int, whole bool) int {
	// A key's value is indented further than the key; a list item's
	// text further than its dash.
	e, _ := ls.entry(n)
	col := e.col
	if e.key == "" || whole && e.dash {
		col = ls.indent(n)
	}
	// After "key: text" only more of the text can follow, never a key:
	// a line that looks like one is a sibling indented wrongly.
	nested := whole && e.dash || e.value == "" || strings.ContainsAny(e.value[:min(1, len(e.value))], "|>")
	last := n
	for m := ls.next(n); m > 0 && ls.indent(m) > col; m = ls.next(m) {
		if _, isEntry := ls.entry(m); isEntry && !nested {
			break
		}
		last = m
	}
	return last
}

// hollow turns line n into a comment at its own indent, which YAML skips.
// Not a blank line: runs of blank lines make the library slow (see
// limits.go), and a line set aside must not join two runs into one; the
// indent keeps a line inside a block of text in it.
func (ls lines) hollow(n int) {
	ls[n-1] = strings.Repeat(" ", ls.indent(n)) + "#"
}

// prevNear is [lines.prev], looking back no further than a run of blank
// lines may be long, so that setting aside many lines stays linear.
func (ls lines) prevNear(n int) int {
	for m := n - 1; m >= 1 && m >= n-maxBlankRun-2; m-- {
		if !ls.empty(m) {
			return m
		}
	}
	return 0
}

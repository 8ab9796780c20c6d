package scenarios

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bindingwords/game/rules"
)

// Text from a scenario file is shown on screens, printed on paper and
// written to terminals by the tools: it is data, and must never be able
// to act as terminal control (an escape sequence that clears the screen
// or retitles the window) or reorder what a reader sees (a bidirectional
// override that shows "yes" where the file says "no").

// checkChars reports the first character of s that text from a file may
// not hold (see [rules.UnsafeChar]).
func (d *decoder) checkChars(at pos, what string, s string) {
	n, r := rules.UnsafeChar(s, true)
	if n > 0 {
		at = d.whereIs(at, r)
	}
	switch {
	case n == 0:
	case rules.BidiControl(r):
		d.errorf(at, "%s: character %d is a text-direction control (U+%04X), which can show the text in another order than it is written; remove it", what, n, r)
	default:
		d.errorf(at, "%s: character %d is a control character (U+%04X), which a screen or terminal could act on; remove it", what, n, r)
	}
}

// invisible reports whether s holds nothing a reader can see: only
// spaces and invisible format characters (zero-width spaces and joiners,
// word joiners, byte order marks).
func invisible(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// whereIs is where character r stands in the file, for a value that
// starts at at: a block of text (| or >) starts on its key's line, and
// the character may be many lines below. It is the first line from at on
// that holds r, and at itself when none does (the character was written
// as an escape, "\u202e", which the file does not hold as such).
func (d *decoder) whereIs(at pos, r rune) pos {
	if !at.known() || d.src == "" {
		return at
	}
	ls := splitLines(d.src)
	for n := at.line; n <= len(ls); n++ {
		if i := strings.IndexRune(ls.text(n), r); i >= 0 {
			if n == at.line {
				return at
			}
			return pos{line: n, col: utf8.RuneCountInString(ls.text(n)[:i]) + 1}
		}
	}
	return at
}

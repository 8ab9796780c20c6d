package scenarios

import "unicode"

// Text from a scenario file is shown on screens, printed on paper and
// written to terminals by the tools: it is data, and must never be able
// to act as terminal control (an escape sequence that clears the screen
// or retitles the window) or reorder what a reader sees (a bidirectional
// override that shows "yes" where the file says "no").

// checkChars reports the first character of s that text from a file may
// not hold: a control character other than the line breaks and tabs of
// prose, or a bidirectional embedding, override or isolate.
func (d *decoder) checkChars(at pos, what string, s string) {
	n := 0
	for _, r := range s {
		n++
		switch {
		case r == '\n' || r == '\t':
		case unicode.IsControl(r):
			d.errorf(at, "%s: character %d is a control character (U+%04X), which a screen or terminal could act on; remove it", what, n, r)
			return
		case bidiControl(r):
			d.errorf(at, "%s: character %d is a text-direction control (U+%04X), which can show the text in another order than it is written; remove it", what, n, r)
			return
		}
	}
}

// bidiControl reports the embeddings, overrides and isolates of the
// Unicode bidirectional algorithm. The plain marks (U+200E, U+200F) stay
// allowed: right-to-left names may need them.
func bidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
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

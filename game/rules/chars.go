package rules

import "unicode"

// UnsafeChar finds the first character of s that text from a file may
// not hold, and returns its position (from 1) and the character, or 0.
// Text from a file is shown on screens and written to terminals: it must
// never act as terminal control (an escape sequence that clears the
// screen, a line break that forges a line of output) or reorder what a
// reader sees (a bidirectional override). prose allows the tabs and line
// breaks of paragraphs. The plain right-to-left marks (U+200E, U+200F)
// stay allowed: right-to-left names may need them.
func UnsafeChar(s string, prose bool) (int, rune) {
	n := 0
	for _, r := range s {
		n++
		switch {
		case prose && (r == '\n' || r == '\t'):
		case unicode.IsControl(r), BidiControl(r):
			return n, r
		}
	}
	return 0, 0
}

// BidiControl reports the embeddings, overrides and isolates of the
// Unicode bidirectional algorithm (U+202A–U+202E, U+2066–U+2069).
func BidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

package scenarios

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// This file checks a file's bytes before the YAML library sees them: what
// the library would report as a puzzle far from its cause (a NUL byte, a
// file saved as UTF-16, a %YAML directive) and what it would take
// quadratic time or memory on (see limits.go). Each check says in plain
// words what is wrong and what to do.

// bom is the byte order mark Windows editors (Notepad) put at the start of
// a UTF-8 file. It says nothing about the content and is dropped.
const bom = "\uFEFF"

// precheck returns the text to hand to the YAML library, or ok false when
// the file cannot be read as a scenario at all (then the reason is
// reported). A directive line is reported and made a comment, so that the
// rest of the file is still checked.
func (d *decoder) precheck(data []byte) (src string, ok bool) {
	if len(data) > maxFileSize {
		d.errorf(pos{1, 1}, "the file is %d bytes long; a scenario file must be at most %d bytes", len(data), maxFileSize)
		return "", false
	}
	if utf16(data) {
		d.errorf(pos{1, 1}, "the file is saved as UTF-16 (\"Unicode\" in some editors); save it again with the UTF-8 encoding")
		return "", false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		d.errorf(pos{1 + bytes.Count(data[:i], []byte("\n")), 1},
			"line %d has a NUL character (a zero byte): the file is damaged or not a text file; open it in a text editor, check this line and save it as plain text (UTF-8)",
			1+bytes.Count(data[:i], []byte("\n")))
		return "", false
	}
	if !utf8.Valid(data) {
		d.errorf(invalidUTF8(data), "the file is not UTF-8 text; save it with the UTF-8 encoding")
		return "", false
	}
	if !d.bounded(data) {
		return "", false
	}
	// The mark is one character at the start of line 1: dropping it moves
	// nothing a message points at except columns of line 1, by one.
	src = strings.TrimPrefix(string(data), bom)
	// Lines may end in LF, CR LF or, from old Mac editors, a lone CR;
	// YAML reads all three as a line break, and so do the checks here.
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	return d.directives(src), true
}

// utf16 reports whether data looks like UTF-16 text: it starts with a
// UTF-16 byte order mark, or it is mostly ASCII with a zero byte next to
// every character, which is what UTF-16 makes of English text.
func utf16(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return true
	}
	n := min(len(data), 256) &^ 1
	if n < 8 {
		return false
	}
	zeros := 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 || data[i+1] == 0 {
			zeros++
		}
	}
	return zeros*4 >= n/2*3 // at least three quarters of the pairs
}

// directives reports every line that is a YAML directive (%YAML 1.2,
// %TAG …) and turns it into a comment. The library reads one as the start of a document
// and then reports "found something unexpected" where the scenario
// starts; scenario files never need one.
func (d *decoder) directives(src string) string {
	if !strings.HasPrefix(src, "%") && !strings.Contains(src, "\n%") {
		return src
	}
	lines := strings.SplitAfter(src, "\n")
	for i, l := range lines {
		if !isDirective(l) {
			continue
		}
		name := strings.TrimRight(l, "\r\n")
		d.errorf(pos{i + 1, 1}, "line %d is a YAML directive (%s); scenario files do not use directives: remove the line", i+1, quote(name))
		lines[i] = "#" + lineEnd(l) // read as a comment, keeping the line numbers
	}
	return strings.Join(lines, "")
}

// isDirective reports whether a line is a directive: % at its very start
// and a name. A plain value never starts a line at column 1 with %.
func isDirective(l string) bool {
	return len(l) > 1 && l[0] == '%' && (l[1] >= 'A' && l[1] <= 'Z' || l[1] >= 'a' && l[1] <= 'z')
}

// lineEnd is the line break that ends l ("" for a last line without one).
func lineEnd(l string) string {
	return l[len(strings.TrimRight(l, "\r\n")):]
}

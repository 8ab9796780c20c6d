package scenarios

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// The getters of [fields]: each reads one value, reports what is wrong with
// it and returns a usable zero value, so that the walker carries on.

// wrong reports a value of the wrong kind or out of range.
func (f *fields) wrong(v field, expected string) {
	f.d.errorf(v.at(), "%s: expected %s, found %s", v.key, expected, describe(v.node))
}

// colonHint explains the commonest way text turns into a mapping.
func colonHint(n ast.Node) string {
	if _, ok := mappingOf(n); ok {
		return `; a colon followed by a space starts a key, so put the whole text in "quotes"`
	}
	return ""
}

// text reads a short, one-line text. A required text must not be blank.
func (f *fields) text(k string) string {
	v, ok := f.get(k, "a line of text")
	if !ok {
		return ""
	}
	s, _, ok := scalarText(v.node)
	if !ok {
		f.d.errorf(v.at(), "%s: expected a line of text, found %s%s", k, describe(v.node), colonHint(v.node))
		return ""
	}
	s = oneLine(s)
	if s == "" && f.required(k) {
		f.d.errorf(v.at(), "%s is blank in %s; expected some text", k, f.label)
	}
	if s != "" && invisible(s) {
		f.d.errorf(v.at(), "%s in %s holds only invisible characters; expected text a reader can see", k, f.label)
	}
	f.d.checkChars(v.at(), k, s)
	return s
}

// phrase reads an option's text: a line of text, which may be empty
// (text: "") for an option that leaves a phrase out of the sentence; the
// key itself is still required, so that leaving it out is not a slip.
func (f *fields) phrase(k string) string {
	v, ok := f.get(k, "a line of text, or \"\" to leave the phrase out")
	if !ok {
		return ""
	}
	if s, _, ok := scalarText(v.node); ok && s == "" {
		return ""
	}
	return f.text(k)
}

// prose reads a text of one or more paragraphs (see [prose]).
func (f *fields) prose(k string) string {
	v, ok := f.get(k, "text")
	if !ok {
		return ""
	}
	s, folded, ok := scalarText(v.node)
	if !ok {
		f.d.errorf(v.at(), "%s: expected text, found %s%s", k, describe(v.node), colonHint(v.node))
		return ""
	}
	s = prose(s, folded)
	if s == "" && f.required(k) {
		f.d.errorf(v.at(), "%s is blank in %s; expected some text", k, f.label)
	}
	f.d.checkChars(v.at(), k, s)
	return s
}

// id reads the mapping's own id and checks its spelling. A misspelt id is
// still returned, so that references to it do not fail a second time.
func (f *fields) id() (string, pos) {
	const expected = "an id: lowercase letters, digits and _, starting with a letter (like us_senate)"
	v, ok := f.get("id", expected)
	if !ok {
		return "", f.at
	}
	s, _, ok := scalarText(v.node)
	if !ok || !validID(s) {
		f.wrong(v, expected)
	}
	return s, v.at()
}

func validID(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// ref reads an id that names something defined elsewhere in the file.
func (f *fields) ref(k string) (string, pos, bool) {
	v, ok := f.get(k, "an id")
	if !ok {
		return "", f.at, false
	}
	s, _, ok := scalarText(v.node)
	if !ok {
		f.wrong(v, "an id")
		return "", v.at(), false
	}
	return s, v.at(), true
}

// number reads a whole number between lo and hi.
func (f *fields) number(k string, lo, hi int) (int, bool) {
	v, ok := f.get(k, numberRange(lo, hi))
	if !ok {
		return 0, false
	}
	return f.d.number(v, lo, hi)
}

// numberOr reads an optional whole number, def when it is absent.
func (f *fields) numberOr(k string, lo, hi, def int) int {
	if n, ok := f.number(k, lo, hi); ok {
		return n
	}
	return def
}

// numberRange says which numbers are expected.
func numberRange(lo, hi int) string {
	switch {
	case lo > -limit && hi < limit:
		return fmt.Sprintf("a whole number from %d to %d", lo, hi)
	case lo > -limit:
		return fmt.Sprintf("a whole number of at least %d", lo)
	}
	return "a whole number"
}

// number reads a whole number between lo and hi from any value.
func (d *decoder) number(v field, lo, hi int) (int, bool) {
	if msg, bad := notDecimal(v.node); bad {
		d.errorf(v.at(), "%s: %s", v.key, msg)
		return 0, false
	}
	n, ok := intValue(v.node)
	if !ok || n < int64(lo) || n > int64(hi) {
		hint := ""
		if s, isStr := v.node.(*ast.StringNode); isStr {
			if _, err := strconv.Atoi(strings.TrimSpace(s.Value)); err == nil {
				hint = " (remove the quotes)"
			}
		}
		d.errorf(v.at(), "%s: expected %s, found %s%s", v.key, numberRange(lo, hi), describe(v.node), hint)
		return 0, false
	}
	return int(n), true
}

// notDecimal says why a number as written is not a plain decimal, if it
// is not. YAML reads 010 as octal 8 and 0x10 as 16, and takes 080 for
// text; an author who writes them almost always means ten, and a
// negotiation's numbers are never meant in another base, so all of them
// are refused with the decimal to write instead. Quoted text is left to
// the usual "remove the quotes" message.
func notDecimal(n ast.Node) (string, bool) {
	switch n := n.(type) {
	case *ast.IntegerNode:
	case *ast.StringNode:
		if n.Token == nil || n.Token.Type != token.StringType {
			return "", false
		}
	default:
		return "", false
	}
	tk := n.GetToken()
	if tk == nil {
		return "", false
	}
	text := strings.TrimSpace(tk.Value)
	sign, digits := "", text
	if digits != "" && (digits[0] == '-' || digits[0] == '+') {
		sign, digits = digits[:1], digits[1:]
	}
	if sign == "+" {
		sign = ""
	}
	if len(digits) < 2 || digits[0] != '0' {
		return "", false
	}
	if allDigits(digits) {
		d := strings.TrimLeft(digits, "0_")
		if d == "" {
			d, sign = "0", ""
		}
		return fmt.Sprintf("%q has a leading zero; write %s%s (numbers are decimal)", text, sign, d), true
	}
	if in, isInt := n.(*ast.IntegerNode); isInt && strings.ContainsAny(digits[1:2], "xXoObB") {
		if v, ok := intValue(in); ok {
			return fmt.Sprintf("%q is not a decimal number; write %d", text, v), true
		}
		return fmt.Sprintf("%q is not a decimal number; write it in decimal digits", text), true
	}
	return "", false
}

// allDigits reports whether s is made of decimal digits (and YAML's digit
// separator _) only.
func allDigits(s string) bool {
	for _, r := range s {
		if (r < '0' || r > '9') && r != '_' {
			return false
		}
	}
	return s != ""
}

// intValue is the value of an integer node that fits the file's limits.
func intValue(n ast.Node) (int64, bool) {
	in, ok := n.(*ast.IntegerNode)
	if !ok {
		return 0, false
	}
	switch v := in.Value.(type) {
	case int64:
		if v >= -limit && v <= limit {
			return v, true
		}
	case uint64:
		if v <= limit {
			return int64(v), true
		}
	}
	return 0, false
}

// boolean reads true or false; absent is false.
func (f *fields) boolean(k string) bool {
	v, ok := f.get(k, "true or false")
	if !ok {
		return false
	}
	b, ok := v.node.(*ast.BoolNode)
	if !ok {
		f.wrong(v, "true or false")
		return false
	}
	return b.Value
}

// list reads a list value; many names the items, for messages.
func (f *fields) list(k, many string) []entry {
	v, ok := f.get(k, "a list of "+many)
	if !ok {
		return nil
	}
	return f.d.items(v.node, v.at(), k, "a list of "+many)
}

// listOf reads a list that must hold between lo and hi items; one and many
// name an item and items.
func (f *fields) listOf(k, one, many string, lo, hi int) []entry {
	v, ok := f.get(k, "a list of "+many)
	if !ok {
		return nil
	}
	items := f.d.items(v.node, v.at(), k, "a list of "+many)
	if _, isSeq := v.node.(*ast.SequenceNode); !isSeq {
		return items
	}
	if n := len(items); n < lo || n > hi {
		found := fmt.Sprint(n)
		if n == 0 {
			found = "none"
		}
		want := "at least " + count(lo, one, many)
		if hi < limit {
			want = fmt.Sprintf("%d to %s", lo, count(hi, one, many))
		}
		f.d.errorf(v.at(), "%s: expected %s, found %s", k, want, found)
	}
	return items
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// mapping reads a nested mapping of the given shape; it has no fields if
// it is absent.
func (f *fields) mapping(k string, sh *shape) *fields {
	v, ok := f.get(k, "key: value pairs")
	if !ok {
		return &fields{d: f.d, sh: sh, at: f.keyAt(k), label: sh.name}
	}
	return f.d.fields(v.node, v.at(), sh)
}

// entries reads a mapping whose keys are ids.
func (f *fields) entries(k, what string) ([]entry, pos) {
	v, ok := f.get(k, "key: value pairs")
	if !ok {
		return nil, f.at
	}
	return f.d.idMap(v.node, v.at(), what), v.keyAt
}

// textOf reads a list item or id-map value that must be a line of text.
func (d *decoder) textOf(e entry, what string) string {
	s, folded, ok := scalarText(e.node)
	if !ok || !d.plain(e.node) {
		d.errorf(nodePos(e.node).or(e.at), "expected %s, found %s%s", what, describe(e.node), colonHint(e.node))
		return ""
	}
	s = prose(s, folded)
	if s == "" {
		d.errorf(nodePos(e.node).or(e.at), "expected %s, found an empty text", what)
	}
	d.checkChars(nodePos(e.node).or(e.at), what, s)
	return s
}

// runes counts characters, for length limits.
func runes(s string) int { return utf8.RuneCountInString(s) }

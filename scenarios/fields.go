package scenarios

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
)

// This file reads mappings of a known shape. [decoder.fields] checks the
// keys once; the getters then read one value each, report what is wrong
// with it and return a usable zero value, so the walker can carry on and
// find every other problem of the file in the same run.

// limit bounds every number in a file, so that sums of points and weights
// can never overflow, whatever a file says.
const limit = 1_000_000

// fields is one mapping checked against its shape.
type fields struct {
	d  *decoder
	sh *shape
	// at is where the mapping starts.
	at pos
	// label names the mapping in messages (see [labelOf]).
	label string
	vals  map[string]field
}

// A field is one key and its value.
type field struct {
	key   string
	keyAt pos
	node  ast.Node
}

// at is where the value is, or the key when the value has no position.
func (f field) at() pos { return nodePos(f.node).or(f.keyAt) }

// An entry is one item of a list or of a mapping whose keys are ids.
type entry struct {
	key  string // empty for list items
	at   pos    // the key of a mapping entry, the item of a list
	node ast.Node
}

// fields checks that n is a mapping of shape sh and reports unknown,
// duplicate, missing and mutually exclusive keys. at is where to report if
// n has no position of its own. If n is not a mapping, that is reported and
// the result has no fields.
func (d *decoder) fields(n ast.Node, at pos, sh *shape) *fields {
	m, ok := d.mappingNode(n, at, article(sh.name))
	if !ok {
		// An empty set of fields: every getter returns its zero value.
		return &fields{d: d, sh: sh, at: nodePos(n).or(at), label: sh.name}
	}
	f := &fields{d: d, sh: sh, at: nodePos(m).or(at), label: labelOf(m, sh), vals: map[string]field{}}
	var order []field
	unknown := false
	for _, e := range d.keyed(m, f.at, f.label) {
		if !sh.has(e.key) {
			d.errorf(e.at, "unknown key %q in %s; %s", e.key, f.label, expectedKey(e.key, sh.keyNames()))
			unknown = true
			continue
		}
		fv := field{key: e.key, keyAt: e.at, node: e.node}
		f.vals[e.key] = fv
		order = append(order, fv)
	}
	for _, k := range sh.keys {
		if _, ok := f.vals[k.name]; k.required && !ok {
			d.errorf(f.at, "missing required key %q in %s", k.name, f.label)
		}
	}
	if len(sh.oneOf) > 0 {
		var present []field
		for _, fv := range order {
			for _, k := range sh.oneOf {
				if fv.key == k {
					present = append(present, fv)
				}
			}
		}
		switch {
		case len(present) == 0 && !unknown: // else the unknown key was probably meant
			d.errorf(f.at, "%s needs one of the keys %s", f.label, strings.Join(sh.oneOf, ", "))
		case len(present) > 1:
			d.errorf(present[1].keyAt, "%s has both %q and %q; expected exactly one of %s",
				f.label, present[0].key, present[1].key, strings.Join(sh.oneOf, ", "))
		}
	}
	return f
}

// labelOf names a mapping of shape sh in messages: the shape's name and,
// when it has one, its id ("party \"us\"").
func labelOf(m *ast.MappingNode, sh *shape) string {
	if !sh.has("id") {
		return sh.name
	}
	for _, mv := range m.Values {
		if mv == nil {
			continue
		}
		if k, ok := mv.Key.(*ast.StringNode); ok && k.Value == "id" {
			if s, _, ok := scalarText(mv.Value); ok {
				return fmt.Sprintf("%s %s", sh.name, quote(s))
			}
		}
	}
	return sh.name
}

// expectedKey suggests the closest allowed key or lists them all.
func expectedKey(got string, allowed []string) string {
	if s, ok := suggest(got, allowed); ok {
		return fmt.Sprintf("did you mean %q?", s)
	}
	return "expected one of " + strings.Join(allowed, ", ")
}

// mappingNode checks that n is a mapping; what names the expected value.
func (d *decoder) mappingNode(n ast.Node, at pos, what string) (*ast.MappingNode, bool) {
	if !d.plain(n) {
		return nil, false
	}
	m, ok := mappingOf(n)
	if !ok {
		d.errorf(nodePos(n).or(at), "expected %s (key: value pairs), found %s", what, describe(n))
		return nil, false
	}
	return m, true
}

// plain reports YAML features the format does not use. Anchors and aliases
// would let one small file expand into a huge one, and tags would change
// what a value means behind the teacher's back.
func (d *decoder) plain(n ast.Node) bool {
	switch n.(type) {
	case *ast.AnchorNode, *ast.AliasNode:
		d.errorf(nodePos(n), "anchors (&name) and aliases (*name) are not supported in scenario files; write the value out in full")
		return false
	case *ast.TagNode:
		d.errorf(nodePos(n), "YAML tags (!!type) are not supported in scenario files; remove the tag")
		return false
	}
	return true
}

// keyed returns the entries of mapping m in file order. Keys must be plain
// words; a repeated key is reported and dropped.
func (d *decoder) keyed(m *ast.MappingNode, at pos, in string) []entry {
	var out []entry
	first := map[string]pos{}
	for _, mv := range m.Values {
		if mv == nil {
			continue
		}
		kat := keyPos(mv).or(at)
		k, ok := keyText(mv.Key)
		if !ok {
			if _, merge := mv.Key.(*ast.MergeKeyNode); merge {
				d.errorf(kat, "merge keys (<<) are not supported in scenario files; write the keys out in full")
			} else {
				d.errorf(kat, "unexpected key in %s; expected a plain word followed by a colon", in)
			}
			continue
		}
		if p, dup := first[k]; dup {
			d.errorf(kat, "duplicate key %q in %s; the first one is at line %d", k, in, p.line)
			continue
		}
		first[k] = kat
		out = append(out, entry{key: k, at: kat, node: mv.Value})
	}
	return out
}

func keyText(n ast.MapKeyNode) (string, bool) {
	switch n := n.(type) {
	case *ast.StringNode:
		return n.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode:
		s, _, ok := scalarText(n)
		return s, ok
	}
	return "", false
}

// idMap reads a mapping whose keys are ids (points, weights, attributes,
// ratification). A null value is an empty mapping.
func (d *decoder) idMap(n ast.Node, at pos, what string) []entry {
	if isNull(n) {
		return nil
	}
	m, ok := d.mappingNode(n, at, what)
	if !ok {
		return nil
	}
	return d.keyed(m, nodePos(m).or(at), what)
}

// items reads a list; k names it in messages ("" for none) and what says
// what is expected. A null value is an empty list.
func (d *decoder) items(n ast.Node, at pos, k, what string) []entry {
	if isNull(n) || !d.plain(n) {
		return nil
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		if k != "" {
			k += ": "
		}
		d.errorf(nodePos(n).or(at), "%sexpected %s, found %s", k, what, describe(n))
		return nil
	}
	out := make([]entry, 0, len(seq.Values))
	for i, v := range seq.Values {
		iat := nodePos(v)
		if !iat.known() && i < len(seq.Entries) && seq.Entries[i] != nil {
			iat = tokenPos(seq.Entries[i].Start)
		}
		out = append(out, entry{at: iat.or(at), node: v})
	}
	return out
}

// get returns a present, non-null value.
// A key written with no value is absent, and reported if it is needed;
// expected says what value it needs.
func (f *fields) get(k, expected string) (field, bool) {
	v, ok := f.vals[k]
	if !ok {
		return field{}, false
	}
	if isNull(v.node) {
		if f.needed(k) {
			f.d.errorf(v.keyAt, "%s has no value in %s; expected %s", k, f.label, expected)
		}
		return field{}, false
	}
	return v, f.d.plain(v.node)
}

// present reports whether key k is written, even without a value.
func (f *fields) present(k string) bool {
	_, ok := f.vals[k]
	return ok
}

// needed reports whether key k must have a value when it is written: it is
// required, or it is the one key of a choice (see [shape.oneOf]).
func (f *fields) needed(k string) bool {
	for _, o := range f.sh.oneOf {
		if o == k {
			return true
		}
	}
	return f.required(k)
}

// valueAt is where the value of key k is, or the key, or the mapping.
func (f *fields) valueAt(k string) pos {
	if v, ok := f.vals[k]; ok {
		return v.at()
	}
	return f.at
}

// isMapping reports whether key k holds a mapping.
func (f *fields) isMapping(k string) bool {
	v, ok := f.vals[k]
	if !ok {
		return false
	}
	_, m := mappingOf(v.node)
	return m
}

// has reports whether key k is present with a value.
func (f *fields) has(k string) bool {
	v, ok := f.vals[k]
	return ok && !isNull(v.node)
}

func (f *fields) required(k string) bool {
	for _, kk := range f.sh.keys {
		if kk.name == k {
			return kk.required
		}
	}
	return false
}

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
	return s
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

// keyAt is where key k is written, or the mapping when it is absent.
func (f *fields) keyAt(k string) pos {
	if v, ok := f.vals[k]; ok {
		return v.keyAt
	}
	return f.at
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
	return s
}

// article puts "a" or "an" before a name.
func article(name string) string {
	if name != "" && strings.ContainsRune("aeiou", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}

// runes counts characters, for length limits.
func runes(s string) int { return utf8.RuneCountInString(s) }

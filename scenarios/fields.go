package scenarios

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// This file reads mappings of a known shape. [decoder.fields] checks the
// keys once; the getters (values.go) then read one value each, report what
// is wrong with it and return a usable zero value, so the walker can carry
// on and find every other problem of the file in the same run.

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
	entries := d.keyed(m, f.at, f.label)
	for i, e := range entries {
		if !sh.has(e.key) {
			if i > 0 && m.IsFlowStyle && isNull(e.node) {
				d.errorf(e.at, "%s", commaInFlow(entries[i-1], e.key))
			} else {
				d.errorf(e.at, "unknown key %q in %s; %s", e.key, f.label, expectedKey(e.key, sh.keyNames()))
			}
			unknown = true
			continue
		}
		fv := field{key: e.key, keyAt: e.at, node: e.node}
		f.vals[e.key] = fv
		order = append(order, fv)
	}
	for _, k := range sh.keys {
		if _, ok := f.vals[k.name]; k.required && !ok && !d.lostKeys[k.name] {
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

// commaInFlow explains a key without a value after another entry in a
// one-line mapping: a text with a comma in it, {option: note, and more},
// which YAML splits at the comma.
func commaInFlow(prev entry, key string) string {
	if text, _, ok := scalarText(prev.node); ok {
		return fmt.Sprintf("this text contains a comma inside { … }, so YAML reads %s as a key of its own; put the text in quotes: %s: %s", quote(key), prev.key, strconv.Quote(text+", "+key))
	}
	return fmt.Sprintf("%s has no colon and no value; if it is text with a comma inside { … }, put the text in quotes", quote(key))
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

// get returns a present, non-null value. A key written with no value is
// absent, and reported if it is needed; expected says what value it needs.
func (f *fields) get(k, expected string) (field, bool) {
	v, ok := f.vals[k]
	if !ok {
		return field{}, false
	}
	if isNull(v.node) {
		// A key whose value was on lines set aside after a syntax
		// error reads as one without a value.
		if f.needed(k) && !f.d.lostBelow[v.keyAt.line] {
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

// keyAt is where key k is written, or the mapping when it is absent.
func (f *fields) keyAt(k string) pos {
	if v, ok := f.vals[k]; ok {
		return v.keyAt
	}
	return f.at
}

// article puts "a" or "an" before a name.
func article(name string) string {
	if name != "" && strings.ContainsRune("aeiou", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}

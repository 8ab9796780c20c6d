package prefs

import (
	"strconv"
	"strings"
)

// decodeJSON reads a version 1 settings file: one flat JSON object of
// numbers, booleans and strings, as encoding/json wrote it. This small
// reader keeps a player's settings across the change of format without
// putting a JSON decoder in the browser build; anything it does not
// understand is a damaged file, and the defaults apply.
func decodeJSON(text string) (Prefs, error) {
	r := jsonReader{s: text}
	var p Prefs
	if !r.skip('{') {
		return Prefs{}, damaged("no JSON object")
	}
	for first := true; !r.skip('}'); first = false {
		if !first && !r.skip(',') {
			return Prefs{}, damaged("a comma is missing")
		}
		key, ok := r.str()
		if !ok || !r.skip(':') {
			return Prefs{}, damaged("a key is broken")
		}
		value, ok := r.value()
		if !ok {
			return Prefs{}, damaged("the value of " + strconv.Quote(key) + " is broken")
		}
		if key == "version" {
			p.Version, _ = strconv.Atoi(value)
			continue
		}
		p.set(key, value)
	}
	if strings.TrimSpace(r.s[r.i:]) != "" {
		return Prefs{}, damaged("text after the JSON object")
	}
	if p.Version < 1 {
		return Prefs{}, errNoVersion
	}
	return p, nil
}

// A jsonReader reads the flat JSON objects of version 1.
type jsonReader struct {
	s string
	i int
}

func (r *jsonReader) space() {
	for r.i < len(r.s) && strings.IndexByte(" \t\r\n", r.s[r.i]) >= 0 {
		r.i++
	}
}

// skip consumes c after any white space, if it comes next.
func (r *jsonReader) skip(c byte) bool {
	r.space()
	if r.i < len(r.s) && r.s[r.i] == c {
		r.i++
		return true
	}
	return false
}

// str reads a string. JSON's escapes are Go's, but for "\/".
func (r *jsonReader) str() (string, bool) {
	r.space()
	if r.i >= len(r.s) || r.s[r.i] != '"' {
		return "", false
	}
	for j := r.i + 1; j < len(r.s); j++ {
		switch r.s[j] {
		case '\\':
			j++
		case '"':
			lit := strings.ReplaceAll(r.s[r.i:j+1], `\/`, "/")
			r.i = j + 1
			s, err := strconv.Unquote(lit)
			return s, err == nil
		}
	}
	return "", false
}

// value reads a string, or a number, true, false or null as its text.
// Objects and arrays were never written: they are not read.
func (r *jsonReader) value() (string, bool) {
	r.space()
	if r.i < len(r.s) && r.s[r.i] == '"' {
		return r.str()
	}
	start := r.i
	for r.i < len(r.s) && strings.IndexByte(",} \t\r\n", r.s[r.i]) < 0 {
		r.i++
	}
	v := r.s[start:r.i]
	if v == "" || strings.ContainsAny(v, `{}[]":`) {
		return "", false
	}
	return v, true
}

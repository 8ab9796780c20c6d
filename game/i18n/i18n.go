// Package i18n looks up every player-visible string of the front end by
// key, in the current language. Strings may hold named placeholders such
// as "{party}", filled from the arguments of [T], so a translation can
// put them in any order. Scenario prose is in the scenario's own language
// and does not pass through here.
package i18n

import (
	"sort"
	"strings"
)

// tables holds each language's strings by key. English is complete by
// definition; a test checks every other language has every key.
var tables = map[string]map[string]string{
	"en": en,
}

// names are the languages' own names, for the settings screen.
var names = map[string]string{
	"en": "English",
}

var current = "en"

// Languages lists the available language codes, English first.
func Languages() []string {
	out := make([]string, 0, len(tables))
	for l := range tables {
		if l != "en" {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return append([]string{"en"}, out...)
}

// Name is a language's own name.
func Name(lang string) string { return names[lang] }

// SetLanguage switches the language; unknown codes are ignored.
func SetLanguage(lang string) {
	if _, ok := tables[lang]; ok {
		current = lang
	}
}

// Language is the current language code.
func Language() string { return current }

// T returns the string for key in the current language, with each
// "{name}" replaced by the value following name in args (pairs of name
// and value). A missing key shows as the key itself in brackets, which
// tests catch.
func T(key string, args ...any) string {
	s, ok := tables[current][key]
	if !ok {
		if s, ok = en[key]; !ok {
			return "[" + key + "]"
		}
	}
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		name, _ := args[i].(string)
		pairs = append(pairs, "{"+name+"}", toString(args[i+1]))
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

// Has reports whether key exists in English.
func Has(key string) bool {
	_, ok := en[key]
	return ok
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return itoa(x)
	case interface{ String() string }:
		return x.String()
	}
	return "?"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

package rules

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tenths formats a value in tenths of a point, e.g. 523 as "52.3" or, with
// sign, -40 as "−4.0".
func Tenths(v int, sign bool) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := fmt.Sprintf("%d.%d", v/10, v%10)
	switch {
	case neg:
		return "−" + s
	case sign:
		return "+" + s
	}
	return s
}

var phaseNames = [...]string{PhaseNews: "news", PhaseTable: "table", PhasePress: "press", PhasePolls: "polls",
	PhaseSigning: "signing", PhaseRatification: "ratification", PhaseEnded: "ended"}

func (p Phase) String() string {
	if int(p) < len(phaseNames) && phaseNames[p] != "" {
		return phaseNames[p]
	}
	return fmt.Sprintf("phase(%d)", p)
}

// InSentence writes a scenario's name (of a clause, an attribute, a form)
// for the middle of a sentence: its first letter in lower case, unless the
// name starts with an abbreviation ("US role" stays as it is, "Legal form"
// becomes "legal form"), a people's or place's adjective ("European
// presence"), or a proper name of two capitalised words ("Security
// Council route", "North Atlantic area").
func InSentence(name string) string {
	// Only the first two letters matter, so they are decoded in place
	// rather than the whole name turned into runes: the bots call this
	// in every reason they give.
	r0, n0 := utf8.DecodeRuneInString(name)
	if n0 == 0 || !unicode.IsUpper(r0) {
		return name
	}
	if r1, n1 := utf8.DecodeRuneInString(name[n0:]); n1 > 0 && unicode.IsUpper(r1) {
		return name
	}
	if properWord(name) || twoCapitals(name) {
		return name
	}
	if !utf8.ValidString(name) {
		// Going through runes replaces each invalid byte with U+FFFD;
		// such a name keeps that treatment.
		r := []rune(name)
		r[0] = unicode.ToLower(r[0])
		return string(r)
	}
	return string(unicode.ToLower(r0)) + name[n0:]
}

// properWords are English words that keep their capital in any sentence:
// the adjectives of places and peoples, and the places, a scenario's
// names start with ("European presence" reads "European presence", not
// "european").
var properWords = []string{"European", "American", "Ukrainian", "German", "French", "Polish", "British", "English",
	"Italian", "Russian", "Chinese", "Atlantic", "Baltic", "Nordic",
	// Places a clause may be named after ("Italy among the original
	// Parties"): the states and capitals of the bundled cases and their
	// neighbours.
	"Europe", "America", "Italy", "Algeria", "Ukraine", "Russia", "Germany", "France", "Poland", "Canada", "Norway",
	"Benelux", "Belgium", "Luxembourg", "Britain", "Iceland", "Portugal", "Denmark", "China", "Crimea",
	"Washington", "Moscow", "Kyiv", "Berlin", "Budapest", "Brussels", "Paris", "London"}

// twoCapitals reports whether name's second word also starts with a capital
// letter: a proper name such as "Security Council", whose capitals an
// author wrote on purpose (a heading's second word is otherwise lower
// case, as "Legal form" is).
func twoCapitals(name string) bool {
	_, rest, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// properWord reports whether name starts with one of properWords as a
// whole word. (Names of two capitalised words, such as "Black Sea" or
// "Western Europe", need no entry: twoCapitals keeps them.)
func properWord(name string) bool {
	for _, w := range properWords {
		if strings.HasPrefix(name, w) && (len(name) == len(w) || name[len(w)] == ' ') {
			return true
		}
	}
	return false
}

// PartyTakesThe reports whether a country's name takes "the" in an English
// sentence: a union or kingdom ("United States", "United Kingdom"), a
// plural ("Netherlands", "Philippines") or a name "of" something
// ("Republic of Korea"). A scenario names its delegations bare, as a list
// or a heading shows them.
func PartyTakesThe(name string) bool {
	return strings.HasPrefix(name, "United ") || strings.Contains(name, " of ") ||
		strings.HasSuffix(name, "lands") || strings.HasSuffix(name, "ines") || strings.HasSuffix(name, "States")
}

// PartyInSentence writes a delegation's name for a sentence: "the United
// States" in its middle, "The United States" at its start, "France"
// either way.
func PartyInSentence(name string, start bool) string {
	switch {
	case !PartyTakesThe(name):
		return name
	case start:
		return "The " + name
	}
	return "the " + name
}

// Possessive adds "'s" to a name, or only the apostrophe to one ending in
// s: "France's", "the United States'".
func Possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// Grouped writes n with its thousands grouped for reading: 8,957,952.
func Grouped(n int64) string {
	if n < 0 {
		return "-" + Grouped(-n)
	}
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

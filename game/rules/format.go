package rules

import (
	"fmt"
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
// becomes "legal form").
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
	if properWord(name) {
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
// the adjectives of places and peoples a scenario's names start with
// ("European presence" reads "European presence", not "european").
var properWords = []string{"European", "American", "Ukrainian", "German", "French", "Polish", "British", "English",
	"Italian", "Russian", "Chinese", "Atlantic", "Baltic", "Nordic", "Black Sea", "Western Europe", "Eastern Europe"}

// properWord reports whether name starts with one of properWords as a
// whole word.
func properWord(name string) bool {
	for _, w := range properWords {
		if strings.HasPrefix(name, w) && (len(name) == len(w) || name[len(w)] == ' ') {
			return true
		}
	}
	return false
}

package rules

import (
	"fmt"
	"unicode"
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
	r := []rune(name)
	if len(r) == 0 || !unicode.IsUpper(r[0]) || (len(r) > 1 && unicode.IsUpper(r[1])) {
		return name
	}
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

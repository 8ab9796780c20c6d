package narrate

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bindingwords/game/rules"
)

// English names in running text. A scenario names its delegations and
// publics bare ("United States", "US Senate"), as a list or a heading
// shows them; in a sentence some take "the" ("the United States", "the
// Bundestag") and a possessive of a name ending in s takes only an
// apostrophe ("the United States'"). These rules are English: a
// translation that words sentences otherwise asks for the bare name.

// publicTakesThe reports whether a public's name takes "the": a body
// ("US Senate", "Bundestag", "Ukrainian public") does, a plural group of
// people ("American voters") does not.
func publicTakesThe(name string) bool {
	if strings.Contains(name, " of ") {
		return true
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return !strings.HasSuffix(last, "s") && last != "people"
}

// withThe puts "the" before name, or "The" at the start of a sentence.
func withThe(name string, start bool) string {
	if start {
		return "The " + name
	}
	return "the " + name
}

// Subject is delegation p's name at the start of a sentence: "The United
// States", "France".
func (n Narrator) Subject(p int) string {
	name := n.Party(p)
	if n.sc != nil && p >= 0 && p < len(n.sc.Parties) {
		return rules.PartyInSentence(name, true)
	}
	return name
}

// Object is delegation p's name in the middle of a sentence: "the United
// States", "France".
func (n Narrator) Object(p int) string {
	name := n.Party(p)
	if n.sc != nil && p >= 0 && p < len(n.sc.Parties) {
		return rules.PartyInSentence(name, false)
	}
	return name
}

// Owner is delegation p's name as a possessive in the middle of a
// sentence: "the United States'", "France's".
func (n Narrator) Owner(p int) string { return rules.Possessive(n.Object(p)) }

// PublicIn is public pub's name in a sentence: "the US Senate",
// "American voters"; start capitalises it for the start of a sentence.
func (n Narrator) PublicIn(pub int, start bool) string {
	name := n.Public(pub)
	if n.sc != nil && pub >= 0 && pub < len(n.sc.Publics) && publicTakesThe(name) {
		return withThe(name, start)
	}
	if start {
		return capitalise(name)
	}
	return name
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// AForm names a legal form in the middle of a sentence with its article:
// "a treaty", "an agreement between governments".
func (n Narrator) AForm(f int) string { return WithArticle(n.sc.Forms[f].Name) }

// WithArticle writes a name (of a legal form, say) for the middle of a
// sentence with its indefinite article: "a treaty", "an agreement
// between governments", "a NATO protocol" (an abbreviation keeps its
// capitals: see [rules.InSentence]); "" stays "".
func WithArticle(name string) string {
	name = rules.InSentence(name)
	switch {
	case name == "":
		return ""
	case strings.ContainsRune("aeiouAEIOU", rune(name[0])):
		return "an " + name
	}
	return "a " + name
}

// numberWord writes a small count in words, as a sentence reads it
// ("two articles"); larger counts stay figures.
func numberWord(n int) string {
	words := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}

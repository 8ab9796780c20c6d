package rules

import "testing"

func TestInSentence(t *testing.T) {
	for in, want := range map[string]string{"Legal form": "legal form", "US role": "US role", "Treaty": "treaty", "": "", "x": "x", "ÉLAN": "ÉLAN", "Élan": "élan",
		// Two capitalised words are a proper name; a number is not a word's capital.
		"Security Council route": "Security Council route", "North Atlantic area": "North Atlantic area",
		"Article 5 wording": "article 5 wording", "Italy among the original Parties": "Italy among the original Parties", "Duration of the treaty": "duration of the treaty",
		// Invalid UTF-8 after a capital is replaced as a conversion to runes replaces it.
		"Ab\xff": "ab\uFFFD", "\xffAb": "\xffAb", "A\xffb": "a\uFFFDb", "AB\xff": "AB\xff"} {
		if got := InSentence(in); got != want {
			t.Errorf("InSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

package rules

import "testing"

// Names and counts read as English in a sentence.
func TestNamesAndCountsInSentences(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{PartyInSentence("United States", true), "The United States"},
		{PartyInSentence("United States", false), "the United States"},
		{PartyInSentence("France", true), "France"},
		{PartyInSentence("Netherlands", false), "the Netherlands"},
		{Possessive(PartyInSentence("United States", false)), "the United States'"},
		{Possessive("Ukraine"), "Ukraine's"},
		{Grouped(0), "0"},
		{Grouped(999), "999"},
		{Grouped(52560), "52,560"},
		{Grouped(8957952), "8,957,952"},
		{Grouped(-1234), "-1,234"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

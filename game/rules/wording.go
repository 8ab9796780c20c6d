package rules

import "strings"

// Fill puts wording w in the place of slot id's placeholder in an
// article's text. An empty wording (an option that omits a phrase) takes
// one neighbouring space with it, so that the sentence reads without a
// double space: "applies {limit} to" with nothing reads "applies to".
func Fill(text, id, w string) string {
	ph := "{" + id + "}"
	if w == "" {
		switch {
		case strings.Contains(text, " "+ph):
			return strings.Replace(text, " "+ph, "", 1)
		case strings.Contains(text, ph+" "):
			return strings.Replace(text, ph+" ", "", 1)
		}
	}
	return strings.ReplaceAll(text, ph, w)
}

// DraftText is an option's wording as the draft under negotiation shows
// it: its text, or, for an option that omits a phrase, its label in
// parentheses, so that the place in the sentence stays visible and can be
// chosen. The final text leaves such an option out (see [Fill]).
func (o *Option) DraftText() string {
	if o.Text == "" {
		return "(" + o.Label + ")"
	}
	return o.Text
}

package narrate

import "testing"

// An article is named by the number the draft shows, or by its title
// alone when it has none (issue 14, item 2).
func TestArticleNamesFollowTheDraft(t *testing.T) {
	for _, c := range []struct{ number, heading, name string }{
		{"5", "Article 5. Collective defence", "Article 5 (Collective defence)"},
		{"V", "Article V. Collective defence", "Article V (Collective defence)"},
		{"", "Collective defence", "Collective defence"},
	} {
		if got := ArticleHeading(c.number, "Collective defence"); got != c.heading {
			t.Errorf("heading of %q: %q, want %q", c.number, got, c.heading)
		}
		if got := ArticleName(c.number, "Collective defence"); got != c.name {
			t.Errorf("name of %q: %q, want %q", c.number, got, c.name)
		}
	}
}

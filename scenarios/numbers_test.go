package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestArticleNumbers checks the author's own article numbers (issue 14,
// item 2): number:, numbering: none, and the game's running numbers by
// default, with the errors and warnings check gives.
func TestArticleNumbers(t *testing.T) {
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edit := func(pairs ...string) string {
		s := string(good)
		for i := 0; i < len(pairs); i += 2 {
			if !strings.Contains(s, pairs[i]) {
				t.Fatalf("the example no longer has %q", pairs[i])
			}
			s = strings.Replace(s, pairs[i], pairs[i+1], 1)
		}
		return s
	}
	const a1, a2 = "      - id: art1\n", "      - id: art2\n"
	const doc = "    form_slot: form\n"
	tests := []struct {
		name string
		file string
		want []string // the articles' numbers, when it loads
		msgs []string // the diagnostics, errors and warnings
	}{
		{"the game numbers articles itself by default", edit(), []string{"1", "2"}, nil},
		{"the author's numbers, any short label", edit(a1, a1+"        number: 5\n", a2, a2+"        number: V\n"), []string{"5", "V"}, nil},
		{"numbering: none shows titles alone", edit(doc, doc+"    numbering: none\n"), []string{"", ""}, nil},
		{"numbering: none with one article numbered", edit(doc, doc+"    numbering: none\n", a2, a2+"        number: 2bis\n"), []string{"", "2bis"}, nil},
		{"number: none leaves the article out of the game's count", edit(a1, a1+"        number: none\n"), []string{"", "1"}, nil},
		{"a number shared in one document is an error",
			edit(a1, a1+"        number: 2\n", a2, a2+"        number: \"2\"\n"), nil,
			[]string{`135:17: articles "art1" and "art2" of document "guarantee" are both numbered 2; give each its own number:`}},
		{"mixing the author's numbers with the game's is a warning",
			edit(a1, a1+"        number: 5\n"), []string{"5", "1"},
			[]string{`114:17: warning: some articles of this document have their own number: (art1) and others not (art2), which the game numbers itself from 1 across the scenario; give every article a number:, or none`}},
		{"a long number is an error",
			edit(a1, a1+"        number: Article the fifth\n", a2, a2+"        number: 2\n"), nil,
			[]string{`114:17: number: expected at most 8 characters, found 17; the number stands before the title ("Article 5. Collective defence"): put words in the title`,
				`114:17: number: "Article the fifth" starts with "Article", which the game already writes before it; write just "the fifth"`}},
		{"a misspelt numbering is named",
			edit(doc, doc+"    numbering: nnone\n"), nil,
			[]string{`112:16: numbering: expected one of auto, none, found "nnone"; did you mean "none"?`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, rep := Load("minimal.yaml", []byte(tc.file))
			var got []string
			for _, d := range rep.Diagnostics {
				got = append(got, strings.TrimPrefix(d.String(), "minimal.yaml:"))
			}
			if strings.Join(got, "\n") != strings.Join(tc.msgs, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.msgs, "\n"))
			}
			if tc.want == nil {
				return
			}
			if s == nil {
				t.Fatal("did not load")
			}
			var nums []string
			for _, a := range s.Articles {
				nums = append(nums, a.Number)
			}
			if strings.Join(nums, "|") != strings.Join(tc.want, "|") {
				t.Errorf("numbers %q, want %q", nums, tc.want)
			}
		})
	}
}

// TestFixedArticle checks an article without slots (issue 14, item 2): it
// loads with no slots (an empty list, which the team page's JSON needs),
// placeholders in it are refused, and a scenario of fixed text alone is
// refused since there is nothing to negotiate.
func TestFixedArticle(t *testing.T) {
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const a1 = "    articles:\n"
	fixed := a1 + "      - id: parties\n        number: none\n        title: Parties\n        text: \"The Parties are Northland and Southland.\"\n"
	s, rep := Load("minimal.yaml", []byte(strings.Replace(string(good), a1, fixed, 1)))
	if s == nil {
		t.Fatalf("a fixed article did not load: %v", rep.Diagnostics)
	}
	a := s.Articles[0]
	if a.ID != "parties" || a.Slots == nil || len(a.Slots) != 0 || a.Number != "" || s.Articles[1].Number != "1" {
		t.Errorf("fixed article loaded as %#v, then %q", a, s.Articles[1].Number)
	}
	bad := a1 + "      - id: parties\n        title: Parties\n        text: \"The Parties are {who}.\"\n"
	_, rep = Load("minimal.yaml", []byte(strings.Replace(string(good), a1, bad, 1)))
	if errs := rep.Errors(); len(errs) != 1 || !strings.Contains(errs[0].Msg, `{who} in the text of article "parties" is not one of its slots`) {
		t.Errorf("a placeholder in a fixed article: %v", errs)
	}
}

// A scenario whose articles are all fixed has nothing to negotiate: check
// says so (among the errors its points tables then cause).
func TestNothingToNegotiate(t *testing.T) {
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(good)
	start, end := strings.Index(s, "documents:\n"), strings.Index(s, "news:\n")
	if start < 0 || end < start {
		t.Fatal("the example changed")
	}
	s = s[:start] + "documents:\n  - id: guarantee\n    title: Guarantee\n    form: treaty\n    articles:\n" +
		"      - id: parties\n        title: Parties\n        text: \"The Parties are Northland and Southland.\"\n\n" + s[end:]
	_, rep := Load("minimal.yaml", []byte(s))
	found := false
	for _, d := range rep.Errors() {
		found = found || strings.Contains(d.Msg, "no article has a slot, so there is nothing to negotiate")
	}
	if !found {
		t.Errorf("no error says there is nothing to negotiate: %v", rep.Diagnostics)
	}
}

package scenarios

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"threshold", "thresold", 1}, // a missing letter
		{"germany", "gremany", 1},    // two letters swapped
		{"colour", "color", 1},
		{"kitten", "sitting", 3},
		{"über", "uber", 1}, // counted in characters, not bytes
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := editDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	keys := partyShape.keyNames()
	tests := []struct {
		word       string
		candidates []string
		want       string // "" for no suggestion
	}{
		{"thresold", requirementShape.keyNames(), "threshold"},
		{"colur", keys, "colour"},
		{"Brief", keys, "brief"},        // case only
		{"redlines", keys, "red_lines"}, // a missing _
		{"motto", keys, ""},             // nothing close
		{"x", []string{"y"}, ""},        // one letter is not a slip of another
		{"suoth", []string{"us", "south"}, "south"},
		{"majorty", quotaNames, "majority"},
		{"us", []string{"uk", "us_senate"}, "uk"},
		{"us", []string{"us"}, ""}, // the word itself is no suggestion
	}
	for _, tt := range tests {
		got, ok := suggest(tt.word, tt.candidates)
		if tt.want == "" && ok || tt.want != "" && got != tt.want {
			t.Errorf("suggest(%q, %v) = %q, %v; want %q", tt.word, tt.candidates, got, ok, tt.want)
		}
	}
}

func TestProse(t *testing.T) {
	tests := []struct {
		in     string
		folded bool
		want   string
	}{
		{"one line", true, "one line"},
		{"  padded  \n", true, "padded"},
		// A literal block: lines of a paragraph join, blank lines separate.
		{"first line\nsecond line\n\n\nnext  paragraph\n", false, "first line second line\n\nnext paragraph"},
		// Folded or plain: YAML already joined lines, one break is a paragraph.
		{"first paragraph\nsecond paragraph\n", true, "first paragraph\n\nsecond paragraph"},
		{"\n\n", false, ""},
	}
	for _, tt := range tests {
		if got := prose(tt.in, tt.folded); got != tt.want {
			t.Errorf("prose(%q, %v) = %q, want %q", tt.in, tt.folded, got, tt.want)
		}
	}
}

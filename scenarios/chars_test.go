package scenarios

import (
	"os"
	"strings"
	"testing"
)

// Text in a scenario file cannot carry terminal control, text-direction
// overrides or names nobody can see (issue 11): each is refused where it
// is, with what to do.
func TestTextIsDataNotControl(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	for _, c := range []struct{ name, from, to, want string }{
		{"escape in a name", "    name: Northland\n", `    name: "Northland\e[2J\e]0;owned\a"` + "\n",
			"name: character 10 is a control character (U+001B)"},
		{"override in a name", "    name: Northland\n", `    name: "North\u202Eland"` + "\n",
			"name: character 6 is a text-direction control (U+202E)"},
		{"invisible name", "    name: Northland\n", `    name: "\u200B\u2060"` + "\n",
			"name in party \"north\" holds only invisible characters"},
		{"bell in a briefing", "briefing: |\n", "briefing: \"Agree \\a now.\"\nx_briefing: |\n",
			"briefing: character 7 is a control character (U+0007)"},
	} {
		if !strings.Contains(src, c.from) {
			t.Fatalf("%s: the example no longer has %q", c.name, c.from)
		}
		_, r := Load("chars.yaml", []byte(strings.Replace(src, c.from, c.to, 1)))
		if !strings.Contains(render(r), c.want) {
			t.Errorf("%s: want %q, got:\n%s", c.name, c.want, render(r))
		}
	}
	// Inside a block of text the character is reported on its own line,
	// not on the block's first: a teacher looks for it there. The
	// briefing's block starts at line 193; its fourth line is 197.
	for _, c := range []struct{ name, char, want string }{
		{"escape in a block", "\x1b", "chars.yaml:197:9: briefing: character "},
		{"override in a block", "\u202e", "chars.yaml:197:9: briefing: character "},
	} {
		text := strings.Replace(src, "  Agree on two things", "  Agree "+c.char+"on two things", 1)
		_, r := Load("chars.yaml", []byte(text))
		if !strings.Contains(render(r), c.want) {
			t.Errorf("%s: want %q, got:\n%s", c.name, c.want, render(r))
		}
	}
	// Tabs, line breaks and right-to-left marks stay allowed.
	ok := strings.Replace(src, "    name: Northland\n", `    name: "Northland\u200F"`+"\n", 1)
	if sc, r := Load("chars.yaml", []byte(ok)); sc == nil {
		t.Errorf("a right-to-left mark was refused:\n%s", render(r))
	}
}

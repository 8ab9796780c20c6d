package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestFormatExample keeps the guide honest: the complete example in
// FORMAT.md is testdata/good/minimal.yaml, character for character, and
// TestMinimal checks what that file loads to.
func TestFormatExample(t *testing.T) {
	guide, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const marker = "<!-- example: testdata/good/minimal.yaml"
	_, rest, ok := strings.Cut(string(guide), marker)
	if !ok {
		t.Fatalf("FORMAT.md has no %q marker before its example", marker)
	}
	_, rest, ok = strings.Cut(rest, "```yaml\n")
	if !ok {
		t.Fatal("FORMAT.md: no ```yaml block after the example marker")
	}
	example, _, ok := strings.Cut(rest, "```\n")
	if !ok {
		t.Fatal("FORMAT.md: the example block is not closed")
	}
	if example != string(want) {
		t.Errorf("the example in FORMAT.md differs from testdata/good/minimal.yaml; copy the file into the guide")
	}
}

// TestFormatNamesEveryKey makes sure the guide explains every key the
// loader reads: each key of every shape appears in FORMAT.md as `key` or
// key:, so a key added to the format cannot go undocumented (schema.json
// is held to the same keys by TestSchema).
func TestFormatNamesEveryKey(t *testing.T) {
	guide, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range allShapes {
		for _, k := range sh.keyNames() {
			if !strings.Contains(string(guide), "`"+k+"`") && !strings.Contains(string(guide), k+":") {
				t.Errorf("FORMAT.md never names the key %q of a %s", k, sh.name)
			}
		}
	}
}

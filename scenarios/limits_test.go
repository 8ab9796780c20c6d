package scenarios

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// pathological are the shapes of input on which the YAML library took
// time or memory growing with the square of their size (issue 11, item
// 2), each grown to about size bytes, with the message that now refuses
// it at once ("" for shapes that must load or fail in bounded time).
// FuzzLoad seeds its corpus with small ones.
func pathological(t testing.TB, size int) []struct{ name, data, want string } {
	t.Helper()
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	base := string(good)
	fill := func(unit string) string { return strings.Repeat(unit, max(1, size/len(unit))) }
	var keys, nested strings.Builder
	for i := 0; keys.Len() < size; i++ {
		fmt.Fprintf(&keys, "  k%d: v\n", i)
	}
	for i := 0; nested.Len() < size; i++ {
		fmt.Fprintf(&nested, "  - m%d: |\n%s", i, strings.Repeat("    x: |\n", 189))
	}
	return []struct{ name, data, want string }{
		// 41 s at 1 MiB: the parser reads each key one call deeper.
		{"many keys in one mapping", base + "notes:\n" + keys.String(), "more than 200 keys in one mapping by here"},
		// 20 s at 260 kB.
		{"many block keys in one mapping", base + fill("x: |\n"), "more than 200 keys in one mapping by here"},
		// Out of memory at 20 kB: every level copies its path.
		{"dashes nested on one line", base + "notes:\n  " + fill("- ") + "x\n", "lists and mappings are nested more than 64 levels deep here"},
		// 19 s at 70 kB: blank lines ended by a lone CR (old Mac files).
		{"blank lines after a block, lone CRs", base + "notes: |\n  text\n" + fill("\r"), "blank lines in a row start here; expected at most 1000"},
		// 2 s at 1 MiB.
		{"anchors and aliases", base + "a: &a x\nb: [" + fill("*a, ") + "]\n", "more than 50 anchors (&name) and aliases (*name) by here"},
		{"a big { } mapping", base + "x: {" + fill("a: 1, ") + "}\n", "more than 200 keys in one { } mapping by here"},
		{"a long [ ] list", base + "x: [" + fill("a, ") + "]\n", "more than 200 items in one [ ] or { } by here"},
		// Within the limits, many mappings of 190 keys each stay fast.
		{"many mappings near the key limit", base + "notes:\n" + nested.String(), `unknown key "notes"`},
		// A syntax error on every line: 20 explained at most, and the
		// file parsed again within the byte budget.
		{"a syntax error on every line", base + "notes:\n" + fill("  - a: b: c\n"), "the check stops after this syntax error"},
		// Lines set aside after an error must not join runs of blank
		// lines into one past the limit: 23 s at 70 kB when they did.
		{"blank runs joined by broken lines", base + "notes: |\n  text\n" + fill(strings.Repeat("\n", 999)+" \tx\n"), "indented with a tab"},
		{"a runaway quote", base + "notes: \"" + fill("a\n"), "the quote \" opened here is not closed"},
		// No limit on a line's length: a long line is read in linear
		// time.
		{"one very long line", base + "notes: " + fill("word ") + "\n", `unknown key "notes"`},
	}
}

func TestPathologicalShapes(t *testing.T) {
	for _, tc := range pathological(t, maxFileSize-8<<10) {
		start := time.Now()
		_, r := Load("shape.yaml", []byte(tc.data))
		took := time.Since(start)
		t.Logf("%s: %d bytes, %v", tc.name, len(tc.data), took)
		if !strings.Contains(render(r), tc.want) {
			t.Errorf("%s: want a message with %q, got:\n%.2000s", tc.name, tc.want, render(r))
		}
		// Before the limits these took from seconds to minutes or ran
		// out of memory. Now the cost is reading 1 MiB once or twice:
		// about 0.3 s, but up to 3 s on a machine shared five ways.
		if took > 6*time.Second {
			t.Errorf("%s: loading %d bytes took %v", tc.name, len(tc.data), took)
		}
	}
}

// TestLineBreaks checks that a file with CR LF or lone CR line breaks
// loads like the same file with LF.
func TestLineBreaks(t *testing.T) {
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for name, br := range map[string]string{"CR LF (Windows)": "\r\n", "lone CR (old Mac)": "\r"} {
		data := strings.ReplaceAll(string(good), "\n", br)
		if sc, r := Load("breaks.yaml", []byte(data)); sc == nil || len(r.Diagnostics) > 0 {
			t.Errorf("%s: want a clean load, got:\n%s", name, render(r))
		}
	}
}

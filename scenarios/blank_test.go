package scenarios

import (
	"os"
	"strings"
	"testing"
	"time"
)

// blankRuns are the inputs of issue 11 on which the YAML library takes
// quadratic time: long runs of blank lines, n after a block of text.
// FuzzLoad seeds its corpus with small ones.
func blankRuns(t testing.TB, n int) map[string][]byte {
	t.Helper()
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(good)
	block := "briefing: |\n"
	if !strings.Contains(src, block) {
		t.Fatal("the example no longer has the briefing block this test pads")
	}
	return map[string][]byte{
		// Too many in a row after a block of text: refused, at once,
		// where the run starts (the library's slow case).
		"after a block": []byte(src + "notes: |\n  text\n" + strings.Repeat("\n", n)),
		"only spaces":   []byte(src + "notes: >\n  text\n" + strings.Repeat("  \n", n*2/3)),
		// Runs just under the limit: loads.
		"runs under the limit": []byte(strings.Replace(src, block, block+strings.Repeat(strings.Repeat("\n", 999)+"  more\n", max(2, n/3000)), 1)),
	}
}

func TestLongRunsOfBlankLines(t *testing.T) {
	// 60,000 blank lines after a block took 12 s before the guard.
	for name, data := range blankRuns(t, 60000) {
		start := time.Now()
		sc, r := Load("blank.yaml", data)
		took := time.Since(start)
		refused := strings.Contains(render(r), "blank lines in a row start here; expected at most 1000")
		if name == "runs under the limit" {
			if sc == nil || refused {
				t.Errorf("%s: want it to load, got:\n%s", name, render(r))
			}
		} else if !refused {
			t.Errorf("%s: want the blank lines refused, got:\n%s", name, render(r))
		}
		// Quadratic time shows in seconds; a bounded loader takes
		// milliseconds. The budget is generous for a loaded machine.
		if took > 3*time.Second {
			t.Errorf("%s: loading took %v", name, took)
		}
	}
}

package scenarios

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestScreenLengthWarnings checks that check warns, stating the limit in
// characters, about a title, a delegation name and a clause name the
// screens will cut (issue 14, item 2), and says nothing at the limits.
func TestScreenLengthWarnings(t *testing.T) {
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	load := func(title, party, slot string) []string {
		s := string(good)
		s = strings.Replace(s, "title: The Harbour Guarantee", "title: "+title, 1)
		s = strings.Replace(s, "    name: Northland\n", "    name: "+party+"\n", 1)
		s = strings.Replace(s, "            name: Response to an attack\n", "            name: "+slot+"\n", 1)
		_, rep := Load("minimal.yaml", []byte(s))
		var out []string
		for _, d := range rep.Diagnostics {
			out = append(out, strings.TrimPrefix(d.String(), "minimal.yaml:"))
		}
		return out
	}
	if got := load(strings.Repeat("T", screenTitle), strings.Repeat("N", screenPartyName), strings.Repeat("S", screenSlotName)); len(got) != 0 {
		t.Errorf("at the limits: %q", got)
	}
	got := load("The Harbour Guarantee of Northland and Southland, 2026", "The Most Serene Republic of Northland", "How Northland responds to an armed attack on Southland")
	want := []string{
		`2:8: warning: title is 54 characters; the table's top bar shows at most about 36, and leaves a longer title out: shorten it, and put the rest in summary`,
		`23:5: warning: the name of party "north" is 37 characters; screens show at most about 26 on one line and cut a longer one short with "…": use a shorter name ("United States", not "United States of America")`,
		`117:13: warning: the name of slot "response" is 54 characters; the brief's points table shows at most about 50 and cuts a longer one short with "…": shorten it, and put the rest in description`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFormatStatesTheLimits checks FORMAT.md gives the limits the loader
// enforces and the screen lengths check warns above, as the code has them.
func TestFormatStatesTheLimits(t *testing.T) {
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{
		"the file":               "1 MiB",
		"blank lines in a row":   fmt.Sprint(maxBlankRun),
		"nesting of indented":    fmt.Sprintf("%d levels", maxDepth),
		"nesting of `[ ]`":       fmt.Sprintf("%d levels", maxFlowDepth),
		"keys of one mapping":    fmt.Sprint(maxKeys),
		"anchors and aliases":    fmt.Sprintf("more than %d", maxAnchors),
		"an option's `label`":    fmt.Sprintf("%d characters", maxLabel),
		"an article's `number`":  fmt.Sprintf("%d characters", maxNumber),
		"the scenario's `title`": fmt.Sprintf("%d characters", screenTitle),
		"a delegation's `name`":  fmt.Sprintf("%d characters", screenPartyName),
		"a slot's `name`":        fmt.Sprintf("%d characters", screenSlotName),
	}
	if maxFileSize != 1<<20 {
		t.Errorf("maxFileSize is %d; FORMAT.md says 1 MiB", maxFileSize)
	}
	for _, line := range strings.Split(string(doc), "\n") {
		for what, want := range rows {
			if strings.HasPrefix(line, "| "+what) {
				if !strings.Contains(line, want) {
					t.Errorf("FORMAT.md's row %q does not say %q", line, want)
				}
				delete(rows, what)
			}
		}
	}
	for what := range rows {
		t.Errorf("FORMAT.md has no row for %s", what)
	}
}

package main

import (
	"fmt"
	"strings"
	"time"
)

var categories = []string{"scenarios", "saves", "flags"}

// A failure is one run that was not OK.
type failure struct {
	c      Case
	class  Class
	reason string
	first  string
}

// A tallyT counts the runs of each category by class.
type tallyT struct {
	counts   map[string]*[5]int // category → runs per Class (OK counts as tried)
	tried    map[string]int
	failures []failure
	note     string // what was left out, if anything
}

func tally(cases []Case, results []Result) *tallyT {
	t := &tallyT{counts: map[string]*[5]int{}, tried: map[string]int{}}
	for i, c := range cases {
		class, reason := Classify(c, results[i])
		if t.counts[c.Category] == nil {
			t.counts[c.Category] = &[5]int{}
		}
		t.counts[c.Category][class]++
		t.tried[c.Category]++
		if class != OK {
			t.failures = append(t.failures, failure{c, class, reason, firstLine(results[i])})
		}
	}
	return t
}

func (t *tallyT) markdown(heading string, took time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "### %s\n\n", heading)
	b.WriteString("| category | inputs tried | crashes | hangs | wrong accepts | unclear messages |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|\n")
	var total [5]int
	tried := 0
	for _, cat := range categories {
		n := t.counts[cat]
		if n == nil {
			continue
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d |\n", cat, t.tried[cat], n[Crash], n[Hang], n[WrongAccept], n[Unclear])
		for i := range total {
			total[i] += n[i]
		}
		tried += t.tried[cat]
	}
	fmt.Fprintf(&b, "| **all** | **%d** | **%d** | **%d** | **%d** | **%d** |\n", tried, total[Crash], total[Hang], total[WrongAccept], total[Unclear])
	fmt.Fprintf(&b, "\n%d runs in %s; an input run by several commands counts once per command.", tried, took.Round(time.Second))
	if t.note != "" {
		b.WriteString(" " + t.note)
	}
	b.WriteString("\n")
	return b.String()
}

func (t *tallyT) failuresMarkdown(heading string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Failures: %s\n\n%d runs failed. Each: the input and command, the class, why, the expectation, and the first line of what the program said.\n", heading, len(t.failures))
	for _, cat := range categories {
		first := true
		for _, f := range t.failures {
			if f.c.Category != cat {
				continue
			}
			if first {
				fmt.Fprintf(&b, "\n## %s\n\n", cat)
				first = false
			}
			fmt.Fprintf(&b, "- `%s` — **%s** (%s; expected: %s) — `%s`\n", f.c.Name, f.class, f.reason, f.c.Expect, strings.ReplaceAll(f.first, "`", "'"))
		}
	}
	return b.String()
}

package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestInputs checks that the inputs are several hundred per file
// category, named once each, and the same from one run to the next.
func TestInputs(t *testing.T) {
	build := func() []Case {
		dir := t.TempDir()
		g := &gen{repo: "../..", in: filepath.Join(dir, "in"), out: filepath.Join(dir, "out"), seed: 11}
		var all []Case
		for _, f := range []func() ([]Case, error){g.scenarios, g.saves, g.flags} {
			cs, err := f()
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, cs...)
		}
		// Paths differ between the two runs; the rest must not.
		for i := range all {
			all[i].Args = slices.Clone(all[i].Args)
			for j, a := range all[i].Args {
				all[i].Args[j] = strings.ReplaceAll(a, dir, "DIR")
			}
			if all[i].Unchanged != "" {
				all[i].Unchanged = strings.ReplaceAll(all[i].Unchanged, dir, "DIR")
			}
		}
		return all
	}
	first, second := build(), build()
	seen := map[string]bool{}
	per := map[string]int{}
	for i, c := range first {
		if seen[c.Name] {
			t.Errorf("two runs are named %s", c.Name)
		}
		seen[c.Name] = true
		per[c.Category]++
		d := second[i]
		if c.Name != d.Name || !slices.Equal(c.Args, d.Args) || c.Expect != d.Expect {
			t.Fatalf("run %d differs between two builds: %s %v / %s %v", i, c.Name, c.Args, d.Name, d.Args)
		}
	}
	for _, cat := range []string{"scenarios", "saves"} {
		if per[cat] < 300 {
			t.Errorf("%s: %d runs, want several hundred", cat, per[cat])
		}
	}
	if per["flags"] == 0 {
		t.Error("no flag runs")
	}
}

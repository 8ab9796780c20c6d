// Command attack is issue 11's careful tester, made repeatable: it builds
// several hundred altered scenario files, several hundred damaged saves
// and a set of hostile flags and full-disk runs, runs a bindingwords
// binary on each (no display, a timeout, a fresh home), and counts the
// crashes, hangs, wrong accepts and unclear messages by category.
//
//	go run ./internal/attack -bin ./bindingwords -work /tmp/attack [-timeout 10s] [-only scenarios|saves|flags]
//
// It prints the table and writes it to WORK/table.md, and lists every
// failure (input, class, first line of the message) in WORK/failures.md.
// The inputs are generated from the repository's files (the Berlin
// scenario, the save fixtures) and a fixed seed, so two runs try the
// same inputs. scripts/attack.sh runs it on the game before and after
// issue 11's work; docs/hardening.md says how to read the result.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	bin := flag.String("bin", "", "the bindingwords binary to attack (required)")
	work := flag.String("work", "", "a folder for the inputs, outputs and results (required; emptied first)")
	repo := flag.String("repo", ".", "the repository the inputs are built from (scenarios/berlin.yaml, game/save/testdata)")
	timeout := flag.Duration("timeout", 10*time.Second, "how long a run may take before it counts as a hang")
	only := flag.String("only", "", "run one category only: scenarios, saves or flags")
	jobs := flag.Int("j", 2, "runs at a time")
	seed := flag.Uint64("seed", 11, "the seed of the random mutations")
	mem := flag.Int("mem", 3<<20, "address-space limit of each run, in KiB")
	label := flag.String("label", "", "a name for this binary in the table's heading")
	flag.Parse()
	if *bin == "" || *work == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/attack -bin BINARY -work DIR [-timeout 10s] [-only scenarios|saves|flags]")
		os.Exit(2)
	}
	switch *only {
	case "", "scenarios", "saves", "flags":
	default:
		fmt.Fprintf(os.Stderr, "attack: -only takes scenarios, saves or flags, not %q\n", *only)
		os.Exit(2)
	}
	if err := run(*bin, *work, *repo, *only, *label, *timeout, *jobs, *seed, *mem); err != nil {
		fmt.Fprintln(os.Stderr, "attack:", err)
		os.Exit(1)
	}
}

func run(bin, work, repo, only, label string, timeout time.Duration, jobs int, seed uint64, memKB int) error {
	bin, err := filepath.Abs(bin)
	if err != nil {
		return err
	}
	if work, err = filepath.Abs(work); err != nil {
		return err
	}
	if repo, err = filepath.Abs(repo); err != nil {
		return err
	}
	if err := os.RemoveAll(work); err != nil {
		return err
	}
	g := &gen{repo: repo, in: filepath.Join(work, "in"), out: filepath.Join(work, "out"), seed: seed}
	for _, d := range []string{g.in, g.out, filepath.Join(work, "home")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	var cases []Case
	for _, c := range []struct {
		name string
		gen  func() ([]Case, error)
	}{{"scenarios", g.scenarios}, {"saves", g.saves}, {"flags", g.flags}} {
		if only != "" && only != c.name {
			continue
		}
		cs, err := c.gen()
		if err != nil {
			return fmt.Errorf("building the %s inputs: %w", c.name, err)
		}
		cases = append(cases, cs...)
	}
	rn := &Runner{Bin: bin, Home: filepath.Join(work, "home"), Timeout: timeout, MemKB: memKB}
	start := time.Now()
	cases, note := formatFour(rn, cases)
	results := runAll(rn, cases, jobs)
	t := tally(cases, results)
	t.note = note
	heading := label
	if heading == "" {
		heading = bin
	}
	table := t.markdown(heading, time.Since(start))
	fmt.Print(table)
	if err := os.WriteFile(filepath.Join(work, "table.md"), []byte(table), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(work, "failures.md"), []byte(t.failuresMarkdown(heading)), 0o644)
}

// runAll runs the cases, jobs at a time, and returns their results in
// the cases' order.
func runAll(rn *Runner, cases []Case, jobs int) []Result {
	results := make([]Result, len(cases))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(jobs, 1) {
		wg.Go(func() {
			for i := range next {
				results[i] = rn.Run(cases[i])
			}
		})
	}
	for i := range cases {
		next <- i
		if (i+1)%100 == 0 {
			fmt.Fprintf(os.Stderr, "attack: %d of %d runs started\n", i+1, len(cases))
		}
	}
	close(next)
	wg.Wait()
	return results
}

// formatFour keeps the runs made from format 4 and format 5 saves only
// if the binary reads the intact save of that format: the game before
// issue 11 reads neither, the game before issue 14 not format 5, and
// counting their "newer format" refusals would compare nothing.
func formatFour(rn *Runner, cases []Case) ([]Case, string) {
	var notes []string
	for _, f := range []struct {
		n  int
		of func(Case) bool
	}{{4, func(c Case) bool { return c.V4 }}, {5, func(c Case) bool { return c.V5 }}} {
		probe, n := -1, 0
		for i, c := range cases {
			if f.of(c) {
				n++
				if probe < 0 && strings.HasSuffix(c.Name, "/original/replay") {
					probe = i
				}
			}
		}
		if n == 0 {
			continue
		}
		if probe >= 0 {
			if r := rn.Run(cases[probe]); r.Exit == 0 && !r.TimedOut {
				continue
			}
		}
		cases = slices.DeleteFunc(cases, f.of)
		notes = append(notes, fmt.Sprintf("The %d runs on format %d saves were left out: this binary does not read an intact format %d save.", n, f.n, f.n))
	}
	return cases, strings.Join(notes, " ")
}

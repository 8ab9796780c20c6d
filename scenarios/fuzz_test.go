package scenarios

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"bindingwords/game/rules"
)

// FuzzLoad feeds the loader arbitrary bytes. Whatever the input, Load must
// return (never panic), every diagnostic must be positioned and say
// something, diagnostics must come in file order, a scenario it accepts
// must be one the engine accepts too, and no input may take long.
//
// The seed corpus in testdata/fuzz/FuzzLoad holds the good and bad test
// files ("seed-…", rewritten by go test -update) and any input the fuzzer
// once found failing (kept as regression tests).
func FuzzLoad(f *testing.F) {
	// The shape of the inputs on which the YAML library went quadratic
	// (issue 11), small: the fuzzer crawls on inputs of tens of kilobytes,
	// and blank_test.go loads the full-size ones.
	for _, data := range blankRuns(f, 1500) {
		f.Add(data)
	}
	for _, tc := range pathological(f, 1500) {
		f.Add([]byte(tc.data))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var sc *rules.Scenario
		var r *Report
		done := make(chan struct{})
		go func() {
			defer close(done)
			sc, r = Load("fuzz.yaml", data)
		}()
		// Generous, for a loaded machine and coverage instrumentation:
		// a normal file takes milliseconds.
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			buf := make([]byte, 1<<20)
			t.Fatalf("Load has not returned after 10s:\n%s", buf[:runtime.Stack(buf, true)])
		}
		if r == nil {
			t.Fatal("nil report")
		}
		if (sc == nil) != r.HasErrors() {
			t.Fatalf("scenario returned: %v, errors: %v", sc != nil, r.HasErrors())
		}
		for _, d := range r.Diagnostics {
			if d.File != "fuzz.yaml" || d.Line < 1 || d.Col < 1 || strings.TrimSpace(d.Msg) == "" {
				t.Fatalf("badly formed diagnostic %#v", d)
			}
		}
		if !sort.SliceIsSorted(r.Diagnostics, func(i, j int) bool {
			a, b := r.Diagnostics[i], r.Diagnostics[j]
			return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
		}) {
			t.Fatalf("diagnostics out of order:\n%s", render(r))
		}
		if sc != nil {
			if _, _, err := rules.NewGame(sc, rules.Setup{Seed: 1}); err != nil {
				t.Fatalf("loaded, but the engine refuses it: %v", err)
			}
		}
	})
}

// TestFuzzSeeds keeps the fuzzer's seed corpus in step with the test
// files: every good and bad file is a seed. With -update it rewrites them.
func TestFuzzSeeds(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzLoad")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		name := "seed-" + filepath.Base(filepath.Dir(file)) + "-" + strings.TrimSuffix(filepath.Base(file), ".yaml")
		seed := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		path := filepath.Join(dir, name)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(seed), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != seed {
			t.Errorf("fuzz seed %s is missing or stale; run go test -run TestFuzzSeeds -update", path)
		}
	}
}

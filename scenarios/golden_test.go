package scenarios

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden files of testdata/bad and testdata/warn")

// TestGolden loads every file of the broken corpus (testdata/bad: one
// concern per file, each must fail) and of the warning corpus
// (testdata/warn: each must load, with warnings) and compares the exact
// diagnostics with the file's .golden twin. Run with -update after a
// deliberate change of wording, and read the diff.
func TestGolden(t *testing.T) {
	for _, dir := range []string{"bad", "warn"} {
		files, err := filepath.Glob(filepath.Join("testdata", dir, "*.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no files in testdata/%s", dir)
		}
		for _, file := range files {
			t.Run(dir+"/"+filepath.Base(file), func(t *testing.T) {
				data, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				sc, r := Load(filepath.Base(file), data)
				switch {
				case dir == "bad" && (sc != nil || !r.HasErrors()):
					t.Errorf("loaded without errors; every file in testdata/bad must fail")
				case dir == "warn" && (sc == nil || len(r.Warnings()) == 0):
					t.Errorf("want a scenario with warnings, got errors=%d warnings=%d:\n%s", len(r.Errors()), len(r.Warnings()), render(r))
				}
				got := render(r)
				golden := strings.TrimSuffix(file, ".yaml") + ".golden"
				if *update {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("diagnostics differ from %s\n--- got:\n%s--- want:\n%s", golden, got, want)
				}
			})
		}
	}
}

// render is a report as the check command prints it: one diagnostic a line.
func render(r *Report) string {
	var b bytes.Buffer
	for _, d := range r.Diagnostics {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

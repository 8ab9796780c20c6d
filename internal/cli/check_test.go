package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bindingwords/scenarios"
)

func TestCheckCommand(t *testing.T) {
	const (
		good = "scenarios/testdata/good/minimal.yaml"
		bad  = "scenarios/testdata/bad/unknown_key.yaml"
		warn = "scenarios/testdata/warn/no_objectives.yaml"
	)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // lines, in order; "…" matches any run of lines
		stderr string   // a substring; "" means stderr must be empty
	}{
		{
			name:   "a good file",
			args:   []string{"check", good},
			stdout: []string{good + ": OK (3 parties, 2 slots, 2 news cards)"},
		},
		{
			name: "a broken file lists every error, then a summary",
			args: []string{"check", bad},
			code: 1,
			stdout: []string{
				bad + `:22:11: missing required key "threshold" in ratification requirement`,
				bad + `:23:11: unknown key "thresold" in ratification requirement; did you mean "threshold"?`,
				bad + ": 2 errors",
			},
		},
		{
			name: "warnings do not fail",
			args: []string{"check", warn},
			stdout: []string{
				warn + `:30:5: warning: party "south" has no objectives; a few short objectives tell a delegation what to aim for`,
				warn + ": OK (2 parties, 1 slot, 0 news cards), 1 warning",
			},
		},
		{
			name:   "several files: one bad one fails the run",
			args:   []string{"check", good, bad},
			code:   1,
			stdout: []string{good + ": OK (3 parties, 2 slots, 2 news cards)", "…", bad + ": 2 errors"},
		},
		{
			name:   "a missing file",
			args:   []string{"check", "scenarios/testdata/no_such_file.yaml"},
			code:   1,
			stderr: "no_such_file.yaml",
		},
		{
			name:   "an unknown built-in id",
			args:   []string{"check", "atlantis"},
			code:   1,
			stderr: "no built-in scenario of that id",
		},
		{
			name:   "an unknown flag is a usage error",
			args:   []string{"check", "-strict", good},
			code:   2,
			stderr: "Usage: bindingwords check",
		},
		{
			name:   "--help",
			args:   []string{"check", "--help"},
			stdout: []string{"Usage: bindingwords check [FILE|ID]...", "…"},
		},
		{
			name:   "help check",
			args:   []string{"help", "check"},
			stdout: []string{"Usage: bindingwords check [FILE|ID]...", "…"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, &stdout, &stderr)
			}
			if tt.stdout != nil && !matchLines(stdout.String(), tt.stdout) {
				t.Errorf("stdout:\n%s\nwant lines:\n%s", &stdout, strings.Join(tt.stdout, "\n"))
			}
			if tt.stderr == "" && stderr.Len() > 0 || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr:\n%s\nwant it to contain %q", &stderr, tt.stderr)
			}
		})
	}
}

// TestCheckBuiltin runs check with no arguments: every embedded scenario
// is checked and must pass.
func TestCheckBuiltin(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"check"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit code %d\n%s%s", code, &stdout, &stderr)
	}
	for _, id := range scenarios.Builtin() {
		if !strings.Contains(stdout.String(), id+".yaml: OK (") {
			t.Errorf("no OK summary for %s.yaml in:\n%s", id, &stdout)
		}
	}
}

// matchLines reports whether out's lines are want, where "…" stands for
// any number of lines.
func matchLines(out string, want []string) bool {
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var match func(g, w []string) bool
	match = func(g, w []string) bool {
		if len(w) == 0 {
			return len(g) == 0
		}
		if w[0] == "…" {
			for i := 0; i <= len(g); i++ {
				if match(g[i:], w[1:]) {
					return true
				}
			}
			return false
		}
		return len(g) > 0 && g[0] == w[0] && match(g[1:], w[1:])
	}
	return match(got, want)
}

// TestCheckMessages runs check on real files broken in the ways issue 11
// (item 7) names: what a teacher sees for each.
func TestCheckMessages(t *testing.T) {
	good, err := os.ReadFile("scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tests := []struct {
		name   string
		data   string
		code   int
		stdout []string // after the file's path
	}{
		{"a Windows byte order mark", "\uFEFF" + string(good), 0,
			[]string{": OK (3 parties, 2 slots, 2 news cards)"}},
		{"a NUL byte", strings.Replace(string(good), "rounds: 4", "rounds: \x004", 1), 1,
			[]string{":6:1: line 6 has a NUL character (a zero byte): the file is damaged or not a text file; open it in a text editor, check this line and save it as plain text (UTF-8)", ": 1 error"}},
		{"a syntax error hides nothing", strings.NewReplacer(
			"title: The Harbour Guarantee", "title: The Harbour: a Guarantee",
			"          threshold: 60", "          thresold: 60").Replace(string(good)), 1,
			[]string{
				`:2:19: put this text in quotes: it contains ": " (a colon and a space), which YAML reads as the start of a key`,
				`:27:11: missing required key "threshold" in ratification requirement`,
				`:28:11: unknown key "thresold" in ratification requirement; did you mean "threshold"?`,
				": 3 errors",
			}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("case%d.yaml", i))
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			if code := Run([]string{"check", path}, &stdout, &stderr); code != tt.code {
				t.Errorf("exit code %d, want %d\n%s%s", code, tt.code, &stdout, &stderr)
			}
			want := make([]string, len(tt.stdout))
			for j, l := range tt.stdout {
				want[j] = path + l
			}
			if !matchLines(stdout.String(), want) || stderr.Len() > 0 {
				t.Errorf("stdout:\n%sstderr:\n%s\nwant:\n%s", &stdout, &stderr, strings.Join(want, "\n"))
			}
		})
	}
}

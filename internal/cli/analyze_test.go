package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeBerlin: the core figures with --core (the five delegations
// every Berlin game has).
func TestAnalyzeBerlin(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Run([]string{"analyze", "--core", "berlin"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	for _, want := range []string{"Delegations: us, ukraine, germany, france, poland (optional uk, italy left out; --all to include); required signatories:",
		"ZOPA ", "exact", "United States", "The Nash text:", "Joint gain: Nash",
		"Pareto frontier    1,397 texts, 1,397 distinct score vectors", "Social welfare (sum of points): Nash 410, Kalai 407, max joint 412, no agreement 290"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the analysis lacks %q:\n%s", want, out.String())
		}
	}
}

func TestAnalyzeEmptyZOPA(t *testing.T) {
	// The minimal example with reservations nobody can reach.
	data, err := os.ReadFile("scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(data), "reservation: ", "reservation: 9")
	path := filepath.Join(t.TempDir(), "greedy.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	Run([]string{"analyze", path}, &out, &errs)
	if !strings.Contains(out.String(), "The ZOPA is empty") {
		t.Fatalf("want an empty ZOPA:\n%s%s", out.String(), errs.String())
	}
}

func TestAnalyzeUsage(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Run([]string{"analyze", "--parties", "us,narnia"}, &out, &errs); code != 2 {
		t.Fatalf("exit %d, want 2: %s", code, errs.String())
	}
	if code := Run([]string{"analyze", "nowhere.yaml"}, &out, &errs); code != 1 {
		t.Fatalf("exit %d for a missing file, want 1", code)
	}
}

// Flags may follow the scenario, as an author adds one to the last
// command; two scenarios are still one too many.
func TestAnalyzeFlagsAfterTheScenario(t *testing.T) {
	var before, after, errs bytes.Buffer
	if code := Run([]string{"analyze", "--try", "ukraine.reservation=40", "budapest"}, &before, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if code := Run([]string{"analyze", "budapest", "--try", "ukraine.reservation=40"}, &after, &errs); code != 0 {
		t.Fatalf("exit %d with the flag after the scenario: %s", code, errs.String())
	}
	if before.String() != after.String() {
		t.Errorf("the flag's place changed the output:\n%s\n---\n%s", before.String(), after.String())
	}
	errs.Reset()
	if code := Run([]string{"analyze", "budapest", "berlin"}, &after, &errs); code != 2 || !strings.Contains(errs.String(), "give one scenario") {
		t.Errorf("two scenarios: exit %d, %q", code, errs.String())
	}
}

package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestAnalyzeLinkedScenario: analyze on the example with links
// (scenarios/testdata/good/linked.yaml) says it counts them, and its
// figures are the linked ones: Southland's best is 14 (shall act, a
// treaty, joint patrols and its link of 4), where the wordings' points
// alone make 11; Northland's link of −3 keeps "shall act" as a treaty out
// of its best. game/analysis checks every such figure against brute force.
func TestAnalyzeLinkedScenario(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Run([]string{"analyze", "scenarios/testdata/good/linked.yaml"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	for _, want := range []string{
		"Links (points for two wordings together), counted in every score below: north 1, south 1",
		"Complete texts     12",
		"ZOPA               5 texts",
		"Northland            3     9",
		"Southland            4    14",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the analysis lacks %q:\n%s", want, out.String())
		}
	}
}

// TestAnalyzeInForceRule: analyze names a scenario's own entry-into-force
// rule, and nothing for the default one.
func TestAnalyzeInForceRule(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Run([]string{"analyze", "scenarios/testdata/good/inforce.yaml"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if want := "Entry into force: 2 ratifications, including north;"; !strings.Contains(out.String(), want) {
		t.Errorf("the analysis lacks %q:\n%s", want, out.String())
	}
	out.Reset()
	Run([]string{"analyze", "scenarios/testdata/good/minimal.yaml"}, &out, &errs)
	if strings.Contains(out.String(), "Entry into force") || strings.Contains(out.String(), "Links (") {
		t.Errorf("the analysis of a scenario without links or a rule of its own mentions them:\n%s", out.String())
	}
}

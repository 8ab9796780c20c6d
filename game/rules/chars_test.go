package rules

import (
	"strings"
	"testing"
)

// A record's reasons are printed by the tools: one that would clear the
// terminal, retitle the window, forge a line of output or reorder the
// text is refused when the record is read (issue 11).
func TestRecordReasonsArePlainText(t *testing.T) {
	sc := &fixture().PublicScenario
	for _, reason := range []string{
		`"\x1b[2J\x1b]0;owned\a"`,
		`"fine.\nOutcome: The agreement is in force."`,
		`"yes\u202e on"`,
		`"tab\there"`,
	} {
		_, err := sc.ParseAction("north pass " + reason)
		if err == nil || !strings.Contains(err.Error(), "of the reason is a control or text-direction character") {
			t.Errorf("reason %s: %v, want it refused", reason, err)
		}
	}
	a, err := sc.ParseAction("north pass \"We wait: \u200fok − fine\"")
	if err != nil || a.Reason == "" {
		t.Errorf("a plain reason was refused: %v", err)
	}
	if n, _ := UnsafeChar("two\nlines", true); n != 0 {
		t.Error("prose may hold line breaks")
	}
}

package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestOptionalPhrase checks an option whose text is empty (issue 14, item
// 2): text: "" loads as an option that leaves the phrase out, while a
// text: key with nothing after it is still named as a slip.
func TestOptionalPhrase(t *testing.T) {
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const note = "                text: will take note of the situation\n"
	if !strings.Contains(string(good), note) {
		t.Fatal("the example changed")
	}
	s, rep := Load("minimal.yaml", []byte(strings.Replace(string(good), note, "                text: \"\"\n", 1)))
	if s == nil || len(rep.Diagnostics) != 0 {
		t.Fatalf("text: \"\" did not load cleanly: %v", rep.Diagnostics)
	}
	if o := s.Slots[0].Options[2]; o.ID != "note" || o.Text != "" || o.Label != "takes note" {
		t.Errorf("the option loaded as %+v", o)
	}
	_, rep = Load("minimal.yaml", []byte(strings.Replace(string(good), note, "                text:\n", 1)))
	if errs := rep.Errors(); len(errs) != 1 || !strings.Contains(errs[0].Msg, "text") {
		t.Errorf("text: with nothing after it: %v", rep.Diagnostics)
	}
}

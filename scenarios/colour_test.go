package scenarios

import (
	"os"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// TestColourDeprecated loads the FORMAT.md example with an old-style colour
// line: the file still loads, the colour is the palette's and not the
// file's (so the screen and paper agree), and check warns at the line that
// it is ignored. Without the line there is no warning.
func TestColourDeprecated(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const line = "    name: Southland\n"
	if strings.Count(string(data), line) != 1 {
		t.Fatalf("minimal.yaml no longer has exactly one %q", line)
	}
	sc, r := Load("minimal.yaml", data)
	if sc == nil || len(r.Diagnostics) != 0 {
		t.Fatalf("minimal.yaml: want a clean load, got:\n%s", render(r))
	}
	for p := range sc.Parties {
		if got := sc.Parties[p].Colour; got != rules.PartyColour(p) {
			t.Errorf("party %d has colour %s, want the palette's %s", p, got, rules.PartyColour(p))
		}
	}
	src := strings.Replace(string(data), line, line+"    colour: \"#B2182B\"\n", 1)
	sc, r = Load("minimal.yaml", []byte(src))
	if sc == nil || r.HasErrors() {
		t.Fatalf("an old colour line must still load, got:\n%s", render(r))
	}
	if got := sc.Parties[1].Colour; got != rules.PartyColour(1) {
		t.Errorf("south has colour %s, want the palette's %s (the file's colour is ignored)", got, rules.PartyColour(1))
	}
	msg := render(r)
	if !strings.Contains(msg, "warning: colour is deprecated and ignored in party \"south\"") || !strings.Contains(msg, rules.PartyColour(1)) {
		t.Errorf("want a deprecation warning naming the party and its palette colour, got:\n%s", msg)
	}
	bad := strings.Replace(string(data), line, line+"    colour: blue\n", 1)
	if _, r := Load("minimal.yaml", []byte(bad)); !r.HasErrors() {
		t.Errorf("colour: blue loaded without an error; a malformed colour is still refused")
	}
}

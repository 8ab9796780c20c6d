package rules

import "testing"

// An option that leaves a phrase out (issue 14, item 2) takes a space
// with it, whichever side of the placeholder it is on; any other wording
// fills the placeholder as it is.
func TestFillLeavesAnOmittedPhraseOut(t *testing.T) {
	for _, c := range []struct{ text, w, want string }{
		{"Patrols {x} in the harbour.", "", "Patrols in the harbour."},
		{"{x} Patrols sail.", "", "Patrols sail."},
		{"Patrols sail{x}.", "", "Patrols sail."},
		{"Patrols {x} in the harbour.", "with escorts", "Patrols with escorts in the harbour."},
	} {
		if got := Fill(c.text, "x", c.w); got != c.want {
			t.Errorf("Fill(%q, %q) = %q, want %q", c.text, c.w, got, c.want)
		}
	}
	o := Option{Label: "nothing said"}
	if got := o.DraftText(); got != "(nothing said)" {
		t.Errorf("an omitted phrase in the draft: %q", got)
	}
	o.Text = "with escorts"
	if got := o.DraftText(); got != "with escorts" {
		t.Errorf("a phrase in the draft: %q", got)
	}
}

package ui

import "testing"

// A reason's own quotations nest inside the marks around it.
func TestQuotedReason(t *testing.T) {
	got := quotedReason("The United States offers “all within three years” as a step toward the others.")
	want := "“The United States offers ‘all within three years’ as a step toward the others.”"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

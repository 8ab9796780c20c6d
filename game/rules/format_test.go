package rules

import "testing"

func TestInSentence(t *testing.T) {
	for in, want := range map[string]string{"Legal form": "legal form", "US role": "US role", "Treaty": "treaty", "": "", "x": "x", "ÉLAN": "ÉLAN", "Élan": "élan"} {
		if got := InSentence(in); got != want {
			t.Errorf("InSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

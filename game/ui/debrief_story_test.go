package ui

import (
	"strings"
	"testing"
)

// The window's debrief opens on the plain summary; a game without an
// agreement shows no reading written for a text in force, and a game
// with one lists its kept commitments.
func TestDebriefExplains(t *testing.T) {
	for _, tt := range []struct {
		seed    uint64
		level   string
		all     bool
		want    []string
		notWant []string
	}{
		{3, "easy", true, []string{"What happened", "there was no agreement", "imulated news in round 5 (“Early parliamentary election called in France”)", "the readings written for a text in force do not apply"},
			[]string{"Cheap to sign", "Public commitments kept"}},
		{102, "hard", false, []string{"What happened", "entered into force", "Public commitments broken", "Public commitments kept", "then signed a text with it"},
			[]string{"do not apply"}},
	} {
		a := debriefAt(t, tt.seed, tt.level, tt.all, 0, 0)
		// The pane lists only what is in view: read it a screen at a time.
		var all []string
		for off := 0.0; off <= 4000; off += 200 {
			a.ui.ScrollTo("db.pane", off)
			_, text := frame(a, a.debrief)
			all = append(all, text)
		}
		text := strings.ReplaceAll(strings.Join(all, "\n"), "\n", " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("seed %d: the outcome tab lacks %q:\n%s", tt.seed, w, text)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(text, w) {
				t.Errorf("seed %d: the outcome tab shows %q", tt.seed, w)
			}
		}
	}
}

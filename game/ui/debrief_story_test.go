package ui

import (
	"regexp"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// The window's debrief opens on the plain summary; a game without an
// agreement shows no reading written for a text in force and calls its
// text the last draft, and a game with one lists its broken
// commitments.
func TestDebriefExplains(t *testing.T) {
	for _, tt := range []struct {
		what    string
		all     bool
		has     func(*rules.Game) bool
		want    []string
		notWant []string
	}{
		{"failed, with news moving a bar", true, failedWithNews,
			[]string{"What happened", "there was no agreement", "imulated news in round ", "the readings written for a text in force do not apply", "The last draft"},
			[]string{"Cheap to sign"}},
		{"with a promise broken", false, brokenPromise,
			[]string{"What happened", "entered into force", "Public commitments broken", "then signed a text with"},
			[]string{"do not apply", "The last draft"}},
	} {
		seed, level := findSeed(t, tt.what, tt.all, tt.has)
		a := debriefAt(t, seed, level, tt.all, 0, 0)
		// The pane lists only what is in view: read it a screen at a time.
		var all []string
		for tab := range []int{0, 2} {
			a.debrief.tab = []int{0, 2}[tab]
			for off := 0.0; off <= 4000; off += 200 {
				a.ui.ScrollTo("db.pane", off)
				_, text := frame(a, a.debrief)
				all = append(all, text)
			}
		}
		text := strings.ReplaceAll(strings.Join(all, "\n"), "\n", " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("seed %d (%s): the debrief lacks %q:\n%s", seed, level, w, text)
			}
		}
		// A move that kept the wording reads as settling it, not "X" → "X".
		for _, m := range regexp.MustCompile(`“([^”]*)” → “([^”]*)”`).FindAllStringSubmatch(text, -1) {
			if m[1] == m[2] {
				t.Errorf("seed %d (%s): the history reads %q", seed, level, m[0])
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(text, w) {
				t.Errorf("seed %d (%s): the debrief shows %q", seed, level, w)
			}
		}
	}
}

package ui

import (
	"strings"
	"testing"

	"bindingwords/game/i18n"
)

// TestNewsTickerMarkedSimulated checks the table's news ticker labels its
// card as simulated news (issue 13): the scenario's cards are invented,
// and a headline on the projected table must not read as a real report.
// The label is drawn whether or not a card was drawn this round.
func TestNewsTickerMarkedSimulated(t *testing.T) {
	label := i18n.T("table.news")
	if !strings.Contains(strings.ToLower(label), "simulated news") {
		t.Fatalf("the ticker's label is %q; it must say \"Simulated news\"", label)
	}
	a, s := testApp(t)
	s.Unlock(s.Actor())
	_, text := frame(a, a.table)
	if !strings.Contains(text, label) {
		t.Errorf("the table does not show %q:\n%s", label, text)
	}
	if c := roundNews(s.Scenario(), s.Public()); c >= 0 {
		if h := s.Scenario().News[c].Headline; !strings.Contains(text, h) {
			t.Errorf("the round's card %q is not on the table", h)
		}
	}
}

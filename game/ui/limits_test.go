package ui

import (
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
	"bindingwords/scenarios"
)

// typical is n characters of ordinary English words, as a scenario's
// names are: the widths check's character limits stand for.
func typical(n int) string {
	const words = "Northland Senate and the Parliament of the Harbour Republic of Southland with Eastland voters "
	s := strings.Repeat(words, n/len(words)+1)[:n]
	return strings.TrimRight(s, " ") + strings.Repeat("x", n-len(strings.TrimRight(s, " ")))
}

// cutNames plays the authoring scenario with its title, delegation
// names, clause names and wording labels n characters long through the
// briefing, the table, a brief and the debrief at the design size, and
// returns the names the screens cut (left out, or shortened with "…").
func cutNames(t *testing.T, title, party, slot, label int) []string {
	t.Helper()
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/authoring.yaml")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	set := func(dst *string, n int, what string) {
		*dst = typical(n)
		names[*dst] = what
	}
	set(&sc.Title, title, "title")
	for p := range sc.Parties {
		set(&sc.Parties[p].Name, party, "delegation name")
		party-- // distinct names
	}
	for s := range sc.Slots {
		set(&sc.Slots[s].Name, slot, "clause name")
		slot--
		for o := range sc.Slots[s].Options {
			set(&sc.Slots[s].Options[o].Label, label, "label")
			label--
		}
	}
	cut := map[string]bool{}
	a := storeApp(t, t.TempDir(), nil)
	a.ui.Fonts.Cut = func(s string) {
		if _, ok := names[s]; ok {
			cut[s] = true
		}
	}
	defer func() { a.ui.Fonts.Cut = nil }()
	seats := []match.SeatKind{match.HumanSeat(), match.AISeat("normal"), match.AISeat("normal")}
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "authoring", Scenario: sc, Seats: seats, Rounds: 2, Seed: 3}})
	tick(a, kNone)
	a.route(goTo(ToTable))
	tick(a, kNone)
	a.route(Outcome{To: ToBrief, Party: 0})
	tick(a, kNone)
	a.route(goTo(ToTable))
	tick(a, kNone)
	for playMove(t, a) {
	}
	a.route(goTo(ToDebrief))
	tick(a, kNone)
	var out []string
	for s := range cut {
		out = append(out, names[s]+" "+s)
	}
	return out
}

// TestScenarioLimitsFitOnScreen checks the lengths check warns above
// (issue 14, item 2): a scenario whose names are as long as the limits
// allow is shown whole, and longer ones are cut on some screen.
func TestScenarioLimitsFitOnScreen(t *testing.T) {
	lim := scenarios.ScreenLimits()
	if cut := cutNames(t, lim.Title, lim.PartyName, lim.SlotName, lim.Label); len(cut) > 0 {
		t.Errorf("names within check's limits are cut on screen: %q", cut)
	}
	// The limits are not loose: a third longer, the title and the clause
	// names are cut.
	cut := strings.Join(cutNames(t, lim.Title*4/3, 8, lim.SlotName*4/3, 10), "\n")
	if !strings.Contains(cut, "title ") || !strings.Contains(cut, "clause name ") {
		t.Errorf("a third longer than check's limits, the cuts are %q; want the title and the clause names", cut)
	}
	// A delegation's name in the teacher's seat panel: 300 pixels of
	// bold body text (teacher_menu.go).
	a := storeApp(t, t.TempDir(), nil)
	tick(a, kNone)
	size := a.ui.Size(theme.Body)
	if w := a.ui.Fonts.Measure(typical(lim.PartyName), widget.SansBold, size); w > 300 {
		t.Errorf("a delegation name of %d characters is %.0f pixels wide; the teacher's seat panel gives it 300", lim.PartyName, w)
	}
	if w := a.ui.Fonts.Measure(typical(lim.PartyName*4/3), widget.SansBold, size); w <= 300 {
		t.Errorf("a delegation name of %d characters fits the seat panel's 300 pixels (%.0f): the limit is loose", lim.PartyName*4/3, w)
	}
}

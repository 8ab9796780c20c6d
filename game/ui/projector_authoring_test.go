package ui

import (
	"bindingwords/game/rules"
	"testing"
)

// The projector's draft heads articles with the author's numbers (none
// for an unnumbered one) and shows a fixed article's text, since it has
// no clauses to list (issue 14, item 2).
func TestProjectorDraftShowsAuthorsNumbersAndFixedText(t *testing.T) {
	a := authoringApp(t)
	sc := a.session.Scenario()
	var got []string
	for _, d := range projDraft(sc, a.session.Public()) {
		for _, pa := range d.Articles {
			got = append(got, projArticleTitle(pa.Number, pa.Title)+" | "+pa.Fixed)
		}
	}
	want := []string{
		"The Parties | The Parties to this Guarantee are Northland and Southland, neighbours on the harbour.",
		"5. Response to an attack | ",
		"V. Legal form | ",
		"The harbour stays open | Ships of both Parties may use the harbour in peace, as they have since 1900.",
		"A.2. Joint patrols | ",
	}
	if len(got) != len(want) {
		t.Fatalf("articles %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("article %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// Typing an article's number goes to its clause by the number the draft
// shows: "5" is the author's Article 5, not the fifth article; "1" is no
// article here (the first is unnumbered), so it does nothing.
func TestArticleKeysFollowAuthorsNumbers(t *testing.T) {
	a := authoringApp(t)
	tick(a, kNone)
	a.route(goTo(ToTable))
	playOn(t, a, func() bool {
		_, ok := a.scene.(*tableScene)
		return ok && a.table.privileged() == 0 && a.session.Public().Phase() == rules.PhaseTable && !a.session.Public().HasPending()
	}, plainTurn(a))
	sc := a.session.Scenario()
	a.table.typed = 0
	tick(a, kChar('1'))
	if a.table.sel >= 0 && sc.Slots[a.table.sel].ID == "response" {
		t.Errorf("\"1\" went to %q", sc.Slots[a.table.sel].ID)
	}
	a.table.typed = 0
	tick(a, kChar('5'))
	if a.table.sel < 0 || sc.Slots[a.table.sel].ID != "response" {
		t.Errorf("\"5\" selected slot %d, want Article 5's clause (response)", a.table.sel)
	}
}

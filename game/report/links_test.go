package report

import (
	"strings"
	"testing"

	"bindingwords/scenarios"
)

// TestHandoutsListLinks: a delegation with linkage points reads them, in
// words, in its brief, on its one-page summary and in the teacher's
// answer key; a delegation without links reads no such row.
func TestHandoutsListLinks(t *testing.T) {
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/linked.yaml")
	if err != nil {
		t.Fatal(err)
	}
	south, east := sc.PartyIndex("south"), sc.PartyIndex("east")
	want := "+4 if “shall act” (Response to an attack) and “patrol together” (Patrols) are both in the text"
	brief := string(briefPage(briefData(sc, south), Options{}, ""))
	summary := string(summaryPage(summaryData(sc, south), Options{}, ""))
	for name, page := range map[string]string{"brief": brief, "summary": summary} {
		if !strings.Contains(page, esc(want)) || !strings.Contains(page, T("brief.links")) {
			t.Errorf("Southland's %s does not list its link %q", name, want)
		}
	}
	if page := string(briefPage(briefData(sc, east), Options{}, "")); strings.Contains(page, T("brief.links")) {
		t.Error("Eastland, without links, has a links row in its brief")
	}
	if b := briefData(sc, south); b.Best != 14 {
		t.Errorf("Southland's best score on paper is %d, want 14 (the link included)", b.Best)
	}
}

// TestEntryText: the handouts' rules state a scenario's own
// entry-into-force rule, and say nothing more for the default one.
func TestEntryText(t *testing.T) {
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/inforce.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := "The agreement enters into force once 2 signatories have ratified it, including Northland; it is then in force for those that ratified."
	if got := EntryText(&sc.PublicScenario); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	rules := RulesText(&sc.PublicScenario)
	if rules[len(rules)-2] != want {
		t.Errorf("the rules list does not state the rule before the scores: %q", rules[len(rules)-2])
	}
	plain, _, err := scenarios.Open("../../scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := EntryText(&plain.PublicScenario); got != "" {
		t.Errorf("the default rule reads %q", got)
	}
}

package narrate

import (
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

func TestEntryRuleSentence(t *testing.T) {
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/inforce.yaml")
	if err != nil {
		t.Fatal(err)
	}
	n := New(&sc.PublicScenario)
	all := []int{0, 1, 2}
	res := &rules.PublicResult{Formed: true, InForce: true, Signed: []bool{true, true, true}, Ratify: []bool{true, false, true}}
	want := "By its own rule the agreement needed 2 ratifications, including those of Northland; 2 came in."
	if got := n.EntryRule(res, all); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	sc.EntryIntoForce = rules.EntryRule{Set: true, Majority: true}
	res.Ratify = []bool{false, false, true}
	want = "By its own rule the agreement needed the ratifications of a majority of its 3 signatories (2); 1 came in."
	if got := n.EntryRule(res, all); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// A named party that failed to ratify is named.
	sc.EntryIntoForce = rules.EntryRule{Set: true, Ratifications: 2, Including: []int{0}}
	res.Ratify = []bool{false, true, true}
	want = "By its own rule the agreement needed 2 ratifications, including those of Northland; 2 came in, but Northland did not ratify."
	if got := n.EntryRule(res, all); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// No sentence for the default rule, or when nothing was signed.
	sc.EntryIntoForce = rules.EntryRule{}
	if got := n.EntryRule(res, all); got != "" {
		t.Errorf("the default rule reads %q", got)
	}
	sc.EntryIntoForce = rules.EntryRule{Set: true, Ratifications: 2}
	if got := n.EntryRule(&rules.PublicResult{Signed: []bool{true, false, false}, Ratify: make([]bool, 3)}, all); got != "" {
		t.Errorf("no agreement reads %q", got)
	}
}

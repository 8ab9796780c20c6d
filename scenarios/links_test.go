package scenarios

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// TestLinksLoad: the example with links loads them as written, and a
// slot that only a link makes matter is not called pointless.
func TestLinksLoad(t *testing.T) {
	data, err := os.ReadFile("testdata/good/linked.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sc, r := Load("linked.yaml", data)
	if sc == nil || len(r.Warnings()) > 0 {
		t.Fatalf("linked.yaml: want a clean load, got:\n%s", render(r))
	}
	ref := func(slot, option string) rules.OptionRef {
		si := sc.SlotIndex(slot)
		return rules.OptionRef{Slot: si, Option: sc.OptionIndex(si, option)}
	}
	want := map[string][]rules.Link{
		"north": {{If: ref("response", "act"), And: ref("form", "treaty"), Points: -3}},
		"south": {{If: ref("response", "act"), And: ref("patrols", "joint"), Points: 4}},
		"east":  nil,
	}
	for id, links := range want {
		got := sc.Briefs[sc.PartyIndex(id)].Links
		if fmt.Sprint(got) != fmt.Sprint(links) {
			t.Errorf("%s: links %v, want %v", id, got, links)
		}
	}
	// Every party scores joint and separate patrols alike, with the same
	// attributes: only Southland's link makes the clause matter.
	flat := strings.Replace(string(data), "patrols: {joint: 1, separate: 2}", "patrols: {joint: 1, separate: 1}", 1)
	flat = strings.Replace(flat, "patrols: {joint: 0, separate: 1}", "patrols: {joint: 1, separate: 1}", 1)
	flat = strings.Replace(flat, "                attributes: {commitment: 1}\n              - id: separate", "              - id: separate", 1)
	if _, r := Load("linked.yaml", []byte(flat)); strings.Contains(render(r), "cannot matter") {
		t.Errorf("a slot a link names was called pointless:\n%s", render(r))
	}
}

// TestTooManyLinkedSlots: a delegation's links may name at most
// rules.MaxLinkedSlots slots; one more is refused where it is written.
func TestTooManyLinkedSlots(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	// A third article of seven two-wording clauses, scored by everyone.
	var art, pts strings.Builder
	art.WriteString("      - id: art3\n        title: Details\n        text: \"")
	for i := range 7 {
		fmt.Fprintf(&art, "{d%d} ", i)
		fmt.Fprintf(&pts, "      d%d: {a: 0, b: 1}\n", i)
	}
	art.WriteString("\"\n        slots:\n")
	for i := range 7 {
		fmt.Fprintf(&art, "          - id: d%d\n            name: Detail %d\n            default: a\n            options:\n"+
			"              - {id: a, label: first, text: first}\n              - {id: b, label: second, text: second}\n", i, i+1)
	}
	src = strings.Replace(src, "\nnews:\n", art.String()+"\nnews:\n", 1)
	for _, party := range []string{"      form: {treaty: 1, declaration: 3}\n", "      form: {treaty: 4, declaration: 1}\n", "      form: {treaty: 2, declaration: 1}\n"} {
		src = strings.Replace(src, party, party+pts.String(), 1)
	}
	links := func(n int) string {
		var b strings.Builder
		b.WriteString("    links:\n")
		for i := range n {
			fmt.Fprintf(&b, "      - if: {slot: d%d, option: b}\n        and: {slot: response, option: act}\n        points: 1\n", i)
		}
		return b.String()
	}
	at := "    reservation: 3\n"
	// Five detail slots and response: six slots, allowed.
	if sc, r := Load("many.yaml", []byte(strings.Replace(src, at, at+links(5), 1))); sc == nil {
		t.Fatalf("six linked slots were refused:\n%s", render(r))
	}
	// Six detail slots and response: seven.
	_, r := Load("many.yaml", []byte(strings.Replace(src, at, at+links(6), 1)))
	if got := render(r); !strings.Contains(got, `the links of party "north" name more than 6 slots`) {
		t.Errorf("seven linked slots: want the limit's error, got:\n%s", got)
	}
}

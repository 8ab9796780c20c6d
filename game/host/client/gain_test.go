package client

import (
	"testing"

	"bindingwords/game/wire"
)

// Gain adds up, change by change, the points the seat's brief gives the
// new wording over the draft's, and leaves out what the brief cannot
// score: a slot or option it has no row or column for.
func TestGainScoresChangesByTheBrief(t *testing.T) {
	b := &wire.Brief{Points: [][]int{{0, 5, 2}, {3, -1}}}
	text := []int{0, 0}
	for _, c := range []struct {
		name    string
		changes []wire.Change
		want    int
	}{
		{"one better wording", []wire.Change{{Slot: 0, Option: 1}}, 5},
		{"one worse wording", []wire.Change{{Slot: 1, Option: 1}}, -4},
		{"both", []wire.Change{{Slot: 0, Option: 2}, {Slot: 1, Option: 1}}, -2},
		{"no such slot", []wire.Change{{Slot: 2, Option: 0}, {Slot: -1, Option: 0}}, 0},
		{"no such option", []wire.Change{{Slot: 0, Option: 3}, {Slot: 0, Option: -1}}, 0},
		{"nothing", nil, 0},
	} {
		if got := Gain(b, text, c.changes); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	if got := Gain(nil, text, []wire.Change{{Slot: 0, Option: 1}}); got != 0 {
		t.Errorf("no brief: %d, want 0", got)
	}
	if got := Gain(b, []int{7, 0}, []wire.Change{{Slot: 0, Option: 1}}); got != 0 {
		t.Errorf("a draft wording the brief cannot score: %d, want 0", got)
	}
}

// A link (points for two wordings together) counts when the changes
// complete it or break it, not otherwise.
func TestGainCountsLinks(t *testing.T) {
	b := &wire.Brief{Points: [][]int{{0, 5, 2}, {3, -1}},
		Links: []wire.Link{{If: wire.Change{Slot: 0, Option: 1}, And: wire.Change{Slot: 1, Option: 1}, Points: 4}}}
	for _, c := range []struct {
		name    string
		text    []int
		changes []wire.Change
		want    int
	}{
		{"completes it", []int{0, 1}, []wire.Change{{Slot: 0, Option: 1}}, 5 + 4},
		{"completes it in a package", []int{0, 0}, []wire.Change{{Slot: 0, Option: 1}, {Slot: 1, Option: 1}}, 5 - 4 + 4},
		{"half of it", []int{0, 0}, []wire.Change{{Slot: 0, Option: 1}}, 5},
		{"breaks it", []int{1, 1}, []wire.Change{{Slot: 1, Option: 0}}, 0}, // +4 for the wording, −4 for the link
	} {
		if got := Gain(b, c.text, c.changes); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

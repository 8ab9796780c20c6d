package replay

import (
	"testing"

	"bindingwords/game/save"
)

func TestTimeline(t *testing.T) {
	l, err := save.ReadFile("../save/testdata/v2/harbour-over.bws", testFinder)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := New(l.Scenario, l.Save.Record)
	if err != nil {
		t.Fatal(err)
	}
	rec := l.Save.Record
	if tl.Len() != len(rec.Steps) || tl.Final().Hash() != l.Game.Hash() {
		t.Fatalf("len %d, final %s; want %d, %s", tl.Len(), tl.Final().Hash(), len(rec.Steps), l.Game.Hash())
	}
	marks := tl.Marks()
	if marks[0].Step != 0 || marks[0].Round != 1 || tl.RoundStart(1) != 0 {
		t.Errorf("first mark %+v", marks[0])
	}
	for i := 1; i < len(marks); i++ {
		if marks[i].Step <= marks[i-1].Step {
			t.Errorf("marks out of order: %+v", marks)
		}
	}
	if tl.RoundStart(2) <= 0 || tl.RoundStart(99) != -1 {
		t.Errorf("round 2 starts at %d", tl.RoundStart(2))
	}
	// Every step replays to the hash recorded after it, and lies in the
	// round and phase its mark says.
	for k := 0; k <= tl.Len(); k++ {
		g, err := tl.At(k)
		if err != nil {
			t.Fatal(err)
		}
		want := rec.Start
		if k > 0 {
			want = rec.Steps[k-1].Hash
		}
		m := tl.MarkAt(k)
		if g.Hash() != want || g.Round() != m.Round || g.Phase() != m.Phase {
			t.Fatalf("step %d: %s round %d %s; want %s round %d %s", k, g.Hash(), g.Round(), g.Phase(), want, m.Round, m.Phase)
		}
	}
	if _, err := tl.At(tl.Len() + 1); err == nil {
		t.Error("At past the end did not fail")
	}
}

func TestOf(t *testing.T) {
	l, err := save.ReadFile("../save/testdata/v2/berlin-round3.bws", testFinder)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := Of(l.Scenario, l.Game)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Len() != len(l.Save.Record.Steps) || tl.Final().Hash() != l.Game.Hash() || tl.RoundStart(3) <= tl.RoundStart(2) {
		t.Errorf("len %d, final %s, rounds at %v", tl.Len(), tl.Final().Hash(), tl.Marks())
	}
}

// A save of the current format (its record chained) lays out like an old
// one, and the timeline's record says its reasons were checked.
func TestTimelineOfAChainedSave(t *testing.T) {
	l, err := save.ReadFile("../save/testdata/v4/harbour-over.bws", testFinder)
	if err != nil {
		t.Fatal(err)
	}
	if !l.Save.Record.Chained() {
		t.Fatal("a save of format 4 whose record is not chained")
	}
	tl, err := New(l.Scenario, l.Save.Record)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Len() != len(l.Save.Record.Steps) || tl.Final().Hash() != l.Game.Hash() || !tl.Final().Over() {
		t.Errorf("len %d, final %s (over %v); want %d, %s", tl.Len(), tl.Final().Hash(), tl.Final().Over(), len(l.Save.Record.Steps), l.Game.Hash())
	}
}

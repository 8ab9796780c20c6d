package rules

import (
	"errors"
	"testing"
)

// linkedFixture is the fixture with links: North gains 7 when "consult"
// and "small" aid are in the text together, South loses 4 for "consult"
// with a declaration.
func linkedFixture() *Scenario {
	sc := fixture()
	sc.Briefs[0].Links = []Link{{If: OptionRef{Slot: 0, Option: 1}, And: OptionRef{Slot: 2, Option: 1}, Points: 7}}
	sc.Briefs[1].Links = []Link{{If: OptionRef{Slot: 1, Option: 1}, And: OptionRef{Slot: 0, Option: 1}, Points: -4}}
	return sc
}

func TestLinkPointsInTheScore(t *testing.T) {
	sc := linkedFixture()
	tests := []struct {
		name    string
		text    []int
		present []bool
		north   int
		south   int
	}{
		// consult 20 + declaration 30 + small 25, and the link: 82.
		{"both wordings in", []int{1, 1, 1}, nil, 20 + 30 + 25 + 7, 20 + 10 + 5 - 4},
		{"one wording only", []int{1, 1, 0}, nil, 20 + 30 + 5, 20 + 10 + 30 - 4},
		{"the other only", []int{0, 0, 1}, nil, 5 + 10 + 25, 40 + 30 + 5},
		// The aid article fell out: no aid points, and no link either.
		{"an article fell out", []int{1, 1, 1}, []bool{true, true, false}, 20 + 30, 20 + 10 - 4},
		// The response article fell out: neither link counts.
		{"the other article fell out", []int{1, 1, 1}, []bool{false, true, true}, 30 + 25, 10 + 5},
	}
	for _, tt := range tests {
		if got := sc.Score(0, tt.text, tt.present); got != tt.north {
			t.Errorf("%s: North scores %d, want %d", tt.name, got, tt.north)
		}
		if got := sc.Score(1, tt.text, tt.present); got != tt.south {
			t.Errorf("%s: South scores %d, want %d", tt.name, got, tt.south)
		}
		if got, plain := sc.Score(2, tt.text, tt.present), fixture().Score(2, tt.text, tt.present); got != plain {
			t.Errorf("%s: East, without links, scores %d, want %d as before", tt.name, got, plain)
		}
	}
}

func TestBestScoreWithLinks(t *testing.T) {
	sc := fixture()
	if got := sc.BestScore(0); got != 20+30+25 {
		t.Fatalf("without links North's best is %d, want 75", got)
	}
	// A small link does not change the best text; a large one makes
	// "act" with large aid (5 + 30 + 5) worth more than the best wordings.
	sc.Briefs[0].Links = []Link{{If: OptionRef{Slot: 0, Option: 0}, And: OptionRef{Slot: 2, Option: 0}, Points: 10}}
	if got := sc.BestScore(0); got != 75 {
		t.Errorf("with a link of 10, North's best is %d, want 75", got)
	}
	sc.Briefs[0].Links[0].Points = 50
	if got := sc.BestScore(0); got != 5+30+5+50 {
		t.Errorf("with a link of 50, North's best is %d, want 90", got)
	}
	// A negative link on the best wordings: the best goes around it.
	sc.Briefs[0].Links = []Link{{If: OptionRef{Slot: 0, Option: 1}, And: OptionRef{Slot: 1, Option: 1}, Points: -15}}
	if got := sc.BestScore(0); got != 20+10+25 && got != 10+30+25 {
		t.Errorf("with a link of -15 on consult and declaration, North's best is %d, want 65", got)
	}
}

// TestALinkCountsInTheResult plays games to the end: the result's scores
// are the linked ones, and a link whose article fell out does not count.
func TestALinkCountsInTheResult(t *testing.T) {
	play1 := func(lines ...string) *Result {
		g, _, err := NewGame(linkedFixture(), Setup{Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		toSigning(t, g, lines...)
		play(t, g, "north sign", "south sign", "east sign")
		return g.Result()
	}
	// The chair's text: consult, declaration, small aid.
	if r := play1(); !r.InForce || r.Scores[0] != 82 || r.Scores[1] != 31 {
		t.Errorf("the chair's text: in force %v, scores %v, want North 82 and South 31", r.InForce, r.Scores)
	}
	// The aid article falls out in brackets: North's link goes with it.
	if r := play1("north table aid=large", "south vote no", "east vote yes"); !r.InForce || r.Scores[0] != 50 || r.Scores[1] != 26 {
		t.Errorf("aid fell out: in force %v, scores %v, want North 50 and South 26", r.InForce, r.Scores)
	}
}

func TestTheEngineRefusesABadLink(t *testing.T) {
	tests := []struct {
		name string
		link Link
	}{
		{"one slot twice", Link{If: OptionRef{0, 0}, And: OptionRef{0, 1}, Points: 1}},
		{"no such slot", Link{If: OptionRef{0, 0}, And: OptionRef{9, 0}, Points: 1}},
		{"no such option", Link{If: OptionRef{0, 5}, And: OptionRef{1, 0}, Points: 1}},
	}
	for _, tt := range tests {
		sc := fixture()
		sc.Briefs[0].Links = []Link{tt.link}
		_, _, err := NewGame(sc, Setup{})
		var se *SetupError
		if !errors.As(err, &se) {
			t.Errorf("%s: NewGame gave %v, want a setup error", tt.name, err)
		}
	}
}

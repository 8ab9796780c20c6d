package rules

import (
	"slices"
	"testing"
)

func TestGameStartsAtTheTableOfRoundOne(t *testing.T) {
	g := newGame(t, 1)
	if g.Round() != 1 || g.Phase() != PhaseTable {
		t.Fatalf("round %d phase %v, want round 1 at the table", g.Round(), g.Phase())
	}
	if got := g.ToAct(); !slices.Equal(got, []int{0}) {
		t.Fatalf("waiting for %v, want North (0) to table first", got)
	}
	if !slices.Equal(g.View(0).Text(), []int{1, 1, 1}) {
		t.Fatalf("draft %v, want the chair's text", g.View(0).Text())
	}
}

func TestTurnOrderRotatesEachRound(t *testing.T) {
	g := newGame(t, 1)
	for round, first := range []int{0, 1, 2} {
		if g.Round() != round+1 || g.Proposer() != first {
			t.Fatalf("round %d: proposer %d, want %d", g.Round(), g.Proposer(), first)
		}
		passRound(t, g)
	}
}

func TestOnlyTheProposerMayTable(t *testing.T) {
	g := newGame(t, 1)
	e := refused(t, g, "south table response=act")
	if e.Code != ErrNotYourTurn || e.Msg != "It is North's turn to table, not South's." {
		t.Fatalf("got %v %q", e.Code, e.Msg)
	}
}

func TestOneAmendmentPerDelegationPerRound(t *testing.T) {
	g := newGame(t, 1)
	play(t, g, "north table response=act", "south vote yes", "east vote yes")
	e := refused(t, g, "north table aid=large")
	if e.Code != ErrAlreadyTabled || e.Msg != "North has already tabled an amendment this round." {
		t.Fatalf("got %v %q", e.Code, e.Msg)
	}
}

func TestAmendmentRules(t *testing.T) {
	tests := []struct {
		name   string
		before []string
		action string
		code   ErrorCode
	}{
		{"no change", nil, "north table response=consult", ErrBadChange},
		{"same slot twice in a package", nil, "north table response=act response=note", ErrBadPackage},
		{"vote with nothing tabled", nil, "south vote yes", ErrNothingToVote},
		{"proposer votes on its own item", []string{"north table response=act"}, "north vote yes", ErrAlreadyVoted},
		{"vote twice", []string{"north table response=act", "south vote yes"}, "south vote no", ErrAlreadyVoted},
		{"table while a vote is open", []string{"north table response=act"}, "south table aid=large", ErrNotYourTurn},
		{"statement at the table", nil, "north say none", ErrWrongPhase},
		{"sign before the end", nil, "north sign", ErrWrongPhase},
		{"call twice", []string{"north call on"}, "north call on", ErrBadAction},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGame(t, 1)
			play(t, g, tt.before...)
			if e := refused(t, g, tt.action); e.Code != tt.code {
				t.Fatalf("code %v (%q), want %v", e.Code, e.Msg, tt.code)
			}
		})
	}
}

func TestUnanimityByDefault(t *testing.T) {
	tests := []struct {
		votes   []string
		adopted bool
	}{
		{[]string{"south vote yes", "east vote yes"}, true},
		{[]string{"south vote yes", "east vote no"}, false},
		{[]string{"south vote no", "east vote yes"}, false},
	}
	for _, tt := range tests {
		g := newGame(t, 1)
		play(t, g, "north table response=act")
		evs := play(t, g, tt.votes...)
		if got := g.View(0).Option(0) == 0; got != tt.adopted {
			t.Errorf("%v: adopted %v, want %v", tt.votes, got, tt.adopted)
		}
		if g.View(0).Bracketed(0) == tt.adopted {
			t.Errorf("%v: a failed amendment must bracket its slot, an adopted one must not", tt.votes)
		}
		if !tt.adopted {
			if e := has(evs, EvRejected); e == nil || e.Party < 0 {
				t.Errorf("%v: the failure must name an objector", tt.votes)
			}
		}
	}
}

func TestAdoptingSettlesABracketedSlot(t *testing.T) {
	g := newGame(t, 1)
	play(t, g, "north table response=act", "south vote no", "east vote yes")
	// South now tables the current wording to settle the bracket.
	evs := play(t, g, "south table response=consult", "east vote yes", "north vote yes")
	if g.View(0).Bracketed(0) || has(evs, EvSettled) == nil {
		t.Fatal("adopting the bracketed slot's wording must remove the brackets, with an event")
	}
}

func TestAdoptionRuleFromScenario(t *testing.T) {
	// North and South must agree; of the others (East only) a majority.
	tests := []struct {
		rule    AdoptionRule
		votes   []VoteValue // north, south, east
		adopted bool
	}{
		{AdoptionRule{MustAgree: []int{0, 1}, Others: QuotaMajority}, []VoteValue{VoteYes, VoteYes, VoteNo}, false},
		{AdoptionRule{MustAgree: []int{0, 1}, Others: QuotaNone}, []VoteValue{VoteYes, VoteYes, VoteNo}, true},
		{AdoptionRule{MustAgree: []int{0}, Others: QuotaMajority}, []VoteValue{VoteYes, VoteYes, VoteNo}, false},
		{AdoptionRule{MustAgree: []int{0}, Others: QuotaTwoThirds}, []VoteValue{VoteYes, VoteYes, VoteNo}, false},
		{AdoptionRule{Others: QuotaMajority}, []VoteValue{VoteYes, VoteYes, VoteNo}, true},
		{AdoptionRule{Others: QuotaTwoThirds}, []VoteValue{VoteYes, VoteYes, VoteNo}, true},
		{AdoptionRule{Others: QuotaTwoThirds}, []VoteValue{VoteYes, VoteNo, VoteNo}, false},
		{AdoptionRule{MustAgree: []int{2}, Others: QuotaAll}, []VoteValue{VoteYes, VoteYes, VoteNo}, false},
	}
	for i, tt := range tests {
		sc := fixture()
		sc.Adoption = tt.rule
		g, _, _ := NewGame(sc, Setup{})
		if got := g.Adopts(tt.votes); got != tt.adopted {
			t.Errorf("case %d: %+v with votes %v: adopted %v, want %v", i, tt.rule, tt.votes, got, tt.adopted)
		}
	}
}

func TestAPackageIsAdoptedOrRejectedWhole(t *testing.T) {
	g := newGame(t, 1)
	play(t, g, "north table response=act form=treaty", "south vote yes", "east vote yes")
	if v := g.View(0); v.Option(0) != 0 || v.Option(1) != 0 {
		t.Fatalf("adopted package: draft %v", v.Text())
	}
	play(t, g, "south table response=note aid=large", "north vote no", "east vote yes")
	v := g.View(0)
	if v.Option(0) != 0 || v.Option(2) != 1 || !v.Bracketed(0) || !v.Bracketed(2) {
		t.Fatalf("rejected package: draft %v, brackets %v %v", v.Text(), v.Bracketed(0), v.Bracketed(2))
	}
}

func TestCallsForSignatureLapseWhenTheTextChanges(t *testing.T) {
	g := newGame(t, 1)
	play(t, g, "south call on", "east call on")
	evs := play(t, g, "north table response=act", "south vote yes", "east vote yes")
	if g.Calling(1) || g.Calling(2) || has(evs, EvCallsCleared) == nil {
		t.Fatal("an adopted change must clear the calls, with an event")
	}
}

func TestEveryoneCallingOnACleanTextEndsTheNegotiationEarly(t *testing.T) {
	g := newGame(t, 1)
	play(t, g, "north call on", "south call on", "east call on")
	passRound(t, g)
	if g.Phase() != PhaseSigning || g.Round() != 1 {
		t.Fatalf("phase %v round %d, want signing after round 1", g.Phase(), g.Round())
	}
}

func TestBracketsPreventAnEarlyEnd(t *testing.T) {
	g := newGame(t, 1)
	play(t, g, "north table response=act", "south vote no", "east vote yes")
	play(t, g, "north call on", "south call on", "east call on")
	passRound(t, g)
	if g.Phase() != PhaseTable || g.Round() != 2 {
		t.Fatalf("phase %v round %d, want round 2: a bracket remains", g.Phase(), g.Round())
	}
}

package rules

import "testing"

func TestPollsDriftTowardTheVerdict(t *testing.T) {
	g := newGame(t, 1)
	passRound(t, g)
	// The chair's text has commitment 1 and cost 1 in all.
	tests := []struct {
		public        int
		verdict, want int // whole points, tenths
	}{
		// North voters: 50 + 2×1 − 5×1 = 47; 500 + (470 − 500) × 50% = 485.
		{0, 47, 485},
		// North senate: 40 + 5 − 5 = 40; 550 + (400 − 550) × 50% = 475.
		{1, 40, 475},
		// South public: 30 + 10 = 40; 600 + (400 − 600) × 25% = 550.
		{2, 40, 550},
		// East public does not care: it stays at its verdict 50.
		{3, 50, 500},
	}
	v := g.View(Spectator)
	for _, tt := range tests {
		if got := v.Verdict(tt.public); got != tt.verdict {
			t.Errorf("%s: verdict %d, want %d", g.sc.Publics[tt.public].ID, got, tt.verdict)
		}
		if polls := v.Polls(tt.public); len(polls) != 2 || polls[1] != tt.want {
			t.Errorf("%s: polls %v, want a second point at %d", g.sc.Publics[tt.public].ID, polls, tt.want)
		}
	}
}

func TestAPollExplainsEachMove(t *testing.T) {
	g := newGame(t, 1)
	var drift *Event
	for g.Phase() == PhaseTable {
		play(t, g, g.sc.Parties[g.Proposer()].ID+" pass")
	}
	evs := play(t, g, "north say none", "south say none", "east say none")
	for i := range evs {
		if evs[i].Kind == EvSupport && evs[i].Public == 0 {
			drift = &evs[i]
		}
	}
	if drift == nil || drift.Cause.Kind != CauseDrift {
		t.Fatal("North voters' move has no drift event")
	}
	// North voters weigh commitment +2: against a treaty (+4), the
	// declaration costs them most.
	if drift.Cause.Slot != 1 || drift.Cause.Option != 1 || drift.Cause.Value != -4 {
		t.Fatalf("cause %+v, want the declaration in the form clause, −4", drift.Cause)
	}
}

func TestSupportStaysWithinZeroAndHundred(t *testing.T) {
	sc := fixture()
	sc.Press.Reassure = 400
	sc.Publics[2].Support = 990
	g, _, _ := NewGame(sc, Setup{})
	passTable(t, g)
	play(t, g, "south say reassure south_public")
	if s := g.View(1).Support(2); s != 1000 {
		t.Fatalf("support %d, want the ceiling 1000", s)
	}
}

func passTable(t *testing.T, g *Game) {
	t.Helper()
	for g.Phase() == PhaseTable {
		play(t, g, g.sc.Parties[g.Proposer()].ID+" pass")
	}
}

func TestReassuringPersuadesLessEachTime(t *testing.T) {
	g := newGame(t, 1)
	gains := []int{}
	for round := 1; round <= 3; round++ {
		passTable(t, g)
		before := g.support[2]
		evs := play(t, g, "south say reassure south_public")
		gains = append(gains, g.support[2]-before)
		if e := has(evs, EvSupport); e == nil || e.Cause.Kind != CauseReassure || e.Cause.Party != 1 {
			t.Fatalf("round %d: no reassurance event naming South", round)
		}
		play(t, g, "north say none", "east say none")
	}
	// 3 points, then 3/2, then 3/3.
	if gains[0] != 30 || gains[1] != 15 || gains[2] != 10 {
		t.Fatalf("gains %v, want [30 15 10]", gains)
	}
}

func TestStatementsMustTargetTheRightPublic(t *testing.T) {
	g := newGame(t, 1)
	passTable(t, g)
	if e := refused(t, g, "south say reassure north_voters"); e.Code != ErrBadStatement {
		t.Fatalf("reassuring another country's public: %v", e)
	}
	if e := refused(t, g, "south say address south_public"); e.Code != ErrBadStatement {
		t.Fatalf("addressing one's own public: %v", e)
	}
	play(t, g, "south say address north_senate")
	if e := refused(t, g, "south say none"); e.Code != ErrAlreadySpoke {
		t.Fatalf("a second statement: %v", e)
	}
	if g.support[1] != 570 {
		t.Fatalf("North senate at %d, want 550 + 20", g.support[1])
	}
}

func TestLeakMovesEveryPublicAndCostsTrust(t *testing.T) {
	g := newGame(t, 1)
	passTable(t, g)
	evs := play(t, g, "north say leak")
	// Each public closes half its gap to the verdict at once.
	for pub, want := range []int{485, 475, 500, 500} {
		if g.support[pub] != want {
			t.Errorf("%s at %d after the leak, want %d", g.sc.Publics[pub].ID, g.support[pub], want)
		}
	}
	if g.trust[0] != 80 {
		t.Fatalf("North's trust %d, want 80", g.trust[0])
	}
	if e := has(evs, EvTrust); e == nil || e.Cause.Kind != CauseLeak {
		t.Fatal("the loss of trust must say it came from the leak")
	}
	// A delegation that lost trust persuades less: 3 points × 80%.
	play(t, g, "south say none", "east say none")
	passTable(t, g)
	before := g.support[0]
	play(t, g, "north say reassure north_voters")
	if got := g.support[0] - before; got != 24 {
		t.Fatalf("reassurance after a leak moved %d tenths, want 24", got)
	}
}

func TestPublicCommitment(t *testing.T) {
	g := newGame(t, 1)
	passTable(t, g)
	play(t, g, "south say commit insist response=act")
	if g.support[2] != 620 {
		t.Fatalf("a commitment rallies the public at home: %d, want 620", g.support[2])
	}
	// Another delegation may commit on the same clause.
	play(t, g, "north say commit reject response=act")
	c := g.View(0).Commitments()
	if len(c) != 2 || c[0].Party != 1 || c[0].Stance != Insist || c[1].Party != 0 || c[1].Stance != Reject {
		t.Fatalf("commitments %+v", c)
	}
}

func TestOneCommitmentPerClause(t *testing.T) {
	g := newGame(t, 1)
	passTable(t, g)
	play(t, g, "south say commit insist response=act", "north say none", "east say none")
	passTable(t, g)
	if e := refused(t, g, "south say commit reject response=note"); e.Code != ErrAlreadyCommitted {
		t.Fatalf("got %v", e)
	}
}

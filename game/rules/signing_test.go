package rules

import (
	"slices"
	"testing"
)

// toSigning plays the lines, then passes until the signing phase.
func toSigning(t *testing.T, g *Game, lines ...string) {
	t.Helper()
	play(t, g, lines...)
	for g.Phase() != PhaseSigning && !g.Over() {
		passRound(t, g)
	}
}

func TestARedLineCannotBeSigned(t *testing.T) {
	g := newGame(t, 1)
	toSigning(t, g, "north table aid=large", "south vote yes", "east vote yes")
	// aid=large was adopted by North's own mistake: it is North's red line.
	e := refused(t, g, "north sign")
	if e.Code != ErrRedLine {
		t.Fatalf("got %v", e)
	}
	if g.View(0).CanSign() {
		t.Fatal("the view says North may sign across its red line")
	}
}

func TestABracketedArticleFallsOut(t *testing.T) {
	g := newGame(t, 1)
	toSigning(t, g, "north table aid=large", "south vote no", "east vote yes")
	present := g.View(Spectator).Present()
	if !slices.Equal(present, []bool{true, true, false}) {
		t.Fatalf("present %v, want the aid article out", present)
	}
	// With the article out, North's red line is not in the text.
	play(t, g, "north sign", "south sign", "east sign")
	r := g.Result()
	if !r.InForce {
		t.Fatal("a declaration needs no vote: the agreement should be in force")
	}
	// North: consult 20 + declaration 30, nothing for the dropped article.
	if r.Scores[0] != 50 || r.Scores[1] != 30 {
		t.Fatalf("scores %v, want North 50, South 30", r.Scores)
	}
}

func TestNoAgreementMeansReservationValues(t *testing.T) {
	tests := []struct {
		name      string
		decisions []string
		formed    bool
	}{
		{"a required signatory declines", []string{"north decline", "south sign", "east sign"}, false},
		{"the optional party declines", []string{"north sign", "south sign", "east decline"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGame(t, 1)
			toSigning(t, g)
			play(t, g, tt.decisions...)
			r := g.Result()
			if r.Formed != tt.formed {
				t.Fatalf("formed %v, want %v", r.Formed, tt.formed)
			}
			for p := range g.sc.Parties {
				inForce := r.InForce && r.Ratify[p]
				want := g.sc.Briefs[p].Reservation
				if inForce {
					want = g.sc.Score(p, r.Text, r.Present)
				}
				if r.Scores[p] != want {
					t.Errorf("%s scored %d, want %d", g.sc.Parties[p].ID, r.Scores[p], want)
				}
			}
			if !r.Formed && r.Indicators[0] != 1 {
				t.Errorf("no agreement: indicator %d, want its no-agreement value 1", r.Indicators[0])
			}
		})
	}
}

func TestATreatyMustPassTheSenate(t *testing.T) {
	tests := []struct {
		name    string
		press   []string
		inForce bool
	}{
		// The senate starts at 59 and drifts toward its verdict on a
		// treaty (45 + 5×3 − 5×1 = 55): 58, 57.3, 56.8 — below the 60 needed.
		{"without persuasion the senate says no", nil, false},
		// South makes its case to the senate every round: +10, +5, +3.3
		// points before each poll keep it above 60.
		{"with help from abroad it passes", []string{"south say address north_senate"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := fixture()
			sc.News = nil
			sc.Publics[1].Support, sc.Publics[1].Base, sc.Publics[1].Drift = 590, 45, 25
			sc.Press.Address = 10
			g, _, _ := NewGame(sc, Setup{})
			play(t, g, "north table form=treaty", "south vote yes", "east vote yes")
			for g.Phase() != PhaseSigning {
				passTable(t, g)
				for _, l := range tt.press {
					play(t, g, l)
				}
				for g.Phase() == PhasePress {
					play(t, g, g.sc.Parties[g.ToAct()[0]].ID+" say none")
				}
			}
			evs := play(t, g, "north sign", "south sign", "east sign")
			r := g.Result()
			if r.InForce != tt.inForce {
				t.Fatalf("in force %v, want %v (senate at %d)", r.InForce, tt.inForce, g.support[1])
			}
			vote := has(evs, EvVoteAtHome)
			if vote == nil || vote.Party != 0 || vote.Public != 1 || vote.Threshold != 60 || (vote.Delta == 1) != tt.inForce {
				t.Fatalf("the senate vote is missing or wrong: %+v", vote)
			}
		})
	}
}

func TestBreakingAPublicCommitmentCostsSupport(t *testing.T) {
	g := newGame(t, 1)
	passTable(t, g)
	play(t, g, "south say commit insist response=act", "north say none", "east say none")
	toSigning(t, g)
	before := g.support[2]
	evs := play(t, g, "south sign")
	if got := g.support[2] - before; got != -80 {
		t.Fatalf("signing without the wording it insisted on cost South %d tenths, want −80", got)
	}
	if e := has(evs, EvSupport); e == nil || e.Cause.Kind != CauseAudience {
		t.Fatal("the audience cost must say why")
	}
	play(t, g, "north sign", "east sign")
	if r := g.Result(); len(r.Broken) != 1 || r.Broken[0].Party != 1 {
		t.Fatalf("broken commitments %+v", r.Broken)
	}
}

func TestKeepingACommitmentCostsNothing(t *testing.T) {
	g := newGame(t, 1)
	passTable(t, g)
	play(t, g, "south say commit reject response=note", "north say none", "east say none")
	toSigning(t, g)
	before := g.support[2]
	play(t, g, "south sign")
	if g.support[2] != before {
		t.Fatal("South kept its word but was punished")
	}
}

func TestIndicatorsAndBands(t *testing.T) {
	g := newGame(t, 1)
	toSigning(t, g, "north table response=act form=treaty", "south vote yes", "east vote yes")
	play(t, g, "north sign", "south sign", "east sign")
	r := g.Result()
	// Commitment 3 + 2 + 0, weighted 2: 10 — but only if the treaty passed.
	want := 1
	if r.InForce {
		want = 10
	}
	if r.Indicators[0] != want {
		t.Fatalf("deterrence %d, want %d", r.Indicators[0], want)
	}
	if b := g.Scenario().Band(0, 4); b.Label != "weak" {
		t.Fatalf("band of 4: %q", b.Label)
	}
	if b := g.Scenario().Band(0, 10); b.Label != "strong" {
		t.Fatalf("band of 10: %q", b.Label)
	}
}

func TestAGameWithoutTheOptionalParty(t *testing.T) {
	g := newGame(t, 3, "north", "south")
	if g.Active(2) || len(g.Parties()) != 2 {
		t.Fatal("East should not take part")
	}
	if e := refused(t, g, "east call on"); e.Code != ErrNotPlaying {
		t.Fatalf("got %v", e)
	}
	toSigning(t, g)
	play(t, g, "north sign", "south sign")
	if !g.Over() {
		t.Fatal("the game should end when both delegations decided")
	}
	if g.support[3] != 500 || len(g.polls[3]) != 1 {
		t.Fatal("East's public moved although East is absent")
	}
}

func TestSetupErrors(t *testing.T) {
	tests := []struct {
		setup Setup
		want  string
	}{
		{Setup{Parties: []string{"north"}}, "setup: South must take part: the scenario does not mark it optional"},
		{Setup{Parties: []string{"north", "west"}}, `setup: the scenario has no delegation "west"`},
		{Setup{Parties: []string{"north", "south", "north"}}, `setup: delegation "north" is listed twice`},
		{Setup{Rounds: 13}, "setup: a game has 1 to 12 rounds"},
	}
	for _, tt := range tests {
		if _, _, err := NewGame(fixture(), tt.setup); err == nil || err.Error() != tt.want {
			t.Errorf("%+v: error %v, want %q", tt.setup, err, tt.want)
		}
	}
	broken := fixture()
	broken.Briefs[1].Points[0] = []int{1}
	if _, _, err := NewGame(broken, Setup{}); err == nil {
		t.Error("a scenario with a short points table must be refused")
	}
}

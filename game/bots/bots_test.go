package bots

import (
	"strings"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/game/scengen"
	"bindingwords/scenarios"
)

func berlin(t testing.TB) (*rules.Scenario, []string) {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	var parties []string
	for _, p := range sc.Parties {
		if !p.Optional {
			parties = append(parties, p.ID)
		}
	}
	return sc, parties
}

// play runs one game with the players mk makes, checking every action on
// the way: each is legal, and each carries a plain one-line reason that
// opens with its delegation's name as a sentence writes it ("The United
// States", "France").
func play(t *testing.T, sc *rules.Scenario, setup rules.Setup, mk func(seat int) Player) *rules.Game {
	t.Helper()
	return playWatched(t, sc, setup, mk, func(g *rules.Game, p int, pl Player, a rules.Action) {
		name := rules.PartyInSentence(sc.Parties[p].Name, true)
		if _, isRandom := pl.(*Random); !isRandom {
			if !strings.HasPrefix(a.Reason, name) || strings.Contains(a.Reason, "%!") || strings.Contains(a.Reason, "\n") {
				t.Fatalf("%s gave the reason %q", name, a.Reason)
			}
		}
	})
}

// playWatched runs one game with the players mk makes, failing on an
// illegal action or a game that does not end, and shows watch every
// action once the game has applied it.
func playWatched(t *testing.T, sc *rules.Scenario, setup rules.Setup, mk func(seat int) Player, watch func(g *rules.Game, p int, pl Player, a rules.Action)) *rules.Game {
	t.Helper()
	g, _, err := rules.NewGame(sc, setup)
	if err != nil {
		t.Fatal(err)
	}
	players := make([]Player, len(sc.Parties))
	for _, p := range g.Parties() {
		players[p] = mk(p)
	}
	for steps := 0; !g.Over(); steps++ {
		if steps > 5000 {
			t.Fatal("the game does not end")
		}
		acted := false
		for _, p := range g.ToAct() {
			a, ok := players[p].Act(g.View(p))
			if !ok {
				continue
			}
			if _, err := g.Apply(a); err != nil {
				t.Fatalf("%s's action %q was refused: %v", sc.Parties[p].ID, sc.FormatAction(a), err)
			}
			watch(g, p, players[p], a)
			acted = true
			break
		}
		if !acted {
			t.Fatal("no player acted")
		}
	}
	return g
}

func TestDelegatesPlayLegallyAndExplainThemselves(t *testing.T) {
	sc, parties := berlin(t)
	for _, lvl := range Levels {
		for seed := uint64(0); seed < 20; seed++ {
			setup := rules.Setup{Seed: seed, Parties: parties}
			if seed%2 == 1 {
				setup.Parties = nil // with the optional delegations
			}
			play(t, sc, setup, func(p int) Player { return New(lvl, p, seed) })
		}
		for seed := uint64(0); seed < 20; seed++ {
			gen := scengen.Generate(seed, scengen.Narrow)
			play(t, gen, rules.Setup{Seed: seed}, func(p int) Player { return New(lvl, p, seed) })
		}
	}
}

func TestBaselinesPlayLegally(t *testing.T) {
	sc, parties := berlin(t)
	for _, kind := range []string{Pushover, Hardliner, Boulware, Conceder} {
		for seed := uint64(0); seed < 10; seed++ {
			play(t, sc, rules.Setup{Seed: seed, Parties: parties}, func(p int) Player {
				if p == int(seed)%len(parties) {
					b, err := NewBaseline(kind, p)
					if err != nil {
						t.Fatal(err)
					}
					return b
				}
				return New(Normal, p, seed)
			})
		}
	}
	if _, err := NewBaseline("stubborn", 0); err == nil {
		t.Fatal("an unknown baseline must be refused")
	}
}

// A delegate sees only its view: changing another delegation's private
// table must not change what it does.
func TestDelegatesNeverReadAnotherDelegationsTable(t *testing.T) {
	sc, parties := berlin(t)
	other := sc.PartyIndex("germany")
	us := sc.PartyIndex("us")
	altered, _ := scenarios.LoadBuiltin("berlin")
	for s := range altered.Briefs[other].Points {
		for o := range altered.Briefs[other].Points[s] {
			altered.Briefs[other].Points[s][o] = 100 - altered.Briefs[other].Points[s][o]
		}
	}
	altered.Briefs[other].Reservation = 10
	for _, lvl := range Levels {
		var first [2]string
		for i, s := range []*rules.Scenario{sc, altered} {
			g, _, _ := rules.NewGame(s, rules.Setup{Seed: 3, Parties: parties})
			d := New(lvl, us, 3)
			a, ok := d.Act(g.View(us))
			if !ok {
				t.Fatal("the United States tables first and must act")
			}
			first[i] = s.FormatAction(a)
		}
		if first[0] != first[1] {
			t.Errorf("%s: the US delegate acted differently when Germany's private table changed:\n%s\n%s", lvl.Name, first[0], first[1])
		}
	}
}

func TestPushoverAcceptsEverythingAndHardlinerNothingThatCostsIt(t *testing.T) {
	sc, parties := berlin(t)
	g, _, _ := rules.NewGame(sc, rules.Setup{Seed: 1, Parties: parties})
	us, ukraine, germany := sc.PartyIndex("us"), sc.PartyIndex("ukraine"), sc.PartyIndex("germany")
	// The US tables the change that costs Ukraine most.
	worst, pick := 0, rules.Change{}
	for s := range sc.Slots {
		for o := range sc.Slots[s].Options {
			if cost := sc.Briefs[ukraine].Points[s][g.View(ukraine).Option(s)] - sc.Briefs[ukraine].Points[s][o]; cost > worst {
				worst, pick = cost, rules.Change{Slot: s, Option: o}
			}
		}
	}
	if _, err := g.Apply(rules.Action{Party: us, Kind: rules.Table, Changes: []rules.Change{pick}}); err != nil {
		t.Fatal(err)
	}
	hard, _ := NewBaseline(Hardliner, ukraine)
	if a, _ := hard.Act(g.View(ukraine)); a.Kind != rules.Vote || a.Yes {
		t.Errorf("the hardliner voted %+v on a change that costs it %d points", a, worst)
	}
	soft, _ := NewBaseline(Pushover, germany)
	if a, _ := soft.Act(g.View(germany)); a.Kind != rules.Vote || !a.Yes {
		t.Errorf("the pushover voted %+v", a)
	}
}

func TestAspirationFallsFromBestToReservation(t *testing.T) {
	for _, e := range []float64{0.2, 1, 3} {
		if aspiration(e, 0) != 1 || aspiration(e, 1) != 0 {
			t.Fatalf("e=%v: the curve must start at 1 and end at 0", e)
		}
		prev := 1.0
		for t0 := 0.1; t0 < 1; t0 += 0.1 {
			a := aspiration(e, t0)
			if a > prev {
				t.Fatalf("e=%v: the curve rises at t=%.1f", e, t0)
			}
			prev = a
		}
	}
	// Boulware holds out: at half time it still asks for most of its gain.
	if aspiration(0.2, 0.5) < 0.9 || aspiration(3, 0.5) > 0.3 {
		t.Fatalf("boulware %.2f, conceder %.2f at half time", aspiration(0.2, 0.5), aspiration(3, 0.5))
	}
}

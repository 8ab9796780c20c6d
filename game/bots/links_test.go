package bots

import (
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// linkedCase is scenarios/testdata/good/linked.yaml: Southland gains 4
// when "shall act" and joint patrols are in the text together, though
// joint patrols alone are worth a point less to it than patrolling apart.
func linkedCase(t testing.TB) *rules.Scenario {
	t.Helper()
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/linked.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// toVoteOnJointPatrols plays the table to the point where Southland votes
// on joint patrols with "shall act" already in the draft.
func toVoteOnJointPatrols(t *testing.T, sc *rules.Scenario) *rules.Game {
	t.Helper()
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"north table response=act", "south vote yes", "east vote yes", "south pass", "east table patrols=joint", "north vote yes"} {
		a, err := sc.ParseAction(l)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := g.Apply(a); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
	}
	if it, ok := g.View(1).Pending(); !ok || it.Changes[0].Slot != sc.SlotIndex("patrols") || !g.View(1).MustAct(1) {
		t.Fatal("Southland is not voting on joint patrols")
	}
	return g
}

// TestDelegatesCountTheirLinks: joint patrols cost Southland a point on
// their own, but with "shall act" in the draft they complete its link
// (+4), so its delegate votes yes; without the link it votes no. Its
// best score counts the link too.
func TestDelegatesCountTheirLinks(t *testing.T) {
	sc := linkedCase(t)
	south := sc.PartyIndex("south")
	if len(sc.Briefs[south].Links) != 1 {
		t.Fatalf("linked.yaml: Southland has %d links, want 1", len(sc.Briefs[south].Links))
	}
	for _, lvl := range []string{"normal", "hard"} {
		d, err := NewByName(lvl, south, 1)
		if err != nil {
			t.Fatal(err)
		}
		g := toVoteOnJointPatrols(t, sc)
		a, _ := d.Act(g.View(south))
		if a.Kind != rules.Vote || !a.Yes {
			t.Errorf("%s: with its link, Southland's delegate voted %+v on joint patrols, want yes", lvl, a)
		}
		if want := 6 + 4 + 0 + 4; d.best != want {
			t.Errorf("%s: the delegate's best score is %d, want %d (act, treaty, joint patrols and the link)", lvl, d.best, want)
		}

		unlinked := linkedCase(t)
		unlinked.Briefs[south].Links = nil
		d, _ = NewByName(lvl, south, 1)
		g = toVoteOnJointPatrols(t, unlinked)
		if a, _ := d.Act(g.View(south)); a.Kind != rules.Vote || a.Yes {
			t.Errorf("%s: without the link, Southland's delegate voted %+v on joint patrols, want no", lvl, a)
		}
	}
	hard, _ := NewBaseline(Hardliner, south)
	g := toVoteOnJointPatrols(t, sc)
	if a, _ := hard.Act(g.View(south)); a.Kind != rules.Vote || !a.Yes {
		t.Errorf("the hardliner, with its link, voted %+v on joint patrols, want yes", a)
	}
	// The time-dependent agents judge a text by the same score, and aim
	// from the best text its link makes possible.
	b := newTimeDependent(Boulware, boulwareE, south)
	v := g.View(south)
	b.Act(v)
	text := v.Text()
	text[sc.SlotIndex("patrols")] = sc.OptionIndex(sc.SlotIndex("patrols"), "joint")
	present := []bool{true, false, true} // the form clause is still in brackets
	if got, ok := b.worth(v, text, nil); !ok || got != sc.Score(south, text, present) || got != 6+0+4 {
		t.Errorf("Boulware's worth of act with joint patrols is %d, want %d", got, sc.Score(south, text, present))
	}
	if b.pmax != 6+4+0+4 {
		t.Errorf("Boulware's best is %d, want 14 (act, treaty, joint patrols and the link)", b.pmax)
	}
}

// TestPackagesCountLinks: a package of two changes that completes a link
// neither change completes alone is worth the link to the delegate.
func TestPackagesCountLinks(t *testing.T) {
	sc := linkedCase(t)
	south := sc.PartyIndex("south")
	g, _, err := rules.NewGame(sc, rules.Setup{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	d := New(Hard, south, 1)
	v := g.View(south)
	d.setup(v)
	for s := range d.text {
		d.text[s] = v.Option(s)
	}
	act := rules.Change{Slot: sc.SlotIndex("response"), Option: sc.OptionIndex(sc.SlotIndex("response"), "act")}
	joint := rules.Change{Slot: sc.SlotIndex("patrols"), Option: sc.OptionIndex(sc.SlotIndex("patrols"), "joint")}
	np := len(sc.Parties)
	single := func(c rules.Change) *cand {
		x := &cand{n: 1, gains: make([]int, np)}
		x.ch[0] = c
		for p := range np {
			if d.model[p] != nil {
				x.gains[p] = d.model[p][c.Slot][c.Option] - d.model[p][c.Slot][d.text[c.Slot]] + rules.LinkChange(d.links[p], d.text, x.ch[:1])
			}
		}
		return x
	}
	a, b := single(act), single(joint)
	if a.gains[south] != 3 || b.gains[south] != -1 {
		t.Fatalf("single gains %d and %d, want 3 (consult → act) and -1 (apart → joint)", a.gains[south], b.gains[south])
	}
	pkg := &cand{gains: make([]int, np)}
	d.combine(pkg, a, b)
	if pkg.gains[south] != 3-1+4 {
		t.Errorf("the package's gain for Southland is %d, want 6 (3 − 1 and the link's 4)", pkg.gains[south])
	}
	text := append([]int(nil), d.text...)
	text[act.Slot], text[joint.Slot] = act.Option, joint.Option
	if got, want := d.scoreOf(south, text), sc.Score(south, text, nil); got != want {
		t.Errorf("the delegate scores the package's text %d, the rules %d", got, want)
	}
}

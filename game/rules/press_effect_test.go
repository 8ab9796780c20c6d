package rules

import "testing"

// TestPressEffectForecastsTheShift checks that the effect the press step
// shows on a statement is the change the statement then makes: for
// reassurances and cases made, first and repeated (each persuades less),
// and at the 100% ceiling; and 0 for statements that move no public.
func TestPressEffectForecastsTheShift(t *testing.T) {
	g := newGame(t, 1)
	for round := 1; round <= 3; round++ {
		passTable(t, g)
		for _, c := range []struct {
			line  string
			party int
			press Press
		}{
			{"south say reassure south_public", 1, Press{Kind: Reassure, Public: 2, Slot: -1, Option: -1}},
			{"north say address south_public", 0, Press{Kind: Address, Public: 2, Slot: -1, Option: -1}},
		} {
			want := g.View(c.party).PressEffect(c.party, c.press)
			if want <= 0 {
				t.Fatalf("round %d, %s: forecast %d, want a gain", round, c.line, want)
			}
			before := g.support[2]
			play(t, g, c.line)
			if got := g.support[2] - before; got != want {
				t.Errorf("round %d, %s: support moved %d tenths, the press step showed %d", round, c.line, got, want)
			}
		}
		if e := g.View(2).PressEffect(2, Press{Kind: Leak, Public: -1, Slot: -1, Option: -1}); e != 0 {
			t.Errorf("a leak's forecast is %d, want 0 (it moves no public directly)", e)
		}
		play(t, g, "east say none")
	}

	sc := fixture()
	sc.Press.Reassure = 400
	sc.Publics[2].Support = 990
	g, _, _ = NewGame(sc, Setup{})
	passTable(t, g)
	if e := g.View(1).PressEffect(1, Press{Kind: Reassure, Public: 2, Slot: -1, Option: -1}); e != 10 {
		t.Errorf("a reassurance at 99%% shows %d tenths, want 10 (it stops at 100%%)", e)
	}
}

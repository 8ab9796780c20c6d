package ui

import (
	"strings"
	"testing"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/input"
	"bindingwords/game/ui/widget"
	"bindingwords/scenarios"
)

// shownWhole reports whether s is drawn in the last frame, whole: not cut
// by its clip at any side.
func shownWhole(a *App, s string) bool {
	for _, b := range a.ui.TextBoxes() {
		if b.S == s && b.R.W+1 >= b.Full && b.R.H+1 >= widget.LineHeight(a.ui.Size(18)) {
			return true
		}
	}
	return false
}

// The polls screen has a chart of its own for every public of every
// delegation at the table, with 5 and with 7 delegations: its name, its
// figure, the change since the last poll and where it stands against the
// threshold its vote needs.
func TestPollViewShowsEveryPublic(t *testing.T) {
	for _, seven := range []bool{false, true} {
		sc, err := scenarios.LoadBuiltin("berlin")
		if err != nil {
			t.Fatal(err)
		}
		seats := make([]match.SeatKind, len(sc.Parties))
		for p := range seats {
			seats[p] = match.AISeat("normal")
			if sc.Parties[p].Optional && !seven {
				seats[p] = match.OutSeat()
			}
		}
		seats[0] = match.HumanSeat()
		a := storeApp(t, t.TempDir(), nil)
		a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Rounds: 3, Seed: 11}})
		a.ui.ResetFocus()
		tick(a, kNone)
		playOn(t, a, func() bool { return sceneName(a) == "polls" }, plainTurn(a))
		ps := a.scene.(*pollsScene)
		v := a.session.Public()
		// Wrapped lines join with a space, as they read.
		text := strings.Join(a.ui.Texts(), " ")
		n := 0
		for _, p := range v.Parties() {
			for _, pub := range sc.Parties[p].Publics {
				n++
				name := sc.Publics[pub].Name
				polls := v.Polls(pub)
				now, before := polls[ps.round], polls[ps.round-1]
				want := []string{rules.Tenths(now, false) + "%", i18n.T("polls.cell.change", "delta", rules.Tenths(now-before, true))}
				switch thr := threshold(&sc.PublicScenario, v, p, pub); {
				case thr < 0:
				case now >= thr*10:
					want = append(want, i18n.T("polls.cell.above", "n", thr, "by", rules.Tenths(now-thr*10, false)))
				default:
					want = append(want, i18n.T("polls.cell.short", "n", thr, "by", rules.Tenths(thr*10-now, false)))
				}
				cell := pollCells(&sc.PublicScenario, v, ps.round)
				found := false
				for _, c := range cell {
					found = found || c.pub == pub
				}
				if !found {
					t.Errorf("seven %v: no chart for %s", seven, name)
				}
				// The grid scrolls: bring the cell into view to read it.
				for range 40 {
					if strings.Contains(text, name) && containsAll(text, want) {
						break
					}
					tick(a, input.Snapshot{PageDown: true})
					text += " " + strings.Join(a.ui.Texts(), " ")
				}
				if !strings.Contains(text, name) || !containsAll(text, want) {
					t.Errorf("seven %v: %s's chart lacks one of %q", seven, name, want)
				}
			}
		}
		if seven && n < 14 || !seven && n < 10 {
			t.Errorf("seven %v: only %d publics", seven, n)
		}
	}
}

func containsAll(text string, want []string) bool {
	for _, w := range want {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// At 1280×720 and 1024×768, interface and text at 100%, the table's side
// shows every public of the five delegations whole, without scrolling
// (only three and a half delegations' polls fitted).
// In the first round and in the last, with the delegations' public
// commitments tagged.
func TestSideShowsFiveDelegationsPolls(t *testing.T) {
	first := soloTurn(t, false, rules.PhaseTable)
	last := seatedApp(t, 0)
	tick(last, kNone)
	playOn(t, last, func() bool {
		v := last.session.Public()
		return last.table.privileged() == 0 && v.Round() == v.Rounds() && v.Phase() == rules.PhaseTable
	}, plainTurn(last))
	for _, a := range []*App{first, last} {
		sc := a.session.Scenario()
		v := a.session.Public()
		if len(v.Parties()) != 5 {
			t.Fatalf("%d delegations, want 5", len(v.Parties()))
		}
		for _, win := range [][2]int{{1280, 720}, {1024, 768}} {
			w, h := logicalSize(win[0], win[1], 1)
			a.frame(kNone, w, h)
			for _, p := range v.Parties() {
				for _, pub := range sc.Parties[p].Publics {
					if name := sc.Publics[pub].Name; !shownWhole(a, name) {
						t.Errorf("round %d at %dx%d: %s's poll is not shown whole on the table", v.Round(), win[0], win[1], name)
					}
				}
			}
		}
	}
}

// With all seven delegations, every public's poll is on the table without
// scrolling at 1024×768, 1280×720 and 1920×1080 at interface 100 % (or
// smaller) and text 100 %: the rows close up and the column runs down
// beside the news strip (issue 15). Where the screen truly cannot hold
// them (larger text or interface on these screens) the panel says so
// plainly: it scrolls, with its scroll bar drawn, and takes the keyboard
// focus in turn.
func TestSideShowsSevenDelegationsPolls(t *testing.T) {
	a := sevenApp(t)
	playOn(t, a, func() bool { return a.table.privileged() == 0 && a.session.Public().Round() > 1 }, plainTurn(a))
	sc := a.session.Scenario()
	v := a.session.Public()
	if len(v.Parties()) != 7 {
		t.Fatalf("%d delegations, want 7", len(v.Parties()))
	}
	fit := 0
	for _, lay := range layouts() {
		a.set.TextSize, a.set.UIScale = lay.txt, lay.scale
		a.applySettings()
		a.table.sideTab = true // in two columns, the delegations' tab
		a.frame(kNone, lay.w, lay.h)
		a.frame(kNone, lay.w, lay.h)
		var missing []string
		for _, p := range v.Parties() {
			for _, pub := range sc.Parties[p].Publics {
				if name := sc.Publics[pub].Name; !startShown(a, name) {
					missing = append(missing, name)
				}
			}
		}
		scrolls := paneScrolls(a, "tbl.side", lay.w, lay.h)
		switch {
		case len(missing) == 0 && !scrolls:
			fit++
		case lay.scale <= 1 && lay.txt == 1:
			t.Errorf("%s: the delegations' panel scrolls (%v) or %d polls are not on screen, e.g. %q", lay.name, scrolls, len(missing), append(missing, "")[0])
		case !scrolls:
			t.Errorf("%s: %d polls are not on screen, e.g. %q, and the panel shows no scroll bar", lay.name, len(missing), missing[0])
		}
	}
	t.Logf("seven delegations' polls fit without scrolling in %d of %d layouts", fit, len(layouts()))
}

// startShown reports whether the first line of s (all of it, or as much
// as a wrapped line holds) is drawn whole in the last frame.
func startShown(a *App, s string) bool {
	for _, b := range a.ui.TextBoxes() {
		if b.S != "" && strings.HasPrefix(s, b.S) && b.R.W+1 >= b.Full && b.R.H+1 >= widget.LineHeight(a.ui.Size(18)) {
			return true
		}
	}
	return false
}

// paneScrolls reports whether the scroll pane id overflows in a frame of
// w×h, so that it draws its scroll bar: only then does it take the
// keyboard focus in turn, and keep it.
func paneScrolls(a *App, id string, w, h float64) bool {
	a.ui.SetFocus("#" + id)
	a.frame(kNone, w, h)
	ok := a.ui.Focus() == "#"+id
	a.ui.ResetFocus()
	return ok
}

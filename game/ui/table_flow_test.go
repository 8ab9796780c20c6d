package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/input"
	"bindingwords/scenarios"
)

// seatedApp starts a game of Berlin through the New game route, as the
// screen does, with the given delegations human and the rest AI, and
// leaves it on the public briefing.
func seatedApp(t *testing.T, humans ...int) *App {
	t.Helper()
	a := storeApp(t, t.TempDir(), nil)
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat("normal")
		if sc.Parties[p].Optional {
			seats[p] = match.OutSeat()
		}
	}
	for _, p := range humans {
		seats[p] = match.HumanSeat()
	}
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Rounds: 3, Seed: 11}})
	if a.session == nil {
		t.Fatal("the game did not start")
	}
	a.ui.ResetFocus()
	return a
}

// Keys, as the input package reports them.
var (
	kEnter = input.Snapshot{Activate: true}
	kSpace = input.Snapshot{Space: true}
	kDown  = input.Snapshot{Down: true}
	kEsc   = input.Snapshot{Back: true}
	kNone  = input.Snapshot{}
)

func kChar(r rune) input.Snapshot { return input.Snapshot{Chars: []rune{r}} }

// tick runs one tick of the App with in, as its Update does, and the
// frames the toolkit asks for once more (a focus or scroll that settles).
func tick(a *App, in input.Snapshot) {
	a.frame(in, BaseW, BaseH)
	for i := 0; i < 8 && a.ui.Again(); i++ {
		a.frame(kNone, BaseW, BaseH)
	}
}

// sceneName names the scene on screen, for the sequences the tests check.
func sceneName(a *App) string {
	switch sc := a.scene.(type) {
	case *passScene:
		purpose := map[passPurpose]string{passToAct: "act", passForBrief: "brief", passForReview: "review", passForItem: "item"}[sc.purpose]
		return "pass-" + purpose + ":" + strconv.Itoa(sc.party)
	case *tableScene:
		if p := sc.privileged(); p >= 0 {
			return "turn:" + strconv.Itoa(p)
		}
		return "table"
	case *resultScene:
		return "result"
	case *briefScene:
		return "brief:" + strconv.Itoa(sc.party)
	case *pollsScene:
		return "polls"
	}
	return fmt.Sprintf("%T", a.scene)
}

// playOn plays the game by the keyboard until stop says so (checked
// before every tick), with turn playing each human turn from its first
// frame; Space skips the AI moves, Enter goes through every other
// screen. It returns the scenes seen, each once in a row.
func playOn(t *testing.T, a *App, stop func() bool, turn func(p int)) []string {
	t.Helper()
	var seen []string
	for range 20000 {
		name := sceneName(a)
		if len(seen) == 0 || seen[len(seen)-1] != name {
			seen = append(seen, name)
		}
		if stop() {
			return seen
		}
		switch sc := a.scene.(type) {
		case *tableScene:
			if p := sc.privileged(); p >= 0 {
				turn(p)
				continue
			}
			tick(a, kSpace)
		case *ratificationScene:
			return seen
		default:
			tick(a, kEnter)
		}
	}
	t.Fatalf("the game did not get there; scenes seen: %v", seen)
	return nil
}

// plainTurn plays a human turn by the keyboard: Down and Enter vote yes
// (a vote starts on the item, where Enter does nothing), Enter plays the
// turn's focused move elsewhere (pass, no comment, sign or decline).
func plainTurn(a *App) func(int) {
	return func(p int) {
		if a.session.Public().HasPending() {
			tick(a, kDown)
		}
		tick(a, kEnter)
	}
}

// Alone against AI delegates, no pass screen ever shows: not for the
// brief at the start, not before a vote, not before the turn that follows
// a vote.
func TestSoloHasNoPassScreen(t *testing.T) {
	a := seatedApp(t, 0)
	tick(a, kNone)
	seen := playOn(t, a, func() bool { return a.session.Public().Over() }, plainTurn(a))
	for _, name := range seen {
		if strings.HasPrefix(name, "pass") {
			t.Fatalf("a pass screen in solo play: %v", seen)
		}
	}
	if !slices.Contains(seen, "brief:0") || !slices.Contains(seen, "turn:0") {
		t.Errorf("the brief and the turns should still show: %v", seen)
	}
	// Briefs, on the table, opens the one brief there is at once: no
	// chooser, no pass screen.
	a = soloTurn(t, false, rules.PhaseTable)
	a.ui.SetFocus("tbl.brief")
	tick(a, kEnter)
	if b, ok := a.scene.(*briefScene); !ok || b.party != 0 || !b.open {
		t.Fatalf("Briefs in solo play: want the brief open at once, got %s", sceneName(a))
	}
}

// In hot-seat, a vote of several human delegations goes: one public
// screen of the item (the first voter's pass screen), each voter's ballot
// behind its own pass screen, then the public result.
func TestHotSeatVoteIsItemBallotsResult(t *testing.T) {
	a := seatedApp(t, 0, 1)
	s := a.session
	// Run until an AI delegation's item is put to both human delegations.
	playOn(t, a, func() bool {
		it, ok := s.Public().Pending()
		return ok && it.Party > 1 && s.Actor() <= 1 && s.Actor() >= 0
	}, plainTurn(a))
	item := s.Public().NumItems() - 1
	seen := playOn(t, a, func() bool {
		v := s.Public()
		return v.NumItems() > item+1 || v.Phase() != rules.PhaseTable
	}, plainTurn(a))
	first := 0
	if seen[0] == "pass-item:1" {
		first = 1
	}
	f, o := strconv.Itoa(first), strconv.Itoa(1-first)
	want := []string{"pass-item:" + f, "turn:" + f, "table", "pass-act:" + o, "turn:" + o, "table", "result"}
	if len(seen) < len(want) || !slices.Equal(seen[:len(want)], want) {
		t.Errorf("the vote on item %d went %v, want %v", item+1, seen, want)
	}
}

// The item's public screen shows the item and the votes so far to
// everyone, and nothing private; the result shows every vote.
func TestItemAndResultScreensArePublic(t *testing.T) {
	a := seatedApp(t, 0, 1)
	s := a.session
	playOn(t, a, func() bool {
		_, ok := a.scene.(*passScene)
		return ok && s.Public().HasPending() && a.scene.(*passScene).purpose == passForItem
	},
		plainTurn(a))
	_, text := frame(a, a.scene)
	idx := s.Public().NumItems() - 1
	if !strings.Contains(text, "Item "+strconv.Itoa(idx+1)+" on the table") || !strings.Contains(text, "Votes so far") {
		t.Errorf("the item screen does not show the item and its votes:\n%s", text)
	}
	for p := range s.m.Scenario().Briefs {
		if b := s.m.Scenario().Briefs[p].Text; len(b) > 30 && strings.Contains(text, b[:30]) {
			t.Errorf("the item screen shows the brief of %d", p)
		}
	}
	if strings.Contains(text, "For you") {
		t.Errorf("the item screen shows a delegation's points:\n%s", text)
	}
	// Its button stays on screen below the item, at larger text too.
	for _, size := range []float64{1, 1.3} {
		a.ui.TextScale = size
		frame(a, a.scene)
		if a.ui.Focus() != "pass.show" || !a.ui.FocusShown() {
			t.Errorf("text %.0f%%: the item screen's button (focus %q) is off screen", size*100, a.ui.Focus())
		}
	}
	a.ui.TextScale = 1
	playOn(t, a, func() bool { _, ok := a.scene.(*resultScene); return ok }, plainTurn(a))
	_, text = frame(a, a.scene)
	votes := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, "votes yes on item") || strings.Contains(l, "votes no on item") {
			votes++
		}
	}
	if votes < 3 || !strings.Contains(text, "Item "+strconv.Itoa(idx+1)) {
		t.Errorf("the result screen shows %d votes:\n%s", votes, text)
	}
}

// soloTurn brings a solo game to the human delegation's first turn of the
// given kind: a vote (pending) or its own table turn.
func soloTurn(t *testing.T, vote bool, phase rules.Phase) *App {
	t.Helper()
	a := seatedApp(t, 0)
	s := a.session
	tick(a, kNone)
	playOn(t, a, func() bool {
		_, ok := a.scene.(*tableScene)
		return ok && a.table.privileged() == 0 && s.Public().Phase() == phase && s.Public().HasPending() == vote
	}, plainTurn(a))
	return a
}

// The screens a round passes through go back to the table with Esc too:
// a vote's result and the polls.
func TestEscLeavesResultAndPolls(t *testing.T) {
	a := seatedApp(t, 0, 1)
	for _, want := range []string{"result", "polls"} {
		playOn(t, a, func() bool { return sceneName(a) == want }, plainTurn(a))
		a.ui.Begin(kEsc, BaseW, BaseH)
		out := a.scene.Update(a.ui)
		a.ui.End()
		if out.To != ToTable {
			t.Errorf("Esc on the %s: want the table, got %+v", want, out)
		}
		a.route(out)
	}
}

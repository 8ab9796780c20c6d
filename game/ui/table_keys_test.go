package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/ui/input"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
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

// A vote has no default: the turn starts on the item, where Enter and
// Space do nothing, and the ballots carry the points they mean.
func TestVoteHasNoDefault(t *testing.T) {
	a := soloTurn(t, true, rules.PhaseTable)
	s := a.session
	if f := a.ui.Focus(); f != "act.item" {
		t.Fatalf("a vote starts with the focus on %q, want the item", f)
	}
	steps := s.Steps()
	tick(a, kEnter)
	tick(a, kSpace)
	if s.Steps() != steps || !s.Public().HasPending() {
		t.Fatal("Enter or Space on the item cast a vote")
	}
	v, _ := s.Own()
	it, _ := v.Pending()
	delta, _, _ := itemDelta(v, it)
	yes := "Yes (" + signed(delta) + ")"
	if delta == 0 {
		yes = "Yes (±0)"
	}
	_, text := frame(a, a.scene)
	for _, want := range []string{yes, "No (±0)"} {
		if !strings.Contains(text, want) {
			t.Errorf("no ballot %q on screen:\n%s", want, text)
		}
	}
	tick(a, kDown)
	if f := a.ui.Focus(); f != "act.yes" {
		t.Fatalf("Down from the item: focus on %q, want Yes", f)
	}
}

// Calling for signature moves the focus off the toggle, which now reads
// "Withdraw our call": the next Enter does not withdraw it.
func TestCallForSignatureLeavesTheToggle(t *testing.T) {
	a := soloTurn(t, false, rules.PhaseTable)
	s := a.session
	a.ui.SetFocus("act.call")
	tick(a, kEnter)
	if !s.Public().Calling(0) {
		t.Fatal("Enter on Call for signature did not call")
	}
	if f := a.ui.Focus(); f == "act.call" {
		t.Fatal("the focus stayed on the toggle, which now withdraws the call")
	}
	tick(a, kEnter)
	if !s.Public().Calling(0) {
		t.Fatal("a second Enter withdrew the call")
	}
}

// keysToClause counts the keys from the start of a turn until slot is
// selected (its wordings on screen): its article's number, then that
// number's last digit again for each clause before it in the article.
func keysToClause(a *App, slot int) int {
	sc := a.session.Scenario()
	a.table.typed = 0 // a pause since the last number typed
	for n, art := range draftArticles(sc) {
		i := slices.Index(sc.Articles[art].Slots, slot)
		if i < 0 {
			continue
		}
		num := strconv.Itoa(n + 1)
		keys := num + strings.Repeat(num[len(num)-1:], i)
		for _, r := range keys {
			tick(a, kChar(r))
		}
		if a.table.sel != slot {
			return 99
		}
		return len(keys)
	}
	return 99
}

// Any clause of the draft is at most three keys away (its article's
// number, once more for an article's second clause), and its wordings
// take the focus, in view.
func TestClauseInThreeKeys(t *testing.T) {
	a := soloTurn(t, false, rules.PhaseTable)
	sc := a.session.Scenario()
	worst := 0
	for slot := range sc.Slots {
		a.table.sel, a.table.pkg = -1, nil
		a.ui.SetFocus("act.pass")
		tick(a, kNone)
		n := keysToClause(a, slot)
		if n > 3 {
			t.Errorf("clause %q takes %d keys", sc.Slots[slot].Name, n)
		}
		worst = max(worst, n)
		if f := a.ui.Focus(); !strings.HasPrefix(f, "opt.") || !a.ui.FocusShown() {
			t.Errorf("clause %q: focus on %q (shown %v), want its wordings in view", sc.Slots[slot].Name, f, a.ui.FocusShown())
		}
	}
	t.Logf("keys to reach any clause: at most %d", worst)
}

// The focus is in view wherever a turn starts it or a step takes it:
// the vote, a clause's wordings, "Table this amendment", the press.
func TestFocusIsAlwaysInView(t *testing.T) {
	for _, size := range []float64{1, 1.3, 1.5} {
		a := soloTurn(t, true, rules.PhaseTable)
		a.ui.TextScale = size
		tick(a, kNone)
		tick(a, kDown)
		if !a.ui.FocusShown() {
			t.Errorf("text %.0f%%: the vote's Yes is out of view", size*100)
		}
		a = soloTurn(t, false, rules.PhaseTable)
		a.ui.TextScale = size
		tick(a, kChar('2'))
		tick(a, kEnter)
		if f := a.ui.Focus(); f != "act.table" || !a.ui.FocusShown() {
			t.Errorf("text %.0f%%: after a wording, focus on %q, shown %v", size*100, f, a.ui.FocusShown())
		}
		a = soloTurn(t, false, rules.PhasePress)
		a.ui.TextScale = size
		a.table.turn = turnKey{}
		tick(a, kNone)
		if f := a.ui.Focus(); f != "say.none" || !a.ui.FocusShown() {
			t.Errorf("text %.0f%%: the press turn starts on %q, shown %v", size*100, f, a.ui.FocusShown())
		}
	}
}

// Choosing a wording to commit to publicly, the focus goes to standing by
// it, not to the vow never to sign it.
func TestCommitStandsByTheWordingChosen(t *testing.T) {
	a := soloTurn(t, false, rules.PhasePress)
	s := a.session
	tick(a, kChar('1'))
	f := a.ui.Focus()
	opt, err := strconv.Atoi(strings.TrimPrefix(f, "opt."))
	if err != nil {
		t.Fatalf("after 1: focus on %q, want a wording", f)
	}
	tick(a, kEnter)
	if f := a.ui.Focus(); f != "say.insist" {
		t.Fatalf("after choosing a wording: focus on %q, want the commitment to it", f)
	}
	tick(a, kEnter)
	var cs []rules.Commitment
	for _, c := range s.Public().Commitments() {
		if c.Party == 0 {
			cs = append(cs, c)
		}
	}
	if len(cs) != 1 || cs[0].Stance != rules.Insist || cs[0].Option != opt {
		t.Fatalf("commitments %+v: want one insisting on wording %d", cs, opt)
	}
}

// Esc takes back one step at a time: the wording chosen, then the clause
// (the focus back on it in the draft), and only then opens the menu.
func TestEscGoesBackOneStep(t *testing.T) {
	a := soloTurn(t, false, rules.PhaseTable)
	tick(a, kChar('3'))
	slot := a.table.sel
	tick(a, kEnter)
	if len(a.table.pkg) != 1 {
		t.Fatalf("Enter on a wording: package %v", a.table.pkg)
	}
	tick(a, kEsc)
	if len(a.table.pkg) != 0 || a.table.sel != slot || !strings.HasPrefix(a.ui.Focus(), "opt.") {
		t.Fatalf("first Esc: package %v, clause %d, focus %q; want the wording taken back", a.table.pkg, a.table.sel, a.ui.Focus())
	}
	tick(a, kEsc)
	if a.table.sel != -1 || a.ui.Focus() != "slot."+strconv.Itoa(slot) {
		t.Fatalf("second Esc: clause %d, focus %q; want the clause let go, focus on it", a.table.sel, a.ui.Focus())
	}
	if _, ok := a.scene.(*menuScene); ok {
		t.Fatal("Esc opened the menu with a step left to take back")
	}
	tick(a, kEsc)
	if _, ok := a.scene.(*menuScene); !ok {
		t.Fatalf("third Esc: want the menu, got %T", a.scene)
	}
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

// On the New game screen Down goes from the round timer on to Start,
// not out of the screen to Back.
func TestNewGameDownFromTimerGoesToStart(t *testing.T) {
	a := storeApp(t, t.TempDir(), nil)
	a.route(goTo(ToNewGame))
	a.ui.ResetFocus()
	tick(a, kNone)
	a.ui.SetFocus("ng.timer")
	tick(a, kNone)
	for range 10 {
		if f := a.ui.Focus(); f != "ng.timer" && !strings.HasPrefix(f, "#") {
			break
		}
		tick(a, kDown)
	}
	if f := a.ui.Focus(); f != "ng.start" {
		t.Fatalf("Down from the round timer lands on %q, want Start", f)
	}
}

// A move that keeps a clause's wording only settles its brackets, and
// reads so, not as "X" → "X".
func TestSettlingReadsAsSettling(t *testing.T) {
	a := seatedApp(t, 0)
	v := a.session.Public()
	sc := a.session.Scenario()
	cur := v.Option(2)
	lines := changeLines(sc, v, rules.Item{Changes: []rules.Change{{Slot: 2, Option: cur}}, Before: []int{cur}})
	label := sc.Slots[2].Options[cur].Label
	if len(lines) != 1 || strings.Contains(lines[0], "→") || !strings.Contains(lines[0], "settles the brackets on “"+label+"”") {
		t.Fatalf("a settling move reads %q", lines)
	}
}

// While the AI delegates move, "Space: skip ahead" has a strip of its
// own: no text of the feed shows under it, even when the feed is full.
func TestSkipHintIsNotOverTheFeed(t *testing.T) {
	a := soloTurn(t, false, rules.PhaseTable)
	s := a.session
	tick(a, kEnter) // pass: the AI delegates move, paced
	// On until the feed overflows its pane (a line of the action panel is
	// cut by its clip), the AI delegates still moving.
	full := func() bool {
		for _, b := range a.ui.TextBoxes() {
			if b.R.X > BaseW*0.69 && b.R.H < widget.LineHeight(a.ui.Size(theme.Small))-1 {
				return true
			}
		}
		return false
	}
	for i := 0; i < 200*match.PaceTicks && !(s.Pacing() && full()); i++ {
		if a.table.privileged() >= 0 {
			plainTurn(a)(0)
			continue
		}
		tick(a, kNone)
	}
	if !s.Pacing() || !full() {
		t.Fatal("the feed never filled while the AI delegates moved")
	}
	hint := i18n.T("table.skip")
	isHint := func(b widget.TextBox) bool { return len(b.S) > 3 && strings.Contains(hint, b.S) }
	boxes := a.ui.TextBoxes()
	var lines []widget.Rect
	for _, b := range boxes {
		if isHint(b) {
			lines = append(lines, b.R)
		}
	}
	if len(lines) == 0 {
		t.Fatal("no skip hint while the AI delegates move")
	}
	for _, b := range boxes {
		if isHint(b) {
			continue
		}
		for _, l := range lines {
			if in := l.Intersect(b.R); in.W > 1 && in.H > 1 {
				t.Errorf("%q is drawn over the skip hint", b.S)
			}
		}
	}
}

// A package of an article's two clauses is five keys from the start of
// the turn: the number, Enter on a wording, the number again for the next
// clause, Enter on a wording, Enter to table it (it took about 35 keys).
func TestPackageInFiveKeys(t *testing.T) {
	a := soloTurn(t, false, rules.PhaseTable)
	s := a.session
	items := s.Public().NumItems()
	sc := s.Scenario()
	n := slices.IndexFunc(draftArticles(sc), func(art int) bool { return len(sc.Articles[art].Slots) >= 2 })
	if n < 0 || n > 8 {
		t.Skip("no article with two clauses among the first nine")
	}
	key := kChar(rune('1' + n))
	for _, in := range []input.Snapshot{key, kEnter, key, kEnter, kEnter} {
		tick(a, in)
	}
	v := s.Public()
	if v.NumItems() != items+1 {
		t.Fatalf("five keys tabled nothing (focus on %q, package %v)", a.ui.Focus(), a.table.pkg)
	}
	it := v.Item(items)
	art := sc.Articles[draftArticles(sc)[n]]
	if it.Party != 0 || len(it.Changes) != 2 || it.Changes[0].Slot != art.Slots[0] || it.Changes[1].Slot != art.Slots[1] {
		t.Fatalf("tabled %+v: want a package of Article %d's first two clauses", it, n+1)
	}
}

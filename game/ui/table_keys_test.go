package ui

import (
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
)

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
		num := strconv.Itoa(n)
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
	n := 0
	for k := 9; k >= 1; k-- {
		if art, ok := draftArticles(sc)[k]; ok && len(sc.Articles[art].Slots) >= 2 {
			n = k
		}
	}
	if n == 0 {
		t.Skip("no article with two clauses among the first nine")
	}
	key := kChar(rune('0' + n))
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
		t.Fatalf("tabled %+v: want a package of Article %d's first two clauses", it, n)
	}
}

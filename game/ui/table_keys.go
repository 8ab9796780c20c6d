package ui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"bindingwords/game/rules"
	"bindingwords/game/ui/widget"
)

// The table's own keys, beside the toolkit's Tab, arrows and Enter: the
// number of an article goes to its clause, and Esc takes back one step of
// the turn before it opens the menu.

// draftArticles maps the number of each article the draft heads with a
// whole number ("Article 5", the game's or the author's own) to the
// article; the first of the documents wins when two share a number.
// Articles numbered "V" or not at all are reached with Tab.
func draftArticles(sc *rules.PublicScenario) map[int]int {
	out := map[int]int{}
	for d := range sc.Documents {
		for _, art := range sc.Documents[d].Articles {
			n, err := strconv.Atoi(sc.Articles[art].Number)
			if _, seen := out[n]; err == nil && n > 0 && !seen {
				out[n] = art
			}
		}
	}
	return out
}

// startsNumber reports whether n is an article number of arts or the
// first digits of one (1 of 12), so that typing may go on.
func startsNumber(arts map[int]int, n int) bool {
	for k := range arts {
		for ; k >= n; k /= 10 {
			if k == n {
				return true
			}
		}
	}
	return false
}

// typeAhead is how soon a second digit must follow the first to make a
// two-digit article number with it ("1", "2": Article 12).
const typeAhead = time.Second

// clauseKeys goes to the clause of the article whose number is typed, so
// that any clause of the draft is at most three keys away: "3" is Article
// 3, "1" "2" typed together is Article 12, and the number of the article
// on screen typed again steps to its next clause. The delegation whose
// turn it is gets the clause selected, its wordings focused; anyone else
// gets it focused, with its description.
func (t *tableScene) clauseKeys(u *widget.UI) {
	if in := u.In; len(in.Chars) == 0 && (in.Activate || in.Space || in.Back || in.Next || in.Prev || in.Up || in.Down || in.Left || in.Right || in.Click) {
		// Any other key or a click ends the number: "1", Enter, "1"
		// is Article 1 twice, never Article 11.
		t.typed = 0
	}
	var arts map[int]int // built only when a digit is typed, not every frame
	for _, r := range u.In.Chars {
		if r < '0' || r > '9' {
			t.typed = 0
			continue
		}
		if arts == nil {
			arts = draftArticles(t.s.Scenario())
		}
		d := int(r - '0')
		now := t.now()
		recent := t.typed > 0 && now.Sub(t.typedAt) < typeAhead
		t.typedAt = now
		switch {
		case recent && t.typed < 10 && startsNumber(arts, t.typed*10+d):
			t.typed = t.typed*10 + d
		case d == 0 || !startsNumber(arts, d):
			t.typed = 0
			continue
		default:
			t.typed = d
		}
		if art, ok := arts[t.typed]; ok {
			t.goToArticle(u, art)
		}
	}
}

// goToArticle goes to the first clause of article art, or to its next
// clause when the keyboard is on one of its clauses already. An article
// that has fallen out of the text, or has none (fixed text), is skipped.
func (t *tableScene) goToArticle(u *widget.UI, art int) {
	sc := t.s.Scenario()
	slots := sc.Articles[art].Slots
	if present := t.s.Public().Present(); len(slots) == 0 || (present != nil && !present[art]) {
		return
	}
	// The clause the keyboard is on now: the one selected, or focused.
	cur := t.sel
	if id, ok := strings.CutPrefix(u.Focus(), "slot."); ok {
		cur, _ = strconv.Atoi(id)
	}
	slot := slots[0]
	if i := slices.Index(slots, cur); i >= 0 {
		slot = slots[(i+1)%len(slots)]
	}
	t.goToClause(u, slot)
}

// goToClause brings the draft to slot: selected for the delegation whose
// turn it is (the focus goes on to its wordings), focused otherwise; the
// draft scrolls to it either way.
func (t *tableScene) goToClause(u *widget.UI, slot int) {
	t.revealSlot = slot
	if t.canSelect() {
		t.selectSlot(slot)
		return
	}
	u.SetFocus("slot." + strconv.Itoa(slot))
}

// canSelect reports whether the delegation on screen may work on a clause
// now: its turn, at the table or in front of the press.
func (t *tableScene) canSelect() bool {
	if t.privileged() < 0 {
		return false
	}
	ph := t.s.Public().Phase()
	return ph == rules.PhaseTable || ph == rules.PhasePress
}

// stepBack takes back the last step of the turn being put together when
// Esc is pressed, and reports whether there was one: a wording chosen is
// unchosen (the focus goes back to it), then the clause is let go (the
// focus goes back to it in the draft). Only with nothing left to take
// back does Esc open the menu.
func (t *tableScene) stepBack(u *widget.UI) bool {
	if t.privileged() < 0 {
		return false
	}
	if i := slices.IndexFunc(t.pkg, func(c rules.Change) bool { return c.Slot == t.sel }); t.sel >= 0 && i >= 0 {
		opt := t.pkg[i].Option
		t.pkg = slices.Delete(t.pkg, i, i+1)
		u.SetFocus("opt." + strconv.Itoa(opt))
		return true
	}
	if t.sel >= 0 {
		slot := t.sel
		t.sel, t.err = -1, ""
		t.revealSlot = slot
		u.SetFocus("slot." + strconv.Itoa(slot))
		return true
	}
	return false
}

package bots

import (
	"testing"

	"bindingwords/game/rules"
)

// Issue 12 found delegates freezing at tables whose publics say nothing of
// anyone's interests: each rated every other's yes at 0.5, two needed
// yeses made 0.25, below the least chance they table at, so nobody tabled
// anything and they signed the chair's draft as it stood. And on two-party
// domains of 8 clauses of 5 wordings, with opposed interests, they rarely
// agreed. These tests play such tables.

// neutralRun plays one game of each case at the level and counts the
// items tabled (beyond settling brackets) and the games whose agreement
// is in force.
func neutralRun(t *testing.T, lvl Level, cases int, mk func(seed uint64) *rules.Scenario) (items, agreed int) {
	t.Helper()
	for c := 0; c < cases; c++ {
		sc := mk(uint64(c))
		g := play(t, sc, rules.Setup{Seed: uint64(c)}, func(p int) Player { return New(lvl, p, uint64(c)) })
		for _, it := range g.View(0).Items() {
			if !settles(it) {
				items++
			}
		}
		if r := g.Result(); r != nil && r.Formed {
			agreed++
		}
	}
	return items, agreed
}

// settles reports whether an item only settles clauses as they read.
func settles(it rules.Item) bool {
	for i, c := range it.Changes {
		if c.Option != it.Before[i] {
			return false
		}
	}
	return true
}

func TestThreeDelegationsWithNeutralPublicsDoNotFreeze(t *testing.T) {
	for _, lvl := range Levels {
		items, agreed := neutralRun(t, lvl, 30, func(seed uint64) *rules.Scenario { return NeutralCase(seed, 3, 5, 3, false) })
		// Before issue 12: no item in any game, agreement only where the
		// chair's draft happened to suit everyone (14 of 30).
		t.Logf("%s: %d items, %d agreements", lvl.Name, items, agreed)
		if items < 30 || agreed < 25 {
			t.Errorf("%s: %d items tabled and %d agreements in 30 games of three delegations with neutral publics; want at least 30 and 25", lvl.Name, items, agreed)
		}
	}
}

func TestTwoDelegationsAgreeOnEightClausesOfFiveWordings(t *testing.T) {
	for _, lvl := range []Level{Normal, Hard} {
		_, agreed := neutralRun(t, lvl, 30, func(seed uint64) *rules.Scenario { return NeutralCase(seed, 2, 8, 5, true) })
		// Before: 20 (normal) and 21 (hard) of 30.
		t.Logf("%s: %d agreements", lvl.Name, agreed)
		if agreed < 23 {
			t.Errorf("%s: %d agreements in 30 two-party games of 8 clauses × 5 wordings; want at least 23", lvl.Name, agreed)
		}
	}
}

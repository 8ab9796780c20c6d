package ui

import (
	"slices"
	"strings"
	"testing"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// newsSeen plays a game to its end by the keyboard and lists, for each
// time the news card came on screen, the round it showed; it also checks
// that no pass screen and no turn of a round came before its card.
func newsSeen(t *testing.T, a *App) []int {
	t.Helper()
	var rounds []int
	var onCard bool
	playOn(t, a, func() bool {
		v := a.session.Public()
		ns, ok := a.scene.(*newsScene)
		if ok && !onCard {
			rounds = append(rounds, ns.round)
			if !strings.Contains(strings.Join(a.ui.Texts(), "\n"), i18n.T("news.card.label", "round", ns.round)) {
				t.Errorf("round %d's card is not marked as simulated news", ns.round)
			}
		}
		onCard = ok
		if !ok && v.Phase() == rules.PhaseTable && roundNews(a.session.Scenario(), v) >= 0 && !slices.Contains(rounds, v.Round()) {
			switch sc := a.scene.(type) {
			case *passScene:
				if sc.purpose == passToAct || sc.purpose == passForItem {
					t.Fatalf("round %d: %s before its news card", v.Round(), sceneName(a))
				}
			case *tableScene:
				if sc.privileged() >= 0 {
					t.Fatalf("round %d: %s before its news card", v.Round(), sceneName(a))
				}
			}
		}
		return v.Over()
	}, plainTurn(a))
	return rounds
}

// wantNews lists the rounds whose card is about a delegation at the table
// (its first effect's).
func wantNews(a *App) []int {
	v := a.session.Public()
	sc := a.session.Scenario()
	var out []int
	for r, card := range v.News() {
		if card < 0 {
			continue
		}
		if ps := newsParties(sc, card); len(ps) == 0 || slices.Contains(v.Parties(), ps[0]) {
			out = append(out, r+1)
		}
	}
	return out
}

// Each round opens with its news card, once: in solo play before the
// delegation's first turn, in hot-seat on the public screen before any
// pass screen. Enter goes on to the table, and the ticker opens the card
// again.
func TestNewsCardAtRoundStart(t *testing.T) {
	for _, humans := range [][]int{{0}, {0, 1}} {
		a := seatedApp(t, humans...)
		tick(a, kNone)
		got := newsSeen(t, a)
		want := wantNews(a)
		if len(want) == 0 {
			t.Fatalf("humans %v: no news at all in the game; pick another seed", humans)
		}
		if !slices.Equal(got, want) {
			t.Errorf("humans %v: the news card showed in rounds %v, want once in each of %v", humans, got, want)
		}
	}
	// The ticker's card opens again from the table.
	a := seatedApp(t, 0)
	tick(a, kNone)
	playOn(t, a, func() bool { _, ok := a.scene.(*newsScene); return ok }, plainTurn(a))
	tick(a, kEnter)
	if _, ok := a.scene.(*tableScene); !ok {
		t.Fatalf("Enter on the card went to %s, not the table", sceneName(a))
	}
	a.ui.SetFocus("tbl.news")
	tick(a, kEnter)
	if _, ok := a.scene.(*newsScene); !ok {
		t.Fatalf("Enter on the ticker went to %s, not the card", sceneName(a))
	}
	tick(a, kEsc)
	if _, ok := a.scene.(*tableScene); !ok {
		t.Fatalf("Esc on the card went to %s, not the table", sceneName(a))
	}
}

// A card about a delegation not at the table is not shown: in a game
// without the United Kingdom the rules do not deal the Commons debate
// (the only card here), and the round opens with no news card and "no
// news" on the ticker. With the United Kingdom seated, the same card is
// dealt and shown in every round. (A game recorded before the rules
// stopped dealing such cards still holds them; roundNews hides them.)
func TestNewsOnlyAboutSeatedDelegations(t *testing.T) {
	for _, seated := range []bool{false, true} {
		sc, err := scenarios.LoadBuiltin("berlin")
		if err != nil {
			t.Fatal(err)
		}
		uk := slices.IndexFunc(sc.Parties, func(p rules.Party) bool { return p.ID == "uk" })
		if uk < 0 {
			t.Fatal("no uk in berlin")
		}
		// Only the Commons card, as the scenario has it, in every round.
		card := sc.News[slices.IndexFunc(sc.News, func(n rules.NewsCard) bool { return n.ID == "uk_commons" })]
		card.Conditions, card.FromRound, card.ToRound, card.Repeatable, card.Weight = nil, 0, 0, true, 1
		sc.News = []rules.NewsCard{card}
		if about := newsParties(&sc.PublicScenario, 0); len(about) < 2 || about[0] != uk {
			t.Fatalf("the Commons card is about %v: want the United Kingdom first and another delegation too", about)
		}
		seats := make([]match.SeatKind, len(sc.Parties))
		for p := range seats {
			seats[p] = match.AISeat("normal")
			if sc.Parties[p].Optional && (p != uk || !seated) {
				seats[p] = match.OutSeat()
			}
		}
		seats[0] = match.HumanSeat()
		a := storeApp(t, t.TempDir(), nil)
		a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Rounds: 2, Seed: 11}})
		a.ui.ResetFocus()
		tick(a, kNone)
		// Round 1 at the table: the ticker along the foot of the screen
		// (the feed above it may narrate the card as the rules dealt it).
		if !seated {
			playOn(t, a, func() bool { _, ok := a.scene.(*tableScene); return ok || a.session.Public().Round() > 1 }, plainTurn(a))
		}
		if _, ok := a.scene.(*tableScene); !ok && !seated {
			t.Fatalf("round 1 never reached the table: %s", sceneName(a))
		}
		if !seated {
			var ticker []string
			for _, b := range a.ui.TextBoxes() {
				if b.R.Y > BaseH-60 {
					ticker = append(ticker, b.S)
				}
			}
			text := strings.Join(ticker, " ")
			if strings.Contains(text, card.Headline) || !strings.Contains(text, i18n.T("ev.nonews")) {
				t.Errorf("without the United Kingdom the ticker reads %q", text)
			}
		}
		got := newsSeen(t, a)
		v := a.session.Public()
		if n := v.News(); seated && (len(n) == 0 || n[0] != 0) {
			t.Fatalf("with the United Kingdom the rules did not deal its card (%v)", n)
		} else if !seated && slices.Contains(n, 0) {
			t.Errorf("without the United Kingdom the rules dealt its card (%v)", n)
		}
		if seated && len(got) != v.Rounds() {
			t.Errorf("with the United Kingdom at the table its card showed in rounds %v, want every round", got)
		}
		if !seated && len(got) != 0 {
			t.Errorf("without the United Kingdom its card still showed, in rounds %v", got)
		}
	}
}

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

// wantNews lists the rounds whose card concerns a delegation at the table.
func wantNews(a *App) []int {
	v := a.session.Public()
	sc := a.session.Scenario()
	var out []int
	for r, card := range v.News() {
		if card < 0 {
			continue
		}
		ps := newsParties(sc, card)
		if len(ps) == 0 || slices.ContainsFunc(ps, func(p int) bool { return slices.Contains(v.Parties(), p) }) {
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

// A card that concerns only delegations not at the table is not shown:
// the rules may deal it (only a condition on support checks who is
// seated) and its effects then fall on nobody, so the table says there is
// no news. The same card with its delegation seated is shown.
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
		// Only one card, about the United Kingdom alone, in every round.
		card := sc.News[slices.IndexFunc(sc.News, func(n rules.NewsCard) bool { return n.ID == "uk_commons" })]
		card.Conditions, card.FromRound, card.ToRound, card.Repeatable, card.Weight = nil, 0, 0, true, 1
		card.Effects = []rules.Effect{{Kind: rules.EffSupport, Public: sc.Parties[uk].Publics[0], Delta: 3}}
		sc.News = []rules.NewsCard{card}
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
		got := newsSeen(t, a)
		v := a.session.Public()
		if n := v.News(); len(n) == 0 || n[0] != 0 {
			t.Fatalf("seated %v: the rules did not deal the card (%v)", seated, n)
		}
		if seated && len(got) != v.Rounds() {
			t.Errorf("with the United Kingdom at the table its card showed in rounds %v, want every round", got)
		}
		if !seated && len(got) != 0 {
			t.Errorf("without the United Kingdom its card still showed, in rounds %v", got)
		}
		if !seated {
			_, text := frame(a, a.table)
			if strings.Contains(text, card.Headline) || !strings.Contains(text, i18n.T("ev.nonews")) {
				t.Errorf("without the United Kingdom the ticker shows its card:\n%s", text)
			}
		}
	}
}

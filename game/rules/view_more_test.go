package rules

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// seats lists every seat of a fixture game: the projector and each party,
// taking part or not.
var seats = []int{Spectator, 0, 1, 2}

// A seat's own figures are its own: the spectator has none, a delegation
// gets its ceiling and its score for the draft as it would be signed.
func TestViewOwnFigures(t *testing.T) {
	for seed := uint64(0); seed < 60; seed++ {
		randomGame(t, seed, func(g *Game) {
			for _, seat := range seats {
				v := g.View(seat)
				wantBest, wantDraft := 0, 0
				if seat >= 0 {
					wantBest, wantDraft = g.sc.BestScore(seat), g.sc.Score(seat, g.text, g.present)
				}
				if v.BestScore() != wantBest || v.DraftScore() != wantDraft {
					t.Fatalf("seed %d, seat %d: best %d draft %d, want %d and %d",
						seed, seat, v.BestScore(), v.DraftScore(), wantBest, wantDraft)
				}
				if v.Over() != g.Over() {
					t.Fatalf("seed %d, seat %d: view over %v, game over %v", seed, seat, v.Over(), g.Over())
				}
			}
		})
	}
}

// Every delegation's final figures are private until the game is over,
// for every seat; then every seat sees the same figures, which are the
// result's scores and the briefs' reservation values and ceilings.
func TestViewFinalScoresOnlyAtTheEnd(t *testing.T) {
	for seed := uint64(0); seed < 100; seed++ {
		g := randomGame(t, seed, func(g *Game) {
			if g.Over() {
				return
			}
			for _, seat := range seats {
				if f := g.View(seat).FinalScores(); f != nil {
					t.Fatalf("seed %d: seat %d sees final scores before the end: %v", seed, seat, f)
				}
			}
		})
		var want []FinalScore
		for _, p := range g.Parties() {
			want = append(want, FinalScore{Party: p, Score: g.Result().Scores[p],
				Reservation: g.sc.Briefs[p].Reservation, Best: g.sc.BestScore(p)})
		}
		for _, seat := range seats {
			if got := g.View(seat).FinalScores(); !slices.Equal(got, want) {
				t.Fatalf("seed %d: seat %d sees final scores %v, want %v", seed, seat, got, want)
			}
		}
	}
}

// seen is everything a seat can read of a game through its view, as one
// string: its snapshot and every figure the view computes for it.
func seen(v View) string {
	snap, err := json.Marshal(v.Snapshot())
	if err != nil {
		panic(err)
	}
	score, red := v.Scores(v.Text())
	return fmt.Sprintf("%s|best=%d|draft=%d|score=%d,%v|sign=%v|final=%v|legal=%v",
		snap, v.BestScore(), v.DraftScore(), score, red, v.CanSign(), v.FinalScores(), v.Legal())
}

// A delegation's private numbers do not reach any other seat before the
// end: two games played move for move, whose scenarios differ only in one
// delegation's brief text, points and reservation value, look exactly the
// same to the projector and to every other delegation until the game is
// over. (Red lines are left alone: they decide which moves are legal for
// their own delegation, so they change the game itself.)
func TestViewsHideAnotherDelegationsNumbersBeforeTheEnd(t *testing.T) {
	for secret := range 3 {
		for seed := uint64(0); seed < 40; seed++ {
			other := fixture()
			b := &other.Briefs[secret]
			b.Text += " ALTERED"
			b.Reservation += 17
			for si := range b.Points {
				for oi := range b.Points[si] {
					b.Points[si][oi] = b.Points[si][oi]*3 + 11*(oi+1)
				}
			}
			ga := newGame(t, seed)
			gb, _, err := NewGame(other, Setup{Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewPCG(seed, 7))
			for steps := 0; !ga.Over(); steps++ {
				if steps > 10000 {
					t.Fatalf("seed %d: the game did not end", seed)
				}
				for _, seat := range seats {
					if seat == secret {
						continue
					}
					if a, b := seen(ga.View(seat)), seen(gb.View(seat)); a != b {
						t.Fatalf("seed %d, step %d: seat %d sees party %d's brief change: %s", seed, steps, seat, secret, firstDiff(a, b))
					}
				}
				a := randomAction(ga, r)
				if _, err := ga.Apply(a); err != nil {
					t.Fatalf("seed %d: %v", seed, err)
				}
				if _, err := gb.Apply(a); err != nil {
					t.Fatalf("seed %d: the twin game refused %v: %v", seed, a, err)
				}
			}
			if ga.Hash() != gb.Hash() {
				t.Fatalf("seed %d: the twin games ended apart", seed)
			}
		}
	}
}

// firstDiff shows where two strings part, with a little context.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-60)
	return fmt.Sprintf("…%s… against …%s…", a[from:min(len(a), i+60)], b[from:min(len(b), i+60)])
}

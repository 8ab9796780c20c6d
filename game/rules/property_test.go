package rules

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// randomAction picks a random legal action for one of the delegations the
// game is waiting for, sometimes bundling amendments into a package or
// toggling a call for signature.
func randomAction(g *Game, r *rand.Rand) Action {
	if (g.Phase() == PhaseTable || g.Phase() == PhasePress) && r.IntN(10) == 0 {
		ps := g.Parties()
		p := ps[r.IntN(len(ps))]
		return Action{Party: p, Kind: Call, Yes: !g.Calling(p)}
	}
	to := g.ToAct()
	p := to[r.IntN(len(to))]
	legal := g.Legal(p)
	var moves, tables []Action
	for _, a := range legal {
		if a.Kind == Table {
			tables = append(tables, a)
		} else if a.Kind != Call {
			moves = append(moves, a)
		}
	}
	if len(tables) > 1 && r.IntN(5) == 0 {
		pkg := Action{Party: p, Kind: Table}
		for _, i := range r.Perm(len(tables)) {
			c := tables[i].Changes[0]
			dup := false
			for _, d := range pkg.Changes {
				dup = dup || d.Slot == c.Slot
			}
			if !dup && len(pkg.Changes) < 3 {
				pkg.Changes = append(pkg.Changes, c)
			}
		}
		return pkg
	}
	moves = append(moves, tables...)
	return moves[r.IntN(len(moves))]
}

// randomGame plays a fixture game to the end with random legal actions.
func randomGame(t *testing.T, seed uint64, check func(g *Game)) *Game {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 99))
	parties := []string{"north", "south", "east"}
	if seed%3 == 0 {
		parties = parties[:2]
	}
	g, _, err := NewGame(fixture(), Setup{Seed: seed, Parties: parties, Rounds: 1 + int(seed%4)})
	if err != nil {
		t.Fatal(err)
	}
	for steps := 0; !g.Over(); steps++ {
		if steps > 10000 {
			t.Fatalf("seed %d: the game did not end", seed)
		}
		a := randomAction(g, r)
		if _, err := g.Apply(a); err != nil {
			t.Fatalf("seed %d: a legal action was refused: %v", seed, err)
		}
		if check != nil {
			check(g)
		}
	}
	return g
}

func TestPropertyOpinionStaysInRange(t *testing.T) {
	for seed := uint64(0); seed < 300; seed++ {
		randomGame(t, seed, func(g *Game) {
			for pub, s := range g.support {
				if s < 0 || s > 1000 {
					t.Fatalf("seed %d: %s at %d tenths", seed, g.sc.Publics[pub].ID, s)
				}
			}
			for p, tr := range g.trust {
				if tr < 0 || tr > 100 {
					t.Fatalf("seed %d: %s's trust at %d", seed, g.sc.Parties[p].ID, tr)
				}
			}
		})
	}
}

func TestPropertyNoAgreementMeansReservation(t *testing.T) {
	for seed := uint64(0); seed < 300; seed++ {
		g := randomGame(t, seed, nil)
		r := g.Result()
		for _, p := range g.Parties() {
			want := g.sc.Briefs[p].Reservation
			if r.InForce && r.Ratify[p] {
				want = g.sc.Score(p, r.Text, r.Present)
			}
			if r.Scores[p] != want {
				t.Fatalf("seed %d: %s scored %d, want %d (in force %v)", seed, g.sc.Parties[p].ID, r.Scores[p], want, r.InForce)
			}
		}
	}
}

func TestPropertyReplayReproducesEveryHash(t *testing.T) {
	for seed := uint64(0); seed < 200; seed++ {
		g := randomGame(t, seed, nil)
		rec, err := RecordOf(g, nil)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := rec.MarshalText()
		back, err := ParseRecord(text)
		if err != nil {
			t.Fatalf("seed %d: %v\n%s", seed, err, text)
		}
		replayed, err := Replay(g.sc, back)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if replayed.Hash() != g.Hash() {
			t.Fatalf("seed %d: replay ends at %s, the game at %s", seed, replayed.Hash(), g.Hash())
		}
	}
}

func TestPropertyViewsHideOtherDelegationsPrivateData(t *testing.T) {
	secrets := []string{"NORTH-SECRET-BRIEF", "SOUTH-SECRET-BRIEF", "EAST-SECRET-BRIEF"}
	for seed := uint64(0); seed < 50; seed++ {
		steps := 0
		randomGame(t, seed, func(g *Game) {
			steps++
			if steps%7 != 0 && !g.Over() {
				return
			}
			for _, seat := range []int{Spectator, 0, 1, 2} {
				data, err := json.Marshal(g.View(seat).Snapshot())
				if err != nil {
					t.Fatal(err)
				}
				js := string(data)
				for p, secret := range secrets {
					if strings.Contains(js, secret) != (p == seat) {
						t.Fatalf("seed %d: the view of seat %d shows brief %d: %v", seed, seat, p, strings.Contains(js, secret))
					}
				}
				// Structurally: one brief at most, the seat's own, and no
				// other delegation's score.
				var generic map[string]any
				if err := json.Unmarshal(data, &generic); err != nil {
					t.Fatal(err)
				}
				if _, ok := generic["Brief"]; ok != (seat >= 0) {
					t.Fatalf("seat %d: brief present %v", seat, ok)
				}
				if strings.Count(js, `"Reservation"`) > 1 || strings.Count(js, `"Points"`) > 1 {
					t.Fatalf("seat %d: more than one points table in the view", seat)
				}
				if seat < 0 && (strings.Contains(js, `"Reservation"`) || strings.Contains(js, `"Points"`)) {
					t.Fatal("the spectator view holds private data")
				}
				if res, ok := generic["Result"].(map[string]any); ok {
					if _, leaked := res["Scores"]; leaked {
						t.Fatal("a view shows every delegation's score")
					}
				}
			}
		})
	}
}

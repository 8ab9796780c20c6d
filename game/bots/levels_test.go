package bots

import (
	"os"
	"strconv"
	"testing"

	"bindingwords/game/rules"
)

// TestMeasureLevelsAgainstNormal prints the advantage a delegate of each
// level gets in one seat against normal delegates in the others, on the
// neutral families, seat by seat over the cases: issue 12 wants easy <
// normal < hard. A measurement, run with BW_MEASURE=N (cases per family).
func TestMeasureLevelsAgainstNormal(t *testing.T) {
	cases, _ := strconv.Atoi(os.Getenv("BW_MEASURE"))
	if cases < 1 {
		t.Skip("set BW_MEASURE to the number of cases per family")
	}
	families := []struct {
		name              string
		n, issues, option int
		opposed           bool
	}{
		{"3 parties, 5×3", 3, 5, 3, false},
		{"2 parties, 8×5, opposed", 2, 8, 5, true},
		{"2 parties, 4×3, opposed", 2, 4, 3, true},
		{"3 parties, 6×4, opposed", 3, 6, 4, true},
	}
	for _, f := range families {
		line := f.name + ":"
		for _, lvl := range Levels {
			sum, n := 0.0, 0
			for c := 0; c < cases; c++ {
				sc := NeutralCase(uint64(c), f.n, f.issues, f.option, f.opposed)
				for seat := 0; seat < f.n; seat++ {
					g, _, _ := rules.NewGame(sc, rules.Setup{Seed: uint64(c), NoLog: true})
					players := make([]Player, f.n)
					for p := range players {
						l := Normal
						if p == seat {
							l = lvl
						}
						players[p] = New(l, p, uint64(c))
					}
					if err := runToEnd(g, players); err != nil {
						t.Fatal(err)
					}
					sum += advantage(sc, g, seat)
					n++
				}
			}
			line += " " + lvl.Name + " " + strconv.FormatFloat(sum/float64(n), 'f', 3, 64)
		}
		t.Log(line)
	}
}

// advantage is (score − reservation) / (best − reservation) for seat, 0
// without an agreement.
func advantage(sc *rules.Scenario, g *rules.Game, seat int) float64 {
	r := g.Result()
	if r == nil || !r.InForce {
		return 0
	}
	b := sc.Briefs[seat]
	best := 0
	for _, row := range b.Points {
		best += maxOf(row)
	}
	if best <= b.Reservation {
		return 0
	}
	return float64(r.Scores[seat]-b.Reservation) / float64(best-b.Reservation)
}

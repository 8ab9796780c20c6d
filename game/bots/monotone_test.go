package bots

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// TestMeasureLevelsAtOneTable seats delegates of every level at the same
// tables (each seat's level drawn from the case's seed) and prints each
// level's mean advantage per family: points over the reservation as a
// share of the way to the delegation's best text, 0 without an agreement
// in force. Each level meets the same mix of opponents, so easy < normal
// < hard is the goal. A measurement, not a check (BW_MONO=N cases).
func TestMeasureLevelsAtOneTable(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BW_MONO"))
	if n < 1 {
		t.Skip("set BW_MONO to the number of cases per family")
	}
	for _, fam := range scengen.Families {
		var sum, cnt [3]float64
		for seed := uint64(1); seed <= uint64(n); seed++ {
			sc := fam.Generate(seed)
			lv := map[int]int{}
			draw := rand.New(rand.NewPCG(seed, 12))
			g := play(t, sc, rules.Setup{Seed: seed, Parties: fam.Parties(sc)}, func(p int) Player {
				l := draw.IntN(3)
				lv[p] = l
				return New(Levels[l], p, seed*1000+uint64(p))
			})
			r := g.Result()
			for _, p := range g.Parties() {
				adv := advantageOf(sc, r, p)
				sum[lv[p]] += adv
				cnt[lv[p]]++
			}
		}
		fmt.Printf("%-17s easy %.3f  normal %.3f  hard %.3f\n", fam.Name, sum[0]/cnt[0], sum[1]/cnt[1], sum[2]/cnt[2])
	}
}

package bots

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// TestMeasureLevelsAgainstTheSameOpponents puts each level in turn in
// one seat of a case (seat: the case's seed modulo the delegations taking
// part) with normal delegates in every other seat, the same seeds for all
// three games, and prints the seat's mean advantage per level and family
// (0 without an agreement in force), with the paired differences normal −
// easy and hard − normal and their 95% intervals. "Easy < normal < hard
// in the advantage each gets against the same opponents" is the goal of
// issue 12. A measurement, not a check (BW_VS=N cases per family; BW_VS_OPP
// names the opponents' level, normal by default; BW_FAM one family).
func TestMeasureLevelsAgainstTheSameOpponents(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BW_VS"))
	if n < 1 {
		t.Skip("set BW_VS to the number of cases per family")
	}
	opp := Normal
	if l := os.Getenv("BW_VS_OPP"); l != "" {
		var err error
		if opp, err = LevelByName(l); err != nil {
			t.Fatal(err)
		}
	}
	fams := scengen.Families
	if f := os.Getenv("BW_FAM"); f != "" {
		var ok bool
		if fams, ok = scengen.FamiliesNamed(f); !ok {
			t.Fatalf("no family %q", f)
		}
	}
	for _, fam := range fams {
		var adv [3][]float64
		for seed := uint64(1); seed <= uint64(n); seed++ {
			sc := fam.Generate(seed)
			parties := fam.Parties(sc)
			var ids []int
			for p := range sc.Parties {
				if parties == nil || !sc.Parties[p].Optional {
					ids = append(ids, p)
				}
			}
			seat := ids[int(seed)%len(ids)]
			for l := range Levels {
				g := play(t, sc, rules.Setup{Seed: seed, Parties: parties}, func(p int) Player {
					if p == seat {
						return New(Levels[l], p, seed*1000+uint64(p))
					}
					return New(opp, p, seed*1000+uint64(p))
				})
				adv[l] = append(adv[l], advantageOf(sc, g.Result(), seat))
			}
		}
		ne, nem := pairedCI(adv[1], adv[0])
		hn, hnm := pairedCI(adv[2], adv[1])
		fmt.Printf("%-17s easy %.3f  normal %.3f  hard %.3f   normal−easy %+.3f ±%.3f   hard−normal %+.3f ±%.3f\n",
			fam.Name, mean(adv[0]), mean(adv[1]), mean(adv[2]), ne, nem, hn, hnm)
	}
}

// advantageOf is party p's points over its reservation as a share of the
// way to its best text, 0 without an agreement in force.
func advantageOf(sc *rules.Scenario, r *rules.Result, p int) float64 {
	if !r.Formed || !r.InForce {
		return 0
	}
	b := sc.Briefs[p]
	best := sc.BestScore(p)
	if best <= b.Reservation {
		return 0
	}
	return float64(sc.BriefScore(&b, r.Text, r.Present)-b.Reservation) / float64(best-b.Reservation)
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// pairedCI is the mean of a − b and the half-width of its 95% interval.
func pairedCI(a, b []float64) (float64, float64) {
	d := make([]float64, len(a))
	for i := range a {
		d[i] = a[i] - b[i]
	}
	m := mean(d)
	v := 0.0
	for _, x := range d {
		v += (x - m) * (x - m)
	}
	v /= float64(len(d) - 1)
	return m, 1.96 * math.Sqrt(v/float64(len(d)))
}

package bots

import (
	"os"
	"strconv"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// TestMeasureWhyGamesFail plays a family's cases (BW_DIAG=N cases,
// BW_FAM=family, BW_LVL=easy|normal|hard, BW_OMNI=1 for omniscient
// delegates) and sorts the games that end without an agreement by why:
// articles dropped in brackets, and whether the final text, with every
// article, would have suited every delegation. A measurement, not a check.
func TestMeasureWhyGamesFail(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BW_DIAG"))
	if n < 1 {
		t.Skip("set BW_DIAG to the number of cases")
	}
	name := os.Getenv("BW_FAM")
	if name == "" {
		name = "narrow"
	}
	fams, ok := scengen.FamiliesNamed(name)
	if !ok {
		t.Fatalf("no family %q", name)
	}
	lvl := Hard
	if l := os.Getenv("BW_LVL"); l != "" {
		lvl, _ = LevelByName(l)
	}
	var agreed, dropped, fullOK, tabled, adopted, rejected, passes int
	for seed := uint64(1); seed <= uint64(n); seed++ {
		sc := fams[0].Generate(seed)
		g := play(t, sc, rules.Setup{Seed: seed, Parties: fams[0].Parties(sc)}, func(p int) Player {
			d := New(lvl, p, seed)
			if os.Getenv("BW_OMNI") != "" {
				d.Omniscient(sc)
			}
			return d
		})
		r := g.Result()
		if r.Formed {
			agreed++
			continue
		}
		for _, present := range r.Present {
			if !present {
				dropped++
				break
			}
		}
		all := true
		for _, p := range g.Parties() {
			s := 0
			for sl, o := range r.Text {
				s += sc.Briefs[p].Points[sl][o]
			}
			all = all && s >= sc.Briefs[p].Reservation
		}
		if all {
			fullOK++
		}
		for _, e := range g.Events() {
			switch e.Kind {
			case rules.EvTabled:
				tabled++
			case rules.EvPassed:
				passes++
			case rules.EvAdopted:
				adopted++
			case rules.EvRejected:
				rejected++
			}
		}
	}
	t.Logf("%s, %s: %d cases, %d agreed; of the %d failures, %d dropped articles and %d ended on a text that, whole, suited everyone; in them %d items tabled, %d adopted, %d rejected, %d turns passed",
		name, lvl.Name, n, agreed, n-agreed, dropped, fullOK, tabled, adopted, rejected, passes)
}

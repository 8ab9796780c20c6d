package bots

import (
	"fmt"
	"os"
	"strconv"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// TestMeasureWhyHardStalls plays a family's cases (BW_STALL=N cases,
// BW_FAM=family) at each level and counts, for every no vote, whether the
// voter would still have been at or above its reservation with the item
// adopted, and whether the item would have brought the draft into the
// zone every delegation can sign. A measurement, not a check.
func TestMeasureWhyHardStalls(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BW_STALL"))
	if n < 1 {
		t.Skip("set BW_STALL to the number of cases")
	}
	name := os.Getenv("BW_FAM")
	if name == "" {
		name = "neutral"
	}
	fams, ok := scengen.FamiliesNamed(name)
	if !ok {
		t.Fatalf("no family %q", name)
	}
	for _, lvl := range []Level{Normal, Hard} {
		var agreed, failNos, failNosAbove, failNosIntoZone, failNosIntoZoneLast, zoneEver, finalBelow, lastRoundItems, failGames, failCalls int
		var allNos, allNosAbove int
		for seed := uint64(1); seed <= uint64(n); seed++ {
			sc := fams[0].Generate(seed)
			score := func(p int, text []int) int {
				s := 0
				for sl, o := range text {
					s += sc.Briefs[p].Points[sl][o]
				}
				return s
			}
			inZone := func(g *rules.Game, text []int) bool {
				for _, p := range g.Parties() {
					if score(p, text) < sc.Briefs[p].Reservation {
						return false
					}
				}
				return true
			}
			type no struct{ above, into, last bool }
			var nos []no
			ever := false
			var g *rules.Game
			var err error
			g, _, err = rules.NewGame(sc, rules.Setup{Seed: seed, Parties: fams[0].Parties(sc)})
			if err != nil {
				t.Fatal(err)
			}
			players := make([]Player, len(sc.Parties))
			for _, p := range g.Parties() {
				players[p] = New(lvl, p, seed)
			}
			lastItems := 0
			var exits []string
			for !g.Over() {
				for _, p := range g.ToAct() {
					v := g.View(p)
					a, ok := players[p].Act(v)
					if !ok {
						continue
					}
					if a.Kind == rules.Vote && !a.Yes {
						it, _ := v.Pending()
						text := make([]int, len(sc.Slots))
						for s := range text {
							text[s] = v.Option(s)
						}
						next := append([]int(nil), text...)
						for _, c := range it.Changes {
							next[c.Slot] = c.Option
						}
						nos = append(nos, no{
							above: score(p, next) >= sc.Briefs[p].Reservation,
							into:  inZone(g, next) && !inZone(g, text),
							last:  v.Round() == v.Rounds(),
						})
					}
					if a.Kind == rules.Table && g.Round() == g.Rounds() {
						lastItems++
					}
					before := make([]int, len(sc.Slots))
					for s := range before {
						before[s] = v.Option(s)
					}
					wasIn := inZone(g, before)
					calling := 0
					for _, q := range g.Parties() {
						if g.Calling(q) {
							calling++
						}
					}
					if _, err := g.Apply(a); err != nil {
						t.Fatal(err)
					}
					after := make([]int, len(sc.Slots))
					for s := range after {
						after[s] = g.View(p).Option(s)
					}
					if wasIn && !inZone(g, after) {
						exits = append(exits, fmt.Sprintf("r%d kind%d by %d calling %d/%d", v.Round(), a.Kind, p, calling, len(g.Parties())))
					}
					text := make([]int, len(sc.Slots))
					for s := range text {
						text[s] = g.View(p).Option(s)
					}
					ever = ever || inZone(g, text)
					break
				}
			}
			r := g.Result()
			for _, x := range nos {
				allNos++
				if x.above {
					allNosAbove++
				}
			}
			if r.Formed {
				agreed++
				continue
			}
			failGames++
			if os.Getenv("BW_EXITS") != "" {
				fmt.Println(lvl.Name, seed, exits)
			}
			lastRoundItems += lastItems
			if ever {
				zoneEver++
			}
			if !inZone(g, r.Text) {
				finalBelow++
			}
			for _, p := range g.Parties() {
				if g.Calling(p) {
					failCalls++
				}
			}
			for _, x := range nos {
				failNos++
				if x.above {
					failNosAbove++
				}
				if x.into && x.above {
					failNosIntoZone++
					if x.last {
						failNosIntoZoneLast++
					}
				}
			}
		}
		fmt.Printf("%s %s: %d/%d agreed; all games: %d no votes, %d by a voter still at or above its reservation; failures %d: %d no votes, %d by a voter at or above its reservation, %d of them on items that would have brought the draft into the zone (%d in the last round); draft ever in the zone %d, final draft outside %d; items tabled in the last round %d; calls standing at the end %d\n",
			name, lvl.Name, agreed, n, allNos, allNosAbove, failGames, failNos, failNosAbove, failNosIntoZone, failNosIntoZoneLast, zoneEver, finalBelow, lastRoundItems, failCalls)
	}
}

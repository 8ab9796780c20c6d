package bots

import (
	"math/rand/v2"

	"bindingwords/game/rules"
)

// Random plays random legal actions: the floor any delegate must beat, and
// a fuzzer for the rules. Its generator is its own, seeded, so a game of
// random players is reproducible.
type Random struct {
	r *rand.Rand
}

// NewRandom returns a random player seeded with seed.
func NewRandom(seed uint64) *Random {
	return &Random{r: rand.New(rand.NewPCG(seed, 0x5eed))}
}

// Act picks uniformly among the seat's legal actions (calls for signature
// left out), sometimes bundling amendments into a package.
func (p *Random) Act(v rules.View) (rules.Action, bool) {
	legal := v.Legal()
	var moves, tables []rules.Action
	for _, a := range legal {
		switch a.Kind {
		case rules.Call:
		case rules.Table:
			tables = append(tables, a)
		default:
			moves = append(moves, a)
		}
	}
	if len(tables) > 1 && p.r.IntN(5) == 0 {
		pkg := rules.Action{Party: v.Seat(), Kind: rules.Table, Reason: "A random package."}
		for _, i := range p.r.Perm(len(tables)) {
			c := tables[i].Changes[0]
			if len(pkg.Changes) < 3 && !touches(pkg.Changes, c.Slot) {
				pkg.Changes = append(pkg.Changes, c)
			}
		}
		return pkg, true
	}
	moves = append(moves, tables...)
	if len(moves) == 0 {
		return rules.Action{}, false
	}
	return moves[p.r.IntN(len(moves))], true
}

func touches(cs []rules.Change, slot int) bool {
	for _, c := range cs {
		if c.Slot == slot {
			return true
		}
	}
	return false
}

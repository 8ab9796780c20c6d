package ui

import (
	"bindingwords/game/bots"
	"bindingwords/game/rules"
)

// AILevels are the difficulties offered for AI delegations.
var AILevels = []string{"easy", "normal", "hard"}

// newAI makes the AI delegate for party at a difficulty. It is the one
// place that knows which AI the game uses.
func newAI(level string, party int, seed uint64) bots.Player {
	if d, err := bots.NewByName(level, party, seed); err == nil {
		return d
	}
	return bots.NewRandom(seed ^ uint64(party+1)*0x9e3779b97f4a7c15)
}

// fallback is the action an AI seat takes if its delegate returns nothing
// the rules accept: the first legal action, so the game always moves on.
func fallback(v rules.View) (rules.Action, bool) {
	legal := v.Legal()
	for _, a := range legal {
		if a.Kind != rules.Call {
			return a, true
		}
	}
	return rules.Action{}, false
}

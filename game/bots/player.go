// Package bots holds the AI delegates and the seats that play a game: every
// seat, human, AI or replayed, is a [Player] that acts through its own
// [rules.View] only.
package bots

import "bindingwords/game/rules"

// A Player decides one seat's actions. Act is called whenever the game is
// waiting for the seat; it returns the action to take, or false when it
// has none yet (a human who is still thinking). A player sees the game
// only through its seat's view.
type Player interface {
	Act(v rules.View) (rules.Action, bool)
}

// Run plays g until it is over or no player has an action, asking the
// players in turn order. players is indexed by party; parties not taking
// part may be nil. It returns the number of actions applied.
func Run(g *rules.Game, players []Player) (int, error) {
	n := 0
	var to []int
	for !g.Over() {
		acted := false
		to = g.AppendToAct(to[:0])
		for _, p := range to {
			a, ok := players[p].Act(g.View(p))
			if !ok {
				continue
			}
			if _, err := g.Apply(a); err != nil {
				return n, err
			}
			n++
			acted = true
			break
		}
		if !acted {
			return n, nil
		}
	}
	return n, nil
}

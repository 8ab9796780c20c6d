// Package bots holds the AI delegates and the baselines they are measured
// against. Each is a [Player] that acts through its own seat's
// [rules.View] only; game/match seats them at a table, beside people and
// replayed records, behind the same interface.
package bots

import "bindingwords/game/rules"

// A Player decides one seat's actions. Act is called whenever the game is
// waiting for the seat; it returns the action to take, or false when it
// has none yet (a human who is still thinking). A player sees the game
// only through its seat's view.
type Player interface {
	Act(v rules.View) (rules.Action, bool)
}

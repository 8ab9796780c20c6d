package bots

import "bindingwords/game/rules"

// Omniscient gives the delegate every delegation's table and reservation
// value, which no player ever has. It exists for measurement: comparing
// omniscient delegates with ordinary ones shows how much of the value a
// scenario leaves on the table comes from hidden information rather than
// from the delegates' play. Call it before the delegate's first action.
func (d *Delegate) Omniscient(sc *rules.Scenario) { d.cheat = sc }

package ui

import (
	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// RulesSeats lists who plays each delegation taking part, as saves record
// it.
func (s *Session) RulesSeats() []rules.Seat { return s.m.RecordSeats() }

// Clock is the round timer as a save keeps it.
func (s *Session) Clock() match.Clock { return s.m.Clock() }

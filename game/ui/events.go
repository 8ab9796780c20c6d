package ui

import (
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// describer is the screens' handle on [narrate.Narrator], the one
// renderer of events: the screens build it from their scenario
// (describer{sc}) and keep their short lower-case names for its parts.
// It adds no wording of its own.
type describer struct{ sc *rules.PublicScenario }

func (d describer) n() narrate.Narrator { return narrate.New(d.sc) }

func (d describer) party(p int) string { return d.n().Party(p) }

func (d describer) phase(ph rules.Phase) string { return narrate.Phase(ph) }

// Event is one event as a sentence, without its reason.
func (d describer) Event(e rules.Event) string { return d.n().Event(e) }

// Press describes a press statement by party p.
func (d describer) Press(p int, s rules.Press) string { return d.n().Press(p, s) }

// Cause says why something changed.
func (d describer) Cause(c rules.Cause) string { return d.n().Cause(c) }

// signed writes a change with its sign, as every event does.
func signed(v int) string { return narrate.Signed(v) }

// itoa writes a whole number, a negative one with a true minus sign.
func itoa(v int) string {
	if v < 0 {
		return "−" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

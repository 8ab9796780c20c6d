// Package narrate turns the rules' structured events into sentences, in
// the current language of [i18n]. It is the one renderer of events: the
// screens, the replay command and the exported debrief all read a game
// through it, so a sentence is worded (and translated) in one place.
//
// A caller that needs part of a sentence on its own, such as the cause of
// a move in the polls, asks for that part ([Narrator.Cause],
// [Narrator.Press]) rather than cutting up a rendered sentence: the
// wording may change, and a translation may order the parts otherwise.
//
// Like the rules, it never imports Ebitengine, so the command-line tools
// and the report can use it without a display.
package narrate

import (
	"strconv"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// A Narrator renders the events of one scenario: it knows the names of
// the delegations, publics, clauses and news cards the events refer to by
// index. Its zero value has no scenario and can only name phases.
type Narrator struct{ sc *rules.PublicScenario }

// New returns a narrator for the events of a game played on sc.
func New(sc *rules.PublicScenario) Narrator { return Narrator{sc: sc} }

// Line is an event as one sentence followed by the acting seat's reason,
// if it gave one: the form for an account read top to bottom, such as the
// replay command's. Screens that set the reason apart use [Narrator.Event].
func (n Narrator) Line(e rules.Event) string {
	s := n.Event(e)
	if e.Reason == "" {
		return s
	}
	return i18n.T("ev.reason", "event", s, "reason", e.Reason)
}

// Party is a delegation's name; an event with no delegation (-1) names
// nobody.
func (n Narrator) Party(p int) string {
	if n.sc == nil || p < 0 || p >= len(n.sc.Parties) {
		return i18n.T("ev.nobody")
	}
	return n.sc.Parties[p].Name
}

// Public is a public's name, or "?" for an index the scenario lacks.
func (n Narrator) Public(p int) string {
	if n.sc == nil || p < 0 || p >= len(n.sc.Publics) {
		return "?"
	}
	return n.sc.Publics[p].Name
}

// clause names a clause and its wording: "Scope: “all territory”".
func (n Narrator) clause(slot, opt int) string {
	s := &n.sc.Slots[slot]
	return i18n.T("ev.clause", "slot", s.Name, "option", s.Options[opt].Label)
}

// Phase is a phase's name, as a heading or after "Phase:".
func Phase(ph rules.Phase) string {
	switch ph {
	case rules.PhaseNews:
		return i18n.T("phase.news")
	case rules.PhaseTable:
		return i18n.T("phase.table")
	case rules.PhasePress:
		return i18n.T("phase.press")
	case rules.PhasePolls:
		return i18n.T("phase.polls")
	case rules.PhaseSigning:
		return i18n.T("phase.signing")
	case rules.PhaseRatification:
		return i18n.T("phase.ratification")
	}
	return i18n.T("phase.ended")
}

// Signed writes a whole number with its sign, as a change reads: "+3",
// "−3" (a true minus sign, which lines up with the plus in tables) or
// "0".
func Signed(v int) string {
	switch {
	case v > 0:
		return "+" + strconv.Itoa(v)
	case v < 0:
		return "−" + strconv.Itoa(-v)
	}
	return "0"
}

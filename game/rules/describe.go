package rules

import (
	"fmt"
	"unicode"
)

// Describe renders an event as one plain English sentence, with its
// reason. The front end renders events through its translation tables;
// this rendering serves the command-line tools, the exported debrief and
// tests, and is the reference wording.
func (s *PublicScenario) Describe(e Event) string {
	party := func(p int) string {
		if p < 0 || p >= len(s.Parties) {
			return "nobody"
		}
		return s.Parties[p].Name
	}
	public := func(p int) string { return s.Publics[p].Name }
	clause := func(slot, opt int) string {
		return fmt.Sprintf("%s: “%s”", s.Slots[slot].Name, s.Slots[slot].Options[opt].Label)
	}
	withReason := func(text, reason string) string {
		if reason == "" {
			return text
		}
		return text + " — " + reason
	}
	switch e.Kind {
	case EvRoundStarted:
		return fmt.Sprintf("Round %d begins.", e.Round)
	case EvPhase:
		return fmt.Sprintf("Phase: %s.", Phase(e.Value))
	case EvNews:
		return "News: " + s.News[e.Card].Headline
	case EvNoNews:
		return "No news this round."
	case EvSupport:
		return fmt.Sprintf("%s %s → %s: %s.", public(e.Public), Tenths(e.Delta, true), Tenths(e.Value, false), s.cause(e.Cause))
	case EvWeight:
		return fmt.Sprintf("%s now weighs %s at %+d per point (%+d): %s.", public(e.Public), InSentence(s.Attributes[e.Attr].Name), e.Value, e.Delta, s.cause(e.Cause))
	case EvThreshold:
		return fmt.Sprintf("%s's vote at %s on a %s now needs %d%% (%+d): %s.", party(e.Party), public(e.Public), InSentence(s.Forms[e.Form].Name), e.Value, e.Delta, s.cause(e.Cause))
	case EvTrust:
		return fmt.Sprintf("%s's trust %+d → %d: %s.", party(e.Party), e.Delta, e.Value, s.cause(e.Cause))
	case EvTabled:
		return withReason(fmt.Sprintf("%s tables item %d.", party(e.Party), e.Item+1), e.Reason)
	case EvPassed:
		return withReason(party(e.Party)+" passes.", e.Reason)
	case EvVoted:
		return withReason(fmt.Sprintf("%s votes %s on item %d.", party(e.Party), yesNo(e.Value == 1, "yes", "no"), e.Item+1), e.Reason)
	case EvAdopted:
		return fmt.Sprintf("Item %d (%s) is adopted.", e.Item+1, party(e.Party))
	case EvRejected:
		return fmt.Sprintf("Item %d fails: %s objected.", e.Item+1, party(e.Party))
	case EvTextChanged:
		return fmt.Sprintf("The draft now reads %s (item %d).", clause(e.Slot, e.Option), e.Cause.Item+1)
	case EvBracketed:
		return fmt.Sprintf("%s goes into [brackets]: item %d failed.", s.Slots[e.Slot].Name, e.Cause.Item+1)
	case EvSettled:
		return fmt.Sprintf("%s is settled: brackets removed (item %d).", s.Slots[e.Slot].Name, e.Cause.Item+1)
	case EvCall:
		return withReason(party(e.Party)+yesNo(e.Value == 1, " calls for signature.", " withdraws its call for signature."), e.Reason)
	case EvCallsCleared:
		return "The text changed, so the calls for signature lapse."
	case EvStatement:
		return withReason(party(e.Party)+" "+s.press(e.Press)+".", e.Reason)
	case EvCommitted:
		return fmt.Sprintf("%s is now publicly committed on %s.", party(e.Party), clause(e.Slot, e.Option))
	case EvPoll:
		return fmt.Sprintf("Poll: %s at %s (verdict on the draft: %d).", public(e.Public), Tenths(e.Value, false), e.Delta)
	case EvArticleDropped:
		return fmt.Sprintf("%s falls out of the text: %s was still in brackets.", s.Articles[e.Article].Title, s.Slots[e.Slot].Name)
	case EvSigned:
		return withReason(party(e.Party)+" signs.", e.Reason)
	case EvDeclined:
		return withReason(party(e.Party)+" declines to sign.", e.Reason)
	case EvAgreement:
		if e.Value == 1 {
			return "The agreement is signed."
		}
		if e.Party >= 0 {
			return "No agreement: " + party(e.Party) + " did not sign."
		}
		return "No agreement: too few delegations signed."
	case EvVoteAtHome:
		return fmt.Sprintf("%s, %s (%s): %s in favour, %d%% needed — %s.", party(e.Party), public(e.Public),
			InSentence(s.Forms[e.Form].Name), Tenths(e.Value, false), e.Threshold, yesNo(e.Delta == 1, "passes", "fails"))
	case EvRatified:
		return party(e.Party) + yesNo(e.Value == 1, " ratifies.", " fails to ratify.")
	case EvInForce:
		return yesNo(e.Value == 1, "The agreement enters into force.", "The agreement does not enter into force.")
	case EvEnded:
		return "The game is over."
	}
	return fmt.Sprintf("event %d", e.Kind)
}

func (s *PublicScenario) cause(c Cause) string {
	party := func() string {
		if c.Party < 0 {
			return "a delegation"
		}
		return s.Parties[c.Party].Name
	}
	switch c.Kind {
	case CauseNews:
		return "news: " + s.News[c.Card].Headline
	case CauseDrift:
		if c.Slot < 0 {
			return "moving toward its verdict on the draft"
		}
		if c.Value < 0 {
			return fmt.Sprintf("it dislikes %s “%s”", InSentence(s.Slots[c.Slot].Name), s.Slots[c.Slot].Options[c.Option].Label)
		}
		return fmt.Sprintf("it welcomes %s “%s”", InSentence(s.Slots[c.Slot].Name), s.Slots[c.Slot].Options[c.Option].Label)
	case CauseReassure:
		return party() + " reassured it"
	case CauseAddress:
		return party() + " made its case to it"
	case CauseCommit:
		return party() + " took a public stand"
	case CauseLeak:
		return party() + " leaked the draft"
	case CauseAudience:
		return fmt.Sprintf("%s signed a text that breaks its public commitment on %s", party(), InSentence(s.Slots[c.Slot].Name))
	case CauseItem:
		return fmt.Sprintf("item %d", c.Item+1)
	case CauseBracket:
		return s.Slots[c.Slot].Name + " was still in brackets"
	case CauseTextChanged:
		return "the text changed"
	}
	return "no reason given"
}

func (s *PublicScenario) press(p Press) string {
	switch p.Kind {
	case Reassure:
		return "reassures " + s.Publics[p.Public].Name
	case Address:
		return "addresses " + s.Publics[p.Public].Name
	case Commit:
		verb := "will never sign"
		if p.Stance == Insist {
			verb = "will not sign without"
		}
		return fmt.Sprintf("declares publicly that it %s “%s” (%s)", verb, s.Slots[p.Slot].Options[p.Option].Label, InSentence(s.Slots[p.Slot].Name))
	case Leak:
		return "leaks the draft to the press"
	}
	return "makes no comment"
}

// Tenths formats a value in tenths of a point, e.g. 523 as "52.3" or, with
// sign, -40 as "−4.0".
func Tenths(v int, sign bool) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := fmt.Sprintf("%d.%d", v/10, v%10)
	switch {
	case neg:
		return "−" + s
	case sign:
		return "+" + s
	}
	return s
}

var phaseNames = [...]string{PhaseNews: "news", PhaseTable: "table", PhasePress: "press", PhasePolls: "polls",
	PhaseSigning: "signing", PhaseRatification: "ratification", PhaseEnded: "ended"}

func (p Phase) String() string {
	if int(p) < len(phaseNames) && phaseNames[p] != "" {
		return phaseNames[p]
	}
	return fmt.Sprintf("phase(%d)", p)
}

// InSentence writes a scenario's name (of a clause, an attribute, a form)
// for the middle of a sentence: its first letter in lower case, unless the
// name starts with an abbreviation ("US role" stays as it is, "Legal form"
// becomes "legal form").
func InSentence(name string) string {
	r := []rune(name)
	if len(r) == 0 || !unicode.IsUpper(r[0]) || (len(r) > 1 && unicode.IsUpper(r[1])) {
		return name
	}
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

package narrate

import (
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// Cause says why something changed, as the end of a sentence ("United
// States reassured it"). The polls screen and the debrief's poll charts
// list causes on their own, so they ask for this part rather than cut it
// out of a rendered event.
func (n Narrator) Cause(c rules.Cause) string {
	sc := n.sc
	// A cause reads in the middle of a sentence: "the United States
	// reassured it".
	party := n.Object(c.Party)
	switch c.Kind {
	case rules.CauseNews:
		return i18n.T("cause.news", "headline", sc.News[c.Card].Headline)
	case rules.CauseDrift:
		if c.Slot < 0 {
			return i18n.T("cause.drift")
		}
		sl := &sc.Slots[c.Slot]
		// A clause's name in mid-sentence: "it dislikes legal form", but
		// "it welcomes US role".
		if c.Value < 0 {
			return i18n.T("cause.dislikes", "slot", rules.InSentence(sl.Name), "option", sl.Options[c.Option].Label)
		}
		return i18n.T("cause.welcomes", "slot", rules.InSentence(sl.Name), "option", sl.Options[c.Option].Label)
	case rules.CauseReassure:
		return i18n.T("cause.reassure", "party", party)
	case rules.CauseAddress:
		return i18n.T("cause.address", "party", party)
	case rules.CauseCommit:
		return i18n.T("cause.commit", "party", party)
	case rules.CauseLeak:
		return i18n.T("cause.leak", "party", party)
	case rules.CauseAudience:
		return i18n.T("cause.audience", "party", party, "slot", rules.InSentence(sc.Slots[c.Slot].Name))
	case rules.CauseItem:
		return i18n.T("cause.item", "item", c.Item+1)
	case rules.CauseBracket:
		return i18n.T("cause.bracket", "slot", sc.Slots[c.Slot].Name)
	case rules.CauseChair:
		return i18n.T("cause.chair")
	case rules.CauseTextChanged:
		return i18n.T("cause.textchanged")
	}
	return i18n.T("cause.none")
}

// Press is a press statement by delegation p as a sentence. It also words
// a commitment on its own, as the brief and the debrief list them.
func (n Narrator) Press(p int, s rules.Press) string {
	party := n.Subject(p)
	switch s.Kind {
	case rules.Reassure:
		return i18n.T("press.reassures", "party", party, "public", n.Public(s.Public))
	case rules.Address:
		return i18n.T("press.addresses", "party", party, "public", n.Public(s.Public))
	case rules.Commit:
		sl := &n.sc.Slots[s.Slot]
		if s.Stance == rules.Insist {
			return i18n.T("press.insist", "party", party, "option", sl.Options[s.Option].Label, "slot", sl.Name)
		}
		return i18n.T("press.reject", "party", party, "option", sl.Options[s.Option].Label, "slot", sl.Name)
	case rules.Leak:
		return i18n.T("press.leaks", "party", party)
	}
	return i18n.T("press.nocomment", "party", party)
}

package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// describer renders events as sentences through the translation table,
// from the events' structured fields. It follows the reference English
// of [rules.PublicScenario.Describe].
type describer struct{ sc *rules.PublicScenario }

func (d describer) party(p int) string {
	if p < 0 || p >= len(d.sc.Parties) {
		return i18n.T("ev.nobody")
	}
	return d.sc.Parties[p].Name
}

func (d describer) public(p int) string {
	if p < 0 || p >= len(d.sc.Publics) {
		return "?"
	}
	return d.sc.Publics[p].Name
}

func (d describer) clause(slot, opt int) string {
	s := &d.sc.Slots[slot]
	return i18n.T("ev.clause", "slot", s.Name, "option", s.Options[opt].Label)
}

func (d describer) phase(ph rules.Phase) string {
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

// Event is one event as a sentence, without its reason.
func (d describer) Event(e rules.Event) string {
	sc := d.sc
	item := e.Item + 1
	switch e.Kind {
	case rules.EvRoundStarted:
		return i18n.T("ev.round", "round", e.Round)
	case rules.EvPhase:
		return i18n.T("ev.phase", "phase", d.phase(rules.Phase(e.Value)))
	case rules.EvNews:
		return i18n.T("ev.news", "headline", sc.News[e.Card].Headline)
	case rules.EvNoNews:
		return i18n.T("ev.nonews")
	case rules.EvSupport:
		return i18n.T("ev.support", "public", d.public(e.Public), "delta", rules.Tenths(e.Delta, true), "value", rules.Tenths(e.Value, false), "cause", d.Cause(e.Cause))
	case rules.EvWeight:
		return i18n.T("ev.weight", "public", d.public(e.Public), "attr", rules.InSentence(sc.Attributes[e.Attr].Name), "value", signed(e.Value), "delta", signed(e.Delta), "cause", d.Cause(e.Cause))
	case rules.EvThreshold:
		return i18n.T("ev.threshold", "party", d.party(e.Party), "public", d.public(e.Public), "form", rules.InSentence(sc.Forms[e.Form].Name), "value", e.Value, "delta", signed(e.Delta), "cause", d.Cause(e.Cause))
	case rules.EvTrust:
		return i18n.T("ev.trust", "party", d.party(e.Party), "delta", signed(e.Delta), "value", e.Value, "cause", d.Cause(e.Cause))
	case rules.EvTabled:
		return i18n.T("ev.tabled", "party", d.party(e.Party), "item", item)
	case rules.EvPassed:
		return i18n.T("ev.passed", "party", d.party(e.Party))
	case rules.EvVoted:
		if e.Value == 1 {
			return i18n.T("ev.voted.yes", "party", d.party(e.Party), "item", item)
		}
		return i18n.T("ev.voted.no", "party", d.party(e.Party), "item", item)
	case rules.EvAdopted:
		return i18n.T("ev.adopted", "item", item, "party", d.party(e.Party))
	case rules.EvRejected:
		return i18n.T("ev.rejected", "item", item, "party", d.party(e.Party))
	case rules.EvTextChanged:
		return i18n.T("ev.textchanged", "clause", d.clause(e.Slot, e.Option), "item", e.Cause.Item+1)
	case rules.EvBracketed:
		return i18n.T("ev.bracketed", "slot", sc.Slots[e.Slot].Name, "item", e.Cause.Item+1)
	case rules.EvSettled:
		return i18n.T("ev.settled", "slot", sc.Slots[e.Slot].Name, "item", e.Cause.Item+1)
	case rules.EvCall:
		if e.Value == 1 {
			return i18n.T("ev.call.on", "party", d.party(e.Party))
		}
		return i18n.T("ev.call.off", "party", d.party(e.Party))
	case rules.EvCallsCleared:
		return i18n.T("ev.callscleared")
	case rules.EvStatement:
		return d.Press(e.Party, e.Press)
	case rules.EvCommitted:
		return i18n.T("ev.committed", "party", d.party(e.Party), "clause", d.clause(e.Slot, e.Option))
	case rules.EvPoll:
		return i18n.T("ev.poll", "public", d.public(e.Public), "value", rules.Tenths(e.Value, false), "verdict", e.Delta)
	case rules.EvArticleDropped:
		return i18n.T("ev.dropped", "article", sc.Articles[e.Article].Title, "slot", sc.Slots[e.Slot].Name)
	case rules.EvSigned:
		return i18n.T("ev.signed", "party", d.party(e.Party))
	case rules.EvDeclined:
		return i18n.T("ev.declined", "party", d.party(e.Party))
	case rules.EvAgreement:
		switch {
		case e.Value == 1:
			return i18n.T("ev.agreement")
		case e.Party >= 0:
			return i18n.T("ev.noagreement.party", "party", d.party(e.Party))
		}
		return i18n.T("ev.noagreement")
	case rules.EvVoteAtHome:
		res := i18n.T("ev.fails")
		if e.Delta == 1 {
			res = i18n.T("ev.passes")
		}
		return i18n.T("ev.voteathome", "party", d.party(e.Party), "public", d.public(e.Public), "form", rules.InSentence(sc.Forms[e.Form].Name),
			"value", rules.Tenths(e.Value, false), "threshold", e.Threshold, "result", res)
	case rules.EvRatified:
		if e.Value == 1 {
			return i18n.T("ev.ratified", "party", d.party(e.Party))
		}
		return i18n.T("ev.notratified", "party", d.party(e.Party))
	case rules.EvInForce:
		if e.Value == 1 {
			return i18n.T("ev.inforce")
		}
		return i18n.T("ev.notinforce")
	case rules.EvEnded:
		return i18n.T("ev.ended")
	}
	return "?"
}

// Press describes a press statement by party p.
func (d describer) Press(p int, s rules.Press) string {
	party := d.party(p)
	switch s.Kind {
	case rules.Reassure:
		return i18n.T("press.reassures", "party", party, "public", d.public(s.Public))
	case rules.Address:
		return i18n.T("press.addresses", "party", party, "public", d.public(s.Public))
	case rules.Commit:
		sl := &d.sc.Slots[s.Slot]
		if s.Stance == rules.Insist {
			return i18n.T("press.insist", "party", party, "option", sl.Options[s.Option].Label, "slot", sl.Name)
		}
		return i18n.T("press.reject", "party", party, "option", sl.Options[s.Option].Label, "slot", sl.Name)
	case rules.Leak:
		return i18n.T("press.leaks", "party", party)
	}
	return i18n.T("press.nocomment", "party", party)
}

// Cause says why something changed.
func (d describer) Cause(c rules.Cause) string {
	sc := d.sc
	party := d.party(c.Party)
	switch c.Kind {
	case rules.CauseNews:
		return i18n.T("cause.news", "headline", sc.News[c.Card].Headline)
	case rules.CauseDrift:
		if c.Slot < 0 {
			return i18n.T("cause.drift")
		}
		sl := &sc.Slots[c.Slot]
		if c.Value < 0 {
			return i18n.T("cause.dislikes", "slot", sl.Name, "option", sl.Options[c.Option].Label)
		}
		return i18n.T("cause.welcomes", "slot", sl.Name, "option", sl.Options[c.Option].Label)
	case rules.CauseReassure:
		return i18n.T("cause.reassure", "party", party)
	case rules.CauseAddress:
		return i18n.T("cause.address", "party", party)
	case rules.CauseCommit:
		return i18n.T("cause.commit", "party", party)
	case rules.CauseLeak:
		return i18n.T("cause.leak", "party", party)
	case rules.CauseAudience:
		return i18n.T("cause.audience", "party", party, "slot", sc.Slots[c.Slot].Name)
	case rules.CauseItem:
		return i18n.T("cause.item", "item", c.Item+1)
	case rules.CauseBracket:
		return i18n.T("cause.bracket", "slot", sc.Slots[c.Slot].Name)
	case rules.CauseTextChanged:
		return i18n.T("cause.textchanged")
	}
	return i18n.T("cause.none")
}

func signed(v int) string {
	switch {
	case v > 0:
		return "+" + itoa(v)
	case v < 0:
		return "−" + itoa(-v)
	}
	return "0"
}

func itoa(v int) string {
	if v < 0 {
		return "−" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

package narrate

import (
	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// Event is an event as one sentence, without the acting seat's reason
// (see [Narrator.Line]).
func (n Narrator) Event(e rules.Event) string {
	sc := n.sc
	item := e.Item + 1
	switch e.Kind {
	case rules.EvRoundStarted:
		return i18n.T("ev.round", "round", e.Round)
	case rules.EvPhase:
		return i18n.T("ev.phase", "phase", Phase(rules.Phase(e.Value)))
	case rules.EvNews:
		return i18n.T("ev.news", "headline", sc.News[e.Card].Headline)
	case rules.EvNoNews:
		return i18n.T("ev.nonews")
	case rules.EvSupport:
		return i18n.T("ev.support", "public", n.Public(e.Public), "delta", rules.Tenths(e.Delta, true), "value", rules.Tenths(e.Value, false), "cause", n.Cause(e.Cause))
	case rules.EvWeight:
		return i18n.T("ev.weight", "public", n.Public(e.Public), "attr", rules.InSentence(sc.Attributes[e.Attr].Name), "value", Signed(e.Value), "delta", Signed(e.Delta), "cause", n.Cause(e.Cause))
	case rules.EvThreshold:
		return i18n.T("ev.threshold", "owner", rules.Possessive(n.Subject(e.Party)), "public", n.PublicIn(e.Public, false), "form", n.AForm(e.Form), "value", e.Value, "delta", Signed(e.Delta), "cause", n.Cause(e.Cause))
	case rules.EvTrust:
		return i18n.T("ev.trust", "owner", rules.Possessive(n.Subject(e.Party)), "delta", Signed(e.Delta), "value", e.Value, "cause", n.Cause(e.Cause))
	case rules.EvTabled:
		return i18n.T("ev.tabled", "party", n.Party(e.Party), "item", item)
	case rules.EvPassed:
		return i18n.T("ev.passed", "party", n.Party(e.Party))
	case rules.EvVoted:
		if e.Value < 0 {
			return i18n.T("ev.voted.secret", "party", n.Party(e.Party), "item", item)
		}
		if e.Value == 1 {
			return i18n.T("ev.voted.yes", "party", n.Party(e.Party), "item", item)
		}
		return i18n.T("ev.voted.no", "party", n.Party(e.Party), "item", item)
	case rules.EvAdopted:
		return i18n.T("ev.adopted", "item", item, "party", n.Party(e.Party))
	case rules.EvRejected:
		if e.Party < 0 {
			return i18n.T("ev.rejected.secret", "item", item)
		}
		return i18n.T("ev.rejected", "item", item, "party", n.Party(e.Party))
	case rules.EvTally:
		return i18n.T("ev.tally", "item", item, "yes", e.Value, "no", e.Delta)
	case rules.EvTextChanged:
		return i18n.T("ev.textchanged", "clause", n.clause(e.Slot, e.Option), "item", e.Cause.Item+1)
	case rules.EvBracketed:
		return i18n.T("ev.bracketed", "slot", sc.Slots[e.Slot].Name, "item", e.Cause.Item+1)
	case rules.EvSettled:
		return i18n.T("ev.settled", "slot", sc.Slots[e.Slot].Name, "item", e.Cause.Item+1)
	case rules.EvCall:
		if e.Value == 1 {
			return i18n.T("ev.call.on", "party", n.Party(e.Party))
		}
		return i18n.T("ev.call.off", "party", n.Party(e.Party))
	case rules.EvCallsCleared:
		return i18n.T("ev.callscleared")
	case rules.EvStatement:
		return n.Press(e.Party, e.Press)
	case rules.EvCommitted:
		return i18n.T("ev.committed", "party", n.Party(e.Party), "clause", n.clause(e.Slot, e.Option))
	case rules.EvPoll:
		return i18n.T("ev.poll", "public", n.Public(e.Public), "value", rules.Tenths(e.Value, false), "verdict", e.Delta)
	case rules.EvArticleDropped:
		return i18n.T("ev.dropped", "article", ArticleName(sc.Articles[e.Article].Number, sc.Articles[e.Article].Title), "slot", sc.Slots[e.Slot].Name)
	case rules.EvSigned:
		return i18n.T("ev.signed", "party", n.Party(e.Party))
	case rules.EvDeclined:
		return i18n.T("ev.declined", "party", n.Party(e.Party))
	case rules.EvAgreement:
		switch {
		case e.Value == 1:
			return i18n.T("ev.agreement")
		case e.Party >= 0:
			return i18n.T("ev.noagreement.party", "party", n.Party(e.Party))
		}
		return i18n.T("ev.noagreement")
	case rules.EvVoteAtHome:
		res := i18n.T("ev.fails")
		if e.Delta == 1 {
			res = i18n.T("ev.passes")
		}
		return i18n.T("ev.voteathome", "party", n.Party(e.Party), "public", n.Public(e.Public), "form", rules.InSentence(sc.Forms[e.Form].Name),
			"value", rules.Tenths(e.Value, false), "threshold", e.Threshold, "result", res)
	case rules.EvRatified:
		if e.Value == 1 {
			return i18n.T("ev.ratified", "party", n.Party(e.Party))
		}
		return i18n.T("ev.notratified", "party", n.Party(e.Party))
	case rules.EvInForce:
		if e.Value == 1 {
			return i18n.T("ev.inforce")
		}
		return i18n.T("ev.notinforce")
	case rules.EvEnded:
		return i18n.T("ev.ended")
	case rules.EvChose:
		if e.Item >= 0 {
			return i18n.T("ev.chose.vote", "party", n.Party(e.Party), "item", item)
		}
		return i18n.T("ev.chose", "party", n.Party(e.Party))
	case rules.EvLapsed:
		return i18n.T("ev.lapsed", "owner", rules.Possessive(n.Subject(e.Party)))
	case rules.EvNewsHeld:
		if e.Value == 1 {
			return i18n.T("ev.newsheld")
		}
		return i18n.T("ev.newsreleased")
	case rules.EvChair:
		if e.Value == int(rules.ChairClose) {
			return i18n.T("ev.chair.close")
		}
		return i18n.T("ev.chair.advance")
	}
	// A kind this renderer does not know yet: a test renders every kind,
	// so this shows only if a new kind is added without its sentence.
	return "?"
}

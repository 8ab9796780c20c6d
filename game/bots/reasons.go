package bots

import (
	"fmt"
	"strings"

	"bindingwords/game/rules"
)

// reasonKey names a kind of explanation a delegate gives.
type reasonKey int

// The explanations; the English wording is in reasonText. Keeping them in
// one table lets a translation replace them all at once.
const (
	reasonWant reasonKey = iota
	reasonPackage
	reasonMediate
	reasonPareto
	reasonSettle
	reasonContent
	reasonStuck
	reasonGain
	reasonCompromise
	reasonAgreeSettle
	reasonRedLine
	reasonSinksOwnVote
	reasonSinksVote
	reasonLoss
	reasonReassureRisk
	reasonReassure
	reasonCommit
	reasonAddress
	reasonNoComment
	reasonSign
	reasonDeclineWorse
	reasonDeclineRatify
	reasonCall
	reasonUncall
	reasonAcceptAll
	reasonHoldOut
)

// reasonText holds the English wording of each explanation. The first
// argument is always the delegation's own name.
var reasonText = map[reasonKey]string{
	reasonWant:          "%s wants “%s” on %s.",
	reasonPackage:       "%s offers a package: “%s” on %s, in return for “%s” on %s.",
	reasonMediate:       "%s offers “%s” on %s to meet %s's concerns.",
	reasonPareto:        "%s suggests “%s” on %s: no one should lose by it.",
	reasonSettle:        "%s moves to settle %s, so the article does not fall out.",
	reasonContent:       "%s is content with the draft as it stands.",
	reasonStuck:         "%s sees no change the others would accept.",
	reasonGain:          "%s supports it: it wants “%s” on %s.",
	reasonCompromise:    "%s accepts it as a compromise.",
	reasonAgreeSettle:   "%s agrees to settle %s.",
	reasonRedLine:       "%s objects: “%s” crosses its red line.",
	reasonSinksOwnVote:  "%s objects: “%s” would cost it the vote in the %s.",
	reasonSinksVote:     "%s objects: “%s” would sink the vote in the %s, and the whole agreement with it.",
	reasonLoss:          "%s objects: it cannot accept “%s” on %s.",
	reasonReassureRisk:  "%s reassures the %s, whose support is short of what ratification needs.",
	reasonReassure:      "%s keeps the %s on side.",
	reasonCommit:        "%s rules out “%s” in public: it will never sign it.",
	reasonAddress:       "%s makes its case to the %s, whose vote the agreement needs.",
	reasonNoComment:     "%s has nothing to add.",
	reasonSign:          "%s signs: the text is better for it than no agreement.",
	reasonDeclineWorse:  "%s declines: the text is worse for it than no agreement.",
	reasonDeclineRatify: "%s declines: the %s would not ratify it.",
	reasonCall:          "%s is ready to sign the text as it stands.",
	reasonUncall:        "%s is no longer ready to sign.",
	reasonAcceptAll:     "%s goes along with it.",
	reasonHoldOut:       "%s holds out for a better deal.",
}

// say writes an explanation in the delegate's name.
func (d *Delegate) say(k reasonKey, args ...any) string {
	return sayFor(d.sc.Parties[d.seat].Name, k, args...)
}

func sayFor(name string, k reasonKey, args ...any) string {
	return fmt.Sprintf(reasonText[k], append([]any{name}, args...)...)
}

// label and slotName are the words a reason uses for an option and a clause.
func (d *Delegate) label(s, o int) string { return d.sc.Slots[s].Options[o].Label }

func (d *Delegate) slotName(s int) string { return rules.InSentence(d.sc.Slots[s].Name) }

// publicName is a public's name as it reads after "the": "US Senate".
func (d *Delegate) publicName(pub int) string {
	return strings.TrimPrefix(d.sc.Publics[pub].Name, "The ")
}

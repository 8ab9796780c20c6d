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
//
// Every seat reads every reason (in the feed, on the team pages, on the
// projector, in saves and replays), so a reason speaks of the delegation's
// public stand only: what it tables and votes for, the publics whose
// polls and thresholds everyone can see, and the commitments it made in
// public. It never says how a text compares with a reservation value (its
// own included: the reservation is private), never names its points, and
// never names another delegation except for a stand that delegation took
// in public. A delegation's own red line is private too until it rules
// the wording out in public: a vote against a red line is explained like
// any other objection ("it would keep …"), so the table learns that it
// objects and what it prefers, which its vote shows anyway, but not how
// firmly. After a public commitment it says so, since everyone heard it.
const (
	reasonWant reasonKey = iota
	reasonPackage
	reasonMediate
	reasonMeetStand
	reasonCommonGround
	reasonSettle
	reasonContent
	reasonStuck
	reasonGain
	reasonCompromise
	reasonAgreeSettle
	reasonRuledOut
	reasonInsisted
	reasonObject
	reasonSinksOwnVote
	reasonSinksVote
	reasonReassureRisk
	reasonReassure
	reasonCommit
	reasonAddress
	reasonNoComment
	reasonSign
	reasonSignRatify
	reasonDecline
	reasonDeclineBroken
	reasonDeclineMissing
	reasonDeclineRatify
	reasonCall
	reasonUncall
	reasonAcceptAll
	reasonHoldOut
)

// reasonText holds the English wording of each explanation. The first
// argument is always the delegation's own name.
var reasonText = [...]string{
	reasonWant:           "%s wants “%s” on %s.",
	reasonPackage:        "%s proposes a package: it asks for “%s” on %s and gives “%s” on %s in return.",
	reasonMediate:        "%s offers “%s” on %s as a step toward the others.",
	reasonMeetStand:      "%s offers “%s” on %s, in answer to what %s said in public.",
	reasonCommonGround:   "%s suggests “%s” on %s as common ground.",
	reasonSettle:         "%s moves to settle %s, so the article does not fall out.",
	reasonContent:        "%s is content with the draft as it stands.",
	reasonStuck:          "%s sees no change the others would accept.",
	reasonGain:           "%s supports it: it wants “%s” on %s.",
	reasonCompromise:     "%s accepts it as a compromise.",
	reasonAgreeSettle:    "%s agrees to settle %s.",
	reasonRuledOut:       "%s objects: it has ruled out “%s” on %s in public.",
	reasonInsisted:       "%s objects: it said in public that %s must read “%s”.",
	reasonObject:         "%s objects: on %s it would keep “%s” rather than “%s”.",
	reasonSinksOwnVote:   "%s objects: “%s” would cost it the vote in the %s.",
	reasonSinksVote:      "%s objects: “%s” would sink the vote in the %s, and the whole agreement with it.",
	reasonReassureRisk:   "%s reassures the %s, whose support is short of what ratification needs.",
	reasonReassure:       "%s keeps the %s on side.",
	reasonCommit:         "%s says in public that it will not sign a text with “%s” on %s.",
	reasonAddress:        "%s makes its case to the %s, whose vote the agreement needs.",
	reasonNoComment:      "%s has nothing to add.",
	reasonSign:           "%s signs the final text.",
	reasonSignRatify:     "%s signs the final text and will put it to the %s.",
	reasonDecline:        "%s does not sign the final text.",
	reasonDeclineBroken:  "%s does not sign: the text says “%s” on %s, which it ruled out in public.",
	reasonDeclineMissing: "%s does not sign: %s does not read “%s”, as it said in public it must.",
	reasonDeclineRatify:  "%s declines: the %s would not ratify it.",
	reasonCall:           "%s is ready to sign the text as it stands.",
	reasonUncall:         "%s is no longer ready to sign.",
	reasonAcceptAll:      "%s goes along with it.",
	reasonHoldOut:        "%s holds out for a better deal.",
}

// say writes an explanation in the delegate's name.
func (d *Delegate) say(k reasonKey, args ...string) string {
	return sayFor(d.sc.Parties[d.seat].Name, k, args...)
}

// sayFor fills in reason k's wording: the name for its first %s, then
// args in order. Every wording uses only %s, so the arguments are put in
// place directly, one allocation for the whole line; fmt.Sprintf, which
// gives the same bytes, was a twentieth of a bot game's time. A wording
// whose verbs do not match the arguments goes to fmt.Sprintf, so that
// even a mistake reads as fmt would write it.
//
// Every wording opens with the delegation's name, so a name that takes
// "the" in a sentence gets "The " ("The United States sees…"), written
// straight into the line rather than into a new string first.
func sayFor(name string, k reasonKey, args ...string) string {
	format := reasonText[k]
	the := rules.PartyTakesThe(name)
	n := len(format) + len(name) + 4
	for _, a := range args {
		n += len(a)
	}
	var b strings.Builder
	b.Grow(n)
	next := -1 // -1: the name; then the index into args
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		if i+1 == len(format) || format[i+1] != 's' || next >= len(args) {
			return sayFmt(format, name, args)
		}
		if next < 0 {
			if the {
				b.WriteString("The ")
			}
			b.WriteString(name)
		} else {
			b.WriteString(args[next])
		}
		next++
		i++
	}
	if next != len(args) {
		return sayFmt(format, name, args)
	}
	return b.String()
}

// sayFmt is sayFor's slow path, for a wording the fast one cannot fill.
func sayFmt(format, name string, args []string) string {
	all := make([]any, 0, 1+len(args))
	all = append(all, rules.PartyInSentence(name, true))
	for _, a := range args {
		all = append(all, a)
	}
	return fmt.Sprintf(format, all...)
}

// label and slotName are the words a reason uses for an option and a clause.
func (d *Delegate) label(s, o int) string { return d.sc.Slots[s].Options[o].Label }

// slotName is kept once worked out: InSentence builds a new string for
// most names, and reasons name clauses all game long.
func (d *Delegate) slotName(s int) string {
	if d.slotNames == nil {
		d.slotNames = make([]string, len(d.sc.Slots))
	}
	if d.slotNames[s] == "" {
		d.slotNames[s] = rules.InSentence(d.sc.Slots[s].Name)
	}
	return d.slotNames[s]
}

// publicName is a public's name as it reads after "the": "US Senate".
func (d *Delegate) publicName(pub int) string {
	return strings.TrimPrefix(d.sc.Publics[pub].Name, "The ")
}

// publicStand finds a commitment party p made in public on the given
// clause, if any: what a reason may cite about p.
func publicStand(v rules.View, p, slot int) (rules.Commitment, bool) {
	for i := 0; i < v.NumCommitments(); i++ {
		if c := v.Commitment(i); c.Party == p && c.Slot == slot {
			return c, true
		}
	}
	return rules.Commitment{}, false
}

// heeds reports whether wording o of a clause meets commitment c: it is
// the wording c insists on, or, for a wording c rules out, any other.
func heeds(c rules.Commitment, o int) bool {
	if c.Stance == rules.Insist {
		return c.Option == o
	}
	return c.Option != o
}

// objection explains a vote against change c in the delegate's public
// terms: its own commitment on the clause if it made one, otherwise the
// wording it would keep, which a red line and a mere loss share.
func (d *Delegate) objection(v rules.View, c rules.Change) string {
	if own, ok := publicStand(v, d.seat, c.Slot); ok && !heeds(own, c.Option) {
		if own.Stance == rules.Insist {
			return d.say(reasonInsisted, d.slotName(c.Slot), d.label(c.Slot, own.Option))
		}
		return d.say(reasonRuledOut, d.label(c.Slot, c.Option), d.slotName(c.Slot))
	}
	return d.say(reasonObject, d.slotName(c.Slot), d.label(c.Slot, d.text[c.Slot]), d.label(c.Slot, c.Option))
}

// declining explains not signing: a public commitment the final text
// breaks, if any, and otherwise nothing more. Why a text is not good
// enough is the delegation's reservation value or red lines, both private.
func (d *Delegate) declining(v rules.View) string {
	present := v.Present()
	for _, c := range v.Commitments() {
		if c.Party != d.seat || !c.Broken(d.sc, d.text, present) {
			continue
		}
		if c.Stance == rules.Insist {
			return d.say(reasonDeclineMissing, d.slotName(c.Slot), d.label(c.Slot, c.Option))
		}
		return d.say(reasonDeclineBroken, d.label(c.Slot, c.Option), d.slotName(c.Slot))
	}
	return d.say(reasonDecline)
}

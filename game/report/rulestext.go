package report

import (
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// AdoptionText words the scenario's adoption rule for the handouts and
// the teacher's guide, one case per shape of rule, so that it reads as
// an English sentence whatever the scenario says: one, two or more
// delegations that must agree ("the United States votes", "the United
// States and Ukraine both vote"), any quota of the others (including
// none), and a secret ballot. What it says is what [rules.Game.Adopts]
// does: the proposer counts as yes and absent delegations are skipped.
func AdoptionText(ps *rules.PublicScenario) string {
	a := ps.Adoption
	var s string
	must := a.MustAgree
	if a.Others == rules.QuotaAll {
		must = nil // everyone must agree anyway
	}
	switch {
	case a.Others == rules.QuotaAll:
		s = T("rules.adoption.all")
	case len(must) == 0 && a.Others == rules.QuotaNone:
		s = T("rules.adoption.free")
	case len(must) == 0:
		s = T("rules.adoption.quota", "quota", quotaWords(a.Others, false))
	case a.Others == rules.QuotaNone:
		s = T("rules.adoption.mustonly", "must", partyList(ps, must), "vote", verb(len(must), T("rules.vote.one"), T("rules.vote.two"), T("rules.vote.many")))
	default:
		s = T("rules.adoption.must", "must", partyList(ps, must), "vote", verb(len(must), T("rules.vote.one"), T("rules.vote.two"), T("rules.vote.many")),
			"quota", quotaWords(a.Others, true))
	}
	s += " " + T("rules.adoption.proposer")
	if a.Secret {
		s += " " + T("rules.adoption.secret")
	}
	return s + " " + T("rules.adoption.brackets")
}

// SigningText words the scenario's signing rule: the delegations whose
// signatures are required, listed with "and", and the minimum in all.
func SigningText(ps *rules.PublicScenario) string {
	if len(ps.Signing.Required) == 0 {
		return T("rules.signing.min", "n", ps.Signing.Minimum)
	}
	return T("rules.signing", "required", partyList(ps, ps.Signing.Required), "sign", verb(len(ps.Signing.Required), T("rules.sign.one"), T("rules.sign.two"), T("rules.sign.many")),
		"n", ps.Signing.Minimum)
}

// EntryText words the scenario's own entry-into-force rule ("The
// agreement enters into force once 4 signatories have ratified it,
// including the United States; it is then in force for those that
// ratified."), or "" for the default rule, which the signing and
// ratification sentences already state.
func EntryText(ps *rules.PublicScenario) string {
	e := ps.EntryIntoForce
	if !e.Set {
		return ""
	}
	including := ""
	if len(e.Including) > 0 {
		including = T("rules.inforce.including", "parties", partyList(ps, e.Including))
	}
	if e.Majority {
		return T("rules.inforce.majority", "including", including)
	}
	return T("rules.inforce", "n", e.Ratifications, "including", including)
}

// quotaWords is what the quota asks of the delegations (others: of those
// outside the must-agree list).
func quotaWords(q rules.Quota, others bool) string {
	switch {
	case q == rules.QuotaMajority && others:
		return T("quota.others.majority")
	case q == rules.QuotaTwoThirds && others:
		return T("quota.others.twothirds")
	case q == rules.QuotaMajority:
		return T("quota.majority")
	case q == rules.QuotaTwoThirds:
		return T("quota.twothirds")
	}
	return T("quota.others.all")
}

// verb is the verb for a subject of n delegations: one ("votes") for
// one, two ("both vote") for two, many ("all vote") for more.
func verb(n int, one, two, many string) string {
	switch n {
	case 1:
		return one
	case 2:
		return two
	}
	return many
}

// partyList names the parties as a sentence's subject: "the United
// States", "the United States and Ukraine", "Germany, France and Poland".
func partyList(ps *rules.PublicScenario, parties []int) string {
	names := make([]string, len(parties))
	for i, p := range parties {
		names[i] = rules.PartyInSentence(ps.Parties[p].Name, false)
	}
	return narrate.JoinAnd(names)
}

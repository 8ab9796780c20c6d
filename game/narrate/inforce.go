package narrate

import (
	"slices"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// EntryRule tells what a scenario's own entry-into-force rule asked of a
// signed agreement and how many ratifications came in: "By its own rule
// the agreement needed 2 ratifications, including those of Northland; 2
// came in, but Northland did not ratify." It is
// "" when the scenario keeps the default rule (every required signatory,
// and the signing minimum), which the ratification votes already explain,
// or when no agreement formed. The ratification screen and the debrief's
// summary both say it.
func (n Narrator) EntryRule(res *rules.PublicResult, parties []int) string {
	if res == nil || !res.Formed || !n.sc.EntryIntoForce.Set {
		return ""
	}
	signers, ratified := 0, 0
	for p := range res.Signed {
		if res.Signed[p] {
			signers++
		}
		if res.Ratify[p] {
			ratified++
		}
	}
	var named, failed []string
	for _, p := range n.sc.MustRatify() {
		if !slices.Contains(parties, p) {
			continue // not taking part: the rule does not ask for it
		}
		named = append(named, n.Object(p))
		if !res.Ratify[p] {
			failed = append(failed, n.Object(p))
		}
	}
	including, missing := "", ""
	if len(named) > 0 {
		including = i18n.T("sum.entry.including", "parties", JoinAnd(named))
	}
	if len(failed) > 0 {
		missing = i18n.T("sum.entry.missing", "parties", JoinAnd(failed))
	}
	need := n.sc.RatificationsNeeded(signers)
	if n.sc.EntryIntoForce.Majority {
		return i18n.T("sum.entry.majority", "signers", signers, "need", need, "including", including, "n", ratified, "missing", missing)
	}
	return i18n.T("sum.entry", "need", need, "including", including, "n", ratified, "missing", missing)
}

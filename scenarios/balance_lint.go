package scenarios

import (
	"fmt"
	"slices"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
)

// rareShare is how far an optional delegation may shrink the agreement
// zone before check warns: below half of what the others reach without
// it. The zone is a static measure (each delegation voting for the texts
// it accepts, publics drifting without press), so the warning says "may":
// in the test case (testdata/balance) one such party took the AI
// delegates from 47% agreement to 29%, but with later delegates (which
// keep their public promises) from 5% to 91%: play finds its own ways
// round, and sim has the last word.
const rareShare = 0.5

// CheckBalance adds check's balancing warnings to r, for a scenario that
// loaded without errors: a combination of the adoption and signing rules
// and an optional delegation that makes agreement rare or impossible. It
// counts the agreement zone (see [analysis.Balance.Zone]) with every
// delegation and without each optional one, so it costs a walk over the
// texts (about a tenth of a second for Berlin); [Load] leaves it out, as
// a game has no use for it, and only the check command asks for it.
func (r *Report) CheckBalance(sc *rules.Scenario) {
	if sc == nil || r.HasErrors() {
		return
	}
	b := analysis.NewBalance(sc, nil)
	if !b.Exact {
		return // partial counts would make guesses of the warnings
	}
	var all []int
	for p := range sc.Parties {
		all = append(all, p)
	}
	at := func(p int) pos {
		if p < len(r.partyAt) {
			return r.partyAt[p]
		}
		return pos{1, 1}
	}
	warn := func(p int, format string, args ...any) {
		a := at(p)
		r.Diagnostics = append(r.Diagnostics, Diagnostic{File: r.File, Line: a.line, Col: a.col, Msg: fmt.Sprintf(format, args...), Warning: true})
	}
	req := sc.Signing.Required
	if b.ZOPA(req, -1) == 0 {
		return // the feasibility warning has said it
	}
	core := slices.DeleteFunc(slices.Clone(all), func(p int) bool { return sc.Parties[p].Optional })
	zAll := b.Zone(all)
	if zAll == 0 && b.Zone(core) == 0 {
		warn(0, "no text passes the adoption rule (%s) and the signing rule (%s) when each delegation votes for the texts it accepts, although %s all accept some texts: the others will block every draft the required signatories can live with; ask fewer of the others to agree (a lower others: quota) or a smaller signing minimum, or raise the points of the delegations that refuse",
			adoptionWords(sc), signingWords(sc), partyIDs(sc, req))
	}
	for p := range sc.Parties {
		if !sc.Parties[p].Optional {
			continue
		}
		without := slices.DeleteFunc(slices.Clone(all), func(q int) bool { return q == p })
		zw, zo := zAll, b.Zone(without)
		if zo == 0 || zw >= rareShare*zo {
			continue
		}
		name := sc.Parties[p].ID
		why := fmt.Sprintf("%s accepts %.1f%% of all texts", name, 100*b.Acceptance(p)/b.Texts)
		if slices.Contains(sc.Adoption.MustAgree, p) {
			why += " and must agree to every change"
		} else if n := sc.Adoption.CountOthers(all); sc.Adoption.Others.Needs(n) > sc.Adoption.Others.Needs(n-1) {
			why += fmt.Sprintf(", and with it %d of the %d other delegations must vote yes instead of %d of %d",
				sc.Adoption.Others.Needs(n), n, sc.Adoption.Others.Needs(n-1), n-1)
		}
		lead := fmt.Sprintf("with optional party %q taking part, agreement may become rare: only %s of the texts pass the adoption rule (%s) and the signing rule (%s) when each delegation votes for the texts it accepts, against %s without it",
			name, balancePct(zw/b.Texts), adoptionWords(sc), signingWords(sc), balancePct(zo/b.Texts))
		if zw == 0 {
			lead = fmt.Sprintf("with optional party %q taking part, no text passes the adoption rule (%s) and the signing rule (%s) when each delegation votes for the texts it accepts (%s do without it)",
				name, adoptionWords(sc), signingWords(sc), balancePct(zo/b.Texts))
		}
		fix := fmt.Sprintf("lower %s's reservation (now %d) or give it points on wordings the others accept", name, sc.Briefs[p].Reservation)
		if b.CanSign[p] > 1.5*b.Acceptance(p) {
			fix = fmt.Sprintf("make %s's vote at home easier to win (a lower threshold, or a public that starts warmer): on points alone it would accept %s of the texts", name, balancePct(b.CanSign[p]/b.Texts))
		}
		warn(p, "%s; %s. To fix it, %s, or ask fewer of the others to agree (a lower others: quota); \"bindingwords analyze\" shows the zone with and without it, and \"bindingwords sim --parties\" how often the AI delegates agree without it",
			lead, why, fix)
	}
	r.sort()
}

func balancePct(x float64) string {
	if x > 0 && x < 0.01 {
		return fmt.Sprintf("%.2f%%", 100*x)
	}
	return fmt.Sprintf("%.1f%%", 100*x)
}

// adoptionWords says the adoption rule in the file's own terms.
func adoptionWords(sc *rules.Scenario) string {
	s := "others: " + quotaNames[sc.Adoption.Others]
	if len(sc.Adoption.MustAgree) > 0 {
		s = "must_agree " + partyIDs(sc, sc.Adoption.MustAgree) + ", " + s
	}
	return s
}

// signingWords says the signing rule in the file's own terms.
func signingWords(sc *rules.Scenario) string {
	s := fmt.Sprintf("minimum %d", sc.Signing.Minimum)
	if len(sc.Signing.Required) > 0 {
		s = "required " + partyIDs(sc, sc.Signing.Required) + ", " + s
	}
	return s
}

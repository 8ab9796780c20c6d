package cli

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
)

// The balancing figures of analyze: what an author changes a scenario by.
// FORMAT.md's guide asks a reservation to be met by roughly a third of
// the texts; these are the limits outside which analyze says which way to
// move it.
const (
	acceptLow  = 0.15
	acceptHigh = 0.60
)

// printBalance prints each delegation's acceptance share, what each vote
// at home removes from the ZOPA and what each optional delegation does.
func printBalance(w io.Writer, sc *rules.Scenario, a *analysis.Analysis, b *analysis.Balance) {
	pct := func(n float64) string { return sharePercent(n / b.Texts) }
	fmt.Fprintf(w, "\nAcceptance share: the share of all %s texts a delegation accepts — it crosses none of its\n", texts(b.Texts))
	fmt.Fprintln(w, "red lines, scores at least its BATNA and passes every vote it holds at home (opinion drifting as")
	fmt.Fprintln(w, "for the ZOPA). The guide aims for about a third; \"on points\" leaves the votes out.")
	fmt.Fprintf(w, "%-16s %8s %10s\n", "Delegation", "accepts", "on points")
	for p := range sc.Parties {
		share := b.Acceptance(p) / b.Texts
		fmt.Fprintf(w, "%-16s %8s %10s", sc.Parties[p].Name, pct(b.Acceptance(p)), pct(b.CanSign[p]))
		if hint := acceptanceHint(sc, b, p, share); hint != "" {
			fmt.Fprintf(w, "  %s", hint)
		}
		fmt.Fprintln(w)
	}

	zopa := b.ZOPA(a.Required, -1)
	fmt.Fprintf(w, "\nVotes at home: how much each narrows the ZOPA (%s texts; with the vote left out, the texts\n", texts(zopa))
	fmt.Fprintln(w, "the required signatories accept otherwise)")
	for v, vt := range b.Votes {
		name := sc.Parties[vt.Party].Name
		label := vt.Label
		if label == "" {
			label = sc.Publics[vt.Public].Name
		}
		if !slices.Contains(a.Required, vt.Party) {
			fmt.Fprintf(w, "  %s — %s: not a required signatory's vote; it decides only whether %s can be an extra signer\n", name, label, rules.PartyInSentence(name, false))
			continue
		}
		without := b.ZOPA(a.Required, v)
		removed := 0.0
		if without > 0 {
			removed = 1 - zopa/without
		}
		fmt.Fprintf(w, "  %s — %s: removes %.0f%% of the texts the delegations accept (%s without it)\n", name, label, 100*removed, texts(without))
	}

	zone := b.Zone(a.Parties)
	fmt.Fprintf(w, "\nAgreement zone: %s texts (%s) pass the adoption rule and the signing rule with every\n", texts(zone), pct(zone))
	fmt.Fprintln(w, "delegation taking part voting for the texts it accepts (the ZOPA narrowed by the table's rules)")
	for p := range sc.Parties {
		if !sc.Parties[p].Optional {
			continue
		}
		with := withParty(a.Parties, p, true)
		out := withParty(a.Parties, p, false)
		zw, zo := b.Zone(with), b.Zone(out)
		fmt.Fprintf(w, "  %s (optional): zone %s with it, %s without it", sc.Parties[p].Name, pct(zw), pct(zo))
		if zo > 0 {
			fmt.Fprintf(w, " (%+.0f%%)", 100*(zw/zo-1))
		}
		fmt.Fprintf(w, "; %s\n", partyRuleEffect(sc, p, with, out))
	}
	if !b.Exact {
		fmt.Fprintln(w, "(the walk behind the ZOPA and zone figures hit its bound: they are lower bounds)")
	}
}

// sharePercent writes a share with two decimals under 1% (an agreement zone
// is often a fraction of a percent) and one above.
func sharePercent(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	if x > 0 && x < 0.01 {
		return fmt.Sprintf("%.2f%%", 100*x)
	}
	return fmt.Sprintf("%.1f%%", 100*x)
}

// acceptanceHint says which way to move a delegation's reservation when
// its acceptance share is far from the guide's third.
func acceptanceHint(sc *rules.Scenario, b *analysis.Balance, p int, share float64) string {
	res := sc.Briefs[p].Reservation
	now := fmt.Sprintf("now %d", res)
	if r, ok := b.SuggestReservation(p, 1.0/3); ok && r != res {
		now += fmt.Sprintf("; about %d meets a third of the texts", r)
	}
	switch {
	case share < acceptLow && b.CanSign[p]/b.Texts >= acceptLow:
		return fmt.Sprintf("← under %.0f%%: its votes at home reject most texts it would sign; lower a threshold or start its public warmer", 100*acceptLow)
	case share < acceptLow:
		redLine := ""
		if len(sc.Briefs[p].RedLines) > 0 {
			redLine = " or drop a red line"
		}
		return fmt.Sprintf("← under %.0f%%: it rejects almost every text; lower its reservation (%s)%s", 100*acceptLow, now, redLine)
	case share > acceptHigh:
		return fmt.Sprintf("← over %.0f%%: it accepts almost anything, so walking away is no threat; raise its reservation (%s)", 100*acceptHigh, now)
	}
	return ""
}

// withParty returns parties with p added (in scenario order) or removed.
func withParty(parties []int, p int, add bool) []int {
	var out []int
	for _, q := range parties {
		if q != p {
			out = append(out, q)
		}
	}
	if add {
		out = append(out, p)
		slices.Sort(out)
	}
	return out
}

// partyRuleEffect says what an optional party changes in the adoption and
// signing rules: who must agree, how many others must say yes, and
// whether it counts toward the signing minimum.
func partyRuleEffect(sc *rules.Scenario, p int, with, without []int) string {
	var parts []string
	if slices.Contains(sc.Adoption.MustAgree, p) {
		parts = append(parts, "it must agree to every change (adoption rule)")
	} else {
		nw, no := sc.Adoption.CountOthers(with), sc.Adoption.CountOthers(without)
		kw, ko := sc.Adoption.Others.Needs(nw), sc.Adoption.Others.Needs(no)
		switch {
		case kw == ko && sc.Adoption.Others != rules.QuotaNone:
			parts = append(parts, fmt.Sprintf("adoption: %d of %d others must say yes with it, %d of %d without (it can replace a holdout)", kw, nw, ko, no))
		case kw != ko:
			parts = append(parts, fmt.Sprintf("adoption: %d of %d others must say yes with it, %d of %d without", kw, nw, ko, no))
		}
	}
	switch {
	case slices.Contains(sc.Signing.Required, p):
		parts = append(parts, "it must sign (signing rule)")
	case sc.Signing.Minimum > 0:
		parts = append(parts, fmt.Sprintf("signing: it can be one of the %d signers needed", sc.Signing.Minimum))
	}
	if len(parts) == 0 {
		return "it changes neither rule"
	}
	return strings.Join(parts, "; ")
}

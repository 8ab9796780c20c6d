package scenarios

import (
	"strings"

	"bindingwords/game/rules"
)

// The defaults of the rules section, from SPEC.md.
const defaultDrift = 25

var defaultPress = rules.PressRules{
	Reassure:     3,
	Address:      2,
	CommitBoost:  0,
	AudienceCost: 8,
	LeakShift:    50,
	LeakTrust:    20,
}

// rules reads the optional rules section, filling in every default.
func (d *decoder) rules(rf *fields) {
	s := d.s
	d.drift = rf.numberOr("drift", 0, 100, defaultDrift)

	af := rf.mapping("adoption", adoptionShape)
	s.Adoption.MustAgree = d.partyList(af, "must_agree", "be required to agree")
	s.Adoption.Others = rules.QuotaAll
	quotas := "one of " + strings.Join(quotaNames, ", ")
	if v, ok := af.get("others", quotas); ok {
		q, _, isText := scalarText(v.node)
		i := indexOf(quotaNames, q)
		if !isText || i < 0 {
			hint := ""
			if sg, ok := suggest(q, quotaNames); isText && ok {
				hint = "; did you mean " + quote(sg) + "?"
			}
			d.errorf(v.at(), "others: expected %s, found %s%s", quotas, describe(v.node), hint)
		} else {
			s.Adoption.Others = rules.Quota(i)
		}
	}

	if v, ok := af.get("ballot", "open or secret"); ok {
		b, _, isText := scalarText(v.node)
		switch {
		case isText && b == "open":
		case isText && b == "secret":
			s.Adoption.Secret = true
		default:
			d.errorf(v.at(), "ballot: expected open or secret, found %s", describe(v.node))
		}
	}

	sf := rf.mapping("signing", signingShape)
	if sf.present("required") {
		s.Signing.Required = d.partyList(sf, "required", "be required to sign")
	} else {
		for i, p := range s.Parties {
			if !p.Optional {
				s.Signing.Required = append(s.Signing.Required, i)
			}
		}
	}
	s.Signing.Minimum = sf.numberOr("minimum", 1, max(1, len(s.Parties)), max(1, len(s.Signing.Required)))
	d.inForce(rf)

	pf := rf.mapping("press", pressShape)
	p := defaultPress
	p.Reassure = pf.numberOr("reassure", 0, 100, p.Reassure)
	p.Address = pf.numberOr("address", 0, 100, p.Address)
	// commit_boost's default was 2 before it became 0; a file that does
	// not set it keeps 2 as its former value, for the records made then.
	p.CommitBoost = pf.numberOr("commit_boost", 0, 100, p.CommitBoost)
	p.FormerCommitBoost = rules.FormerCommitBoostDefault
	if pf.present("commit_boost") {
		p.FormerCommitBoost = p.CommitBoost
	}
	p.AudienceCost = pf.numberOr("audience_cost", 0, 100, p.AudienceCost)
	p.LeakShift = pf.numberOr("leak_shift", 0, 100, p.LeakShift)
	p.LeakTrust = pf.numberOr("leak_trust", 0, 100, p.LeakTrust)
	s.Press = p
}

// partyList reads a list of party ids: each known, none twice, none
// optional (an optional party may be absent from a game, so it cannot
// be required to do anything).
func (d *decoder) partyList(f *fields, k, duty string) []int {
	var out []int
	for _, e := range f.list(k, "party ids") {
		id, _, ok := scalarText(e.node)
		if !ok || !d.plain(e.node) {
			d.errorf(e.at, "%s: expected a party id, found %s", k, describe(e.node))
			continue
		}
		pi := d.lookup(d.parties, id, e.at)
		switch {
		case pi < 0:
		case indexOf(out, pi) >= 0:
			d.errorf(e.at, "%s: party %q is listed twice; expected each party once", k, id)
		case d.s.Parties[pi].Optional:
			d.errorf(e.at, "%s: party %q is optional (a game may leave it out), so it cannot %s", k, id, duty)
		default:
			out = append(out, pi)
		}
	}
	return out
}

func indexOf[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

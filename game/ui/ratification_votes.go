package ui

import (
	"slices"

	"bindingwords/game/rules"
)

// docRatification is what one document of the final text asked of the
// signatories at home: the form it took, and for each signatory the votes
// that form required (as they were held) and those it spared them.
type docRatification struct {
	Doc  int
	Form int
	// Present is false when every article of the document fell out:
	// nothing of it was signed or ratified.
	Present bool
	Parties []partyRatification
}

// partyRatification is one signatory's part in ratifying one document.
type partyRatification struct {
	Party int
	Votes []homeVote
	// Avoided are the votes another form of the document would have
	// required of this party and the chosen form does not.
	Avoided []avoidedVote
}

// homeVote is a vote at home that was held.
type homeVote struct {
	Public    int
	Label     string
	Value     int // support in tenths of a point
	Threshold int // whole points
	Passed    bool
}

// avoidedVote is a vote at home that was not held because of the form
// chosen: Form is a form that would have required it, with Threshold
// (whole points) against the public's Support (tenths) at the end.
type avoidedVote struct {
	Public    int
	Label     string
	Form      int
	Threshold int
	Support   int
}

// Passed reports whether a party's votes on a document all passed (true
// when none was needed).
func (p partyRatification) Passed() bool {
	for _, v := range p.Votes {
		if !v.Passed {
			return false
		}
	}
	return true
}

// ratificationByDocument reads the ratification from the game's public
// record and the scenario's rules: per document, per signatory, the votes
// at home the chosen form required and the ones it avoided. It is nil
// when no agreement was formed (nothing went to a vote).
func ratificationByDocument(v rules.View) []docRatification {
	res := v.Result()
	if res == nil || !res.Formed {
		return nil
	}
	sc := v.Scenario()
	events := v.Events()
	var out []docRatification
	for d := range sc.Documents {
		dr := docRatification{Doc: d, Form: res.Forms[d], Present: sc.DocumentPresent(d, res.Present)}
		if !dr.Present {
			out = append(out, dr)
			continue
		}
		for _, p := range v.Parties() {
			if !res.Signed[p] {
				continue
			}
			pr := partyRatification{Party: p}
			for _, e := range events {
				if e.Kind != rules.EvVoteAtHome || e.Doc != d || e.Party != p {
					continue
				}
				pr.Votes = append(pr.Votes, homeVote{Public: e.Public, Label: voteLabel(sc, p, e.Form, e.Public),
					Value: e.Value, Threshold: e.Threshold, Passed: e.Delta == 1})
			}
			pr.Avoided = avoidedVotes(v, p, dr.Form)
			dr.Parties = append(dr.Parties, pr)
		}
		out = append(out, dr)
	}
	return out
}

// avoidedVotes lists the votes at home that party p would have faced
// under another form than form: a requirement of that other form on a
// public the chosen form does not put to a vote. Each public is listed
// once, with the first form (in the scenario's order) that needs it.
func avoidedVotes(v rules.View, p, form int) []avoidedVote {
	sc := v.Scenario()
	req := sc.Parties[p].Ratification
	voted := func(f, pub int) bool {
		return f < len(req) && slices.ContainsFunc(req[f], func(r rules.Requirement) bool { return r.Public == pub })
	}
	var out []avoidedVote
	for f := range req {
		if f == form {
			continue
		}
		for i, r := range req[f] {
			if voted(form, r.Public) || slices.ContainsFunc(out, func(a avoidedVote) bool { return a.Public == r.Public }) {
				continue
			}
			out = append(out, avoidedVote{Public: r.Public, Label: voteLabel(sc, p, f, r.Public), Form: f,
				Threshold: v.Threshold(p, f, i), Support: v.Support(r.Public)})
		}
	}
	return out
}

// voteLabel names a vote for players: the requirement's label ("Senate
// consent (two-thirds of senators present)"), or the public's name when
// the scenario gives none.
func voteLabel(sc *rules.PublicScenario, p, form, pub int) string {
	if form < len(sc.Parties[p].Ratification) {
		for _, r := range sc.Parties[p].Ratification[form] {
			if r.Public == pub && r.Label != "" {
				return r.Label
			}
		}
	}
	return sc.Publics[pub].Name
}

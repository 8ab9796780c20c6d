package report

import (
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// TestRuleTextEveryAdoptionRule words every shape of adoption rule the
// format allows (every others: value, with no must-agree delegation and
// with lists of one, two and three, open and secret ballots) and every
// signing rule, and wants each as a plain sentence: the handouts once
// read "An item is adopted if United States vote yes and no other
// delegation agree" for others: none (issue 14, item 3).
func TestRuleTextEveryAdoptionRule(t *testing.T) {
	ps := &rules.PublicScenario{Parties: []rules.Party{{Name: "United States"}, {Name: "Ukraine"}, {Name: "Germany"}, {Name: "France"}}}
	const tail = " The delegation that tabled an item counts as voting yes, and a delegation not taking part is left out of the count."
	const secret = " The vote is secret: everyone learns how many voted yes and how many no, and each delegation sees its own vote, but nobody learns who voted how."
	const brackets = " A failed item puts its clauses in [brackets]."
	cases := []struct {
		name   string
		rule   rules.AdoptionRule
		first  string // the sentence that says when an item passes
		secret bool
	}{
		{"all", rules.AdoptionRule{Others: rules.QuotaAll},
			"An item is adopted only if every delegation votes yes: one no stops it.", false},
		{"all, must us", rules.AdoptionRule{Others: rules.QuotaAll, MustAgree: []int{0}},
			"An item is adopted only if every delegation votes yes: one no stops it.", false},
		{"none, must us", rules.AdoptionRule{Others: rules.QuotaNone, MustAgree: []int{0}},
			"An item is adopted if the United States votes yes, whatever the other delegations vote.", false},
		{"none, must us and ukraine", rules.AdoptionRule{Others: rules.QuotaNone, MustAgree: []int{0, 1}},
			"An item is adopted if the United States and Ukraine both vote yes, whatever the other delegations vote.", false},
		{"none, must three", rules.AdoptionRule{Others: rules.QuotaNone, MustAgree: []int{1, 0, 2}},
			"An item is adopted if Ukraine, the United States and Germany all vote yes, whatever the other delegations vote.", false},
		{"none, nobody", rules.AdoptionRule{Others: rules.QuotaNone},
			"Every item is adopted, whatever the votes: a vote only shows where each delegation stands.", false},
		{"majority", rules.AdoptionRule{Others: rules.QuotaMajority},
			"An item is adopted if more than half of the delegations vote yes.", false},
		{"majority, must us", rules.AdoptionRule{Others: rules.QuotaMajority, MustAgree: []int{0}},
			"An item is adopted if the United States votes yes and more than half of the other delegations vote yes too.", false},
		{"majority, must us and ukraine, secret", rules.AdoptionRule{Others: rules.QuotaMajority, MustAgree: []int{0, 1}, Secret: true},
			"An item is adopted if the United States and Ukraine both vote yes and more than half of the other delegations vote yes too.", true},
		{"two-thirds", rules.AdoptionRule{Others: rules.QuotaTwoThirds, Secret: true},
			"An item is adopted if at least two-thirds of the delegations vote yes.", true},
		{"two-thirds, must three", rules.AdoptionRule{Others: rules.QuotaTwoThirds, MustAgree: []int{2, 3, 0}},
			"An item is adopted if Germany, France and the United States all vote yes and at least two-thirds of the other delegations vote yes too.", false},
		{"all, secret", rules.AdoptionRule{Others: rules.QuotaAll, Secret: true},
			"An item is adopted only if every delegation votes yes: one no stops it.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps.Adoption = c.rule
			want := c.first + tail
			if c.secret {
				want += secret
			}
			want += brackets
			if got := AdoptionText(ps); got != want {
				t.Errorf("got  %q\nwant %q", got, want)
			}
		})
	}

	signing := []struct {
		required []int
		want     string
	}{
		{nil, "The agreement forms if at least 3 delegations sign."},
		{[]int{0}, "The agreement forms if the United States signs, and at least 3 delegations in all."},
		{[]int{1, 0}, "The agreement forms if Ukraine and the United States both sign, and at least 3 delegations in all."},
		{[]int{0, 1, 2}, "The agreement forms if the United States, Ukraine and Germany all sign, and at least 3 delegations in all."},
	}
	for _, c := range signing {
		ps.Signing = rules.SigningRule{Required: c.required, Minimum: 3}
		if got := SigningText(ps); got != c.want {
			t.Errorf("signing %v:\ngot  %q\nwant %q", c.required, got, c.want)
		}
		if !strings.Contains(strings.Join(RulesText(ps), " "), c.want) {
			t.Errorf("RulesText does not carry the signing rule %q", c.want)
		}
	}
}

package scengen

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"bindingwords/game/rules"
)

// A Family is a named kind of generated case: the test bench of
// docs/balance.md reports each one separately, since the AI delegates fail
// on some kinds of case and not on others. Every family is a pure
// function of the seed.
type Family struct {
	// Name is what "sim --family" takes.
	Name string
	// About says in one line what the cases are, with their parameters.
	About string
	// Always is how many delegations every case has at least, taking
	// part: p0 to p(Always-1) are always there (a baseline may sit there).
	Always int
	// WithOptional plays the cases' optional delegations too; without it
	// only the required ones take part.
	WithOptional bool
	gen          func(seed uint64) *rules.Scenario
}

// Generate makes the family's case of that seed.
func (f Family) Generate(seed uint64) *rules.Scenario { return f.gen(seed) }

// Parties lists the delegations taking part in a case of the family, as
// rules.Setup takes them: nil for all.
func (f Family) Parties(sc *rules.Scenario) []string {
	if f.WithOptional {
		return nil
	}
	var ids []string
	for _, p := range sc.Parties {
		if !p.Optional {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

// Families are the test bench, in the order reports list them. "narrow"
// is the benchmark that came before the families (Generate with Narrow),
// kept so that old figures stay comparable.
var Families = []Family{
	{Name: "narrow", Always: Narrow.MinParties,
		About: "3–5 delegations, 5–12 clauses of 2–4 wordings, publics that show interests, about 2% of texts acceptable to all",
		gen:   func(seed uint64) *rules.Scenario { return Generate(seed, Narrow) }},
	{Name: "twoparty", Always: 2,
		About: "2 delegations, 4–8 issues of 2–5 options, linear additive points, reservations at 0–50% of each one's range, neutral publics",
		gen:   func(seed uint64) *rules.Scenario { return additive(seed, "twoparty", 2, 2, 4, 8, 2, 5, false) }},
	{Name: "neutral", Always: 3,
		About: "3–7 delegations, 4–8 clauses of 2–4 wordings, publics that weigh nothing (no public signal of interests), about 5% of texts acceptable to all",
		gen:   neutral},
	// manyissues stops at 10 issues: past that, the exact analysis of a
	// case (frontier, Nash point) takes seconds, too slow for a bench.
	{Name: "manyissues", Always: 2,
		About: "2–3 delegations, 8–10 issues of 3–5 options, linear additive points, reservations at 0–50% of each one's range, publics that show interests",
		gen:   func(seed uint64) *rules.Scenario { return additive(seed, "manyissues", 2, 3, 8, 10, 3, 5, true) }},
	ruleFamily("rules-majority", "a majority of the other delegations adopts", rules.AdoptionRule{Others: rules.QuotaMajority}),
	ruleFamily("rules-twothirds", "two-thirds of the other delegations adopt", rules.AdoptionRule{Others: rules.QuotaTwoThirds}),
	ruleFamily("rules-none", "the proposer alone adopts", rules.AdoptionRule{Others: rules.QuotaNone}),
	ruleFamily("rules-mustagree", "p0 must agree and a majority of the others", rules.AdoptionRule{MustAgree: []int{0}, Others: rules.QuotaMajority}),
	ruleFamily("rules-secret", "every delegation must agree, by secret ballot", rules.AdoptionRule{Others: rules.QuotaAll, Secret: true}),
	{Name: "optional-absent", Always: 3,
		About: "3–4 required and 1–2 optional delegations, narrow otherwise; the optional ones stay away",
		gen:   optional},
	{Name: "optional-present", Always: 3, WithOptional: true,
		About: "the optional-absent cases with the optional delegations taking part (they need not sign)",
		gen:   optional},
}

// Groups name several families at once for "sim --family".
var Groups = map[string][]string{
	"rules":    {"rules-majority", "rules-twothirds", "rules-none", "rules-mustagree", "rules-secret"},
	"optional": {"optional-absent", "optional-present"},
}

// FamiliesNamed returns the families a name stands for: one family, a
// group, or "all"; false if it names none.
func FamiliesNamed(name string) ([]Family, bool) {
	if name == "all" {
		return Families, true
	}
	names := Groups[name]
	if names == nil {
		names = []string{name}
	}
	var out []Family
	for _, n := range names {
		i := slices.IndexFunc(Families, func(f Family) bool { return f.Name == n })
		if i < 0 {
			return nil, false
		}
		out = append(out, Families[i])
	}
	return out, true
}

// newCase starts a case of family fam: its public frame, attrs
// attributes, one declaration that needs no vote, and no slots yet.
func newCase(fam string, seed uint64, attrs int) *rules.Scenario {
	sc := &rules.Scenario{}
	p := &sc.PublicScenario
	p.ID = fmt.Sprintf("%s_%d", idOf(fam), seed)
	p.Title = fmt.Sprintf("Generated %s case %d", fam, seed)
	p.Summary = fmt.Sprintf("A generated case of the %s family.", fam)
	p.Briefing = briefing
	p.Rounds = Narrow.Rounds
	for a := 0; a < attrs; a++ {
		p.Attributes = append(p.Attributes, rules.Attribute{ID: fmt.Sprintf("a%d", a), Name: fmt.Sprintf("Attribute %d", a+1)})
	}
	p.Forms = []rules.Form{{ID: "declaration", Name: "Declaration"}}
	p.Documents = []rules.Document{{ID: "text", Title: "Text", FormSlot: -1, Form: 0}}
	p.Adoption = rules.AdoptionRule{Others: rules.QuotaAll}
	p.Press = rules.PressRules{Reassure: 3, Address: 2, CommitBoost: 0, AudienceCost: 8, LeakShift: 50, LeakTrust: 20}
	return sc
}

// idOf turns a family name into a scenario id ("rules-none" → "rules_none").
func idOf(fam string) string {
	b := []byte(fam)
	for i, c := range b {
		if c == '-' {
			b[i] = '_'
		}
	}
	return string(b)
}

// addSlots adds m one-clause articles of lo–hi options each, with random
// attribute values (all 0 if the case has none to show), and a random
// default. A slot is named "<slot> N" and an option "<option> oK" (the
// narrow cases' words are "Clause" and "wording", the families' "Issue"
// and "option").
func addSlots(r *rand.Rand, sc *rules.Scenario, m, lo, hi int, slot, option string) {
	p := &sc.PublicScenario
	for s := 0; s < m; s++ {
		sl := rules.Slot{ID: fmt.Sprintf("s%d", s), Name: fmt.Sprintf("%s %d", slot, s+1), Article: s}
		for o := between(r, lo, hi); o > 0; o-- {
			attrs := make([]int, len(p.Attributes))
			for a := range attrs {
				attrs[a] = r.IntN(4)
			}
			id := fmt.Sprintf("o%d", len(sl.Options))
			sl.Options = append(sl.Options, rules.Option{ID: id, Label: option + " " + id, Text: option + " " + id, Attrs: attrs, Form: -1})
		}
		sl.Default = r.IntN(len(sl.Options))
		p.Articles = append(p.Articles, article(s))
		p.Documents[0].Articles = append(p.Documents[0].Articles, s)
		p.Slots = append(p.Slots, sl)
	}
}

// addParty adds delegation i with its public (weights w: nil or zeros
// for a public that shows nothing) and its points; a required party must
// sign.
func addParty(sc *rules.Scenario, i int, w []int, pts [][]int, optional bool) {
	p := &sc.PublicScenario
	pt := party(i)
	pt.Optional = optional
	if w == nil {
		w = make([]int, len(p.Attributes))
	}
	p.Parties = append(p.Parties, pt)
	p.Publics = append(p.Publics, rules.Public{ID: fmt.Sprintf("public%d", i), Name: fmt.Sprintf("Public %d", i+1),
		Party: i, Support: 600, Base: 50, Weights: w, Drift: 25})
	sc.Briefs = append(sc.Briefs, rules.Brief{Text: "A generated delegation.", Points: pts})
	if !optional {
		p.Signing.Required = append(p.Signing.Required, i)
		p.Signing.Minimum = len(p.Signing.Required)
	}
}

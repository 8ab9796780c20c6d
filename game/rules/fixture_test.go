package rules

// fixture builds a small scenario by hand, so the rules are tested without
// the YAML loader. Three delegations: North (a treaty needs 60% of its
// senate), South and the optional East. Two documents: the first's legal
// form is negotiable, the second is always a declaration.
//
//	attributes: commitment, cost
//	publics:    north_voters, north_senate (North); south_public (South); east_public (East)
//	slots:      response {act, consult, note}   — article "art1" of "principles"
//	            form     {treaty, declaration}  — article "art2" of "principles"
//	            aid      {large, small}         — article "art3" of "cooperation"
func fixture() *Scenario {
	opt := func(id string, commitment, cost, form int) Option {
		return Option{ID: id, Label: id + " label", Text: id + " text", Attrs: []int{commitment, cost}, Form: form}
	}
	sc := &Scenario{}
	p := &sc.PublicScenario
	p.ID, p.Title, p.Hash, p.Rounds = "mini", "Mini", "0000000000000000000000000000000000000000000000000000000000000001", 3
	p.Attributes = []Attribute{{ID: "commitment", Name: "Commitment"}, {ID: "cost", Name: "Cost"}}
	p.Forms = []Form{{ID: "treaty", Name: "Treaty"}, {ID: "declaration", Name: "Declaration"}}
	p.Parties = []Party{
		{ID: "north", Name: "North", Publics: []int{0, 1}, Ratification: [][]Requirement{{{Public: 1, Threshold: 60}}, nil}},
		{ID: "south", Name: "South", Publics: []int{2}, Ratification: [][]Requirement{{{Public: 2, Threshold: 50}}, nil}},
		{ID: "east", Name: "East", Optional: true, Publics: []int{3}, Ratification: [][]Requirement{nil, nil}},
	}
	p.Publics = []Public{
		{ID: "north_voters", Name: "North voters", Party: 0, Support: 500, Base: 50, Weights: []int{2, -5}, Drift: 50},
		{ID: "north_senate", Name: "North senate", Party: 0, Support: 550, Base: 40, Weights: []int{5, -5}, Drift: 50},
		{ID: "south_public", Name: "South public", Party: 1, Support: 600, Base: 30, Weights: []int{10, 0}, Drift: 25},
		{ID: "east_public", Name: "East public", Party: 2, Support: 500, Base: 50, Weights: []int{0, 0}, Drift: 25},
	}
	p.Documents = []Document{
		{ID: "principles", Title: "Principles", FormSlot: 1, Form: -1, Articles: []int{0, 1}},
		{ID: "cooperation", Title: "Cooperation", FormSlot: -1, Form: 1, Articles: []int{2}},
	}
	p.Articles = []Article{
		{ID: "art1", Title: "Response", Document: 0, Text: "Each guarantor {response}.", Slots: []int{0}},
		{ID: "art2", Title: "Form", Document: 0, Text: "This document {form}.", Slots: []int{1}},
		{ID: "art3", Title: "Aid", Document: 1, Text: "The guarantors provide {aid}.", Slots: []int{2}},
	}
	p.Slots = []Slot{
		{ID: "response", Name: "Response", Article: 0, Default: 1, Options: []Option{opt("act", 3, 1, -1), opt("consult", 1, 0, -1), opt("note", 0, 0, -1)}},
		{ID: "form", Name: "Legal form", Article: 1, Default: 1, Options: []Option{opt("treaty", 2, 0, 0), opt("declaration", 0, 0, 1)}},
		{ID: "aid", Name: "Aid", Article: 2, Default: 1, Options: []Option{opt("large", 1, 3, -1), opt("small", 0, 1, -1)}},
	}
	p.News = []NewsCard{
		// Only in round 2, and only while South is enthusiastic.
		{ID: "rally", Headline: "Rally in South", Weight: 1, FromRound: 2, ToRound: 2,
			Conditions: []Condition{{Kind: CondSupport, Cmp: AtLeast, Public: 2, Value: 40}},
			Effects:    []Effect{{Kind: EffSupport, Public: 2, Delta: 5}, {Kind: EffThreshold, Party: 0, Form: 0, Public: 1, Delta: 5}}},
		// Only while the draft asks for large aid.
		{ID: "budget", Headline: "Budget row in North", Weight: 1, FromRound: 1,
			Conditions: []Condition{{Kind: CondOption, Cmp: Is, Slot: 2, Option: 0}},
			Effects:    []Effect{{Kind: EffWeight, Public: 0, Attr: 1, Delta: -2}, {Kind: EffTrust, Party: 1, Delta: -10}}},
	}
	p.Indicators = []Indicator{{ID: "deterrence", Name: "Deterrence", Weights: []int{2, 0}, NoAgreement: 1,
		Bands: []Band{{Max: 4, Label: "weak"}, {Label: "strong"}}}}
	p.Adoption = AdoptionRule{Others: QuotaAll}
	p.Signing = SigningRule{Required: []int{0, 1}, Minimum: 2}
	p.Press = PressRules{Reassure: 3, Address: 2, CommitBoost: 2, AudienceCost: 8, LeakShift: 50, LeakTrust: 20}
	sc.Briefs = []Brief{
		{Text: "NORTH-SECRET-BRIEF", Points: [][]int{{5, 20, 10}, {10, 30}, {5, 25}}, Reservation: 40,
			RedLines: []OptionRef{{Slot: 2, Option: 0}}},
		{Text: "SOUTH-SECRET-BRIEF", Points: [][]int{{40, 20, 0}, {30, 10}, {30, 5}}, Reservation: 35},
		{Text: "EAST-SECRET-BRIEF", Points: [][]int{{10, 10, 10}, {10, 10}, {10, 10}}, Reservation: 20},
	}
	return sc
}

package rules

// This file holds the entry-into-force rule: how many signatories must
// ratify, and which, for the agreement to enter into force. The North
// Atlantic Treaty (1949), Art. 11, entered into force once a majority of
// its signatories had ratified it, including seven named ones; a scenario
// can say the same. Without a rule of its own a scenario keeps the rule
// the game always had: the signing minimum of ratifications, including
// every required signatory taking part.

// An EntryRule says when the signed agreement enters into force. Its zero
// value is the default rule (see [PublicScenario.EntersIntoForce]), so a
// scenario built before the rule existed plays exactly as it did.
type EntryRule struct {
	// Set is true when the scenario gives a rule of its own; the other
	// fields count only then.
	Set bool
	// Ratifications is how many signatories must ratify; Majority instead
	// asks for more than half of those that signed.
	Ratifications int
	Majority      bool
	// Including lists the parties that must be among those ratifying
	// (none of them optional).
	Including []int
}

// RatificationsNeeded is how many ratifications the agreement needs to
// enter into force when signers parties have signed it.
func (s *PublicScenario) RatificationsNeeded(signers int) int {
	e := s.EntryIntoForce
	switch {
	case !e.Set:
		return s.Signing.Minimum
	case e.Majority:
		return signers/2 + 1
	}
	return e.Ratifications
}

// MustRatify lists the parties whose ratification the agreement needs to
// enter into force, if they take part: the rule's own list, or by default
// the required signatories.
func (s *PublicScenario) MustRatify() []int {
	if s.EntryIntoForce.Set {
		return s.EntryIntoForce.Including
	}
	return s.Signing.Required
}

// EntersIntoForce reports whether a signed agreement enters into force:
// enough of its signatories ratified it (ratified, per party), including
// every party the rule names that takes part (active, per party). signers
// is how many parties signed.
func (s *PublicScenario) EntersIntoForce(active, ratified []bool, signers int) bool {
	n := 0
	for _, ok := range ratified {
		n += b2i(ok)
	}
	if n < s.RatificationsNeeded(signers) {
		return false
	}
	for _, p := range s.MustRatify() {
		if active[p] && !ratified[p] {
			return false
		}
	}
	return true
}

// checkEntryRule makes sure the entry-into-force rule names real,
// non-optional parties and a possible number of ratifications.
func checkEntryRule(sc *Scenario) bool {
	e := sc.EntryIntoForce
	if !e.Set {
		return true
	}
	if !e.Majority && (e.Ratifications < 1 || e.Ratifications > len(sc.Parties)) {
		return false
	}
	for _, p := range e.Including {
		if p < 0 || p >= len(sc.Parties) || sc.Parties[p].Optional {
			return false
		}
	}
	return true
}

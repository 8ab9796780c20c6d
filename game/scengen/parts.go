package scengen

import (
	"fmt"

	"bindingwords/game/rules"
)

// The parts every generated scenario shares, written as a teacher's file
// would have them (a name per party, a sentence per article), so that
// the scenario file Marshal writes loads back to the same scenario. None
// of them draws from the generator: adding one leaves every case of a
// seed as it was.

// party is the public face of delegation i, answering to public i, with
// one form that needs no vote at home.
func party(i int) rules.Party {
	return rules.Party{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Delegation %d", i+1), Colour: rules.PartyColour(i),
		Publics: []int{i}, Ratification: [][]rules.Requirement{nil}}
}

// article is the one-clause article of slot s. Its number is the one the
// loader gives it (the game's own running number: the articles come in
// slot order), so a written case loads back to the same scenario.
func article(s int) rules.Article {
	return rules.Article{ID: fmt.Sprintf("art%d", s), Number: fmt.Sprint(s + 1), Title: fmt.Sprintf("Clause %d", s+1),
		Text: fmt.Sprintf("The parties agree that {s%d}.", s), Slots: []int{s}}
}

// briefing is the public briefing of every generated case.
const briefing = "A case made by the scenario generator to measure the AI delegates. The clauses and wordings have no meaning; each delegation's points say what it wants."

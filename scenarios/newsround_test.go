package scenarios

import (
	"os"
	"strings"
	"testing"
)

// TestNewsRound checks round: on a news card (issue 14, item 2): it loads,
// and check names a card that also has keys of a random draw, two cards
// fixed to one round, and a round the game does not reach.
func TestNewsRound(t *testing.T) {
	good, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const card = "  - id: harbour_incident\n"
	const drawn = "    weight: 2\n    from_round: 2\n    when:\n      - option: {slot: response, is_not: act}\n"
	load := func(from, to string) ([]string, int) {
		s, rep := Load("minimal.yaml", []byte(strings.Replace(string(good), from, to, 1)))
		var msgs []string
		for _, d := range rep.Diagnostics {
			msgs = append(msgs, strings.TrimPrefix(d.String(), "minimal.yaml:"))
		}
		if s == nil {
			return msgs, -1
		}
		return msgs, s.News[0].Round
	}
	if msgs, r := load(card+"    headline: Shots fired near the harbour\n"+"    text: A Southland patrol boat is fired on. Southland asks what Northland's promise is worth.\n"+drawn,
		card+"    round: 3\n    headline: Shots fired near the harbour\n    text: A Southland patrol boat is fired on. Southland asks what Northland's promise is worth.\n"); r != 3 || len(msgs) != 0 {
		t.Errorf("a card at round 3: round %d, %v", r, msgs)
	}
	msgs, _ := load(card, card+"    round: 2\n")
	want := []string{
		`157:5: weight: news card "harbour_incident" is dealt in round 2 (round:), so it is not drawn at random and weight means nothing; remove one of the two`,
		`158:5: from_round: news card "harbour_incident" is dealt in round 2 (round:), so it is not drawn at random and from_round means nothing; remove one of the two`,
		`159:5: when: news card "harbour_incident" is dealt in round 2 (round:), so it is not drawn at random and when means nothing; remove one of the two`,
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("round with a random draw's keys:\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	two := strings.Replace(strings.Replace(string(good), drawn, "", 1), card, card+"    round: 2\n", 1)
	two = strings.Replace(two, "    to_round: 3\n    when:\n      - support: {public: north_senate, at_most: 55}\n      - bracketed: {slot: form, is: true}\n", "    round: 2\n", 1)
	_, rep := Load("minimal.yaml", []byte(two))
	if errs := rep.Errors(); len(errs) != 1 || !strings.Contains(errs[0].Msg, `news cards "harbour_incident" and "senate_hearing" are both dealt in round 2`) {
		t.Errorf("two cards at round 2: %v", rep.Diagnostics)
	}
	late := strings.Replace(strings.Replace(string(good), drawn, "", 1), card, card+"    round: 9\n", 1)
	_, rep = Load("minimal.yaml", []byte(late))
	if w := rep.Warnings(); len(w) != 1 || w[0].Msg != `news card "harbour_incident" is dealt in round 9, but a game has 4 rounds unless the teacher sets more` {
		t.Errorf("a card after the last round: %v", rep.Diagnostics)
	}
}

package narrate

import (
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// play plays a seeded Berlin game with AI delegates at level, the
// optional delegations in or out, and returns its spectator's view.
func play(t *testing.T, seed uint64, level string, optional bool) (*rules.Scenario, rules.View) {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat(level)
		if sc.Parties[p].Optional && !optional {
			seats[p] = match.OutSeat()
		}
	}
	m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: seats})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Run(); err != nil {
		t.Fatal(err)
	}
	return sc, m.Game().View(rules.Spectator)
}

// The summary tells how the game ended in words that fit the result, on
// games that ended each way; the same game always reads the same.
func TestSummaryFitsTheOutcome(t *testing.T) {
	seen := map[string]bool{}
	for seed := uint64(1); seed <= 30; seed++ {
		level := []string{"easy", "normal", "hard"}[seed%3]
		sc, v := play(t, seed, level, seed%2 == 1)
		n := New(&sc.PublicScenario)
		lines := n.Summary(v)
		if len(lines) == 0 {
			t.Fatalf("seed %d: no summary", seed)
		}
		text := strings.Join(lines, " ")
		res := v.Result()
		switch {
		case res.InForce:
			seen["in force"] = true
			if !strings.Contains(lines[0], "entered into force") {
				t.Errorf("seed %d: in force, but the summary opens %q", seed, lines[0])
			}
		case res.Formed:
			seen["not ratified"] = true
			if !strings.Contains(lines[0], "did not enter into force") {
				t.Errorf("seed %d: not ratified, but the summary opens %q", seed, lines[0])
			}
		default:
			seen["no agreement"] = true
			if !strings.Contains(lines[0], "no agreement") || strings.Contains(text, "entered into force") {
				t.Errorf("seed %d: no agreement, but the summary reads %q", seed, text)
			}
		}
		// Names read as English: "the United States", never bare or
		// with "'s"; "European" keeps its capital; no key is missing.
		bare := strings.Count(text, "United States") - strings.Count(text, "the United States") - strings.Count(text, "The United States")
		if bare != 0 || strings.Contains(text, "States's") || strings.Contains(text, "european") || strings.Contains(text, "[") {
			t.Errorf("seed %d: a slip in %q", seed, text)
		}
		if again := strings.Join(n.Summary(v), " "); again != text {
			t.Errorf("seed %d: the summary changed between two calls", seed)
		}
		// The whole reads in well under a minute (about 40 seconds at
		// the most, for the longest of these games).
		if w := len(strings.Fields(text)); w > 170 {
			t.Errorf("seed %d: a summary of %d words", seed, w)
		}
		// Every sentence is short enough to read at a glance.
		for _, l := range lines {
			if w := len(strings.Fields(l)); w > 60 {
				t.Errorf("seed %d: a sentence of %d words: %q", seed, w, l)
			}
		}
	}
	for _, want := range []string{"in force", "no agreement"} {
		if !seen[want] {
			t.Errorf("no game of the 30 ended %s: the test covers less than it says", want)
		}
	}
}

// Named games whose turning points the summary must tell.
func TestSummaryTurningPoints(t *testing.T) {
	tests := []struct {
		seed  uint64
		level string
		all   bool
		want  []string
	}{
		// The treaty form dropped: the Senate and the French Parliament
		// would not have reached their bars.
		{2, "hard", false, []string{"the legal form changed from a treaty to an agreement between governments", "As a treaty it would have failed at home"}},
		// No agreement: the United States stayed out, and could not have
		// carried the Senate on a treaty.
		{3, "easy", true, []string{"there was no agreement: the United States did not sign", "The United States could not have ratified a treaty: the US Senate stood at"}},
		// Simulated news raised the French bar for a treaty: France did
		// not decide this game, so the bar is told on its own.
		{3, "easy", true, []string{"Simulated news in round 5 (“Early parliamentary election called in France”) moved the bar for a treaty in the French Parliament from 50% to 55%."}},
		// Articles fell out with clauses still in brackets, one item's
		// failure told once.
		{1, "normal", true, []string{"Two articles fell out of the text, their clauses still in brackets at signing after item 21 failed in round 6: Response to an armed attack and Legal form and entry into force.",
			// The article holding the legal form went: the fallback form.
			"With Legal form and entry into force gone, the text stood as a political declaration.",
			// No public reason: the summary points to the scores.
			"there was no agreement: the United States and Ukraine did not sign, and no agreement could form without them.",
			"The United States and Ukraine gave no public reason: compare what the text was worth with the BATNA in the scores."}},
		// One article fell out, for one failed item.
		{12, "normal", false, []string{"European presence fell out of the text: European presence was still in brackets at signing, after item 17 failed in round 6."}},
		// Signed but not in force: the Senate fell short.
		{113, "hard", true, []string{"After 6 rounds the United States, Ukraine, Germany, Poland, the United Kingdom and Italy signed, but the agreement did not enter into force.",
			"The US Senate gave 59.3% where 67% was needed, so the United States could not ratify."}},
		// Promises broken by signing.
		{102, "hard", false, []string{"15 public commitments were kept and 2 broken: Ukraine and Poland signed a text that broke a promise made in public"}},
		// A delegation kept a public promise by not signing.
		{4, "normal", false, []string{"Germany had promised in public not to sign a text with this wording on Equipment"}},
	}
	for _, tt := range tests {
		sc, v := play(t, tt.seed, tt.level, tt.all)
		text := strings.Join(New(&sc.PublicScenario).Summary(v), " ")
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("seed %d (%s): want %q in the summary:\n%s", tt.seed, tt.level, w, text)
			}
		}
	}
}

// Every commitment is kept or broken, never both, and each reads as what
// became of it.
func TestCommitmentsKeptAndBroken(t *testing.T) {
	sc, v := play(t, 4, "normal", false)
	n := New(&sc.PublicScenario)
	kept, broken := Commitments(v)
	if len(kept)+len(broken) != len(v.Commitments()) || len(kept) == 0 {
		t.Fatalf("%d kept + %d broken, of %d commitments", len(kept), len(broken), len(v.Commitments()))
	}
	refused := 0
	for _, c := range kept {
		f := n.Fate(v, c)
		if strings.Contains(f, "then signed") {
			t.Errorf("a kept commitment reads as broken: %q", f)
		}
		if strings.Contains(f, "it did not sign") {
			refused++
		}
	}
	if refused == 0 {
		t.Errorf("seed 4: Germany kept its promise by not signing, and no commitment says so")
	}
	sc, v = play(t, 102, "hard", false)
	n = New(&sc.PublicScenario)
	_, broken = Commitments(v)
	if len(broken) != 2 {
		t.Fatalf("seed 102: %d commitments broken, want 2", len(broken))
	}
	for _, c := range broken {
		if f := n.Fate(v, c); !strings.Contains(f, ", then signed a text with") && !strings.Contains(f, ", then signed a text without") {
			t.Errorf("a broken commitment reads %q", f)
		}
	}
}

func TestNamesInSentences(t *testing.T) {
	sc := &rules.PublicScenario{
		Parties: []rules.Party{{Name: "United States"}, {Name: "France"}, {Name: "Netherlands"}},
		Publics: []rules.Public{{Name: "US Senate"}, {Name: "American voters"}, {Name: "Bundestag"}, {Name: "House of Commons"}},
		Forms:   []rules.Form{{Name: "Treaty"}, {Name: "Agreement between governments"}},
	}
	n := New(sc)
	for _, tt := range []struct{ got, want string }{
		{n.Subject(0), "The United States"}, {n.Object(0), "the United States"}, {n.Owner(0), "the United States'"},
		{n.Subject(1), "France"}, {n.Owner(1), "France's"}, {n.Object(2), "the Netherlands"},
		{n.PublicIn(0, false), "the US Senate"}, {n.PublicIn(1, true), "American voters"}, {n.PublicIn(2, true), "The Bundestag"},
		{n.PublicIn(3, false), "the House of Commons"},
		{n.AForm(0), "a treaty"}, {n.AForm(1), "an agreement between governments"},
		{rules.InSentence("European presence"), "European presence"}, {rules.InSentence("Legal form"), "legal form"},
		{rules.InSentence("US role"), "US role"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// The votes at home and the bars news moved, from crafted events: a vote
// won against a raised bar, a vote lost to one, a vote lost outright, and
// a raised bar no vote told.
func TestSummaryVotesAndBars(t *testing.T) {
	sc := scenario()
	sc.News = append(sc.News, rules.NewsCard{Headline: "Election called"})
	sc.Documents = []rules.Document{{FormSlot: -1, Form: 0, Articles: []int{0}}}
	bar := func(p, pub, from, to, round int) rules.Event {
		return with(rules.EvThreshold, func(e *rules.Event) {
			e.Party, e.Public, e.Form, e.Value, e.Delta, e.Round = p, pub, 0, to, to-from, round
			e.Cause = rules.Cause{Kind: rules.CauseNews, Card: 1, Party: -1, Item: -1, Slot: -1, Option: -1}
		})
	}
	vote := func(p, pub, support, threshold int, pass bool) rules.Event {
		return with(rules.EvVoteAtHome, func(e *rules.Event) {
			e.Party, e.Public, e.Form, e.Value, e.Threshold = p, pub, 0, support, threshold
			if pass {
				e.Delta = 1
			}
		})
	}
	tests := []struct {
		ev   []rules.Event
		want []string
	}{
		{[]rules.Event{bar(0, 1, 50, 55, 4), vote(0, 1, 560, 55, true)},
			[]string{"The US Senate approved with 56.0% against a bar that rose from 50% to 55% after simulated news in round 4 (“Election called”)."}},
		{[]rules.Event{bar(0, 1, 50, 55, 4), vote(0, 1, 520, 55, false)},
			[]string{"The US Senate gave 52.0% where 55% was needed, so Northland could not ratify: the bar had risen from 50% after simulated news in round 4 (“Election called”)."}},
		{[]rules.Event{vote(1, 0, 480, 50, false)},
			[]string{"North voters gave 48.0% where 50% was needed, so Southland could not ratify."}},
		{[]rules.Event{vote(1, 0, 600, 50, true)}, nil},
	}
	for i, tt := range tests {
		s := summary{n: New(sc), sc: sc, ev: tt.ev, told: map[[3]int]bool{}, res: &rules.PublicResult{Forms: []int{0}, Present: []bool{true}}}
		got := append(s.votes(), s.bars()...)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("case %d:\n got  %q\n want %q", i, got, tt.want)
		}
	}
	// A bar news moved with no vote held: the summary tells it on its own.
	s := summary{n: New(sc), sc: sc, ev: []rules.Event{bar(0, 1, 50, 55, 3)}, told: map[[3]int]bool{}, res: &rules.PublicResult{Forms: []int{0}, Present: []bool{true}}}
	want := "Simulated news in round 3 (“Election called”) moved the bar for a treaty in the US Senate from 50% to 55%."
	if got := append(s.votes(), s.bars()...); len(got) != 1 || got[0] != want {
		t.Errorf("a bar no vote told:\n got  %q\n want %q", got, want)
	}
}

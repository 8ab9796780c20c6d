package narrate

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// play plays a seeded Berlin game with AI delegates at level, the
// optional delegations in or out, and returns its spectator's view. Level
// "mixed" seats normal delegates and, in one seat chosen by the seed, a
// player that moves at random: AI delegates keep every public promise,
// so only such a seat (standing in for a class's people) breaks one.
func play(t *testing.T, seed uint64, level string, optional bool) (*rules.Scenario, rules.View) {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat(level)
		if level == "mixed" {
			seats[p] = match.AISeat("normal")
			if uint64(p) == seed%uint64(len(seats)) {
				seats[p] = match.AISeat("random") // an unknown level plays at random
			}
		}
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

// A game is one played Berlin game: its seed and seats, and its
// spectator's view.
type game struct {
	seed  uint64
	level string
	all   bool
	sc    *rules.Scenario
	v     rules.View
}

type gameKey struct {
	seed  uint64
	level string
	all   bool
}

// played keeps the games find has played, for the next case to look at.
var played = map[gameKey]game{}

// find plays seeded Berlin games (seeds 1 to 120, each level and the
// mixed table, with and
// without the optional delegations) until one has the property, and
// fails the test if none has: the cases below ask for a kind of game
// rather than a seed, so that they hold as the scenario and the AI
// delegates change.
func find(t *testing.T, what string, has func(g game) bool) game {
	t.Helper()
	for seed := uint64(1); seed <= 120; seed++ {
		for _, level := range []string{"easy", "normal", "hard", "mixed"} {
			for _, all := range []bool{false, true} {
				key := gameKey{seed, level, all}
				g, ok := played[key]
				if !ok {
					sc, v := play(t, seed, level, all)
					g = game{seed, level, all, sc, v}
					played[key] = g
				}
				if has(g) {
					return g
				}
			}
		}
	}
	t.Fatalf("no seeded game %s", what)
	return game{}
}

// has reports whether the game's events hold one that matches.
func (g game) has(match func(e rules.Event) bool) bool {
	for _, e := range g.v.Events() {
		if match(e) {
			return true
		}
	}
	return false
}

func (g game) summary() string { return strings.Join(New(&g.sc.PublicScenario).Summary(g.v), " ") }

// The turning points of a game, each found in a game that had it.
func TestSummaryTurningPoints(t *testing.T) {
	treaty := func(g game) int {
		return slices.IndexFunc(g.sc.Forms, func(f rules.Form) bool { return f.ID == "treaty" })
	}
	tests := []struct {
		what string
		has  func(g game) bool
		want []string // regular expressions
	}{
		{"that dropped the treaty form", func(g game) bool {
			return g.v.Result().Forms[0] != treaty(g) && len((&summary{n: New(&g.sc.PublicScenario), sc: &g.sc.PublicScenario, ev: g.v.Events()}).formChanges()) > 0 &&
				g.v.Result().Present[g.sc.Slots[g.sc.Documents[0].FormSlot].Article]
		}, []string{`In round \d+ the legal form changed from a treaty to an agreement between governments \(item \d+, tabled by [^)]+\)\.`}},
		{"without an agreement for want of a required signature", func(g game) bool {
			return !g.v.Result().Formed && g.has(func(e rules.Event) bool { return e.Kind == rules.EvAgreement && e.Party >= 0 })
		}, []string{`^After \d+ rounds there was no agreement: .+ did not sign, and no agreement could form without (it|them)\.`}},
		{"where news moved a bar of the final text's form", func(g game) bool {
			return g.has(func(e rules.Event) bool {
				return e.Kind == rules.EvThreshold && e.Delta != 0 && slices.Contains(g.v.Result().Forms, e.Form)
			})
		}, []string{`imulated news in round \d+ \(“[^”]+”\)|after simulated news in round \d+, “[^”]+”`}},
		{"where an article fell out", func(g game) bool {
			return g.has(func(e rules.Event) bool { return e.Kind == rules.EvArticleDropped })
		}, []string{`fell out of the text[:,] (.+ was still in brackets at signing|their clauses still in brackets at signing)`}},
		{"where the form's article fell out", func(g game) bool {
			fa := g.sc.Slots[g.sc.Documents[0].FormSlot].Article
			return g.has(func(e rules.Event) bool { return e.Kind == rules.EvArticleDropped && e.Article == fa })
		}, []string{`With .+ gone, the text stood as a political declaration\.`}},
		{"signed but not in force", func(g game) bool { r := g.v.Result(); return r.Formed && !r.InForce },
			[]string{`signed, but the agreement did not enter into force\.`, `gave \d+\.\d% where \d+% was needed, so .+ could not ratify`}},
		{"with a promise broken", func(g game) bool { return len(g.v.Result().Broken) > 0 },
			[]string{`\d+ public commitments? (was|were) kept and \d+ broken: .+ signed a text that broke a promise made in public`}},
		{"where a needed delegation stayed out to keep a promise", func(g game) bool {
			r := g.v.Result()
			s := &summary{n: New(&g.sc.PublicScenario), sc: &g.sc.PublicScenario, v: g.v, res: r, ev: g.v.Events(), told: map[[3]int]bool{}}
			for _, p := range g.v.Parties() {
				if !r.Signed[p] && (r.Formed || slices.Contains(g.sc.Signing.Required, p)) && s.lostVote(p) == "" && s.promise(p) != "" {
					return true
				}
			}
			return false
		}, []string{`had promised in public not to sign a text with this wording on .+ \(“[^”]+”\)\.`}},
	}
	for _, tt := range tests {
		t.Run(tt.what, func(t *testing.T) {
			g := find(t, tt.what, tt.has)
			text := g.summary()
			for _, w := range tt.want {
				if !regexp.MustCompile(w).MatchString(text) {
					t.Errorf("seed %d (%s, all %v): want /%s/ in the summary:\n%s", g.seed, g.level, g.all, w, text)
				}
			}
		})
	}
}

// Every commitment is kept or broken, never both, and each reads as what
// became of it: honoured, kept by not signing, or broken by signing.
func TestCommitmentsKeptAndBroken(t *testing.T) {
	g := find(t, "with commitments", func(g game) bool { return len(g.v.Commitments()) > 0 })
	kept, broken := Commitments(g.v)
	if len(kept)+len(broken) != len(g.v.Commitments()) {
		t.Fatalf("%d kept + %d broken, of %d commitments", len(kept), len(broken), len(g.v.Commitments()))
	}
	g = find(t, "with a promise broken", func(g game) bool { return len(g.v.Result().Broken) > 0 })
	n := New(&g.sc.PublicScenario)
	_, broken = Commitments(g.v)
	for _, c := range broken {
		if f := n.Fate(g.v, c); !strings.Contains(f, ", then signed a text with") {
			t.Errorf("a broken commitment reads %q", f)
		}
	}
	g = find(t, "with a promise kept by not signing", func(g game) bool {
		r := g.v.Result()
		for _, c := range g.v.Commitments() {
			if !r.Signed[c.Party] && c.Broken(&g.sc.PublicScenario, r.Text, r.Present) {
				return true
			}
		}
		return false
	})
	n = New(&g.sc.PublicScenario)
	kept, _ = Commitments(g.v)
	refused := 0
	for _, c := range kept {
		f := n.Fate(g.v, c)
		if strings.Contains(f, "then signed") {
			t.Errorf("a kept commitment reads as broken: %q", f)
		}
		if strings.Contains(f, "and it did not sign") {
			refused++
		}
	}
	if refused == 0 {
		t.Errorf("seed %d: a promise was kept by not signing, and no commitment says so", g.seed)
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
	// One card moving the bar alike for the forms of two documents: one
	// sentence.
	sc.Documents = append(sc.Documents, rules.Document{FormSlot: -1, Form: 1, Articles: []int{0}})
	other := bar(0, 1, 50, 55, 3)
	other.Form = 1
	s = summary{n: New(sc), sc: sc, ev: []rules.Event{bar(0, 1, 50, 55, 3), other}, told: map[[3]int]bool{}, res: &rules.PublicResult{Forms: []int{0, 1}, Present: []bool{true}}}
	want = "Simulated news in round 3 (“Election called”) moved the bar for a treaty and a political declaration in the US Senate from 50% to 55%."
	if got := s.bars(); len(got) != 1 || got[0] != want {
		t.Errorf("one card, two forms:\n got  %q\n want %q", got, want)
	}
}

package narrate

import (
	"regexp"
	"testing"

	"bindingwords/game/rules"
)

// scenario is a small scenario whose names show how they are written
// mid-sentence: "Legal form" becomes "legal form", "US role" stays.
func scenario() *rules.PublicScenario {
	return &rules.PublicScenario{
		Attributes: []rules.Attribute{{Name: "Strength of commitment"}},
		Forms:      []rules.Form{{Name: "Treaty"}, {Name: "Political declaration"}},
		Parties:    []rules.Party{{Name: "Northland"}, {Name: "Southland"}},
		Publics:    []rules.Public{{Name: "North voters"}, {Name: "US Senate"}},
		Articles:   []rules.Article{{Title: "Article 2. Enforcement"}},
		Slots: []rules.Slot{
			{Name: "Legal form", Options: []rules.Option{{Label: "treaty label"}, {Label: "declaration label"}}},
			{Name: "US role", Options: []rules.Option{{Label: "no US troops"}, {Label: "air cover"}}},
		},
		News: []rules.NewsCard{{Headline: "Storm over the budget"}},
	}
}

// event is an event of kind with every index unset, as the rules emit it.
func event(kind rules.EventKind) rules.Event {
	return rules.Event{Kind: kind, Round: 2, Party: -1, Public: -1, Slot: -1, Option: -1, Item: -1, Card: -1,
		Doc: -1, Form: -1, Article: -1, Attr: -1, Cause: rules.Cause{Party: -1, Card: -1, Item: -1, Slot: -1, Option: -1}}
}

func with(kind rules.EventKind, set func(*rules.Event)) rules.Event {
	e := event(kind)
	set(&e)
	return e
}

func TestEventSentences(t *testing.T) {
	n := New(scenario())
	drift := rules.Cause{Kind: rules.CauseDrift, Party: -1, Slot: 0, Option: 1, Value: -4}
	tests := []struct {
		e    rules.Event
		want string
	}{
		{event(rules.EvRoundStarted), "Round 2 begins."},
		{with(rules.EvPhase, func(e *rules.Event) { e.Value = int(rules.PhasePress) }), "Phase: Press."},
		{with(rules.EvNews, func(e *rules.Event) { e.Card = 0 }), "Simulated news: Storm over the budget"},
		{event(rules.EvNoNews), "No news this round."},
		{with(rules.EvSupport, func(e *rules.Event) { e.Public, e.Delta, e.Value, e.Cause = 0, -15, 485, drift }),
			"North voters −1.5 → 48.5: it dislikes legal form “declaration label”."},
		{with(rules.EvSupport, func(e *rules.Event) {
			e.Public, e.Delta, e.Value, e.Cause = 1, 6, 606, rules.Cause{Kind: rules.CauseDrift, Slot: 1, Option: 0, Value: 2}
		}), "US Senate +0.6 → 60.6: it welcomes US role “no US troops”."},
		{with(rules.EvWeight, func(e *rules.Event) {
			e.Public, e.Attr, e.Value, e.Delta, e.Cause = 1, 0, -3, -1, rules.Cause{Kind: rules.CauseNews, Card: 0}
		}), "US Senate now weighs strength of commitment at −3 per point (−1): simulated news: Storm over the budget."},
		{with(rules.EvThreshold, func(e *rules.Event) {
			e.Party, e.Public, e.Form, e.Value, e.Delta, e.Cause = 0, 1, 0, 60, 5, rules.Cause{Kind: rules.CauseNews, Card: 0}
		}), "Northland's vote in the US Senate on a treaty now needs 60% (+5): simulated news: Storm over the budget."},
		{with(rules.EvTrust, func(e *rules.Event) {
			e.Party, e.Delta, e.Value, e.Cause = 1, -20, 80, rules.Cause{Kind: rules.CauseLeak, Party: 1}
		}), "Southland's trust −20 → 80: Southland leaked the draft."},
		{with(rules.EvTabled, func(e *rules.Event) { e.Party, e.Item = 0, 2 }), "Northland tables item 3."},
		{with(rules.EvPassed, func(e *rules.Event) { e.Party = 1 }), "Southland passes."},
		{with(rules.EvVoted, func(e *rules.Event) { e.Party, e.Item, e.Value = 1, 0, 1 }), "Southland votes yes on item 1."},
		{with(rules.EvVoted, func(e *rules.Event) { e.Party, e.Item, e.Value = 1, 0, 0 }), "Southland votes no on item 1."},
		{with(rules.EvAdopted, func(e *rules.Event) { e.Party, e.Item = 0, 0 }), "Item 1 (Northland) is adopted."},
		{with(rules.EvRejected, func(e *rules.Event) { e.Party, e.Item = 1, 0 }), "Item 1 fails: Southland objected."},
		{with(rules.EvTextChanged, func(e *rules.Event) { e.Slot, e.Option, e.Cause.Item = 1, 1, 3 }),
			"The draft now reads US role: “air cover” (item 4)."},
		{with(rules.EvBracketed, func(e *rules.Event) { e.Slot, e.Cause.Item = 0, 0 }), "Legal form goes into [brackets]: item 1 failed."},
		{with(rules.EvSettled, func(e *rules.Event) { e.Slot, e.Cause.Item = 0, 1 }), "Legal form is settled: brackets removed (item 2)."},
		{with(rules.EvCall, func(e *rules.Event) { e.Party, e.Value = 0, 1 }), "Northland calls for signature."},
		{with(rules.EvCall, func(e *rules.Event) { e.Party, e.Value = 0, 0 }), "Northland withdraws its call for signature."},
		{event(rules.EvCallsCleared), "The text changed, so the calls for signature lapse."},
		{with(rules.EvStatement, func(e *rules.Event) { e.Party, e.Press = 0, rules.Press{Kind: rules.Address, Public: 1} }),
			"Northland makes its case to US Senate."},
		{with(rules.EvCommitted, func(e *rules.Event) { e.Party, e.Slot, e.Option = 1, 0, 0 }),
			"Southland is now publicly committed on Legal form: “treaty label”."},
		{with(rules.EvPoll, func(e *rules.Event) { e.Public, e.Value, e.Delta = 0, 523, -2 }), "Poll: North voters at 52.3 (verdict on the draft: -2)."},
		{with(rules.EvArticleDropped, func(e *rules.Event) { e.Article, e.Slot = 0, 0 }),
			"Article 2. Enforcement falls out of the text: Legal form was still in brackets."},
		{with(rules.EvSigned, func(e *rules.Event) { e.Party = 0 }), "Northland signs."},
		{with(rules.EvDeclined, func(e *rules.Event) { e.Party = 1 }), "Southland declines to sign."},
		{with(rules.EvAgreement, func(e *rules.Event) { e.Value = 1 }), "The agreement is signed."},
		{with(rules.EvAgreement, func(e *rules.Event) { e.Party = 1 }), "No agreement: Southland did not sign."},
		{event(rules.EvAgreement), "No agreement: too few delegations signed."},
		{with(rules.EvVoteAtHome, func(e *rules.Event) {
			e.Party, e.Public, e.Form, e.Value, e.Threshold, e.Delta = 0, 1, 1, 644, 51, 1
		}), "Northland, US Senate (political declaration): 64.4% in favour, 51% needed — passes."},
		{with(rules.EvVoteAtHome, func(e *rules.Event) {
			e.Party, e.Public, e.Form, e.Value, e.Threshold, e.Delta = 0, 1, 0, 400, 67, 0
		}), "Northland, US Senate (treaty): 40.0% in favour, 67% needed — fails."},
		{with(rules.EvRatified, func(e *rules.Event) { e.Party, e.Value = 0, 1 }), "Northland ratifies."},
		{with(rules.EvRatified, func(e *rules.Event) { e.Party, e.Value = 1, 0 }), "Southland fails to ratify."},
		{with(rules.EvInForce, func(e *rules.Event) { e.Value = 1 }), "The agreement enters into force."},
		{event(rules.EvInForce), "The agreement does not enter into force."},
		{event(rules.EvEnded), "The game is over."},
	}
	for _, tt := range tests {
		if got := n.Event(tt.e); got != tt.want {
			t.Errorf("event %d:\n got  %q\n want %q", tt.e.Kind, got, tt.want)
		}
	}
}

// missingKey is how [i18n.T] shows a key the table lacks: "[ev.round]".
var missingKey = regexp.MustCompile(`\[[a-z]+\.[a-z.]+\]`)

// Every kind of event has a sentence: a new kind without one renders as
// "?", a missing translation key in brackets.
func TestEveryKindHasASentence(t *testing.T) {
	n := New(scenario())
	for k := rules.EvRoundStarted; k <= rules.EvEnded; k++ {
		e := rules.Event{Kind: k, Round: 1}
		if got := n.Event(e); got == "?" || missingKey.MatchString(got) {
			t.Errorf("event kind %d renders as %q", k, got)
		}
	}
}

// The reason follows the sentence in an account; the screens ask for the
// sentence alone and set the reason apart.
func TestLineAddsTheReason(t *testing.T) {
	n := New(scenario())
	e := with(rules.EvPassed, func(e *rules.Event) { e.Party = 0 })
	if got, want := n.Line(e), "Northland passes."; got != want {
		t.Errorf("without a reason: %q, want %q", got, want)
	}
	e.Reason = "Nothing on the table is worth the trouble."
	if got, want := n.Line(e), "Northland passes. — Nothing on the table is worth the trouble."; got != want {
		t.Errorf("with a reason: %q, want %q", got, want)
	}
	if got, want := n.Event(e), "Northland passes."; got != want {
		t.Errorf("Event with a reason: %q, want %q", got, want)
	}
}

func TestCauses(t *testing.T) {
	n := New(scenario())
	tests := []struct {
		c    rules.Cause
		want string
	}{
		{rules.Cause{Kind: rules.CauseNews, Card: 0}, "simulated news: Storm over the budget"},
		{rules.Cause{Kind: rules.CauseDrift, Slot: -1}, "moving toward its verdict on the draft"},
		{rules.Cause{Kind: rules.CauseDrift, Slot: 0, Option: 0, Value: 3}, "it welcomes legal form “treaty label”"},
		{rules.Cause{Kind: rules.CauseDrift, Slot: 1, Option: 1, Value: -1}, "it dislikes US role “air cover”"},
		{rules.Cause{Kind: rules.CauseReassure, Party: 0}, "Northland reassured it"},
		{rules.Cause{Kind: rules.CauseAddress, Party: 1}, "Southland made its case to it"},
		{rules.Cause{Kind: rules.CauseCommit, Party: 0}, "Northland took a public stand"},
		{rules.Cause{Kind: rules.CauseLeak, Party: 1}, "Southland leaked the draft"},
		{rules.Cause{Kind: rules.CauseAudience, Party: 0, Slot: 0}, "Northland signed a text that breaks its public commitment on legal form"},
		{rules.Cause{Kind: rules.CauseItem, Item: 4}, "item 5"},
		{rules.Cause{Kind: rules.CauseBracket, Slot: 1}, "US role was still in brackets"},
		{rules.Cause{Kind: rules.CauseTextChanged}, "the text changed"},
		{rules.Cause{Kind: rules.CauseNone}, "no reason given"},
	}
	for _, tt := range tests {
		if got := n.Cause(tt.c); got != tt.want {
			t.Errorf("cause %+v:\n got  %q\n want %q", tt.c, got, tt.want)
		}
	}
}

func TestPressStatements(t *testing.T) {
	n := New(scenario())
	tests := []struct {
		p    rules.Press
		want string
	}{
		{rules.Press{Kind: rules.NoComment}, "Southland makes no comment."},
		{rules.Press{Kind: rules.Reassure, Public: 1}, "Southland reassures US Senate."},
		{rules.Press{Kind: rules.Address, Public: 0}, "Southland makes its case to North voters."},
		{rules.Press{Kind: rules.Commit, Slot: 0, Option: 1, Stance: rules.Reject}, "Southland declares it will never sign “declaration label” (Legal form)."},
		{rules.Press{Kind: rules.Commit, Slot: 1, Option: 0, Stance: rules.Insist}, "Southland declares it will not sign without “no US troops” (US role)."},
		{rules.Press{Kind: rules.Leak}, "Southland leaks the draft to the press."},
	}
	for _, tt := range tests {
		if got := n.Press(1, tt.p); got != tt.want {
			t.Errorf("press %+v:\n got  %q\n want %q", tt.p, got, tt.want)
		}
	}
}

func TestNamesAndNumbers(t *testing.T) {
	n := New(scenario())
	if got := n.Party(-1); got != "nobody" {
		t.Errorf("Party(-1) = %q, want nobody", got)
	}
	if got := n.Party(7); got != "nobody" {
		t.Errorf("Party(7) = %q, want nobody", got)
	}
	if got := n.Public(7); got != "?" {
		t.Errorf("Public(7) = %q, want ?", got)
	}
	// The zero Narrator, with no scenario, still names phases and nobody.
	if got := (Narrator{}).Party(0); got != "nobody" {
		t.Errorf("zero Narrator's Party(0) = %q, want nobody", got)
	}
	for ph, want := range map[rules.Phase]string{rules.PhaseNews: "News", rules.PhaseTable: "Table", rules.PhasePress: "Press",
		rules.PhasePolls: "Polls", rules.PhaseSigning: "Signing", rules.PhaseRatification: "Ratification", rules.PhaseEnded: "Ended"} {
		if got := Phase(ph); got != want {
			t.Errorf("Phase(%d) = %q, want %q", ph, got, want)
		}
	}
	for v, want := range map[int]string{-120: "−120", -1: "−1", 0: "0", 1: "+1", 42: "+42"} {
		if got := Signed(v); got != want {
			t.Errorf("Signed(%d) = %q, want %q", v, got, want)
		}
	}
}

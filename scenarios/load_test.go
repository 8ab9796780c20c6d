package scenarios

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// TestMinimal loads testdata/good/minimal.yaml (the example of FORMAT.md)
// and checks every field of the result: indexes in both directions,
// defaults, support in tenths, -1 for what does not apply, prose
// normalised into paragraphs.
func TestMinimal(t *testing.T) {
	data, err := os.ReadFile("testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sc, r := Load("minimal.yaml", data)
	if sc == nil || len(r.Diagnostics) > 0 {
		t.Fatalf("want a clean load, got:\n%s", render(r))
	}
	sum := sha256.Sum256(data)
	none := rules.Condition{Public: -1, Slot: -1, Option: -1, Attr: -1}
	noEffect := rules.Effect{Public: -1, Attr: -1, Party: -1, Form: -1}
	checks := []struct {
		name      string
		got, want any
	}{
		{"ID", sc.ID, "harbour"},
		{"Title", sc.Title, "The Harbour Guarantee"},
		{"Summary", sc.Summary, "Northland is asked to guarantee the security of its small neighbour Southland. How firmly will it promise, and will its Senate agree?"},
		{"Hash", sc.Hash, hex.EncodeToString(sum[:])},
		{"Rounds", sc.Rounds, 4},
		{"Attributes", sc.Attributes, []rules.Attribute{
			{ID: "commitment", Name: "Strength of commitment", Description: "How firmly the guarantor binds itself."},
			{ID: "risk", Name: "Escalation risk"},
		}},
		{"Forms", sc.Forms, []rules.Form{
			{ID: "treaty", Name: "Treaty", Description: "Binding in international law. Northland's Senate must approve it."},
			{ID: "declaration", Name: "Political declaration"},
		}},
		{"Parties", sc.Parties, []rules.Party{
			{ID: "north", Name: "Northland", Colour: rules.PartyColour(0), Publics: []int{0, 1},
				Ratification: [][]rules.Requirement{{{Public: 1, Threshold: 60, Label: "three-fifths of the Senate"}}, nil}},
			{ID: "south", Name: "Southland", Colour: rules.PartyColour(1), Publics: []int{2},
				Ratification: [][]rules.Requirement{{{Public: 2, Threshold: 50}}, nil}},
			{ID: "east", Name: "Eastland", Colour: rules.PartyColour(2), Optional: true, Publics: []int{3},
				Ratification: [][]rules.Requirement{nil, nil}},
		}},
		// Drift defaults to rules.drift (30 here); support is in tenths.
		{"Publics", sc.Publics, []rules.Public{
			{ID: "north_voters", Name: "Northland voters", Party: 0, Support: 550, Base: 50, Weights: []int{0, -5}, Drift: 30},
			{ID: "north_senate", Name: "Northland Senate", Party: 0, Support: 500, Base: 55, Weights: []int{2, -4}, Drift: 40},
			{ID: "south_voters", Name: "Southland voters", Party: 1, Support: 600, Base: 40, Weights: []int{5, 0}, Drift: 30},
			{ID: "east_public", Name: "Eastland public", Party: 2, Support: 500, Base: 50, Weights: []int{0, 0}, Drift: 30},
		}},
		{"Documents", sc.Documents, []rules.Document{
			{ID: "guarantee", Title: "Northland–Southland Security Guarantee",
				Preamble: "Northland and Southland, wishing to keep the peace of the harbour, agree as follows.",
				FormSlot: 1, Form: -1, Articles: []int{0, 1}},
		}},
		{"Articles", sc.Articles, []rules.Article{
			{ID: "art1", Number: "1", Title: "Response to an attack", Document: 0, Text: "If Southland is attacked, Northland {response}.", Slots: []int{0}},
			{ID: "art2", Number: "2", Title: "Legal form", Document: 0, Text: "This document {form}.", Slots: []int{1}},
		}},
		{"Slots", sc.Slots, []rules.Slot{
			{ID: "response", Name: "Response to an attack", Description: "What Northland promises to do.", Article: 0, Default: 1,
				Options: []rules.Option{
					{ID: "act", Label: "shall act", Text: "shall take such action as it deems necessary, including the use of armed force", Attrs: []int{3, 2}, Form: -1},
					{ID: "consult", Label: "shall consult", Text: "shall consult Southland at once on the measures to be taken", Attrs: []int{1, 0}, Form: -1},
					{ID: "note", Label: "takes note", Text: "will take note of the situation", Attrs: []int{0, 0}, Form: -1},
				}},
			{ID: "form", Name: "Legal form", Article: 1, Default: 1, Bracketed: true,
				Options: []rules.Option{
					{ID: "treaty", Label: "is a treaty", Text: "is a treaty, binding in international law, and enters into force on ratification", Attrs: []int{2, 0}, Form: 0},
					{ID: "declaration", Label: "is a declaration", Text: "is a political declaration and takes effect on signature", Attrs: []int{0, 0}, Form: 1},
				}},
		}},
		{"News", sc.News, []rules.NewsCard{
			{ID: "harbour_incident", Headline: "Shots fired near the harbour",
				Text:   "A Southland patrol boat is fired on. Southland asks what Northland's promise is worth.",
				Weight: 2, FromRound: 2,
				Conditions: []rules.Condition{
					with(none, func(c *rules.Condition) { c.Kind, c.Cmp, c.Slot, c.Option = rules.CondOption, rules.IsNot, 0, 0 }),
				},
				Effects: []rules.Effect{
					withEffect(noEffect, func(e *rules.Effect) { e.Kind, e.Public, e.Delta = rules.EffSupport, 2, -5 }),
					withEffect(noEffect, func(e *rules.Effect) { e.Kind, e.Public, e.Attr, e.Delta = rules.EffWeight, 0, 1, 1 }),
				}},
			{ID: "senate_hearing", Headline: "The Northland Senate holds hearings",
				Text:   "Senators ask whether the guarantee could drag Northland into a war.",
				Weight: 1, FromRound: 1, ToRound: 3,
				Conditions: []rules.Condition{
					with(none, func(c *rules.Condition) { c.Kind, c.Cmp, c.Public, c.Value = rules.CondSupport, rules.AtMost, 1, 55 }),
					with(none, func(c *rules.Condition) { c.Kind, c.Cmp, c.Slot = rules.CondBracketed, rules.Is, 1 }),
				},
				Effects: []rules.Effect{
					withEffect(noEffect, func(e *rules.Effect) {
						e.Kind, e.Party, e.Form, e.Public, e.Delta = rules.EffThreshold, 0, 0, 1, 5
					}),
					withEffect(noEffect, func(e *rules.Effect) { e.Kind, e.Party, e.Delta = rules.EffTrust, 0, -5 }),
				}},
		}},
		{"Indicators", sc.Indicators, []rules.Indicator{
			{ID: "deterrence", Name: "Deterrence credibility", Description: "How seriously a would-be attacker takes the promise.",
				Weights: []int{2, 0},
				Bands: []rules.Band{
					{Max: 3, Label: "Weak", Text: "An attacker may bet that Northland will not come."},
					{Max: math.MaxInt, Label: "Strong", Text: "An attacker must expect Northland to fight."},
				}},
		}},
		{"Adoption", sc.Adoption, rules.AdoptionRule{MustAgree: []int{0}, Others: rules.QuotaMajority}},
		// Minimum defaults to the number of required parties.
		{"Signing", sc.Signing, rules.SigningRule{Required: []int{0, 1}, Minimum: 2}},
		// Only audience_cost is set; the rest are SPEC.md's defaults.
		{"Press", sc.Press, rules.PressRules{Reassure: 3, Address: 2, CommitBoost: 0, FormerCommitBoost: 2, AudienceCost: 6, LeakShift: 50, LeakTrust: 20}},
		{"Briefing", sc.Briefing, "Northland and Southland share a harbour. Southland has been threatened and asks Northland for a security guarantee.\n\n" +
			"Agree on two things: what Northland promises to do if Southland is attacked, and whether the promise is a treaty or a political declaration."},
		{"Questions", sc.Questions, []string{
			`Why does Southland care so much about the word "shall"?`,
			"Why is a treaty harder for Northland to give than a declaration?",
		}},
		{"RealityNotes", sc.RealityNotes, []rules.RealityNote{{
			Title:  "Article 5 of the North Atlantic Treaty",
			Text:   `The allies agree that an armed attack against one of them is an attack against them all, and each will take "such action as it deems necessary, including the use of armed force".`,
			Source: "North Atlantic Treaty (1949), Art. 5",
		}}},
		{"Outcomes", sc.Outcomes, rules.OutcomeTexts{
			NoAgreement: "Southland faces the threat alone, and Northland's voters are relieved.",
			NotRatified: "The text is signed, but a vote at home fails. The promise is empty.",
			InForce:     "The guarantee is in force. The harbour is calmer.",
		}},
		{"Briefs", sc.Briefs, []rules.Brief{
			{Text: "You are the guarantor. Southland matters to you, but your voters fear being dragged into a war.\n\n" +
				"A firm promise deters an attacker, yet your Senate will only approve a treaty that does not sound like an automatic war.",
				Objectives:  []string{"Keep the promise vague enough for your voters.", "If it must be a treaty, make sure the Senate can approve it."},
				Points:      [][]int{{0, 3, 4}, {1, 3}},
				Reservation: 3},
			{Text: `You need a guarantee that an attacker believes. Words that only "take note" are worth nothing to you.`,
				Objectives:  []string{"A promise to act, not only to talk.", "A treaty rather than a declaration."},
				Points:      [][]int{{6, 3, 0}, {4, 1}},
				Reservation: 4,
				RedLines:    []rules.OptionRef{{Slot: 0, Option: 2}}},
			{Text: "You are a friendly neighbour. A stable harbour helps your trade, and a war would hurt it.",
				Objectives: []string{"Any agreement that keeps the harbour calm."},
				Points:     [][]int{{1, 2, 1}, {2, 1}}},
		}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s:\n got  %#v\n want %#v", c.name, c.got, c.want)
		}
	}

	// The engine must accept what the loader builds.
	if _, _, err := rules.NewGame(sc, rules.Setup{Seed: 1}); err != nil {
		t.Errorf("rules.NewGame refuses the loaded scenario: %v", err)
	}
}

func with(c rules.Condition, f func(*rules.Condition)) rules.Condition { f(&c); return c }
func withEffect(e rules.Effect, f func(*rules.Effect)) rules.Effect    { f(&e); return e }

// TestBuiltin loads every embedded scenario. A shipped scenario must load
// without errors or warnings, its id must be its file name, each brief
// must be 150–300 words (SPEC.md), and the engine must accept it.
func TestBuiltin(t *testing.T) {
	ids := Builtin()
	if len(ids) == 0 {
		t.Fatal("no embedded scenarios")
	}
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			sc, r, err := Open(id)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Diagnostics) > 0 {
				t.Fatalf("a shipped scenario must load cleanly:\n%s", render(r))
			}
			for p, b := range sc.Briefs {
				if n := len(strings.Fields(b.Text)); n < 150 || n > 300 {
					t.Errorf("the brief of %s has %d words; a shipped brief has 150 to 300", sc.Parties[p].ID, n)
				}
			}
			if sc.ID != id {
				t.Errorf("scenario id %q in %s.yaml; a shipped scenario's id is its file name", sc.ID, id)
			}
			if _, _, err := rules.NewGame(sc, rules.Setup{Seed: 1}); err != nil {
				t.Errorf("rules.NewGame refuses it: %v", err)
			}
		})
	}
}

func TestOpen(t *testing.T) {
	if _, _, err := Open("testdata/good/minimal.yaml"); err != nil {
		t.Errorf("Open(path): %v", err)
	}
	if _, _, err := Open("no_such_scenario"); err == nil {
		t.Error("Open of an unknown id: want an error")
	}
	if _, err := LoadBuiltin("testdata/good/minimal"); err == nil {
		t.Error("LoadBuiltin of a path: want an error, it only loads embedded scenarios")
	}
	sc, r, err := Open("testdata/bad/unknown_key.yaml")
	if err != nil || sc != nil || !r.HasErrors() {
		t.Errorf("Open of a broken file: got scenario=%v errors=%v err=%v; want the errors in the report", sc != nil, r.HasErrors(), err)
	}
}

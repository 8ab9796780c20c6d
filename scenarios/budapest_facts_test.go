package scenarios_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// The tests in this file hold the historical anchors of the Budapest
// scenario (issue 14, item 6): who signed the memorandum of 5 December
// 1994 and who gave assurances apart from it, what each form needs at
// home, the memorandum's own wording where the game offers it, the dates
// of what Ukraine gave up, and that later events stay in the reality notes.

// budapestScenario loads the shipped Budapest scenario.
func budapestScenario(t *testing.T) *rules.Scenario { return shipped(t, "budapest") }

// flat is s with every run of white space made one space, so that a
// quotation can be looked for across the line breaks of a YAML block.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestBudapestWhoSigns checks the four signatories of the memorandum are
// the required signers, France may take part but need not sign, China is
// not seated, and the notes say France and China gave their assurances
// separately (as Berlin's Budapest note says too).
func TestBudapestWhoSigns(t *testing.T) {
	sc := budapestScenario(t)
	var required []string
	for _, p := range sc.Signing.Required {
		required = append(required, sc.Parties[p].ID)
	}
	slices.Sort(required)
	if want := []string{"russia", "uk", "ukraine", "us"}; !slices.Equal(required, want) {
		t.Errorf("required signers %v, want the memorandum's four %v", required, want)
	}
	if sc.Signing.Minimum != 4 {
		t.Errorf("minimum signers %d, want the four signatories", sc.Signing.Minimum)
	}
	fr := sc.PartyIndex("france")
	if fr < 0 || !sc.Parties[fr].Optional {
		t.Error("France should be an optional delegation: it did not sign the memorandum")
	}
	if sc.PartyIndex("china") >= 0 {
		t.Error("China is seated; the scenario's notes and briefs treat it as outside the memorandum")
	}
	sep := flat(note(t, sc, "France and China").Text)
	for _, want := range []string{"did not sign the Budapest memorandum", "separate statement", "Resolution 984"} {
		if !strings.Contains(sep, want) {
			t.Errorf("the note on France and China lacks %q", want)
		}
	}
	if !strings.Contains(flat(sc.Briefs[fr].Text), "France did not sign the Budapest memorandum") {
		t.Error("France's brief does not say that in history France did not sign")
	}
	signers := flat(note(t, sc, "six paragraphs").Text)
	for _, want := range []string{"Leonid Kuchma", "Boris Yeltsin", "Bill Clinton", "John Major", "5 December 1994"} {
		if !strings.Contains(signers, want) {
			t.Errorf("the note on the memorandum lacks %q", want)
		}
	}
}

// TestBudapestRatificationRoutes checks what each form needs at home: a
// treaty two-thirds of the US Senate and a majority of the State Duma; an
// agreement between governments or a political memorandum no vote in
// Washington, Moscow or London; and the Rada's vote whatever the form,
// since without its vote to join the NPT Ukraine gives up nothing.
func TestBudapestRatificationRoutes(t *testing.T) {
	sc := budapestScenario(t)
	treaty, exec, memo := formIndex(t, sc, "treaty"), formIndex(t, sc, "executive_agreement"), formIndex(t, sc, "political_memorandum")
	if memo != len(sc.Forms)-1 {
		t.Error("the political memorandum should be the least binding form, the fallback")
	}
	vote := func(party string, form int) []rules.Requirement {
		return sc.Parties[sc.PartyIndex(party)].Ratification[form]
	}
	one := func(party string, form int, public string, threshold int) {
		t.Helper()
		r := vote(party, form)
		if len(r) != 1 || sc.Publics[r[0].Public].ID != public || r[0].Threshold != threshold {
			t.Errorf("%s, form %s: votes %+v, want %s at %d", party, sc.Forms[form].ID, r, public, threshold)
		}
	}
	one("us", treaty, "us_senate", 67)
	one("russia", treaty, "duma", 51)
	one("uk", treaty, "commons", 50)
	for _, f := range []int{treaty, exec, memo} {
		one("ukraine", f, "rada", 51)
	}
	for _, p := range []string{"us", "russia", "uk", "france"} {
		for _, f := range []int{exec, memo} {
			if len(vote(p, f)) != 0 {
				t.Errorf("%s: form %s needs a vote; a text that takes effect on signature needs none", p, sc.Forms[f].ID)
			}
		}
	}
	if l := vote("us", treaty)[0].Label; !strings.Contains(l, "two-thirds") || !strings.Contains(l, "present") {
		t.Errorf("US treaty vote labelled %q: two-thirds of the senators present", l)
	}
	if l := vote("ukraine", memo)[0].Label; !strings.Contains(l, "NPT") {
		t.Errorf("the Rada's vote on a memorandum is labelled %q: it is the vote to join the NPT", l)
	}
	if !strings.Contains(sc.Briefing, "In this game") || !strings.Contains(sc.Briefing, "simplified") {
		t.Error("the briefing does not say the ratification routes are simplified for play")
	}
	routes := note(t, sc, "approves a text at home")
	for _, want := range []string{"Art. II, Sec. 2, Cl. 2", "(1993), Art. 106", "Ponsonby Rule (1924)"} {
		if !strings.Contains(routes.Source, want) {
			t.Errorf("the note on ratification routes does not cite %q", want)
		}
	}
	if !strings.Contains(flat(routes.Text), "two-thirds of the senators present") {
		t.Error("the note on ratification routes does not give the Senate's two-thirds of those present")
	}
	senateRatifies := regexp.MustCompile(`(?i)senate (ratif|must ratify|to ratify)|ratified by the senate`)
	for _, p := range berlinProse(sc) {
		if senateRatifies.MatchString(p.text) {
			t.Errorf("%s: the Senate consents, the President ratifies: %q", p.where, senateRatifies.FindString(p.text))
		}
	}
}

// TestBudapestHistoricWording checks the chair's opening text is the
// memorandum's own where the memorandum has a wording, that every option
// labelled "(1994)" quotes it exactly, and that paragraph 2 stands as
// fixed text.
func TestBudapestHistoricWording(t *testing.T) {
	sc := budapestScenario(t)
	historic := map[string]struct{ option, text string }{
		"borders":   {"existing", "the existing borders of Ukraine"},
		"coercion":  {"final_act", "economic coercion designed to subordinate to their own interest the exercise by Ukraine of the rights inherent in its sovereignty and thus to secure advantages of any kind"},
		"unsc":      {"nuclear", "to seek immediate United Nations Security Council action to provide assistance to Ukraine, as a non-nuclear-weapon State Party to the Treaty on the Non-Proliferation of Nuclear Weapons, if Ukraine should become a victim of an act of aggression or an object of a threat of aggression in which nuclear weapons are used"},
		"nsa":       {"exceptions", "not to use nuclear weapons against any non-nuclear-weapon State Party to the Treaty on the Non-Proliferation of Nuclear Weapons, except in the case of an attack on themselves, their territories or dependent territories, their armed forces, or their allies, by such a State in association or alliance with a nuclear-weapon State"},
		"consult":   {"on_request", "will consult in the event a situation arises which raises a question concerning these commitments"},
		"memo_form": {"political", "This Memorandum will become applicable upon signature."},
	}
	for slot, h := range historic {
		s := sc.Slots[sc.SlotIndex(slot)]
		o := s.Options[s.Default]
		if o.ID != h.option || o.Text != h.text {
			t.Errorf("slot %s opens with %s %q, want the memorandum's %s %q", slot, o.ID, o.Text, h.option, h.text)
		}
	}
	for _, s := range sc.Slots {
		for _, o := range s.Options {
			h, ok := historic[s.ID]
			if strings.Contains(o.Label, "(1994)") != (ok && h.option == o.ID) {
				t.Errorf("option %s.%s labelled %q: only the memorandum's own wordings say 1994", s.ID, o.ID, o.Label)
			}
		}
	}
	if f := sc.Slots[sc.SlotIndex("memo_form")]; f.Options[f.Default].Form != formIndex(t, sc, "political_memorandum") {
		t.Error("the historic closing line must make the text a political memorandum")
	}
	var para2 *rules.Article
	for i := range sc.Articles {
		if sc.Articles[i].ID == "m_force" {
			para2 = &sc.Articles[i]
		}
	}
	if para2 == nil || len(para2.Slots) != 0 || !strings.Contains(para2.Text, "refrain from the threat or use of force against the territorial integrity or political independence of Ukraine, and that none of their weapons will ever be used against Ukraine except in self-defence or otherwise in accordance with the Charter of the United Nations") {
		t.Error("paragraph 2 should be fixed text quoting the memorandum")
	}
	notes := flat(note(t, sc, "six paragraphs").Text + " " + note(t, sc, "six paragraphs").Source)
	for _, want := range []string{"will consult in the event a situation arises which raises a question concerning these commitments", "will become applicable upon signature", "A/49/765", "S/1994/1399", "paras. 1–6"} {
		if !strings.Contains(notes, want) {
			t.Errorf("the note on the memorandum lacks %q", want)
		}
	}
	if !strings.Contains(flat(note(t, sc, "veto").Text), "Article 27(3)") || !strings.Contains(note(t, sc, "veto").Source, "Art. 23, 27") {
		t.Error("the note on the veto does not cite Article 27 of the Charter")
	}
}

// TestBudapestWhatUkraineGaveUp checks the dates of the bargain: the
// Lisbon Protocol, the Trilateral Statement in Moscow, the Rada's vote on
// the NPT and the signing in Budapest.
func TestBudapestWhatUkraineGaveUp(t *testing.T) {
	sc := budapestScenario(t)
	gave := note(t, sc, "gave up")
	text := flat(gave.Text + " " + gave.Source)
	for _, want := range []string{"23 May 1992", "14 January 1994", "Trilateral Statement", "fuel for its nuclear power stations", "16 November 1994", "Verkhovna Rada"} {
		if !strings.Contains(text, want) {
			t.Errorf("the note on what Ukraine gave up lacks %q", want)
		}
	}
	if !strings.Contains(flat(sc.Briefs[sc.PartyIndex("ukraine")].Text), "January 1994") {
		t.Error("Ukraine's brief does not recall the Moscow agreement of January 1994")
	}
	if !strings.Contains(sc.Documents[1].Preamble, "14 January 1994") {
		t.Error("the warheads statement does not name the Trilateral Statement it builds on")
	}
	if !strings.Contains(flat(note(t, sc, "not guarantees").Text), "not submit it to the Senate") {
		t.Error("the note on assurances does not say the memorandum never went to the Senate")
	}
}

// TestBudapestLaterEventsOnlyInNotes checks 2014 and 2022 appear only in
// the reality notes, where each side's statement is given, never in a
// brief, a card, the briefing or a question, and that the scenario says its
// news is simulated and fixes two cards to their rounds.
func TestBudapestLaterEventsOnlyInNotes(t *testing.T) {
	sc := budapestScenario(t)
	later := regexp.MustCompile(`\b(20(14|22)|annex\w*|invasions?|invaded?)\b`)
	for _, p := range berlinProse(sc) {
		if strings.HasPrefix(p.where, "reality note") {
			continue
		}
		if later.MatchString(p.text) {
			t.Errorf("%s mentions a later event (%q); that belongs in the reality notes", p.where, later.FindString(p.text))
		}
	}
	n := flat(note(t, sc, "Later events").Text)
	for _, want := range []string{"said Russia had broken its commitments", "Russia said it had not violated the memorandum", "Resolution 68/262"} {
		if !strings.Contains(n, want) {
			t.Errorf("the note on later events lacks %q (each side's statement, factually)", want)
		}
	}
	if !strings.Contains(sc.Briefing, "The news is simulated") {
		t.Error("the briefing does not say the news cards are simulated")
	}
	fixed := map[string]int{}
	for _, c := range sc.News {
		if c.Round > 0 {
			fixed[c.ID] = c.Round
		}
	}
	if fixed["rada_debate"] != 2 || fixed["summit_week"] != 5 {
		t.Errorf("cards at a fixed round: %v, want the Rada's debate in round 2 and the summit in round 5", fixed)
	}
}

// TestBudapestReadingsFitNoAgreement checks each indicator's band at its
// no-agreement value reads right for a game without an agreement.
func TestBudapestReadingsFitNoAgreement(t *testing.T) {
	sc := budapestScenario(t)
	for i, ind := range sc.Indicators {
		b := sc.Band(i, ind.NoAgreement)
		if b == nil {
			t.Errorf("%s has no band at its no-agreement value", ind.ID)
			continue
		}
		if !regexp.MustCompile(`(?i)little|nothing|stay|almost all|few`).MatchString(b.Text) {
			t.Errorf("%s at its no-agreement value %d reads %q, which does not fit a game without an agreement", ind.ID, ind.NoAgreement, b.Text)
		}
	}
}

package scenarios_test

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// The tests in this file hold the historical anchors of the Washington,
// 1949 scenario: who negotiates and who must sign, how each state
// ratifies, the wordings that quote the North Atlantic Treaty of 4 April
// 1949 and the Brussels Treaty of 17 March 1948, and the dates and sources
// its prose gives. A change that breaks one of them changes history, not
// balance.

// washingtonScenario loads the shipped Washington scenario.
func washingtonScenario(t *testing.T) *rules.Scenario { return shipped(t, "washington") }

// option is the text of option opt of slot slot, failing if either is gone.
func option(t *testing.T, sc *rules.Scenario, slot, opt string) rules.Option {
	t.Helper()
	s := sc.SlotIndex(slot)
	if s < 0 {
		t.Fatalf("no slot %q", slot)
	}
	for _, o := range sc.Slots[s].Options {
		if o.ID == opt {
			return o
		}
	}
	t.Fatalf("slot %s has no option %q", slot, opt)
	return rules.Option{}
}

// TestWashingtonParties checks the delegations and the signing rule: the
// seven states of the Washington talks (Benelux as one delegation) must
// sign, as Article 11 needs their ratifications before the treaty enters
// into force; Norway, which joined the talks in 1949, is optional; and the
// United States must agree to every change.
func TestWashingtonParties(t *testing.T) {
	sc := washingtonScenario(t)
	var ids, optional []string
	for _, p := range sc.Parties {
		ids = append(ids, p.ID)
		if p.Optional {
			optional = append(optional, p.ID)
		}
	}
	if want := []string{"us", "uk", "france", "canada", "benelux", "norway"}; !slices.Equal(ids, want) {
		t.Errorf("delegations %v, want %v", ids, want)
	}
	if !slices.Equal(optional, []string{"norway"}) {
		t.Errorf("optional delegations %v, want only norway", optional)
	}
	var required []string
	for _, p := range sc.Signing.Required {
		required = append(required, sc.Parties[p].ID)
	}
	if want := []string{"us", "uk", "france", "canada", "benelux"}; !slices.Equal(required, want) {
		t.Errorf("required signatories %v, want %v (the seven states Article 11 names)", required, want)
	}
	if len(sc.Adoption.MustAgree) != 1 || sc.Parties[sc.Adoption.MustAgree[0]].ID != "us" {
		t.Errorf("must agree %v, want the United States alone", sc.Adoption.MustAgree)
	}
	for _, a := range sc.Articles {
		if a.ID != "a11" {
			continue
		}
		for _, state := range []string{"Belgium", "Canada", "France", "Luxembourg", "the Netherlands", "the United Kingdom", "the United States"} {
			if !strings.Contains(a.Text, state) {
				t.Errorf("Article 11 does not name %s among the states whose ratification it needs", state)
			}
		}
	}
}

// TestWashingtonRatification checks the route home of each delegation: a
// treaty, and for the United States the Senate's consent by two-thirds of
// the senators present (US Constitution Art. II, s. 2, cl. 2), a vote that
// binds: the Senate's verdict rejects the Brussels pledge and accepts the
// treaty as signed in 1949.
func TestWashingtonRatification(t *testing.T) {
	sc := washingtonScenario(t)
	if len(sc.Forms) != 1 || sc.Forms[0].ID != "treaty" {
		t.Fatalf("forms %v, want the treaty alone", sc.Forms)
	}
	for p, party := range sc.Parties {
		reqs := party.Ratification[0]
		if len(reqs) != 1 {
			t.Errorf("%s: %d votes at home, want one", party.ID, len(reqs))
			continue
		}
		want := 50
		if party.ID == "us" {
			want = 67
			if !strings.Contains(reqs[0].Label, "two-thirds of senators present") {
				t.Errorf("US vote labelled %q; the Senate consents by two-thirds of the senators present", reqs[0].Label)
			}
		}
		if reqs[0].Threshold != want {
			t.Errorf("%s: threshold %d, want %d", party.ID, reqs[0].Threshold, want)
		}
		if sc.Publics[reqs[0].Public].Party != p {
			t.Errorf("%s votes through another delegation's public", party.ID)
		}
	}

	// The Senate's verdict on the treaty of 1949 and on the same text with
	// the Brussels pledge in Article 5.
	real := map[string]string{"economic": "full", "aid": "mutual", "consult": "threatened", "response": "deems_force",
		"area": "full", "accession": "unanimous", "processes": "carried", "duration": "twenty", "italy": "with_italy"}
	senate := sc.PublicIndex("us_senate")
	if senate < 0 {
		t.Fatal("no us_senate public")
	}
	verdict := func(choice map[string]string) int {
		text := make([]int, len(sc.Slots))
		for s := range sc.Slots {
			opt, ok := choice[sc.Slots[s].ID]
			if !ok {
				t.Fatalf("no choice for slot %s", sc.Slots[s].ID)
			}
			text[s] = sc.OptionIndex(s, opt)
		}
		return sc.Verdict(senate, text)
	}
	if v := verdict(real); v < 67 {
		t.Errorf("the Senate's verdict on the treaty as signed is %d, under 67; it consented by 82 to 13", v)
	}
	brussels := maps.Clone(real)
	brussels["response"] = "brussels"
	if v := verdict(brussels); v >= 67 {
		t.Errorf("the Senate's verdict on the Brussels pledge is %d: it should not reach two-thirds", v)
	}
}

// TestWashingtonTreatyWordings checks the options that quote the treaties:
// Article 5's "such action as it deems necessary, including the use of
// armed force", the Brussels Treaty's "all the military and other aid and
// assistance", Article 6's Algerian departments, occupation forces and
// islands north of the Tropic of Cancer, Article 11's constitutional
// processes, Article 13's twenty years, Article 10's unanimous invitation,
// and that the articles keep the treaty's own numbers (the list of
// signatories, which is no article, has none).
func TestWashingtonTreatyWordings(t *testing.T) {
	sc := washingtonScenario(t)
	for _, c := range []struct{ slot, opt, want string }{
		{"response", "deems_force", "by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary, including the use of armed force, to restore and maintain the security of the North Atlantic area"},
		{"response", "brussels", "all the military and other aid and assistance in its power"},
		{"area", "full", "on the Algerian departments of France, on the occupation forces of any Party in Europe, on the islands under the jurisdiction of any Party in the North Atlantic area north of the Tropic of Cancer"},
		{"processes", "carried", "ratified and its provisions carried out by the Parties"},
		{"duration", "twenty", "after it has been in force for twenty years, any Party may cease to be a Party one year after its notice of denunciation"},
		{"accession", "unanimous", "by unanimous agreement"},
		{"aid", "mutual", "by means of continuous and effective self-help and mutual aid"},
		{"consult", "threatened", "the territorial integrity, political independence or security of any of the Parties is threatened"},
		{"economic", "full", "encourage economic collaboration between any or all of them"},
	} {
		if got := option(t, sc, c.slot, c.opt).Text; !strings.Contains(got, c.want) {
			t.Errorf("%s.%s = %q, want it to hold %q", c.slot, c.opt, got, c.want)
		}
	}
	if o := option(t, sc, "area", "no_algeria"); strings.Contains(o.Text, "Algeria") {
		t.Errorf("the option without Algeria names it: %q", o.Text)
	}
	// The labels do not give away which wording is the real one: the
	// class finds out in the reality notes.
	for _, sl := range sc.Slots {
		for _, o := range sl.Options {
			if l := strings.ToLower(o.Label); strings.Contains(l, "real") || strings.Contains(l, "1949") {
				t.Errorf("%s.%s: the label %q tells the class which wording is historical", sl.ID, o.ID, o.Label)
			}
		}
	}
	numbers := map[string]string{}
	for _, a := range sc.Articles {
		numbers[a.ID] = a.Number
	}
	for id, want := range map[string]string{"a1": "1", "a2": "2", "a3": "3", "a4": "4", "a5": "5", "a6": "6", "a9": "9", "a10": "10", "a11": "11", "a12": "12", "a13": "13", "signatories": ""} {
		if numbers[id] != want {
			t.Errorf("article %s numbered %q, want %q as in the treaty", id, numbers[id], want)
		}
	}
}

// TestWashingtonSignatories checks the list of original Parties: the
// twelve of 4 April 1949 when Italy signs, eleven when it is left out.
func TestWashingtonSignatories(t *testing.T) {
	sc := washingtonScenario(t)
	var text string
	for _, a := range sc.Articles {
		if a.ID == "signatories" {
			text = a.Text
		}
	}
	with := strings.Replace(text, "{italy}", option(t, sc, "italy", "with_italy").Text, 1)
	want := "Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States of America"
	if !strings.Contains(with, want) {
		t.Errorf("with Italy the list reads %q, want the twelve signatories %q", with, want)
	}
	if option(t, sc, "italy", "later").Text != "" {
		t.Error("the option without Italy should leave the phrase out")
	}
}

// TestWashingtonDatesAndSources checks the dates and sources the prose
// gives: the Brussels Treaty of 17 March 1948 (Art. IV), the Vandenberg
// Resolution of 11 June 1948 (64 to 4), the signature on 4 April 1949,
// the Senate's consent on 21 July 1949 (82 to 13), entry into force on
// 24 August 1949, and that the news is simulated.
func TestWashingtonDatesAndSources(t *testing.T) {
	sc := washingtonScenario(t)
	var notes strings.Builder
	for _, n := range sc.RealityNotes {
		notes.WriteString(n.Title + " " + n.Text + " " + n.Source + "\n")
		if n.Source == "" {
			t.Errorf("reality note %q cites no source", n.Title)
		}
	}
	all := notes.String()
	for _, want := range []string{
		"17 March 1948", "Article IV", "fifty years",
		"11 June 1948", "64 votes to 4", "Resolution 239",
		"4 April 1949", "21 July 1949", "82 votes to 13", "24 August 1949",
		"Article 6", "Algerian departments of France", "Article 2", "Article 10", "Article 11",
		"Article 12", "Article 13", "twenty years", "Art. II, Sec. 2, Cl. 2", "Art. 27", "Ponsonby Rule",
		"Greece and Turkey joined in 1952",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the reality notes do not give %q", want)
		}
	}
	// "constitutional processes" is in Article 11, not in Article 5.
	if !regexp.MustCompile(`The phrase is not in Article 5\. It is in Article 11`).MatchString(all) {
		t.Error("the notes do not say where the constitutional-processes phrase stands")
	}
	for _, want := range []string{"The news is simulated", "In this game", "simplified", "two-thirds of the senators present"} {
		if !strings.Contains(sc.Briefing, want) {
			t.Errorf("the briefing does not say %q", want)
		}
	}
	// The Senate consents; the President ratifies.
	senateRatifies := regexp.MustCompile(`(?i)senate (ratif|must ratify|to ratify)|ratified by the senate`)
	texts := []string{sc.Summary, sc.Briefing, all}
	for _, b := range sc.Briefs {
		texts = append(texts, b.Text)
	}
	for _, tx := range texts {
		if senateRatifies.MatchString(tx) {
			t.Errorf("the Senate consents and the President ratifies: %q", senateRatifies.FindString(tx))
		}
	}
}

// TestWashingtonNewsSpeaksOfNoRealEvent checks that no news card reports a
// dated event or a named real person: the cards are invented for play,
// and the history is in the reality notes.
func TestWashingtonNewsSpeaksOfNoRealEvent(t *testing.T) {
	sc := washingtonScenario(t)
	dated := regexp.MustCompile(`\b(19[0-9]{2})\b|January|February|March|April|May|June|July|August|September|October|November|December`)
	people := regexp.MustCompile(`Vandenberg|Connally|Acheson|Truman|Bevin|Schuman|Spaak|Pearson|Lange|St\. Laurent|Bidault`)
	fixed := 0
	for _, c := range sc.News {
		text := c.Headline + " " + c.Text
		if dated.MatchString(text) || people.MatchString(text) {
			t.Errorf("news %s names a date or a real person: %q", c.ID, text)
		}
		if c.Round > 0 {
			fixed++
		}
	}
	if fixed == 0 {
		t.Error("no news card comes at a fixed round")
	}
}

package scenarios_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// The tests in this file hold the facts of the Berlin scenario that a
// civics teacher checked (issue 13): what each country's parliament must
// approve, the treaty texts it quotes, and where its sources are named.

// berlinScenario loads the shipped Berlin scenario.
func berlinScenario(t *testing.T) *rules.Scenario { return shipped(t, "berlin") }

// A prose is one text of the scenario a player or a teacher reads, with
// the delegation whose brief holds it (or "" for public text).
type prose struct {
	where, owner, text string
}

// berlinProse is every text of the scenario a reader sees.
func berlinProse(sc *rules.Scenario) []prose {
	out := []prose{{"summary", "", sc.Summary}, {"briefing", "", sc.Briefing},
		{"outcome no_agreement", "", sc.Outcomes.NoAgreement}, {"outcome not_ratified", "", sc.Outcomes.NotRatified},
		{"outcome in_force", "", sc.Outcomes.InForce}}
	for _, f := range sc.Forms {
		out = append(out, prose{"form " + f.ID, "", f.Description})
	}
	for p, b := range sc.Briefs {
		id := sc.Parties[p].ID
		out = append(out, prose{"brief of " + id, id, b.Text})
		for _, o := range b.Objectives {
			out = append(out, prose{"objective of " + id, id, o})
		}
		for _, f := range sc.Parties[p].Ratification {
			for _, r := range f {
				out = append(out, prose{"ratification label of " + id, id, r.Label})
			}
		}
	}
	for _, q := range sc.Questions {
		out = append(out, prose{"question", "", q})
	}
	for _, n := range sc.RealityNotes {
		out = append(out, prose{"reality note " + n.Title, "", n.Title + ". " + n.Text + " " + n.Source})
	}
	for _, c := range sc.News {
		out = append(out, prose{"news " + c.ID, "", c.Headline + ". " + c.Text})
	}
	for _, ind := range sc.Indicators {
		for _, b := range ind.Bands {
			out = append(out, prose{"band " + ind.ID + " " + b.Label, "", b.Text})
		}
	}
	for _, s := range sc.Slots {
		for _, o := range s.Options {
			out = append(out, prose{"option " + s.ID + "." + o.ID, "", o.Label + ". " + o.Text})
		}
	}
	return out
}

var (
	sentenceEnd = regexp.MustCompile(`[.;!?]\s+`)
	// agreementBetweenGovernments names the form.
	agreementBetweenGovernments = regexp.MustCompile(`(?i)agreements? between (the )?governments|executive agreements?`)
	// noVote is a claim that a text escapes a vote at home.
	noVote = regexp.MustCompile(`(?i)avoids? (a |that |the )?vote|no vote|needs? no (vote|approval)|bypass|dodge|skips? (the )?parliament|not affected|without (a |any )?(long )?(battle|vote|approval)`)
	// usContext is a sentence about the US Congress, where the claim holds.
	usContext = regexp.MustCompile(`(?i)senate|congress|united states|washington|american|\bUS\b`)
	// europe names a state whose parliament approves a binding agreement by
	// what it contains, whatever it is called.
	europe = regexp.MustCompile(`(?i)german|bundestag|france|french|poland|polish|sejm|ital`)
)

// noVoteClaims lists the sentences of texts that say an agreement between
// governments escapes a vote in Germany, France, Poland or Italy, unless
// the sentence says it describes the game's simplification ("In this
// game").
func noVoteClaims(texts []prose) []string {
	european := []string{"germany", "france", "poland", "italy"}
	var bad []string
	for _, p := range texts {
		for _, s := range sentenceEnd.Split(p.text, -1) {
			if !agreementBetweenGovernments.MatchString(s) || !noVote.MatchString(s) || strings.Contains(s, "In this game") {
				continue
			}
			if usContext.MatchString(s) && !europe.MatchString(s) {
				continue
			}
			if slices.Contains(european, p.owner) || europe.MatchString(s) {
				bad = append(bad, p.where+": "+s)
			}
		}
	}
	return bad
}

// TestBerlinNoVoteFreeClaims checks the civics error of issue 13 is gone:
// in Germany (Basic Law Art. 59(2)), France (Art. 53), Poland (Art. 89(1))
// and Italy (Art. 80) a binding agreement on security needs parliament's
// approval whatever it is called, so the scenario's data ask the same vote
// for an agreement between governments as for a treaty, and no text says
// such an agreement avoids a vote there.
func TestBerlinNoVoteFreeClaims(t *testing.T) {
	// The checker itself catches the sentences the scenario used to hold.
	for _, old := range []prose{
		{"old brief", "germany", "At home, a treaty needs a majority in the Bundestag. An agreement between governments avoids that vote, although critics will ask why parliament was bypassed."},
		{"old brief", "france", "An agreement between governments avoids a vote but makes Europe's commitment look smaller."},
		{"old card", "", "Until a new majority forms, ratifying any treaty will be harder in France, although agreements between governments are not affected."},
	} {
		if len(noVoteClaims([]prose{old})) == 0 {
			t.Errorf("the checker misses %q", old.text)
		}
	}
	for _, fine := range []prose{
		{"us brief", "us", "An agreement between governments or a political declaration needs no vote in Congress."},
		{"germany brief", "germany", "You still prefer an agreement between governments: Washington can sign it without a Senate vote it might lose."},
	} {
		if got := noVoteClaims([]prose{fine}); len(got) > 0 {
			t.Errorf("the checker flags a true sentence: %q", got)
		}
	}

	sc := berlinScenario(t)
	for _, claim := range noVoteClaims(berlinProse(sc)) {
		t.Errorf("claims an agreement between governments avoids a vote in a European state: %s", claim)
	}

	treaty, exec := formIndex(t, sc, "treaty"), formIndex(t, sc, "executive_agreement")
	for _, id := range []string{"germany", "france", "poland", "italy"} {
		p := sc.PartyIndex(id)
		rat := sc.Parties[p].Ratification
		if len(rat[exec]) == 0 {
			t.Errorf("%s: an agreement between governments needs no vote in the data; its constitution asks parliament's approval", id)
			continue
		}
		if !slices.EqualFunc(rat[exec], rat[treaty], func(a, b rules.Requirement) bool {
			return a.Public == b.Public && a.Threshold == b.Threshold
		}) {
			t.Errorf("%s: an agreement between governments needs %+v, a treaty %+v; the same vote decides both", id, rat[exec], rat[treaty])
		}
	}
	// A card that raises a European parliament's bar for a treaty raises it
	// for an agreement between governments too.
	for _, c := range sc.News {
		forms := map[[2]int][]int{}
		for _, e := range c.Effects {
			if e.Kind == rules.EffThreshold && slices.Contains([]string{"germany", "france", "poland", "italy"}, sc.Parties[e.Party].ID) {
				forms[[2]int{e.Party, e.Public}] = append(forms[[2]int{e.Party, e.Public}], e.Form)
			}
		}
		for k, fs := range forms {
			if slices.Contains(fs, treaty) != slices.Contains(fs, exec) {
				t.Errorf("news %s changes %s's bar for one binding form only", c.ID, sc.Parties[k[0]].ID)
			}
		}
	}
	// Where the game simplifies a real procedure, the briefing says so.
	if !strings.Contains(sc.Briefing, "In this game") || !strings.Contains(sc.Briefing, "simplified") {
		t.Error("the briefing does not say the ratification routes are simplified for play")
	}
}

func formIndex(t *testing.T, sc *rules.Scenario, id string) int {
	t.Helper()
	for i, f := range sc.Forms {
		if f.ID == id {
			return i
		}
	}
	t.Fatalf("no form %q", id)
	return -1
}

// note is the reality note whose title holds title.
func note(t *testing.T, sc *rules.Scenario, title string) rules.RealityNote {
	t.Helper()
	for _, n := range sc.RealityNotes {
		if strings.Contains(n.Title, title) {
			return n
		}
	}
	t.Fatalf("no reality note titled %q", title)
	return rules.RealityNote{}
}

// TestBerlinArticle5Complete checks the note quotes Article 5 of the North
// Atlantic Treaty (1949) whole, both paragraphs, and that the option that
// copies its structure is not labelled as if it required armed force.
func TestBerlinArticle5Complete(t *testing.T) {
	sc := berlinScenario(t)
	text := strings.Join(strings.Fields(note(t, sc, "Article 5").Text), " ")
	for _, want := range []string{
		"The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all",
		"will assist the Party or Parties so attacked by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary, including the use of armed force, to restore and maintain the security of the North Atlantic area.",
		"Any such armed attack and all measures taken as a result thereof shall immediately be reported to the Security Council.",
		"Such measures shall be terminated when the Security Council has taken the measures necessary to restore and maintain international peace and security.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the Article 5 note lacks %q", want)
		}
	}
	s := sc.Slots[sc.SlotIndex("response")]
	for _, o := range s.Options {
		if o.ID != "armed_force" {
			continue
		}
		if !strings.Contains(o.Text, "such action as it deems necessary, including the use of armed force") {
			t.Fatalf("the armed_force option no longer copies Article 5: %q", o.Text)
		}
		if l := strings.ToLower(o.Label); strings.Contains(l, "shall act") || !strings.Contains(l, "allowed") {
			t.Errorf("label %q: the text permits force and does not require it", o.Label)
		}
	}
}

// TestBerlinSourcesAndSmallerFacts checks the sources and the smaller
// corrections of issue 13: the reports' outlet in the briefing and the
// notes, the Senate's consent, the UK's 21 sitting days, the 2024
// US–Ukraine agreement, and France's place in 1994.
func TestBerlinSourcesAndSmallerFacts(t *testing.T) {
	sc := berlinScenario(t)
	if !strings.Contains(sc.Briefing, "The New York Times") {
		t.Error("the briefing does not name the outlet the reports cite")
	}
	reports := note(t, sc, "Berlin reports")
	for _, want := range []string{"The New York Times", "undated", "earlier this week"} {
		if !strings.Contains(reports.Text+reports.Source, want) {
			t.Errorf("the note on the reports lacks %q (outlet and date as the copies give them)", want)
		}
	}
	senateRatifies := regexp.MustCompile(`(?i)senate (ratif|must ratify|to ratify)|ratified by the senate`)
	for _, p := range berlinProse(sc) {
		if senateRatifies.MatchString(p.text) {
			t.Errorf("%s: the Senate consents, the President ratifies: %q", p.where, senateRatifies.FindString(p.text))
		}
		if strings.Contains(p.text, "empty promise") {
			t.Errorf("%s: France did not sign the Budapest Memorandum", p.where)
		}
	}
	us := note(t, sc, "US practice").Text
	if !strings.Contains(us, "senators present") || !strings.Contains(us, "President then ratifies") {
		t.Error("the US note does not say the Senate consents by two-thirds of those present and the President ratifies")
	}
	if !strings.Contains(note(t, sc, "Budapest").Text, "France and China did not sign") {
		t.Error("the Budapest note does not say France and China gave separate assurances")
	}
	bsa := note(t, sc, "2024")
	for _, want := range []string{"ten years", "six months' written notice", "Apulia", "Joint Declaration of Support", "July 2023"} {
		if !strings.Contains(bsa.Text, want) {
			t.Errorf("the 2024 agreement note lacks %q", want)
		}
	}
	uk := sc.Briefs[sc.PartyIndex("uk")].Text
	if !strings.Contains(uk, "21 sitting days") || !strings.Contains(uk, "In this game that is simplified") {
		t.Error("the UK brief does not give the 21-sitting-day rule and say the game simplifies it")
	}
	europe := note(t, sc, "Europe").Text + note(t, sc, "Europe").Source
	for _, want := range []string{"Art. 59(2)", "12 July 1994", "Parliamentary Participation Act", "Art. 53", "Art. 89(1)", "Art. 80", "Constitutional Reform and Governance Act 2010"} {
		if !strings.Contains(europe, want) {
			t.Errorf("the note on European ratification does not cite %q", want)
		}
	}
}

// TestBerlinNewsSimulatedInText checks the scenario itself tells the class
// its news is invented.
func TestBerlinNewsSimulatedInText(t *testing.T) {
	sc := berlinScenario(t)
	if !strings.Contains(sc.Briefing, "The news is simulated") {
		t.Error("the briefing does not say the news cards are simulated")
	}
	if !strings.Contains(note(t, sc, "Berlin reports").Text, "every news card, is simulated") {
		t.Error("the note on the reports does not say the news cards are simulated")
	}
}

// TestBerlinReadingsFitTheOutcome checks that what the debrief prints when
// no agreement is in force reads right for that case: each indicator's
// band at its no-agreement value speaks of little or nothing binding, not
// of a text the guarantors signed.
func TestBerlinReadingsFitTheOutcome(t *testing.T) {
	sc := berlinScenario(t)
	signedOnly := regexp.MustCompile(`(?i)cheap to sign|have chosen to|the guarantors have promised`)
	for i, ind := range sc.Indicators {
		b := sc.Band(i, ind.NoAgreement)
		if b == nil {
			continue
		}
		if signedOnly.MatchString(b.Text) {
			t.Errorf("%s at its no-agreement value %d reads %q, which presumes a signed text", ind.ID, ind.NoAgreement, b.Text)
		}
		if !regexp.MustCompile(`(?i)no agreement|nothing|little or no`).MatchString(b.Text) {
			t.Errorf("%s at its no-agreement value %d reads %q, which does not fit a game without an agreement", ind.ID, ind.NoAgreement, b.Text)
		}
	}
	if strings.Contains(sc.Outcomes.InForce, "each public has accepted") {
		t.Error("in_force: a text in force need not have passed every public (the US votes on no agreement between governments)")
	}
}

package ui

import (
	"os"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
	"bindingwords/game/ui/input"
	"bindingwords/scenarios"
)

// endedWithForm plays Berlin with every delegation taking part and human,
// on one screen: the first proposer tables the General Principles' legal
// form option formID (which also settles its brackets), everyone votes
// yes, says nothing to the press and signs when the text allows. It
// returns the app and the session at the ratification screen.
func endedWithForm(t *testing.T, formID string) (*App, *Session) {
	t.Helper()
	load := func(id string) (*rules.Scenario, error) { return scenarios.LoadBuiltin(id) }
	a, err := NewApp(Options{Scenarios: []string{"berlin"}, Load: load, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.HumanSeat()
	}
	s, err := NewSession(Config{Scenario: sc, Seats: seats, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	a.session, a.table = s, newTable(a, s)
	a.scale = 1
	a.fonts.SetScale(1)
	slot, option := -1, -1
	for si := range sc.Slots {
		if sc.Slots[si].ID != "principles_form" {
			continue
		}
		for oi := range sc.Slots[si].Options {
			if sc.Slots[si].Options[oi].ID == formID {
				slot, option = si, oi
			}
		}
	}
	if option < 0 {
		t.Fatalf("berlin has no principles_form option %q", formID)
	}
	tabled := false
	for i := 0; i < 5000 && !s.m.Game().Over(); i++ {
		actor := s.Actor()
		if actor < 0 {
			s.Skip()
			s.Tick()
			continue
		}
		v := s.m.Game().View(actor)
		act := rules.Action{Party: actor, Kind: rules.Pass}
		switch s.m.Game().Phase() {
		case rules.PhaseTable:
			switch {
			case v.HasPending():
				act = rules.Action{Party: actor, Kind: rules.Vote, Yes: true}
			case !tabled:
				act = rules.Action{Party: actor, Kind: rules.Table, Changes: []rules.Change{{Slot: slot, Option: option}}}
				tabled = true
			}
		case rules.PhasePress:
			act = rules.Action{Party: actor, Kind: rules.Statement, Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}
		case rules.PhaseSigning:
			act = rules.Action{Party: actor, Kind: rules.Decline}
			if v.CanSign() {
				act.Kind = rules.Sign
			}
		}
		s.Unlock(actor)
		if err := s.Apply(act); err != nil {
			t.Fatalf("%v refused: %v", act, err)
		}
	}
	res := s.Public().Result()
	if res == nil {
		t.Fatal("the game did not end")
	}
	if f := res.Forms[0]; sc.Forms[f].ID != map[string]string{"treaty": "treaty", "executive": "executive_agreement", "declaration": "political_declaration"}[formID] {
		t.Fatalf("the Principles ended as %s, want the option %s", sc.Forms[f].ID, formID)
	}
	a.scene = newRatification(a, s)
	return a, s
}

// screenText is the text of one frame of the app's scene on a screen
// tall enough for everything to show without scrolling, its wrapped lines
// joined into one line of words.
func screenText(a *App) string {
	a.ui.Begin(input.Snapshot{}, BaseW, 4000)
	a.scene.Update(a.ui)
	a.ui.End()
	return strings.Join(strings.Fields(strings.Join(a.ui.Texts(), " ")), " ")
}

// partyIndex is the index of the party with id in sc.
func partyIndex(t *testing.T, sc *rules.PublicScenario, id string) int {
	t.Helper()
	for p := range sc.Parties {
		if sc.Parties[p].ID == id {
			return p
		}
	}
	t.Fatalf("no party %q", id)
	return -1
}

// find is party p's part in document d.
func find(t *testing.T, docs []docRatification, d, p int) partyRatification {
	t.Helper()
	for _, pr := range docs[d].Parties {
		if pr.Party == p {
			return pr
		}
	}
	t.Fatalf("party %d has no part in document %d", p, d)
	return partyRatification{}
}

// The case: with the Principles switched to an agreement between
// governments, the screen shows each document apart and says that the
// United States held no Senate vote, while Germany (Berlin's corrected
// data) still votes in the Bundestag on each document.
func TestRatificationSaysAnAgreementBetweenGovernmentsAvoidsTheSenate(t *testing.T) {
	a, s := endedWithForm(t, "executive")
	v := s.Public()
	sc := v.Scenario()
	docs := ratificationByDocument(v)
	if len(docs) != 2 || !docs[0].Present || !docs[1].Present {
		t.Fatalf("want both documents, got %+v", docs)
	}
	us, de, uk := partyIndex(t, sc, "us"), partyIndex(t, sc, "germany"), partyIndex(t, sc, "uk")
	for d := range docs {
		if sc.Forms[docs[d].Form].ID != "executive_agreement" {
			t.Fatalf("document %d is a %s", d, sc.Forms[docs[d].Form].ID)
		}
		u := find(t, docs, d, us)
		if len(u.Votes) != 0 || len(u.Avoided) != 1 || sc.Publics[u.Avoided[0].Public].ID != "us_senate" ||
			sc.Forms[u.Avoided[0].Form].ID != "treaty" || u.Avoided[0].Threshold != 67 {
			t.Fatalf("document %d, United States: %+v; want no vote held and the Senate's 67%% avoided", d, u)
		}
		g := find(t, docs, d, de)
		if len(g.Votes) != 1 || g.Votes[0].Label != "Bundestag consent by law" || g.Votes[0].Threshold != 51 || len(g.Avoided) != 0 {
			t.Fatalf("document %d, Germany: %+v; want the Bundestag's vote held and nothing avoided", d, g)
		}
		if b := find(t, docs, d, uk); len(b.Votes) != 0 || len(b.Avoided) != 1 || sc.Publics[b.Avoided[0].Public].ID != "commons" {
			t.Fatalf("document %d, United Kingdom: %+v; want the Commons avoided", d, b)
		}
	}

	text := screenText(a)
	senate := "Senate consent (two-thirds of senators present): not needed, as an agreement between governments does not require it (a treaty would)."
	if n := strings.Count(text, senate); n != 2 {
		t.Fatalf("the screen says %d times (want once per document) %q:\n%s", n, senate, text)
	}
	// Each document under its own title, in order, with its form; the
	// Bundestag's vote once under each.
	at := 0
	for _, doc := range sc.Documents {
		i := strings.Index(text[at:], doc.Title)
		if i < 0 {
			t.Fatalf("%q missing or out of order:\n%s", doc.Title, text)
		}
		at += i
		rest := text[at:]
		if next := strings.Index(rest[len(doc.Title):], "Framework for Military Cooperation"); next >= 0 {
			rest = rest[:len(doc.Title)+next]
		}
		if !strings.Contains(rest, "Legal form: Agreement between governments") || strings.Count(rest, "Bundestag consent by law") != 1 {
			t.Fatalf("document %q does not show its form and the Bundestag's vote once:\n%s", doc.Title, rest)
		}
	}
	if !strings.Contains(text, "would have") {
		t.Fatalf("the avoided Senate vote does not say how it would have gone:\n%s", text)
	}
}

// A treaty puts the Principles to the Senate; the cooperation framework,
// always an agreement between governments, still avoids it.
func TestRatificationOfATreatyHoldsTheSenateVote(t *testing.T) {
	a, s := endedWithForm(t, "treaty")
	v := s.Public()
	sc := v.Scenario()
	docs := ratificationByDocument(v)
	us := partyIndex(t, sc, "us")
	u := find(t, docs, 0, us)
	if len(u.Votes) != 1 || u.Votes[0].Threshold != 67 || len(u.Avoided) != 0 {
		t.Fatalf("Principles as a treaty, United States: %+v; want the Senate's vote at 67%%, nothing avoided", u)
	}
	if c := find(t, docs, 1, us); len(c.Votes) != 0 || len(c.Avoided) != 1 {
		t.Fatalf("cooperation framework, United States: %+v; want the Senate avoided", c)
	}
	text := screenText(a)
	if !strings.Contains(text, "Senate consent (two-thirds of senators present)") || !strings.Contains(text, "% in favour, 67% needed") {
		t.Fatalf("the Senate's vote is not on screen with its threshold:\n%s", text)
	}
}

// A political declaration is Ukraine's red line in Berlin: Ukraine, a
// required signatory, cannot sign, no agreement is formed and no vote is
// held, which the screen says. Had it been formed, each parliament's vote
// would have been avoided, against the treaty that needs it.
func TestRatificationOfADeclaration(t *testing.T) {
	a, s := endedWithForm(t, "declaration")
	v := s.Public()
	sc := v.Scenario()
	if v.Result().Formed || ratificationByDocument(v) != nil {
		t.Fatal("Berlin's Principles as a declaration were signed by Ukraine")
	}
	if text := screenText(a); !strings.Contains(text, "No votes were held") {
		t.Fatalf("the screen does not say no vote was held:\n%s", text)
	}
	de := partyIndex(t, sc, "germany")
	av := avoidedVotes(v, de, v.Result().Forms[0])
	if len(av) != 1 || av[0].Label != "Bundestag consent by law" || sc.Forms[av[0].Form].ID != "treaty" || av[0].Threshold != 51 {
		t.Fatalf("Germany under a declaration would avoid %+v; want the Bundestag's vote a treaty needs", av)
	}
}

func TestAForm(t *testing.T) {
	for in, want := range map[string]string{
		"Treaty":                        "a treaty",
		"Agreement between governments": "an agreement between governments",
		"NATO protocol":                 "a NATO protocol",
		"":                              "",
	} {
		if got := narrate.WithArticle(in); got != want {
			t.Errorf("WithArticle(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRatificationScreenshots writes the ratification screen to the
// folder $BW_RATIFICATION_SHOTS in a real window (run it under Xvfb):
// the Principles as an agreement between governments and as a treaty, at
// 1280×720 and 1024×768.
func TestRatificationScreenshots(t *testing.T) {
	dir := os.Getenv("BW_RATIFICATION_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_RATIFICATION_SHOTS to a folder and run under Xvfb to take the ratification screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var shots []projShot
	for _, size := range [][2]int{{1280, 720}, {1024, 768}} {
		w, h := size[0], size[1]
		for _, form := range []string{"executive", "treaty"} {
			shots = append(shots, projShot{"ratification-" + form + "-" + itoa(w) + "x" + itoa(h), w, h,
				func(t *testing.T) *App { a, _ := endedWithForm(t, form); return a }})
		}
	}
	// High contrast with text at 130 %, the hardest fit.
	shots = append(shots, projShot{"ratification-executive-contrast-text130-1024x768", 1024, 768,
		func(t *testing.T) *App {
			a, _ := endedWithForm(t, "executive")
			a.set.HighContrast, a.set.TextSize = true, 1.3
			a.applySettings()
			return a
		}})
	// A tall window shows both documents without scrolling.
	shots = append(shots, projShot{"ratification-executive-1280x1600", 1280, 1600,
		func(t *testing.T) *App { a, _ := endedWithForm(t, "executive"); return a }})
	takeShots(t, dir, shots)
}

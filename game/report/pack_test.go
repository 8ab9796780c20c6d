package report

import (
	"bindingwords/game/narrate"
	"bytes"
	"html/template"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// The answer key is computed for the delegations a class actually plays:
// a class set up as "Host a class" sets it up (every delegation a team's,
// the optional ones left out or not) plays a match whose debrief shows
// the same party set, BATNAs, best scores, Nash scores, ZOPA and best
// joint gain as the key printed for the same choice. Issue 13: the key
// was computed for seven delegations while a five-team class's debrief
// showed other figures.
func TestAnswerKeyMatchesTheClassDebrief(t *testing.T) {
	sc, err := testFinder("berlin", "", "")
	if err != nil {
		t.Fatal(err)
	}
	gains := map[int]bool{}
	for _, out := range [][]string{nil, {"uk", "italy"}, {"italy"}} {
		t.Run("out="+strings.Join(out, ","), func(t *testing.T) {
			// The class's match, as the class setup makes its seats.
			kinds := make([]match.SeatKind, len(sc.Parties))
			var ids []string
			for p := range kinds {
				kinds[p] = match.HumanSeat()
				if slices.Contains(out, sc.Parties[p].ID) {
					kinds[p] = match.OutSeat()
				} else {
					ids = append(ids, sc.Parties[p].ID)
				}
			}
			m, err := match.New(match.Config{Scenario: sc, Seed: 3, Seats: kinds, Together: true})
			if err != nil {
				t.Fatal(err)
			}
			d := Build(sc, m.Game(), m.RecordSeats())

			taking, err := TakingPart(sc, ids)
			if err != nil {
				t.Fatal(err)
			}
			g := guideData(sc, taking)
			var debriefNames []string
			for _, pr := range d.Parties {
				debriefNames = append(debriefNames, pr.Name)
			}
			if !slices.Equal(g.Taking, debriefNames) {
				t.Fatalf("the key is for %v, the class's debrief for %v", g.Taking, debriefNames)
			}
			if len(g.Key) != len(d.Parties) {
				t.Fatalf("%d rows in the key, %d delegations in the debrief", len(g.Key), len(d.Parties))
			}
			for i, k := range g.Key {
				pr := d.Parties[i]
				if k.Reservation != pr.Reservation || k.Best != pr.Best || k.Nash != pr.Nash {
					t.Errorf("%s: key BATNA %d best %d Nash %d; debrief %d %d %d", k.Name, k.Reservation, k.Best, k.Nash, pr.Reservation, pr.Best, pr.Nash)
				}
			}
			if g.A.ZOPA != d.Value.ZOPA || g.A.MaxJointGain != d.Value.MaxJointGain {
				t.Errorf("key ZOPA %d, best joint gain %d; debrief %d, %d", g.A.ZOPA, g.A.MaxJointGain, d.Value.ZOPA, d.Value.MaxJointGain)
			}
			gains[g.A.MaxJointGain] = true

			// The printed guide says whom it was computed for.
			hs, err := HandoutsFor(sc, Options{}, ids)
			if err != nil {
				t.Fatal(err)
			}
			guide := hs[len(hs)-1].HTML
			want := template.HTMLEscapeString(T("guide.for", "n", len(ids), "list", narrate.JoinAnd(g.Taking)))
			if !bytes.Contains(guide, []byte(want)) {
				t.Errorf("the guide does not say %q", want)
			}
			if n := 2*len(ids) + 2; len(hs) != n {
				t.Errorf("%d handouts for %d delegations, want %d", len(hs), len(ids), n)
			}
			for _, h := range hs {
				for _, id := range out {
					if strings.Contains(h.File, "-"+id+"-") {
						t.Errorf("%s written for %s, which is left out", h.File, id)
					}
				}
			}
		})
	}
	// The ZOPA depends only on the required signatories; the best joint
	// gain counts every delegation taking part, so it tells the sets apart.
	if len(gains) < 3 {
		t.Errorf("the choices gave the best joint gains %v: the test cannot tell the sets apart", gains)
	}
}

// A set the game refuses, the key refuses too.
func TestHandoutsRefuseWhatTheGameRefuses(t *testing.T) {
	sc, err := testFinder("berlin", "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, ids := range [][]string{{"us", "ukraine"}, {"us", "ukraine", "germany", "france", "poland", "nowhere"}, {"us", "us"}} {
		if _, err := HandoutsFor(sc, Options{}, ids); err == nil {
			t.Errorf("%v: no error", ids)
		}
		if _, _, err := rules.NewGame(sc, rules.Setup{Parties: ids}); err == nil {
			t.Errorf("%v: the game takes it", ids)
		}
	}
}

// The ZOPA is defined in the key as analyze defines it (issue 13: the key
// said "the starting opinion", the analysis lets opinion drift toward
// each text for the scenario's rounds).
func TestKeyDefinesTheZOPAAsAnalyzeDoes(t *testing.T) {
	sc, err := testFinder("berlin", "", "")
	if err != nil {
		t.Fatal(err)
	}
	hs, err := Handouts(sc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	guide := string(hs[len(hs)-1].HTML)
	if strings.Contains(guide, "with the starting opinion") {
		t.Error("the key still judges ratification with the starting opinion")
	}
	want := template.HTMLEscapeString(T("key.intro", "polls", sc.Rounds))
	if !strings.Contains(guide, want) || !strings.Contains(want, "drifted toward their verdict") {
		t.Errorf("the key's ZOPA definition is missing or not the analysis's: %q", want)
	}
}

// The concepts page uses the scenario's own numbers: the audience cost
// from its press rules, each voting public's start and threshold, and
// cites its sources.
func TestConceptsUseTheScenariosNumbers(t *testing.T) {
	sc, err := testFinder("berlin", "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, cost := range []int{8, 5} {
		sc.Press.AudienceCost = cost
		taking, _ := TakingPart(sc, nil)
		g := guideData(sc, taking)
		text := ""
		for _, c := range g.Concepts {
			text += c.Title + "\n" + strings.Join(c.Paras, "\n") + "\n" + c.Source + "\n"
		}
		for _, want := range []string{
			T("concept.audience.cost", "cost", cost),
			"Putnam", "International Organization 42(3)", "Fearon", "American Political Science Review 88(3)",
			"Nash", "Getting to Yes", "Raiffa",
			T("concept.twolevel.one", "public", "US Senate", "start", "58", "threshold", 67, "forms", "Treaty"),
			T("concept.twolevel.short", "public", "US Senate", "points", "9"),
		} {
			if !strings.Contains(text, want) {
				t.Errorf("audience cost %d: the concepts lack %q", cost, want)
			}
		}
	}
}

// The glossary carries the scenario's own terms, and only those it uses;
// every news card on paper is marked simulated (issue 13: the news read
// as real).
func TestGlossaryAndSimulatedNews(t *testing.T) {
	sc, err := testFinder("berlin", "", "")
	if err != nil {
		t.Fatal(err)
	}
	taking, _ := TakingPart(sc, nil)
	g := guideData(sc, taking)
	var terms []string
	for _, x := range g.Glossary {
		terms = append(terms, x.Term)
	}
	for _, want := range []string{"Backstop", "Snapback", "Forthwith", "Advice and consent", "Ratification", "Brackets [ ]", "Reservation point (reservation value)"} {
		if !slices.Contains(terms, want) {
			t.Errorf("the glossary lacks %q: %v", want, terms)
		}
	}
	h, err := testFinder("harbour", "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range glossary(h) {
		if x.Term == T("term.backstop") {
			t.Errorf("harbour never says backstop, yet its glossary explains it")
		}
	}
	hs, err := Handouts(sc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	guide := string(hs[len(hs)-1].HTML)
	if n, want := strings.Count(guide, `<span class="simulated">Simulated news</span>`), len(sc.News); n != want || n == 0 {
		t.Errorf("%d news cards marked simulated on paper, want %d", n, want)
	}
}

// A delegation's one-page summary is private to it: it says so on every
// page, holds its own BATNA and red lines, and changes with nothing in
// another delegation's brief.
func TestSummaryIsPrivate(t *testing.T) {
	sc, err := testFinder("berlin", "", "")
	if err != nil {
		t.Fatal(err)
	}
	for p := range sc.Parties {
		before := summaryPage(summaryData(sc, p), Options{}, T("brief.private", "party", sc.Parties[p].Name))
		if !bytes.Contains(before, []byte("PRIVATE — "+template.HTMLEscapeString(sc.Parties[p].Name)+" only")) {
			t.Errorf("%s: no private header", sc.Parties[p].ID)
		}
		for _, r := range briefData(sc, p).RedLines {
			if !bytes.Contains(before, []byte(template.HTMLEscapeString(r))) {
				t.Errorf("%s: its red line %q is missing", sc.Parties[p].ID, r)
			}
		}
		// Change every other brief beyond recognition.
		other, err := testFinder("berlin", "", "")
		if err != nil {
			t.Fatal(err)
		}
		for q := range other.Briefs {
			if q == p {
				continue
			}
			b := &other.Briefs[q]
			b.Reservation, b.Text, b.Objectives, b.RedLines = 99, "changed", []string{"changed"}, nil
			for si := range b.Points {
				for oi := range b.Points[si] {
					b.Points[si][oi] = 7 * oi
				}
			}
		}
		after := summaryPage(summaryData(other, p), Options{}, T("brief.private", "party", sc.Parties[p].Name))
		if !bytes.Equal(before, after) {
			t.Errorf("%s: its summary changed with the other delegations' briefs", sc.Parties[p].ID)
		}
	}
}

// The guide plans each of the three ways to play, every plan filling its
// lesson exactly with no block of negative or zero length, and shows
// each brief's words, counted from the scenario, and reading time.
func TestTimingPlansAndReadingTimes(t *testing.T) {
	for _, id := range []string{"berlin", "harbour"} {
		sc, err := testFinder(id, "", "")
		if err != nil {
			t.Fatal(err)
		}
		taking, _ := TakingPart(sc, nil)
		g := guideData(sc, taking)
		if len(g.Modes) != 3 {
			t.Fatalf("%s: %d modes, want one device per team, one screen and solo", id, len(g.Modes))
		}
		for _, m := range g.Modes {
			for _, pl := range m.Plans {
				at := 0
				for _, st := range pl.Steps {
					if st.At != at || st.Minutes <= 0 {
						t.Errorf("%s, %s, %d minutes: a block at %d of %d minutes (want it at %d)", id, m.Title, pl.Minutes, st.At, st.Minutes, at)
					}
					at += st.Minutes
				}
				if at != pl.Minutes {
					t.Errorf("%s, %s: the plan fills %d of %d minutes", id, m.Title, at, pl.Minutes)
				}
			}
		}
		html := string(guidePage(g, Options{}, ""))
		for i, p := range taking {
			b := &sc.Briefs[p]
			n := len(strings.Fields(b.Text + " " + strings.Join(b.Objectives, " ")))
			r := g.Reading[i]
			if r.Words != n || r.Minutes != (n+ReadingWPM-1)/ReadingWPM {
				t.Errorf("%s, %s: %d words, %d minutes; the brief has %d words", id, sc.Parties[p].ID, r.Words, r.Minutes, n)
			}
			row := template.HTMLEscapeString(T("reading.brief", "party", sc.Parties[p].Name)) + `</td><td class="num">` + num(n) + "<"
			if !strings.Contains(html, row) {
				t.Errorf("%s: the guide lacks the reading time of %s's brief", id, sc.Parties[p].ID)
			}
		}
	}
}

// The note on who has no seat names the actors the scenario's texts name
// without a delegation, and only those.
func TestNoSeatNamesTheActorsWithoutADelegation(t *testing.T) {
	sc, err := testFinder("berlin", "", "")
	if err != nil {
		t.Fatal(err)
	}
	got := noSeat(sc)
	for _, want := range []string{T("noseat.intro"), T("noseat.russia"), T("noseat.un")} {
		if !slices.Contains(got, want) {
			t.Errorf("berlin: the note lacks %q", want)
		}
	}
	if slices.Contains(got, T("noseat.china")) {
		t.Error("berlin never names China, yet the note explains its absence")
	}
	// Seat Russia, and its line goes.
	sc.Parties[len(sc.Parties)-1].Name = "Russia"
	if slices.Contains(noSeat(sc), T("noseat.russia")) {
		t.Error("a delegation named Russia, yet the note says Russia has no seat")
	}
}

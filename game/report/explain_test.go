package report

import (
	"slices"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// findBerlin plays seeded Berlin games of AI delegates, every
// delegation taking part (seeds 1 to 120, each level), until one has the
// property, and returns its debrief; the test fails if none has. The
// tests ask for a kind of game rather than a seed, so that they hold as
// the scenario and the AI delegates change.
func findBerlin(t *testing.T, what string, has func(g *rules.Game) bool) *Debrief {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 120; seed++ {
		for _, level := range []string{"easy", "normal", "hard"} {
			seats := make([]match.SeatKind, len(sc.Parties))
			for p := range seats {
				seats[p] = match.AISeat(level)
			}
			m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: seats})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.Run(); err != nil {
				t.Fatal(err)
			}
			if has(m.Game()) {
				return Build(sc, m.Game(), m.RecordSeats())
			}
		}
	}
	t.Fatalf("no seeded game %s", what)
	return nil
}

// noAgreementWithNews is a game without an agreement in which news moved
// the bar of a vote the last draft's form needed.
func noAgreementWithNews(g *rules.Game) bool {
	r := g.Result()
	if r.Formed {
		return false
	}
	for _, e := range g.Events() {
		if e.Kind == rules.EvThreshold && e.Delta != 0 && slices.Contains(r.Forms, e.Form) {
			return true
		}
	}
	return false
}

func droppedArticle(g *rules.Game) bool {
	return slices.ContainsFunc(g.Events(), func(e rules.Event) bool { return e.Kind == rules.EvArticleDropped })
}

// droppedAndKept is a game where an article fell out and a delegation
// kept a public commitment: the comparison's dropped marks and the list of
// kept commitments are both there to check.
func droppedAndKept(g *rules.Game) bool {
	kept, _ := narrate.Commitments(g.View(rules.Spectator))
	return droppedArticle(g) && len(kept) > 0
}

func inForce(g *rules.Game) bool { return g.Result().InForce }

// France's bar for a treaty rose from 50 to 55 with the news of round 4:
// the chart draws 50 until then, not 55 from the start.
func TestThresholdsAsTheyChanged(t *testing.T) {
	l := loadFixture(t, "v2/berlin-over.bws")
	ps := &l.Scenario.PublicScenario
	france := slices.IndexFunc(ps.Parties, func(p rules.Party) bool { return p.ID == "france" })
	treaty := slices.IndexFunc(ps.Forms, func(f rules.Form) bool { return f.ID == "treaty" })
	got := ThresholdSteps(ps, l.Game.Events(), france, treaty, 0, 7)
	if want := []int{50, 50, 50, 50, 55, 55, 55}; !slices.Equal(got, want) {
		t.Errorf("France's treaty bar by poll = %v, want %v", got, want)
	}
	if th := (Threshold{Label: "x", Value: 55, Steps: got}); !th.Moved() {
		t.Error("a bar news moved does not say it moved")
	}
	svg := PollChart(PublicChart{Name: "French Parliament", Polls: []int{480, 490, 500, 500, 500, 500, 500}, Bar: got}, 6)
	if !strings.Contains(svg, `d="M44.0 92.0 H91.8 V92.0 H187.5 V92.0 H283.2 V92.0 H378.8 V84.2 H474.5 V84.2 H570.2 V84.2 H618.0"`) {
		t.Errorf("a moved bar is not drawn as steps from 50%% to 55%%:\n%s", svg)
	}
}

// The bar the draft needed at each poll follows its legal form: the US
// Senate's two-thirds held while the draft was a treaty, and went when
// item 13 made it an agreement between governments in round 5.
func TestBarFollowsTheForm(t *testing.T) {
	l := loadFixture(t, "v2/berlin-over.bws")
	d := Build(l.Scenario, l.Game, l.Seats)
	i := slices.IndexFunc(d.Publics, func(pc PublicChart) bool { return pc.Name == "US Senate" })
	pc := d.Publics[i]
	if want := []int{67, 67, 67, 67, 67, -1, -1}; !slices.Equal(pc.Bar, want) {
		t.Errorf("the Senate's bar by poll = %v, want %v", pc.Bar, want)
	}
	if len(pc.Earlier) != 1 || pc.Earlier[0].Sentence() != "As a treaty the draft needed 67% until round 4." {
		t.Errorf("earlier bars %+v", pc.Earlier)
	}
	if svg := PollChart(pc, d.Rounds); !strings.Contains(svg, ">Treaty: 67%<") {
		t.Errorf("the chart does not label the treaty's bar where it stops:\n%s", svg)
	}
}

// A game without an agreement: the summary says so, no band reading
// written for a text in force is printed, and nothing reads as signed.
func TestNoAgreementReadsAsNoAgreement(t *testing.T) {
	d := findBerlin(t, "without an agreement, with news moving a bar", noAgreementWithNews)
	if len(d.Story) == 0 || !strings.Contains(d.Story[0], "no agreement") {
		t.Fatalf("seed %d: the summary does not open on the missing agreement: %q", d.Seed, d.Story)
	}
	for _, in := range d.Outcome.Indicators {
		if in.BandText != "" {
			t.Errorf("%s: reading %q printed with no text in force", in.Name, in.BandText)
		}
	}
	h, _ := HTML(d, Options{})
	for _, want := range []string{"What happened", T("outcome.noreading"), "imulated news in round ", T("h.draft.text")} {
		if !strings.Contains(string(h), esc(want)) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(string(h), "Cheap to sign") {
		t.Error("a reading written for a signed text is printed when nothing was signed")
	}
}

// Articles that fell out are in the comparison with the Nash bargain,
// marked as dropped.
func TestDroppedArticlesInTheComparison(t *testing.T) {
	d := findBerlin(t, "where an article fell out and a commitment was kept", droppedAndKept)
	dropped := 0
	for _, doc := range d.Docs {
		for _, a := range doc.Articles {
			if a.Dropped {
				dropped += len(a.Clauses)
			}
		}
	}
	if dropped == 0 {
		t.Fatalf("seed %d: the debrief marks no article dropped", d.Seed)
	}
	n := 0
	for _, c := range d.Value.Nash {
		if c.Dropped {
			n++
		}
	}
	if n != dropped {
		t.Errorf("%d clauses fell out, %d are marked dropped in the Nash comparison", dropped, n)
	}
	h, _ := HTML(d, Options{})
	keepFile(t, "seeded-dropped.html", h)
	md := string(Markdown(d))
	if !strings.Contains(md, "("+T("value.dropped")+")") {
		t.Error("the Markdown comparison does not mark the dropped clauses")
	}
	if len(d.Kept) == 0 || !strings.Contains(md, T("h.kept")) {
		t.Error("the kept commitments are not listed")
	}
}

// A game whose agreement entered into force: the summary says so and the
// readings of the bands are printed.
func TestInForceReadsAsInForce(t *testing.T) {
	d := findBerlin(t, "in force", inForce)
	if !strings.Contains(d.Story[0], "entered into force") {
		t.Fatalf("seed %d: the summary does not open on the agreement in force: %q", d.Seed, d.Story)
	}
	for _, in := range d.Outcome.Indicators {
		if in.BandText == "" {
			t.Errorf("%s: no reading for a text in force", in.Name)
		}
	}
	h, _ := HTML(d, Options{})
	keepFile(t, "seeded-inforce.html", h)
	h, _ = HTML(findBerlin(t, "without an agreement, with news moving a bar", noAgreementWithNews), Options{})
	keepFile(t, "seeded-noagreement.html", h)
}

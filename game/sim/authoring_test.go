package sim

import (
	"bytes"
	"html/template"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/report"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// TestAuthoringFeaturesPlayAndPrint loads the scenario that uses every
// feature issue 14 added to the format (the author's article numbers,
// numbering: none, fixed articles, news at a fixed round), has the bots
// play it, and prints its debrief and handouts: fixed articles are never
// dropped and read as written, the fixed card comes up in its round in
// every game, and every article is headed as the window heads it. With
// BW_AUTHORING_OUT=DIR the pages are written there, to look at.
func TestAuthoringFeaturesPlayAndPrint(t *testing.T) {
	sc, rep, err := scenarios.Open("../../scenarios/testdata/good/authoring.yaml")
	if err != nil || sc == nil {
		t.Fatalf("the authoring scenario does not load: %v %v", err, rep.Diagnostics)
	}
	if len(rep.Diagnostics) > 0 {
		t.Errorf("check's messages on it: %v", rep.Diagnostics)
	}
	fixed := map[string]bool{}
	for _, a := range sc.Articles {
		if len(a.Slots) == 0 {
			fixed[a.ID] = true
		}
	}
	if len(fixed) != 2 {
		t.Fatalf("fixed articles %v, want parties and harbour_open", fixed)
	}
	election := -1
	for i, n := range sc.News {
		if n.Round == 2 {
			election = i
		}
	}
	var mu sync.Mutex
	var last *match.Match
	r, err := Run(Config{Scenario: sc, Games: 24, Seed: 5, Played: func(i int, m *match.Match) {
		v := m.Game().View(rules.Spectator)
		present, news := v.Present(), v.News()
		for a := range sc.Articles {
			if fixed[sc.Articles[a].ID] && present != nil && !present[a] {
				t.Errorf("game %d: fixed article %s fell out", i, sc.Articles[a].ID)
			}
		}
		if len(news) < 2 || news[1] != election {
			t.Errorf("game %d: news by round %v, want card %d in round 2", i, news, election)
		}
		for rd, c := range news {
			if c == election && rd != 1 {
				t.Errorf("game %d: the election card came up in round %d too", i, rd+1)
			}
		}
		mu.Lock()
		last = m
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	if r.GamesPlayed != 24 {
		t.Fatalf("%d games played", r.GamesPlayed)
	}

	d := report.Build(sc, last.Game(), last.RecordSeats())
	h, err := report.HTML(d, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	md := report.Markdown(d)
	hs, err := report.Handouts(sc, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var briefing, guide []byte
	for _, p := range hs {
		switch p.File {
		case "briefing.html":
			briefing = p.HTML
		case "teacher-guide.html":
			guide = p.HTML
		}
	}
	esc := template.HTMLEscapeString
	for name, page := range map[string][]byte{"debrief": h, "debrief (Markdown)": md, "briefing": briefing} {
		for _, want := range []string{
			"Article 5. Response to an attack", "Article V. Legal form", "Article A.2. Joint patrols",
			"The harbour stays open", "The Parties",
			"Ships of both Parties may use the harbour in peace, as they have since 1900.",
		} {
			if name != "debrief (Markdown)" {
				want = esc(want)
			}
			if !bytes.Contains(page, []byte(want)) {
				t.Errorf("the %s lacks %q", name, want)
			}
		}
		for _, bad := range []string{"Article 1. The Parties", "Article 2. The harbour", "Article 1. Response"} {
			if bytes.Contains(page, []byte(bad)) {
				t.Errorf("the %s numbers an article the author did not: %q", name, bad)
			}
		}
	}
	// The omitted phrase: no double space, nor an empty pair of brackets
	// once settled, in the final text; the briefing says it is left out.
	for name, page := range map[string][]byte{"debrief": h, "debrief (Markdown)": md} {
		if bytes.Contains(page, []byte("together  in")) || bytes.Contains(page, []byte("agree  in")) || bytes.Contains(page, []byte("week  in")) {
			t.Errorf("the %s leaves a double space where the phrase was left out", name)
		}
	}
	if !bytes.Contains(briefing, []byte(esc("may patrol together when both agree in the harbour."))) {
		t.Error("the briefing's draft does not read without the omitted phrase")
	}
	if !bytes.Contains(briefing, []byte(esc(report.T("briefing.omits")))) {
		t.Error("the briefing's options table does not say the phrase is left out")
	}
	if want := esc(report.T("news.round", "round", 2)); !bytes.Contains(guide, []byte(want)) {
		t.Errorf("the teacher's guide does not say when the election card comes up (%q)", want)
	}
	if dir := os.Getenv("BW_AUTHORING_OUT"); dir != "" {
		for _, p := range append(hs, report.Handout{File: "debrief.html", HTML: h}) {
			if err := os.WriteFile(filepath.Join(dir, p.File), p.HTML, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "debrief.md"), md, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

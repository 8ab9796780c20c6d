package report

import (
	"bytes"
	"flag"
	"html/template"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

var keep = flag.String("keep", "", "write the generated files to this folder, to look at them")

// testFinder loads the frozen scenario copies the save fixtures were
// played on.
func testFinder(id, hash, source string) (*rules.Scenario, error) {
	path := filepath.Join("..", "save", "testdata", "scenarios", id+".yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sc, rep := scenarios.Load(path, data)
	if rep.HasErrors() {
		return nil, rep
	}
	return sc, nil
}

func loadFixture(t *testing.T, name string) *save.Loaded {
	t.Helper()
	l, err := save.ReadFile(filepath.Join("..", "save", "testdata", name), testFinder)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func keepFile(t *testing.T, name string, data []byte) {
	if *keep == "" {
		return
	}
	if err := os.WriteFile(filepath.Join(*keep, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDebrief(t *testing.T) {
	for _, name := range []string{"v2/berlin-over.bws", "v1/berlin-over.record", "v2/berlin-round3.bws", "v2/harbour-over.bws"} {
		t.Run(name, func(t *testing.T) {
			l := loadFixture(t, name)
			d := Build(l.Scenario, l.Game, l.Seats)
			h, err := HTML(d, Options{})
			if err != nil {
				t.Fatal(err)
			}
			md := Markdown(d)
			base := strings.NewReplacer("/", "-", ".", "-").Replace(name)
			keepFile(t, base+".html", h)
			keepFile(t, base+".md", md)
			for _, want := range []string{d.Title, "<svg", "@media print", "@page"} {
				if !bytes.Contains(h, []byte(want)) {
					t.Errorf("the HTML lacks %q", want)
				}
			}
			if m := regexp.MustCompile(`(?i)(src|href)\s*=|<script|<link|@import|url\(`).Find(h); m != nil {
				t.Errorf("the HTML refers outside itself: %q", m)
			}
			if bytes.Contains(h, []byte("[")) && regexp.MustCompile(`\[[a-z]+\.[a-z.]+\]`).Match(h) {
				t.Errorf("a missing string key: %s", regexp.MustCompile(`\[[a-z]+\.[a-z.]+\]`).Find(h))
			}
			for _, q := range l.Scenario.Questions {
				if !bytes.Contains(md, []byte(mdText(q)[:20])) {
					t.Errorf("the Markdown lacks the question %.30q", q)
				}
			}
		})
	}
}

// TestEscapesScenarioText plays a scenario whose prose tries to become
// markup: the HTML must show it as text and the Markdown must not turn it
// into HTML.
func TestEscapesScenarioText(t *testing.T) {
	l := loadFixture(t, "v2/harbour-over.bws")
	sc := *l.Scenario
	evil := `<script>alert(1)</script><img src="http://example.com/x.png">`
	sc.Title = evil
	sc.Parties = append([]rules.Party(nil), sc.Parties...)
	sc.Parties[0].Name = evil
	sc.Parties[0].Colour = `red" onload="x`
	sc.Questions = []string{evil}
	d := Build(&sc, l.Game, l.Seats)
	// The game was played on the original: rebuild on the copy.
	d.Title, d.Questions = sc.Title, sc.Questions
	d.Parties[0].Name, d.Parties[0].Colour = evil, sc.Parties[0].Colour
	h, err := HTML(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<img", `onload="x`} {
		if bytes.Contains(h, []byte(bad)) {
			t.Errorf("the HTML contains %q", bad)
		}
	}
	md := Markdown(d)
	if bytes.Contains(md, []byte("<script")) || bytes.Contains(md, []byte("<img")) {
		t.Errorf("the Markdown contains raw HTML")
	}
}

// TestStringKeys checks that every key the code and templates use is in
// the English table, and every entry is used.
func TestStringKeys(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	used := map[string]bool{}
	// A key is used when it appears quoted in the code or a template.
	re := regexp.MustCompile(`"([a-z][a-z0-9]*\.[a-z0-9.]+|yes|no|ratified|source|footer)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, _ := os.ReadFile(f)
		for _, m := range re.FindAllSubmatch(src, -1) {
			if !bytes.HasSuffix(m[1], []byte(".html")) {
				used[string(m[1])] = true
			}
		}
	}
	for k := range used {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q is used but not in the table", k)
		}
	}
	for k := range en {
		if !used[k] {
			t.Errorf("key %q is in the table but never used", k)
		}
	}
}

func TestHandouts(t *testing.T) {
	for _, id := range []string{"berlin", "harbour"} {
		t.Run(id, func(t *testing.T) {
			sc, err := testFinder(id, "", "")
			if err != nil {
				t.Fatal(err)
			}
			hs, err := Handouts(sc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(hs) != 2*len(sc.Parties)+2 {
				t.Fatalf("%d handouts, want a brief and a summary per delegation, the briefing and the guide", len(hs))
			}
			for i, h := range hs {
				keepFile(t, id+"-"+h.File, h.HTML)
				if m := regexp.MustCompile(`(?i)(src|href)\s*=|<script|<link|@import|url\(`).Find(h.HTML); m != nil {
					t.Errorf("%s refers outside itself: %q", h.File, m)
				}
				if m := regexp.MustCompile(`\[[a-z]+\.[a-z.0-9]+\]`).Find(h.HTML); m != nil {
					t.Errorf("%s: a missing string key: %s", h.File, m)
				}
				if i < len(sc.Parties) {
					// A brief holds its own delegation's points and no one
					// else's private text. (Its summary is checked in
					// TestSummaryIsPrivate.)
					own := sc.Briefs[i].Objectives
					if len(own) > 0 && !bytes.Contains(h.HTML, []byte(template.HTMLEscapeString(own[0]))) {
						t.Errorf("%s lacks its own objectives", h.File)
					}
					for j := range sc.Parties {
						if j != i && len(sc.Briefs[j].Objectives) > 0 && bytes.Contains(h.HTML, []byte(template.HTMLEscapeString(sc.Briefs[j].Objectives[0]))) {
							t.Errorf("%s holds %s's objectives", h.File, sc.Parties[j].ID)
						}
					}
					if !bytes.Contains(h.HTML, []byte("PRIVATE — "+template.HTMLEscapeString(sc.Parties[i].Name)+" only")) {
						t.Errorf("%s has no private header", h.File)
					}
				}
			}
		})
	}
}

func TestExport(t *testing.T) {
	l := loadFixture(t, "v2/harbour-over.bws")
	h, err := ExportHTML(l.Scenario, l.Game, l.Seats, Options{Paper: A4})
	if err != nil || !bytes.Contains(h, []byte("size: A4")) {
		t.Errorf("ExportHTML: %v", err)
	}
	if md := ExportMarkdown(l.Scenario, l.Game, l.Seats); !bytes.HasPrefix(md, []byte("# ")) {
		t.Errorf("ExportMarkdown starts %.20q", md)
	}
	day := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	if n := FileName(&l.Scenario.PublicScenario, day, "html"); n != "harbour-debrief-2026-11-22.html" {
		t.Errorf("FileName: %q", n)
	}
}

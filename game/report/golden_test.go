package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with testdata/golden/name, or rewrites the file
// with -update. The files are the exports as the html/template version
// of this package wrote them; the writers must keep them byte for byte.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./game/report -run Golden -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file %s", name, firstDiff(got, want))
	}
}

// firstDiff shows where two outputs part, with a little context.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-60)
	line := 1 + bytes.Count(want[:i], []byte("\n"))
	return "at line " + strconv.Itoa(line) + ":\n  got:  " + strings.TrimSpace(string(got[from:min(len(got), i+60)])) +
		"\n  want: " + strings.TrimSpace(string(want[from:min(len(want), i+60)]))
}

// hostile is appended to every string of the data in the hostile golden
// files: markup, entities, quotes, a plus (html/template wrote "&#43;"),
// a NUL (it wrote U+FFFD), a paragraph break and a template action.
const hostile = " <b>&amp;'\"+\x00</title>\n\n<i>{{.}}</i> —ü"

// poison appends hostile to every settable string reachable from v.
func poison(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			poison(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				poison(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			poison(v.Index(i))
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + hostile)
		}
	}
}

func TestGoldenDebrief(t *testing.T) {
	for _, tt := range []struct {
		fixture string
		paper   Paper
	}{
		{"v2/berlin-over.bws", Auto},
		{"v1/berlin-over.record", Letter},
		{"v2/berlin-round3.bws", Auto},
		{"v2/harbour-over.bws", A4},
	} {
		base := "debrief-" + strings.NewReplacer("/", "-", ".", "-").Replace(tt.fixture)
		t.Run(base, func(t *testing.T) {
			l := loadFixture(t, tt.fixture)
			d := Build(l.Scenario, l.Game, l.Seats)
			h, err := HTML(d, Options{Paper: tt.paper})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, base+".html", h)
			golden(t, base+".md", Markdown(d))
		})
	}
	t.Run("hostile", func(t *testing.T) {
		l := loadFixture(t, "v2/harbour-over.bws")
		d := Build(l.Scenario, l.Game, l.Seats)
		poison(reflect.ValueOf(d))
		h, err := HTML(d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "debrief-hostile.html", h)
		golden(t, "debrief-hostile.md", Markdown(d))
	})
}

func TestGoldenHandouts(t *testing.T) {
	for _, tt := range []struct {
		id    string
		paper Paper
	}{{"berlin", Auto}, {"harbour", Letter}} {
		t.Run(tt.id, func(t *testing.T) {
			sc, err := testFinder(tt.id, "", "")
			if err != nil {
				t.Fatal(err)
			}
			hs, err := Handouts(sc, Options{Paper: tt.paper})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hs {
				golden(t, "handout-"+tt.id+"-"+h.File, h.HTML)
			}
		})
	}
	t.Run("hostile", func(t *testing.T) {
		sc, err := testFinder("harbour", "", "")
		if err != nil {
			t.Fatal(err)
		}
		all, err := TakingPart(sc, nil)
		if err != nil {
			t.Fatal(err)
		}
		// The summary gets a scenario of its own: the poison follows
		// pointers, and the others' strings must be poisoned once.
		sc2, err := testFinder("harbour", "", "")
		if err != nil {
			t.Fatal(err)
		}
		brief, public, guide, summary := briefData(sc, 0), publicData(&sc.PublicScenario), guideData(sc, all), summaryData(sc2, 0)
		for _, d := range []any{brief, public, guide, summary} {
			poison(reflect.ValueOf(d))
		}
		for _, tt := range []struct {
			name string
			html []byte
		}{
			{"brief", briefPage(brief, Options{}, hostile)},
			{"briefing", briefingPage(public, Options{})},
			{"guide", guidePage(guide, Options{Paper: A4}, hostile)},
			{"summary", summaryPage(summary, Options{}, hostile)},
		} {
			golden(t, "handout-hostile-"+tt.name+".html", tt.html)
		}
	})
}

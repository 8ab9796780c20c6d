//go:build !js

package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bindingwords/game/analysis"
)

// The debrief's best joint gain is the analysis's, within the zone of
// possible agreement, and the export writes both files.
func TestDebriefJointGainAndExport(t *testing.T) {
	reports := t.TempDir()
	t.Setenv(ReportsEnv, reports)
	a := storeApp(t, t.TempDir(), nil)
	s := startGame(t, a)
	for playMove(t, a) {
	}
	a.route(goTo(ToDebrief))
	d := a.debrief
	d.an = <-d.anDone
	want := analysis.Analyze(s.m.Scenario(), analysis.Options{Parties: s.m.Game().Parties()})
	d.tab = 1
	frame(a, d)
	// The joint gain is below the table of seven delegations: scroll.
	a.ui.ScrollTo("db.pane", 1e6)
	_, text := frame(a, d)
	if want.MaxJoint != nil && !strings.Contains(text, itoa(want.MaxJointGain)+": the class reached") {
		t.Errorf("the scores tab does not give the best joint gain %d:\n%s", want.MaxJointGain, text)
	}
	d.export()
	r := <-d.exported
	d.exported = make(chan exportResult, 1)
	d.exported <- r
	d.poll()
	if d.msgBad || !strings.Contains(d.msg, reports) {
		t.Fatalf("export: %q", d.msg)
	}
	for _, ext := range []string{"html", "md"} {
		m, _ := filepath.Glob(filepath.Join(reports, "*."+ext))
		if len(m) != 1 {
			t.Fatalf("want one .%s report, found %v", ext, m)
		}
		if fi, _ := os.Stat(m[0]); fi.Size() < 5000 {
			t.Errorf("%s is a stub", m[0])
		}
	}
}

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	game := writeGame(t)
	dir := t.TempDir()
	html, md := filepath.Join(dir, "report.html"), filepath.Join(dir, "report.md")
	runCmdCases(t, []cmdCase{
		{name: "HTML", args: []string{"report", game, "--out", html}, stdout: []string{"wrote " + html + " (html, …"}},
		{name: "Markdown", args: []string{"report", "--out", md, game}, stdout: []string{"wrote " + md + " (md, …"}},
		{name: "to stdout", args: []string{"report", "--out", "-", "--format", "md", game}, stdout: []string{"# Debrief: The Berlin Guarantees", "…"}},
		{name: "Letter paper", args: []string{"report", game, "--out", html, "--paper", "letter"}, stdout: []string{"wrote …"}},
		{name: "no --out", args: []string{"report", game}, code: 2, stderr: "--out is required"},
		{name: "an unknown extension", args: []string{"report", game, "--out", filepath.Join(dir, "r.pdf")}, code: 2, stderr: "name the file .html or .md"},
		{name: "a bad paper", args: []string{"report", game, "--out", html, "--paper", "a3"}, code: 2, stderr: `unknown paper "a3"`},
		{name: "a missing save", args: []string{"report", filepath.Join(dir, "x.bws"), "--out", html}, code: 1, stderr: "x.bws: no such file"},
	})
	data, err := os.ReadFile(html)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<svg", "size: letter", "The Berlin Guarantees", "Value left on the table"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("report.html lacks %q", want)
		}
	}
	data, _ = os.ReadFile(md)
	if !strings.Contains(string(data), "| Delegation |") {
		t.Errorf("report.md has no score table")
	}
}

// The tester's case: report on a mid-game autosave printed every
// delegation's reservation and what the draft was worth to each. It is
// refused unless --teacher asks for a teacher's copy, which says so; a
// finished game's report is not marked.
func TestReportOfAnUnfinishedGame(t *testing.T) {
	const midGame = "game/save/testdata/v2/berlin-round3.bws"
	dir := t.TempDir()
	refused, copyMD, copyHTML, over := filepath.Join(dir, "refused.md"), filepath.Join(dir, "copy.md"), filepath.Join(dir, "copy.html"), filepath.Join(dir, "over.md")
	runCmdCases(t, []cmdCase{
		{name: "refused", args: []string{"report", midGame, "--scenario", frozenBerlin, "--out", refused}, code: 1,
			stderr: midGame + ": the game is not over (it stands in round 3 of 6), and its report would show every delegation's private brief"},
		{name: "refused to stdout", args: []string{"report", midGame, "--scenario", frozenBerlin, "--out", "-", "--format", "md"}, code: 1,
			stderr: "or add --teacher for a teacher's copy"},
		{name: "teacher's copy, Markdown", args: []string{"report", midGame, "--scenario", frozenBerlin, "--out", copyMD, "--teacher"}, stdout: []string{"wrote " + copyMD + " (md, …"}},
		{name: "teacher's copy, HTML", args: []string{"report", "--teacher", midGame, "--scenario", frozenBerlin, "--out", copyHTML}, stdout: []string{"wrote " + copyHTML + " (html, …"}},
		{name: "a finished game", args: []string{"report", "game/save/testdata/v2/berlin-over.bws", "--scenario", frozenBerlin, "--out", over}, stdout: []string{"wrote " + over + " (md, …"}},
	})
	if _, err := os.Stat(refused); err == nil {
		t.Error("a refused report was written all the same")
	}
	for file, want := range map[string]bool{copyMD: true, copyHTML: true, over: false} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(strings.ReplaceAll(string(data), "&#39;", "'"), "Teacher's copy: the game is not over"); got != want {
			t.Errorf("%s: says it is a teacher's copy: %v, want %v", filepath.Base(file), got, want)
		}
		if !strings.Contains(string(data), "BATNA") {
			t.Errorf("%s: no reservation values: is it a report at all?", filepath.Base(file))
		}
	}
}

func TestHandoutsCommand(t *testing.T) {
	dir := t.TempDir()
	runCmdCases(t, []cmdCase{
		{name: "berlin", args: []string{"handouts", "--scenario", "berlin", "--out", dir},
			stdout: []string{"wrote " + filepath.Join(dir, "brief-us-private.html") + " …", "…", "wrote " + filepath.Join(dir, "teacher-guide.html") + " …"}},
		{name: "a scenario file", args: []string{"handouts", "--scenario", "scenarios/testdata/good/minimal.yaml", "--out", filepath.Join(dir, "harbour"), "--paper", "a4"},
			stdout: []string{"…"}},
		{name: "an unknown scenario", args: []string{"handouts", "--scenario", "atlantis", "--out", dir}, code: 1, stderr: "atlantis"},
		{name: "no --out", args: []string{"handouts", "--scenario", "berlin"}, code: 2, stderr: "--out is required"},
		{name: "no --scenario", args: []string{"handouts", "--out", dir}, code: 2, stderr: "--scenario is required"},
		{name: "a delegation that must take part left out", args: []string{"handouts", "--scenario", "berlin", "--out", dir, "--parties", "us,ukraine"},
			code: 2, stderr: "--parties: setup: Germany must take part"},
		{name: "an unknown delegation", args: []string{"handouts", "--scenario", "berlin", "--out", dir, "--parties", "us,ukraine,germany,france,poland,atlantis"},
			code: 2, stderr: "no delegation \"atlantis\""},
	})
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) != 16 {
		t.Errorf("%d files for berlin, want 7 briefs, 7 summaries, the briefing and the guide: %v", len(files), files)
	}
	// A five-team class: briefs and summaries for those five, and a key
	// that says it was computed for them.
	five := filepath.Join(dir, "five")
	runCmdCases(t, []cmdCase{{name: "five delegations", args: []string{"handouts", "--scenario", "berlin", "--out", five, "--parties", "us,ukraine,germany,france,poland"},
		stdout: []string{"…"}}})
	files, _ = filepath.Glob(filepath.Join(five, "*.html"))
	if len(files) != 12 {
		t.Errorf("%d files for five delegations, want 5 briefs, 5 summaries, the briefing and the guide: %v", len(files), files)
	}
	guide, err := os.ReadFile(filepath.Join(five, "teacher-guide.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "computed for a class of 5 delegations: United States, Ukraine, Germany, France and Poland."; !strings.Contains(string(guide), want) {
		t.Errorf("the guide does not say %q", want)
	}
}

// A report of a save of an older format (no text chain) says on the page
// that its reasons and seats were not checked,
// as replay does; a report of a current save does not.
func TestReportOfAnOlderSaveSaysWhatWasNotChecked(t *testing.T) {
	dir := t.TempDir()
	old, current := filepath.Join(dir, "old.html"), filepath.Join(dir, "current.md")
	runCmdCases(t, []cmdCase{
		{name: "format 2", args: []string{"report", "game/save/testdata/v2/berlin-over.bws", "--scenario", frozenBerlin, "--out", old},
			stdout: []string{"wrote " + old + " (html, …"}},
		{name: "current format", args: []string{"report", writeGame(t), "--out", current}, stdout: []string{"wrote " + current + " (md, …"}},
	})
	for file, want := range map[string]bool{old: true, current: false} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(string(data), "Not checked: this save is of an older format"); got != want {
			t.Errorf("%s: says what was not checked: %v, want %v", filepath.Base(file), got, want)
		}
	}
}

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
	})
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) != 9 {
		t.Errorf("%d files for berlin, want 7 briefs, the briefing and the guide: %v", len(files), files)
	}
}

package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/internal/fileread"
	"bindingwords/scenarios"
)

// This file turns a scenario file the teacher opens in the picker into a
// scenario and check's messages, and keeps the files opened for the rest
// of the session (App.picked), so that both set-up screens list them.

// A pickedFile is a scenario file opened in the picker.
type pickedFile struct {
	// id is what the game knows the file by (Config.ScenarioID): its
	// absolute path on the desktop, which saves record as their source;
	// its name in the browser, where a save carries the file's text.
	id string
	// name is the file as the teacher named it, as check's messages name
	// it.
	name string
	sc   *rules.Scenario
	// lines are what `bindingwords check` prints for the file: each error
	// and warning, then the summary line. Empty when it cannot be read.
	lines []checkLine
	// err is why the file cannot be read at all.
	err error
}

// ok reports whether the file loaded and can be played.
func (f *pickedFile) ok() bool { return f.sc != nil && f.err == nil }

// A checkLine is one line of check's output for a file.
type checkLine struct {
	text string
	// err marks an error, warn a warning; neither, the summary line.
	err, warn bool
	// line, col and msg are a diagnostic's parts: the screen names the
	// file once, above the list, rather than on every line.
	line, col int
	msg       string
}

// errorCount is the number of errors among the file's messages.
func (f *pickedFile) errorCount() int {
	n := 0
	for _, l := range f.lines {
		if l.err {
			n++
		}
	}
	return n
}

// checkLines is what `bindingwords check` prints for one file: its
// diagnostics, the balance warnings included, then the summary line
// (internal/cli/check.go; a test holds them together).
func checkLines(sc *rules.Scenario, rep *scenarios.Report) []checkLine {
	if sc != nil {
		rep.CheckBalance(sc)
	}
	var out []checkLine
	for _, d := range rep.Diagnostics {
		out = append(out, checkLine{text: d.String(), err: !d.Warning, warn: d.Warning, line: d.Line, col: d.Col, msg: d.Msg})
	}
	var parts []string
	if sc != nil {
		parts = append(parts, fmt.Sprintf("OK (%s, %s, %s)", countOf(len(sc.Parties), "party", "parties"),
			countOf(len(sc.Slots), "slot", "slots"), countOf(len(sc.News), "news card", "news cards")))
	} else {
		parts = append(parts, countOf(len(rep.Errors()), "error", "errors"))
	}
	if n := len(rep.Warnings()); n > 0 {
		parts = append(parts, countOf(n, "warning", "warnings"))
	}
	return append(out, checkLine{text: rep.File + ": " + strings.Join(parts, ", ")})
}

// countOf says "1 party", "3 parties", as check does.
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// expandPath is a path as a teacher types or pastes it: surrounding
// quotes (Windows' "Copy as path") and spaces dropped, and a leading "~"
// standing for the home folder. A relative path stays relative to the
// folder the game was started from.
func expandPath(p string) string {
	p = strings.TrimSpace(p)
	if len(p) >= 2 && (p[0] == '"' && p[len(p)-1] == '"' || p[0] == '\'' && p[len(p)-1] == '\'') {
		p = strings.TrimSpace(p[1 : len(p)-1])
	}
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[1:])
		}
	}
	return p
}

// openScenarioPath opens the scenario file at path (as typed) from disk.
// A file that loads is trusted for saves, as one named with --scenario is
// (save.TrustScenarioFile): the teacher chose it, so a save of its game
// may name it and open it again after a restart.
func openScenarioPath(typed string) pickedFile {
	name := expandPath(typed)
	f := pickedFile{name: name}
	if name == "" {
		f.err = errors.New("type the path of a scenario file")
		return f
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		f.err = err
		return f
	}
	f.id = abs
	// Read here rather than by scenarios.Open, which takes a bare word
	// for a built-in id: the teacher named a file. The bytes are kept,
	// so the game's saves carry the file as it was when opened.
	data, err := fileread.Read(name, save.MaxScenarioSize)
	if err != nil {
		f.err = err
		return f
	}
	sc, rep := scenarios.Load(name, data)
	f.sc, f.lines = sc, checkLines(sc, rep)
	if sc != nil {
		save.RememberScenarioText(sc, data)
		save.TrustScenarioFile(abs)
	}
	return f
}

// openScenarioBytes loads a file the browser's file chooser read, named
// name. A file that loads is remembered with its exact bytes, so that
// saves of its games carry it (the browser has no path to open again).
func openScenarioBytes(name string, data []byte) pickedFile {
	f := pickedFile{name: name, id: name}
	if !strings.Contains(name, ".") {
		// Never a built-in id: a bare word names one.
		f.id = name + ".yaml"
	}
	sc, rep := scenarios.Load(name, data)
	f.sc, f.lines = sc, checkLines(sc, rep)
	if sc != nil {
		save.RememberScenarioText(sc, data)
	}
	return f
}

// addPicked makes a file that loaded part of the lists for the rest of the
// session; opening the same file again replaces it.
func (a *App) addPicked(f pickedFile) {
	for i := range a.picked {
		if a.picked[i].id == f.id {
			a.picked[i] = f
			return
		}
	}
	a.picked = append(a.picked, f)
}

// scenarioIDs lists the scenarios the set-up screens offer: the built-in
// ones (and a --scenario file), then the files opened this session.
func (a *App) scenarioIDs() []string {
	ids := append([]string(nil), a.opt.Scenarios...)
	for _, f := range a.picked {
		if !slices.Contains(ids, f.id) {
			ids = append(ids, f.id)
		}
	}
	return ids
}

// loadScenario loads a scenario the set-up screens offer: a file opened
// this session as it was when opened, anything else through Options.Load.
func (a *App) loadScenario(id string) (*rules.Scenario, error) {
	for _, f := range a.picked {
		if f.id == id && f.ok() {
			return f.sc, nil
		}
	}
	return a.opt.Load(id)
}

// pickedName is how a file opened this session is named in the list, or
// "" for any other scenario.
func (a *App) pickedName(id string) string {
	for _, f := range a.picked {
		if f.id == id {
			return f.name
		}
	}
	return ""
}

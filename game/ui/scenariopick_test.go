package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/save"
	"bindingwords/game/ui/input"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
	"bindingwords/scenarios"
)

// pickApp is an App offering Berlin and the annotated Harbour case (a
// scenario file, as --scenario gives one), on the screen to.
func pickApp(t *testing.T, to Route) *App {
	t.Helper()
	harbour, err := filepath.Abs("../../scenarios/testdata/good/authoring.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := NewApp(Options{Scenarios: []string{"berlin", harbour}, Load: scenarios.Find, Scenario: "berlin", Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	a.scale = 1
	a.fonts.SetScale(1)
	a.route(goTo(to))
	a.ui.ResetFocus()
	tick(a, kNone)
	return a
}

// picker is the picker of the set-up screen on show.
func picker(t *testing.T, a *App) *scenarioPicker {
	t.Helper()
	switch s := a.scene.(type) {
	case *newGameScene:
		return s.pick
	case *classSetupScene:
		return s.pick
	}
	t.Fatalf("not a set-up screen: %T", a.scene)
	return nil
}

// chosenTitle is the title of the scenario the set-up screen would play.
func chosenTitle(a *App) string {
	switch s := a.scene.(type) {
	case *newGameScene:
		if s.sc != nil {
			return s.sc.Title
		}
	case *classSetupScene:
		if s.sc != nil {
			return s.sc.Title
		}
	}
	return ""
}

func shown(a *App) string { return strings.Join(a.ui.Texts(), "\n") }

// typeText types s into the focused field, one character a tick.
func typeText(a *App, s string) {
	for _, r := range s {
		tick(a, input.Snapshot{Chars: []rune{r}})
	}
}

// The keyboard path through the picker, on both set-up screens: Enter on
// the scenario row opens the list with the current choice focused, which
// lists every scenario with its title and summary; Down and Enter choose
// another; Esc goes back one step at a time and keeps the choice.
func TestPickerByKeyboard(t *testing.T) {
	berlin, _ := scenarios.LoadBuiltin("berlin")
	for _, to := range []Route{ToNewGame, ToClassSetup} {
		a := pickApp(t, to)
		p := picker(t, a)
		if got := a.ui.Focus(); got != p.pre+".scenario" && to == ToNewGame {
			t.Errorf("%v: the screen opens with the focus on %q, want the scenario row", to, got)
		}
		a.ui.SetFocus(p.pre + ".scenario")
		tick(a, kNone)
		if chosenTitle(a) != berlin.Title {
			t.Fatalf("%v: %q chosen at first, want Berlin", to, chosenTitle(a))
		}
		tick(a, kEnter)
		if p.mode != pickList {
			t.Fatalf("%v: Enter on the scenario row did not open the list", to)
		}
		if got := a.ui.Focus(); got != p.entryID(0) {
			t.Errorf("%v: the list opens with the focus on %q, want the current choice", to, got)
		}
		text := shown(a)
		for _, want := range []string{berlin.Title, firstWords(berlin.Summary, 8), "The Harbour Guarantee, annotated", "Open a scenario file", "✓ Chosen"} {
			if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
				t.Errorf("%v: the list does not show %q", to, want)
			}
		}
		tick(a, kDown)
		if got := a.ui.Focus(); got != p.entryID(1) {
			t.Fatalf("%v: Down went to %q, want the second scenario", to, got)
		}
		tick(a, kEnter)
		if p.mode != pickClosed || chosenTitle(a) != "The Harbour Guarantee, annotated" {
			t.Fatalf("%v: Enter on the second scenario: mode %v, chosen %q", to, p.mode, chosenTitle(a))
		}
		if got := a.ui.Focus(); got != p.pre+".scenario" {
			t.Errorf("%v: after choosing, the focus is on %q, want the scenario row", to, got)
		}
		// Esc from the list: back to the screen, the choice unchanged;
		// Esc again leaves the screen.
		tick(a, kEnter)
		tick(a, kDown)
		tick(a, kEsc)
		if p.mode != pickClosed || chosenTitle(a) != "The Harbour Guarantee, annotated" {
			t.Errorf("%v: Esc in the list: mode %v, chosen %q", to, p.mode, chosenTitle(a))
		}
		if _, ok := a.scene.(*titleScene); ok {
			t.Errorf("%v: Esc in the list left the screen", to)
		}
		tick(a, kEsc)
		if _, ok := a.scene.(*titleScene); !ok {
			t.Fatalf("%v: Esc on the screen: %T, want the title", to, a.scene)
		}
		// The choice stays for the session: the title names the case,
		// and both set-up screens open on it.
		if text := shown(a); !strings.Contains(text, "The Harbour Guarantee, annotated") {
			t.Errorf("%v: the title does not name the chosen case:\n%s", to, text)
		}
		for _, next := range []Route{ToNewGame, ToClassSetup} {
			a.route(goTo(next))
			tick(a, kNone)
			if chosenTitle(a) != "The Harbour Guarantee, annotated" {
				t.Errorf("%v then %v: the screen opens on %q, want the case chosen before", to, next, chosenTitle(a))
			}
		}
	}
}

// openFileByKeyboard opens the list, goes to "Open a scenario file" by
// the keyboard, types path and presses Enter.
func openFileByKeyboard(t *testing.T, a *App, path string) {
	t.Helper()
	p := picker(t, a)
	a.ui.SetFocus(p.pre + ".scenario")
	tick(a, kNone)
	tick(a, kEnter)
	for range 10 {
		if a.ui.Focus() == p.pre+".pick.file" {
			break
		}
		tick(a, kDown)
	}
	if a.ui.Focus() != p.pre+".pick.file" {
		t.Fatalf("Down never reached Open a scenario file; focus on %q", a.ui.Focus())
	}
	tick(a, kEnter)
	if p.mode != pickPath || a.ui.Focus() != p.pre+".pick.path" {
		t.Fatalf("Open a scenario file: mode %v, focus %q; want the path field", p.mode, a.ui.Focus())
	}
	typeText(a, path)
	tick(a, kEnter)
}

// A broken file shows the messages check prints for it, in a pane that
// scrolls, and nothing is lost: the path stays in the field, the choice
// before stays; Esc goes back to the list, then to the screen.
func TestPickerBrokenFileShowsCheckMessages(t *testing.T) {
	bad, err := filepath.Abs("../../scenarios/testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join(bad, "bad_ids.golden"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(bad) // the path is typed relative to the game's folder
	for _, to := range []Route{ToNewGame, ToClassSetup} {
		a := pickApp(t, to)
		p := picker(t, a)
		before := chosenTitle(a)
		openFileByKeyboard(t, a, "bad_ids.yaml")
		if p.mode != pickPath || p.failed == nil {
			t.Fatalf("%v: a broken file: mode %v, failed %v", to, p.mode, p.failed)
		}
		text := strings.Join(strings.Fields(shown(a)), " ")
		want := strings.Split(strings.TrimSpace(string(golden)), "\n")
		want = append(want, "bad_ids.yaml: 4 errors")
		// On screen each message follows its line and column; the file
		// is named once, above them.
		for _, line := range want[:len(want)-1] {
			parts := strings.SplitN(line, ":", 4)
			onScreen := "Line " + parts[1] + ", column " + parts[2] + ": " + strings.TrimSpace(parts[3])
			if !strings.Contains(text, strings.Join(strings.Fields(onScreen), " ")) {
				t.Errorf("%v: check's message %q is not on screen as %q", to, line, onScreen)
			}
		}
		if !strings.Contains(text, want[len(want)-1]) {
			t.Errorf("%v: check's summary %q is not on screen", to, want[len(want)-1])
		}
		if !strings.Contains(text, "bad_ids.yaml cannot be played yet: it has 4 errors") {
			t.Errorf("%v: no line saying the file cannot be played; screen:\n%s", to, text)
		}
		var got []string
		for _, l := range p.failed.lines {
			got = append(got, l.text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%v: the picker's messages\n%s\nwant check's\n%s", to, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if p.path != "bad_ids.yaml" || chosenTitle(a) != before || slices.Contains(a.scenarioIDs(), filepath.Join(bad, "bad_ids.yaml")) {
			t.Errorf("%v: after a broken file: path %q, chosen %q (want %q), listed %v", to, p.path, chosenTitle(a), before, a.scenarioIDs())
		}
		tick(a, kEsc)
		if p.mode != pickList || a.ui.Focus() != p.pre+".pick.file" {
			t.Errorf("%v: Esc from the file: mode %v, focus %q; want the list on Open a scenario file", to, p.mode, a.ui.Focus())
		}
		tick(a, kEsc)
		if p.mode != pickClosed || chosenTitle(a) != before {
			t.Errorf("%v: Esc from the list: mode %v, chosen %q", to, p.mode, chosenTitle(a))
		}
		// A file that is not there says so, in the same place.
		openFileByKeyboard(t, a, "nothing-here.yaml")
		if p.failed == nil || p.failed.err == nil || !strings.Contains(shown(a), "nothing-here.yaml cannot be opened") {
			t.Errorf("%v: a missing file: %+v", to, p.failed)
		}
	}
}

// A good file, named with "~", becomes the choice and joins the list of
// both set-up screens for the rest of the session; the game it starts
// records the file's absolute path.
func TestPickerGoodFileBecomesTheChoice(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	data, err := os.ReadFile("../../scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(home, "cases"), 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(home, "cases", "mine.yaml")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want, _, err := scenarios.Open(file)
	if err != nil || want == nil {
		t.Fatal(err)
	}
	a := pickApp(t, ToNewGame)
	p := picker(t, a)
	openFileByKeyboard(t, a, "~/cases/mine.yaml")
	if p.mode != pickClosed || p.id != file || chosenTitle(a) != want.Title {
		t.Fatalf("a good file: mode %v, id %q (want %q), chosen %q (want %q); failed %+v", p.mode, p.id, file, chosenTitle(a), want.Title, p.failed)
	}
	if !slices.Contains(a.scenarioIDs(), file) {
		t.Errorf("the file is not listed: %v", a.scenarioIDs())
	}
	// The title names the case from the file as opened, even once the
	// file is gone (and in the browser, whose Options.Load knows only the
	// built-in scenarios).
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	if got := titleCase(a.opt, a.loadScenario); !strings.Contains(got, want.Title) {
		t.Errorf("the title's case is %q, want it to name %q", got, want.Title)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// Listed with its name on the list, and offered by the class setup.
	tick(a, kEnter)
	if !strings.Contains(strings.Join(strings.Fields(shown(a)), " "), "from the file "+file) {
		t.Errorf("the list does not name the file:\n%s", shown(a))
	}
	tick(a, kEsc)
	out := Outcome{}
	for range 10 {
		if a.ui.Focus() == "ng.start" {
			break
		}
		tick(a, kDown)
	}
	a.frame(kEnter, BaseW, BaseH)
	if a.session == nil || a.session.Cfg.ScenarioID != file || a.session.Scenario().Title != want.Title {
		t.Fatalf("Start: %+v; want a game of %s", out, file)
	}
	cs := pickApp(t, ToClassSetup)
	cs.picked = a.picked
	cs.route(goTo(ToClassSetup))
	if !slices.Contains(cs.scenarioIDs(), file) {
		t.Errorf("the class setup does not list the file: %v", cs.scenarioIDs())
	}
}

// The browser's file chooser hands its file over through the picker's
// channel: a broken one shows check's messages with "Choose another
// file…", a good one becomes the choice. (The chooser itself is
// scenariopick_js.go.)
func TestPickerBrowserAnswer(t *testing.T) {
	a := pickApp(t, ToNewGame)
	p := picker(t, a)
	before := chosenTitle(a)
	bad, err := os.ReadFile("../../scenarios/testdata/bad/bad_ids.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p.got <- pickAnswer{name: "bad_ids.yaml", data: bad}
	tick(a, kNone)
	if p.mode != pickReport || chosenTitle(a) != before || a.ui.Focus() != "ng.pick.again" {
		t.Fatalf("a broken file from the browser: mode %v, chosen %q, focus %q", p.mode, chosenTitle(a), a.ui.Focus())
	}
	if !strings.Contains(shown(a), "bad_ids.yaml: 4 errors") || !strings.Contains(shown(a), "Choose another file") {
		t.Errorf("the report does not show check's messages:\n%s", shown(a))
	}
	tick(a, kEsc)
	if p.mode != pickList {
		t.Errorf("Esc from the report: mode %v, want the list", p.mode)
	}
	good, err := os.ReadFile("../../scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p.got <- pickAnswer{name: "minimal.yaml", data: good}
	tick(a, kNone)
	sc, _ := scenarios.Load("minimal.yaml", good)
	if p.mode != pickClosed || p.id != "minimal.yaml" || chosenTitle(a) != sc.Title {
		t.Errorf("a good file from the browser: mode %v, id %q, chosen %q", p.mode, p.id, chosenTitle(a))
	}
	p.got <- pickAnswer{err: errPickCancelled}
	tick(a, kNone)
	if p.mode != pickClosed || chosenTitle(a) != sc.Title {
		t.Errorf("a cancelled chooser changed the screen: mode %v, chosen %q", p.mode, chosenTitle(a))
	}
}

// The picker's list, a broken file's messages and the set-up screens
// themselves (on the Harbour case, and on Berlin's seven delegations) fit
// at every window, interface and text size: nothing is cut, and the
// focused control is in view. A screen too narrow for two columns is one
// that scrolls.
func TestPickerNothingCutAtAnySize(t *testing.T) {
	t.Chdir("../../scenarios/testdata/bad")
	for _, to := range []Route{ToNewGame, ToClassSetup} {
		list := pickApp(t, to)
		list.ui.SetFocus(picker(t, list).pre + ".scenario")
		tick(list, kNone)
		tick(list, kEnter)
		broken := pickApp(t, to)
		openFileByKeyboard(t, broken, "bad_ids.yaml")
		closed := pickApp(t, to)
		berlin := builtinApp(t)
		berlin.route(goTo(to))
		berlin.ui.ResetFocus()
		for _, lay := range layouts() {
			for name, a := range map[string]*App{"list": list, "broken": broken, "screen": closed, "berlin": berlin} {
				a.set.TextSize = lay.txt
				a.applySettings()
				a.frame(kNone, lay.w, lay.h)
				a.frame(kNone, lay.w, lay.h)
				if cut := cutText(a); len(cut) > 0 {
					t.Errorf("%v %s at %s: %d cut, e.g. %s", to, name, lay.name, len(cut), strings.Join(cut[:min(4, len(cut))], "; "))
				}
				if !a.ui.FocusShown() {
					t.Errorf("%v %s at %s: the focused %q is out of view", to, name, lay.name, a.ui.Focus())
				}
			}
		}
	}
}

// firstWords is the first n words of s, with its white space folded.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// A file opened in the picker is trusted for saves, as one named with
// --scenario is: the save of its game, which names the file, may open it
// again. Here the file is edited after the game was saved, and the loaded
// save says it was played on an earlier version, which it can only know
// by reading the file (one outside the scenario folders and the saves').
func TestPickerTrustsTheFileForSaves(t *testing.T) {
	t.Setenv(save.ScenariosEnv, t.TempDir())
	dir := t.TempDir()
	data, err := os.ReadFile("../../scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "trusted-by-picker.yaml")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	a := storeApp(t, t.TempDir(), nil)
	a.route(goTo(ToNewGame))
	a.ui.ResetFocus()
	tick(a, kNone)
	openFileByKeyboard(t, a, file)
	if picker(t, a).id != file {
		t.Fatalf("the file did not become the choice: %+v", picker(t, a).failed)
	}
	a.ui.SetFocus("ng.start")
	tick(a, kNone)
	tick(a, kEnter)
	if a.session == nil {
		t.Fatal("the game did not start")
	}
	edited := strings.Replace(string(data), "title: ", "title: Edited ", 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := a.saves.Continue()
	if err != nil {
		t.Fatal(err)
	}
	if l.Save.Meta.Source != file || !l.Earlier {
		t.Errorf("the autosave names %q (want %q); played on an earlier version: %v, want true (the file was read)", l.Save.Meta.Source, file, l.Earlier)
	}
}

// A class of a file opened in the class setup's picker records the file
// as its scenario's source, as a game's save does, and its saves carry
// the file: the host's class saves go through the same store.
func TestPickerFileClassRecordsItsSource(t *testing.T) {
	data, err := os.ReadFile("../../scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // a path relative to the game's folder
	if err := os.WriteFile("class-case.yaml", data, 0o644); err != nil {
		t.Fatal(err)
	}
	file, _ := filepath.Abs("class-case.yaml")
	a := storeApp(t, t.TempDir(), nil)
	a.route(goTo(ToClassSetup))
	a.ui.ResetFocus()
	tick(a, kNone)
	openFileByKeyboard(t, a, "class-case.yaml")
	cs := a.scene.(*classSetupScene)
	set := cs.setup()
	if set.ScenarioID != file || set.Scenario == nil {
		t.Fatalf("the class setup's choice: %q, %v; want %s", set.ScenarioID, set.Scenario, file)
	}
	c, err := openClass(a.saves, *set, "127.0.0.1", []int{0})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var name string
	if err := c.t.Do(func(m *match.Match) {
		name, err = a.saves.SaveAs("Class test", m.Game(), m.RecordSeats(), m.Clock())
	}); err != nil {
		t.Fatal(err)
	}
	l, err := a.saves.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	if l.Save.Meta.Source != file || l.Save.Scenario == nil {
		t.Errorf("the class save names %q (want %q) and carries the scenario: %v", l.Save.Meta.Source, file, l.Save.Scenario != nil)
	}
}

// At 1280×720, 100%, Berlin's seven delegations fit the New game screen's
// right column without scrolling, so the keyboard goes from the scenario
// straight to the first seat (the e2e hot-seat game steps through the
// seats by Tab).
func TestNewGameSeatsFitWithoutScrolling(t *testing.T) {
	a := builtinApp(t)
	a.route(goTo(ToNewGame))
	a.ui.ResetFocus()
	tick(a, kNone)
	tick(a, input.Snapshot{Next: true})
	if got := a.ui.Focus(); got != "ng.seat.us" {
		t.Errorf("Tab from the scenario goes to %q, want the first seat", got)
	}
}

// "Open a scenario file" shows whole under the list, without scrolling, at
// every window and text size, on both routes: at 1280×720 it used to be
// the list's last entry, below the fold, where a teacher with a file of
// their own had to know to scroll for it.
func TestPickerOpenFileInViewAtAnySize(t *testing.T) {
	label := i18n.T("newgame.pick.open")
	for _, to := range []Route{ToNewGame, ToClassSetup} {
		a := pickApp(t, to)
		a.ui.SetFocus(picker(t, a).pre + ".scenario")
		tick(a, kNone)
		tick(a, kEnter)
		for _, lay := range layouts() {
			a.set.TextSize = lay.txt
			a.applySettings()
			a.frame(kNone, lay.w, lay.h)
			a.frame(kNone, lay.w, lay.h)
			found, listed := false, false
			for _, b := range a.ui.TextBoxes() {
				// The list above keeps room for at least its first
				// entry's title.
				listed = listed || b.S == "The Berlin Guarantees"
				if b.S == label {
					found = true
					if b.R.W+1 < b.Full || b.R.H+0.5 < widget.LineHeight(a.ui.Size(theme.Large)) {
						t.Errorf("%v at %s: %q is cut (%.0f×%.0f shown)", to, lay.name, label, b.R.W, b.R.H)
					}
				}
			}
			if !found {
				t.Errorf("%v at %s: %q is not in view with the list open", to, lay.name, label)
			}
			if !listed {
				t.Errorf("%v at %s: the list has no room left for its first entry's title", to, lay.name)
			}
		}
	}
}

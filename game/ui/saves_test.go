package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/ui/input"
	"bindingwords/game/ui/prefs"
	"bindingwords/scenarios"
)

// storeApp is an App keeping its saves in dir and its settings in mem, as
// the game does on a laptop.
func storeApp(t *testing.T, dir string, mem *prefs.Memory) *App {
	t.Helper()
	store, err := save.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	load := func(id string) (*rules.Scenario, error) { return scenarios.LoadBuiltin(id) }
	opt := Options{Scenarios: []string{"berlin"}, Load: load, Seed: 11, Store: store}
	if mem != nil {
		opt.Prefs = mem
	}
	a, err := NewApp(opt)
	if err != nil {
		t.Fatal(err)
	}
	a.scale = 1
	a.fonts.SetScale(1)
	return a
}

// startGame starts a game of Berlin through the New game route: the
// United States and Ukraine human, the rest AI of several levels.
func startGame(t *testing.T, a *App) *Session {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	seats := make([]match.SeatKind, len(sc.Parties))
	for p := range seats {
		seats[p] = match.AISeat(match.LevelNames()[p%3])
	}
	seats[0], seats[1] = match.HumanSeat(), match.HumanSeat()
	a.route(Outcome{To: ToStart, Cfg: &Config{ScenarioID: "berlin", Scenario: sc, Seats: seats, Rounds: 3, Seed: 11}})
	if a.session == nil {
		t.Fatal("the game did not start")
	}
	if !a.session.m.Paused() {
		t.Error("the round runs while the delegations read their briefs")
	}
	a.route(goTo(ToTable))
	return a.session
}

// playMove plays the next move, AI or human (humans pass, vote yes, say
// nothing, sign when they can), then lets the App autosave as it does
// after every frame. It reports false when the game is over.
func playMove(t *testing.T, a *App) bool {
	t.Helper()
	s := a.session
	if s.m.Game().Over() {
		return false
	}
	s.Skip()
	s.Tick()
	if p := s.Actor(); p >= 0 && s.Human(p) {
		if err := humanMove(s, p); err != nil {
			t.Fatal(err)
		}
	}
	a.autosave()
	return true
}

// humanMove plays p's default move as people at the screen would: p takes
// the device, then moves.
func humanMove(s *Session, p int) error {
	s.Unlock(p)
	return s.Apply(defaultMove(s, p))
}

func defaultMove(s *Session, p int) rules.Action {
	v := s.m.Game().View(p)
	act := rules.Action{Party: p, Kind: rules.Pass}
	switch s.m.Game().Phase() {
	case rules.PhaseTable:
		if _, ok := v.Pending(); ok {
			act = rules.Action{Party: p, Kind: rules.Vote, Yes: true}
		}
	case rules.PhasePress:
		act = rules.Action{Party: p, Kind: rules.Statement, Press: rules.Press{Kind: rules.NoComment, Public: -1, Slot: -1, Option: -1}}
	case rules.PhaseSigning:
		act = rules.Action{Party: p, Kind: rules.Decline}
		if v.CanSign() {
			act.Kind = rules.Sign
		}
	}
	return act
}

// The autosave follows the game phase by phase: after every change of
// round or phase the autosave holds exactly the game on screen.
func TestAutosaveAfterEveryPhase(t *testing.T) {
	dir := t.TempDir()
	a := storeApp(t, dir, nil)
	s := startGame(t, a)
	check := func(when string) {
		t.Helper()
		l, err := save.ReadFile(filepath.Join(dir, save.AutosaveFile), a.findScenario)
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		if l.Game.Hash() != s.m.Game().Hash() {
			t.Fatalf("%s: the autosave is at round %d %s, the game at round %d %s", when, l.Game.Round(), l.Game.Phase(), s.m.Game().Round(), s.m.Game().Phase())
		}
	}
	check("at the start")
	phases := 0
	for i := 0; i < 3000 && playMove(t, a); i++ {
		if s.m.Game().Round() != a.saved.round || s.m.Game().Phase() != a.saved.phase {
			t.Fatal("a phase went by without an autosave")
		}
		if e := s.m.Game().Events(); len(e) > 0 && e[len(e)-1].Kind == rules.EvPhase {
			phases++
			check("at the start of a phase")
		}
	}
	if phases < 6 {
		t.Errorf("only %d phases checked", phases)
	}
	if !s.m.Game().Over() {
		t.Fatal("the game did not end")
	}
	check("at the end")
	// Leaving the game saves nothing new and breaks nothing.
	a.route(goTo(ToTitle))
	check("after leaving to the title")
}

// Continue resumes exactly where the game stood — the same state hash —
// with the same seats: human seats human, AI seats AI at their level.
func TestContinueResumesTheSameGameAndSeats(t *testing.T) {
	dir := t.TempDir()
	a := storeApp(t, dir, nil)
	s := startGame(t, a)
	for s.m.Game().Round() < 2 || s.m.Game().Phase() != rules.PhasePress {
		playMove(t, a)
	}
	want, seats := s.m.Game().Hash(), append([]match.SeatKind(nil), s.Cfg.Seats...)
	a.route(goTo(ToQuit))

	b := storeApp(t, dir, nil)
	title, ok := b.scene.(*titleScene)
	if !ok || !title.canContinue {
		t.Fatal("the title offers no Continue after a game was played")
	}
	if _, text := frame(b, title); !strings.Contains(text, "Continue") {
		t.Fatal("no Continue button on the title")
	}
	b.route(goTo(ToContinue))
	r := b.session
	if r == nil || b.scene != Scene(b.table) {
		t.Fatalf("Continue did not open the table (scene %T)", b.scene)
	}
	if r.m.Game().Hash() != want {
		t.Errorf("resumed at round %d %s with another state", r.m.Game().Round(), r.m.Game().Phase())
	}
	for p := range seats {
		if seats[p] != r.Cfg.Seats[p] {
			t.Errorf("party %d: played by %v, resumed as %v", p, seats[p], r.Cfg.Seats[p])
		}
	}
	// The resumed game plays on to its end with AI seats acting.
	for i := 0; i < 3000 && playMove(t, b); i++ {
	}
	if !r.m.Game().Over() {
		t.Error("the resumed game did not play to its end")
	}
}

// A damaged autosave never crashes the title: Continue falls back to the
// previous autosave with a note, and with nothing usable it says so calmly.
func TestContinueWithDamagedAutosaves(t *testing.T) {
	dir := t.TempDir()
	a := storeApp(t, dir, nil)
	s := startGame(t, a)
	for s.m.Game().Round() < 2 {
		playMove(t, a)
	}
	a.route(goTo(ToTitle))
	cut := func(file string) {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), data[:len(data)/2], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cut(save.AutosaveFile)
	b := storeApp(t, dir, nil)
	b.route(goTo(ToContinue))
	if b.session == nil {
		t.Fatal("Continue did not fall back to the previous autosave")
	}
	if !strings.Contains(b.note.text, "could not be used") {
		t.Errorf("the fallback is not explained: notice %q", b.note.text)
	}

	// Now nothing is usable: a message on the title, and no game.
	for _, f := range []string{save.AutosaveFile, save.PrevFile} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("bindingwords-save 2\ngarbage\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := storeApp(t, dir, nil)
	c.route(goTo(ToContinue))
	title, ok := c.scene.(*titleScene)
	if !ok || c.session != nil || title.msg == "" {
		t.Fatalf("with no usable autosave: want the title with a message, got %T (session %v)", c.scene, c.session != nil)
	}
	if _, text := frame(c, title); !strings.Contains(text, "could not be resumed") {
		t.Errorf("the title does not say why: %q", text)
	}
}

// The load list shows every save with its scenario, round and
// delegations, and lists an unreadable file with its error instead of
// hiding it. Loading one resumes it.
func TestLoadListAndSaveAs(t *testing.T) {
	dir := t.TempDir()
	a := storeApp(t, dir, nil)
	s := startGame(t, a)
	for s.m.Game().Round() < 2 {
		playMove(t, a)
	}
	// Save as, typed: the suggested name is replaced by the teacher's.
	a.route(goTo(ToSaveAs))
	sa := a.scene.(*saveAsScene)
	sa.name = ""
	a.ui.ResetFocus()
	type keys = input.Snapshot
	for _, in := range []keys{{}, {Chars: []rune("Lesson 1, group C")}, {Backspace: true}, {Chars: []rune("B")}, {Activate: true}} {
		a.ui.Begin(in, BaseW, BaseH)
		out := sa.Update(a.ui)
		a.ui.End()
		if out.To != Stay {
			a.route(out)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "lesson-1-group-b.bws")); err != nil {
		t.Fatalf("Save as did not write the save: %v", err)
	}
	if !strings.Contains(a.note.text, "Lesson 1, group B") {
		t.Errorf("no notice of the save: %q", a.note.text)
	}
	if err := os.WriteFile(filepath.Join(dir, "from-usb.bws"), []byte("bindingwords-save 2\nname half\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a.route(goTo(ToLoad))
	a.scene.(*loadScene).list.wait()
	_, text := frame(a, a.scene)
	for _, want := range []string{"Lesson 1, group B", "The Berlin Guarantees · round 2 of 3", "United States (Human)", "Germany (AI · hard)", "from-usb", "Cannot be loaded"} {
		if !strings.Contains(text, want) {
			t.Errorf("the load list does not show %q:\n%s", want, text)
		}
	}
	ls := a.scene.(*loadScene)
	for _, e := range ls.entries {
		if e.Name == "Lesson 1, group B" {
			a.route(Outcome{To: ToLoadFile, File: e.File})
		}
	}
	if a.scene != Scene(a.table) || a.session.m.Game().Hash() != s.m.Game().Hash() {
		t.Error("loading the named save did not resume it")
	}
	a.route(Outcome{To: ToLoadFile, File: "from-usb.bws"})
	if l, ok := a.scene.(*loadScene); !ok || !strings.Contains(l.msg, "cannot be loaded") {
		t.Errorf("loading a broken save: want the list with the error, got %T", a.scene)
	}
}

// The round timer acts: when it runs out, the human delegation whose turn
// it is passes at the table or says nothing to the press; a vote still
// waits for its answer.
func TestRoundTimerMovesTheGameOn(t *testing.T) {
	a := storeApp(t, t.TempDir(), nil)
	s := startGame(t, a)
	s.Cfg.TimerMinutes = 3
	s.m.SetClock(match.Clock{Minutes: 3, Left: 180, Round: s.Public().Round()})
	a.route(goTo(ToTable))
	moved := map[rules.Phase]bool{}
	sawVote := false
	for i := 0; i < 3000 && !s.m.Game().Over() && (!moved[rules.PhaseTable] || !moved[rules.PhasePress] || !sawVote); i++ {
		s.Skip()
		s.Tick()
		p := s.Actor()
		if p < 0 || !s.Human(p) {
			continue
		}
		_, pending := s.m.Game().View(rules.Spectator).Pending()
		before := len(s.m.Game().Actions())
		phase := s.m.Game().Phase()
		s.m.SetClock(match.Clock{Minutes: 3, Left: 0, Round: s.Public().Round()})
		a.tickTimer()
		acted := len(s.m.Game().Actions()) > before
		switch {
		case phase == rules.PhaseTable && pending:
			sawVote = true
			if acted {
				t.Fatal("the timer answered a vote")
			}
		case phase == rules.PhaseTable, phase == rules.PhasePress:
			if !acted {
				t.Fatalf("time ran out in the %s phase and nothing happened", phase)
			}
			last := s.m.Game().Actions()[len(s.m.Game().Actions())-1]
			if last.Party != p || (phase == rules.PhaseTable && last.Kind != rules.Pass) || (phase == rules.PhasePress && last.Press.Kind != rules.NoComment) {
				t.Fatalf("the timer played %+v", last)
			}
			if !strings.Contains(a.note.text, s.m.Scenario().Parties[p].Name) {
				t.Errorf("no notice names %s: %q", s.m.Scenario().Parties[p].Name, a.note.text)
			}
			moved[phase] = true
			continue
		}
		if err := humanMove(s, p); err != nil {
			t.Fatal(err)
		}
	}
	if !moved[rules.PhaseTable] || !moved[rules.PhasePress] || !sawVote {
		t.Errorf("the timer moved table %v, press %v; saw a vote %v", moved[rules.PhaseTable], moved[rules.PhasePress], sawVote)
	}
	// Off by default, and in the menu it stops.
	if newNewGame(a).timer != 0 || timerChoices[0] != 0 {
		t.Error("the round timer is not off by default")
	}
	s.m.SetClock(match.Clock{Minutes: 3, Left: 100, Round: s.Public().Round()})
	a.route(goTo(ToMenu))
	left := s.TimerLeft()
	a.tickTimer()
	if s.TimerLeft() != left {
		t.Error("the timer runs while the menu is open")
	}
}

// Any human delegation can open its brief again, but only behind its own
// pass screen, and the table locks again after it.
func TestBriefChooserIsPrivate(t *testing.T) {
	a := storeApp(t, t.TempDir(), nil)
	s := startGame(t, a)
	for p := range s.Briefed {
		s.Briefed[p] = true
	}
	actor := s.Actor()
	other := 1 - actor
	s.Unlock(actor)
	a.route(goTo(ToChooser))
	_, text := frame(a, a.scene)
	for _, p := range s.Humans() {
		if !strings.Contains(text, s.m.Scenario().Parties[p].Name) {
			t.Errorf("the chooser does not offer %s", s.m.Scenario().Parties[p].Name)
		}
	}
	a.route(Outcome{To: ToBrief, Party: other})
	ps, ok := a.scene.(*passScene)
	if !ok || ps.party != other {
		t.Fatalf("another delegation's brief: want its pass screen, got %T", a.scene)
	}
	a.route(Outcome{To: ToUnlocked, Party: other, Purpose: ps.purpose})
	br, ok := a.scene.(*briefScene)
	if !ok || br.party != other {
		t.Fatalf("after the pass screen: want %d's brief, got %T", other, a.scene)
	}
	a.ui.Begin(input.Snapshot{Back: true}, BaseW, BaseH)
	out := br.Update(a.ui)
	a.ui.End()
	if out.To != ToTable || s.Unlocked() != -1 {
		t.Fatalf("closing a brief read between turns: want the table locked, got %+v, unlocked %d", out, s.Unlocked())
	}
	if a.table.privileged() != -1 {
		t.Error("the table shows private data after a brief read between turns")
	}
	// The delegation at the screen opens its own brief at once.
	s.Unlock(actor)
	a.route(Outcome{To: ToBrief, Party: actor})
	if br, ok := a.scene.(*briefScene); !ok || br.party != actor {
		t.Errorf("the delegation with the device: want its brief at once, got %T", a.scene)
	}
}

// Settings are kept between runs, and a broken file means defaults and a
// calm note.
func TestSettingsAreKept(t *testing.T) {
	mem := &prefs.Memory{}
	a := storeApp(t, t.TempDir(), mem)
	a.set.UIScale, a.set.TextSize, a.set.HighContrast = 1.25, 1.15, true
	a.saveSettings()
	b := storeApp(t, t.TempDir(), mem)
	if b.set.UIScale != 1.25 || b.set.TextSize != 1.15 || !b.set.HighContrast {
		t.Errorf("settings not kept: %+v", b.set)
	}
	mem.Data = []byte("{not json")
	c := storeApp(t, t.TempDir(), mem)
	if c.set != DefaultSettings() || c.note.text == "" {
		t.Errorf("a broken settings file: want the defaults and a note, got %+v, %q", c.set, c.note.text)
	}
}

// The replay steps with the keys a player would use.
func TestReplaySteps(t *testing.T) {
	a := storeApp(t, t.TempDir(), nil)
	s := startGame(t, a)
	for playMove(t, a) {
	}
	r := newReplay(a, s)
	if r.tl == nil {
		t.Fatal(r.err)
	}
	press := func(in input.Snapshot) string {
		a.ui.Begin(in, BaseW, BaseH)
		r.Update(a.ui)
		a.ui.End()
		return strings.Join(a.ui.Texts(), "\n")
	}
	press(input.Snapshot{Right: true})
	press(input.Snapshot{Right: true})
	if r.k != 2 {
		t.Fatalf("two steps right: at step %d", r.k)
	}
	press(input.Snapshot{PageDown: true})
	if m := r.tl.MarkAt(r.k); m.Step != r.k || r.k <= 2 {
		t.Errorf("Page Down: at step %d, not at the start of a phase", r.k)
	}
	text := press(input.Snapshot{End: true})
	if r.k != r.tl.Len() || !strings.Contains(text, "Step "+itoa(r.k)+" of "+itoa(r.tl.Len())) {
		t.Errorf("End: at step %d of %d", r.k, r.tl.Len())
	}
	press(input.Snapshot{Home: true})
	press(input.Snapshot{Left: true})
	if r.k != 0 {
		t.Errorf("Home then Left: at step %d", r.k)
	}
	if out := func() Outcome {
		a.ui.Begin(input.Snapshot{Back: true}, BaseW, BaseH)
		defer a.ui.End()
		return r.Update(a.ui)
	}(); out.To != ToDebrief {
		t.Errorf("Esc: want the debrief, got %+v", out)
	}
}

// The load list is read off the drawing thread: until the saves arrive the
// screen says it is reading them (and asks for ticks to pick them up), and
// a folder holding one save that cannot be read still lists it, with why.
func TestLoadListArrivesInTheBackground(t *testing.T) {
	dir := t.TempDir()
	a := storeApp(t, dir, nil)
	if err := os.WriteFile(filepath.Join(dir, "broken.bws"), []byte("bindingwords-save 3\nname Broken one\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pending := &savesList{done: make(chan savesResult, 1)}
	l := &loadScene{a: a, list: pending}
	if !l.Busy() {
		t.Error("the load screen must ask for ticks while the list is on its way")
	}
	if _, text := frame(a, l); !strings.Contains(text, "Reading the saved games") || strings.Contains(text, "No saved games") {
		t.Errorf("before the list arrives, want a reading notice:\n%s", text)
	}
	entries, err := a.saves.List()
	if err != nil {
		t.Fatal(err)
	}
	pending.done <- savesResult{entries: entries}
	_, text := frame(a, l)
	if l.Busy() {
		t.Error("the load screen is still busy after its list arrived")
	}
	for _, want := range []string{"broken", "Cannot be loaded", "cut off"} {
		if !strings.Contains(text, want) {
			t.Errorf("the arrived list does not show %q:\n%s", want, text)
		}
	}
}

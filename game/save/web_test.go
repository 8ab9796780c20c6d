//go:build js

package save

import (
	"os"
	"strconv"
	"strings"
	"syscall/js"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// fakeStorage installs a localStorage (Node has none) written in
// JavaScript, so that a full storage throws in JavaScript as a browser's
// does, with a quota in characters. It returns a way to read and write
// items directly.
func fakeStorage(t *testing.T, quota int) js.Value {
	js.Global().Call("eval", `globalThis.localStorage = (function (quota) {
	  const m = new Map();
	  const size = () => { let n = 0; for (const v of m.values()) n += v.length; return n; };
	  return {
	    get length() { return m.size; },
	    key(i) { const k = Array.from(m.keys())[i]; return k === undefined ? null : k; },
	    getItem(k) { return m.has(k) ? m.get(k) : null; },
	    setItem(k, v) {
	      v = String(v);
	      if (size() - (m.has(k) ? m.get(k).length : 0) + v.length > quota) throw new Error("QuotaExceededError");
	      m.set(k, v);
	    },
	    removeItem(k) { m.delete(k); },
	  };
	})(`+strconv.Itoa(quota)+`)`)
	t.Cleanup(func() { js.Global().Delete("localStorage") })
	return js.Global().Get("localStorage")
}

func TestBrowserStore(t *testing.T) {
	ls := fakeStorage(t, 1<<20)
	s, err := Open("bindingwords/saves/")
	if err != nil {
		t.Fatal(err)
	}
	s.SetFinder(testFinder)
	if s.HasAutosave() {
		t.Fatal("an empty storage has an autosave")
	}
	sc := mustScenario(t, "harbour")
	g1, seats := play(t, sc, 3, 4)
	if err := s.Autosave(g1, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	g2, _ := play(t, sc, 3, 9)
	if err := s.Autosave(g2, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	l, err := s.Continue()
	if err != nil || l.Game.Hash() != g2.Hash() {
		t.Fatalf("Continue: %v", err)
	}
	prev, err := s.Load(PrevFile)
	if err != nil || prev.Game.Hash() != g1.Hash() {
		t.Fatalf("the previous autosave: %v", err)
	}
	if _, err := s.SaveAs("Group B", g2, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil || len(list) != 3 {
		t.Fatalf("List: %d entries, %v", len(list), err)
	}
	if ls.Call("getItem", "bindingwords/saves/group-b.bws").IsNull() {
		t.Error("the named save is not under its key")
	}
	// A damaged autosave: Continue falls back and sets it aside.
	ls.Call("setItem", "bindingwords/saves/"+AutosaveFile, "bindingwords-save 2\n")
	l, err = s.Continue()
	if err != nil || l.Game.Hash() != g1.Hash() || l.Note == "" {
		t.Fatalf("Continue after damage: %v", err)
	}
	if ls.Call("getItem", "bindingwords/saves/"+DamagedFile).IsNull() {
		t.Error("the damaged autosave was not set aside")
	}
}

func TestBrowserStorageFull(t *testing.T) {
	fakeStorage(t, 100)
	s, err := Open("bindingwords/saves/")
	if err != nil {
		t.Fatal(err)
	}
	s.SetFinder(testFinder)
	g, seats := play(t, mustScenario(t, "harbour"), 3, 4)
	err = s.Autosave(g, seats, match.Clock{})
	if err == nil || !strings.Contains(err.Error(), "QuotaExceededError") {
		t.Fatalf("a full storage: %v, want the browser's error", err)
	}
}

// The browser build knows its built-in scenarios as Go values, not text,
// so its saves name their scenario (format 5 without the section) and
// stay small; a save that carries its scenario, copied in from the
// desktop, loads when a built-in scenario is that content, and one of an
// earlier version says to use the desktop game (issue 14, item 4).
func TestBrowserStoreAndCarriedScenarios(t *testing.T) {
	ls := fakeStorage(t, 1<<20)
	forgetScenarios(t)
	s, err := Open("bindingwords/saves/")
	if err != nil {
		t.Fatal(err)
	}
	s.SetFinder(testFinder)
	sc := mustScenario(t, "harbour")
	g, seats := play(t, sc, 3, 9)
	if err := s.Autosave(g, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	auto := ls.Call("getItem", "bindingwords/saves/"+AutosaveFile).String()
	if !strings.HasPrefix(auto, "bindingwords-save 5\n") || strings.Contains(auto, "\n| id: ") {
		t.Fatalf("the browser's autosave:\n%.300s", auto)
	}
	if l, err := s.Continue(); err != nil || l.Game.Hash() != g.Hash() {
		t.Fatalf("Continue: %v", err)
	}
	// A desktop save that carries harbour, copied into the storage.
	yaml, err := os.ReadFile("testdata/scenarios/harbour.yaml")
	if err != nil {
		t.Fatal(err)
	}
	RememberScenarioText(sc, yaml)
	f, _ := FileOf(g, seats, Meta{Name: "From the desktop"})
	data, err := f.Marshal()
	if err != nil || f.Scenario == nil {
		t.Fatalf("%v, carries %d bytes", err, len(f.Scenario))
	}
	forgetScenarios(t)
	ls.Call("setItem", "bindingwords/saves/desktop.bws", string(data))
	if l, err := s.Load("desktop.bws"); err != nil || l.Game.Hash() != g.Hash() {
		t.Fatalf("a carried scenario that is built in: %v", err)
	}
	// A new tab, whose built-in harbour has changed since.
	s2, err := Open("bindingwords/saves/")
	if err != nil {
		t.Fatal(err)
	}
	s2.SetFinder(func(id, hash, source string) (*rules.Scenario, error) { return mustScenario(t, "berlin"), nil })
	if _, err := s2.Load("desktop.bws"); ProblemOf(err) != ScenarioChanged || !strings.Contains(err.Error(), "open the save in the desktop game") {
		t.Fatalf("an earlier version: %v", err)
	}
}

package ui

import (
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// A class stopped at the end of a lesson goes on in the next: the setup
// lists its save, and opening the room with it serves the game where it
// stood, with its seats and its name, in the same save.
func TestClassGoesOnNextLesson(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	out := make([]bool, len(sc.Parties))
	for p := range sc.Parties {
		out[p] = sc.Parties[p].Optional
	}
	store, err := save.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	store.RegisterScenario(sc, "")
	set := classSetup{ScenarioID: "berlin", Scenario: sc, Preset: lessonPresets[0], Out: out, Seed: 5}
	c, err := openClass(store, set, "127.0.0.1", []int{0})
	if err != nil {
		t.Fatal(err)
	}
	ua := sc.PartyIndex("ukraine")
	for p := range sc.Parties {
		if !out[p] && p != sc.PartyIndex("us") {
			if err := c.t.SetSeat(p, match.AISeat("normal")); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := c.t.Start(); err != nil {
		t.Fatal(err)
	}
	var hash string
	err = c.t.Do(func(m *match.Match) {
		for m.Game().Round() < 3 && err == nil {
			err = m.Advance()
		}
		hash = m.Hash()
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	list := listSaves(store)
	list.wait()
	list.poll()
	saved := resumableClasses(list.entries, "berlin")
	if len(saved) != 1 || saved[0].Round != 3 {
		t.Fatalf("want the class's save at round 3 to go on with, got %+v", saved)
	}
	set.Resume = saved[0].File
	set.Preset = lessonPresets[2] // ignored: the save's length stands
	c2, err := openClass(store, set, "127.0.0.1", []int{0})
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if c2.rounds != 6 || c2.timerMinutes != lessonPresets[0].timerMinutes {
		t.Errorf("the resumed class plays %d rounds with a %d-minute timer, want the save's 6 and %d", c2.rounds, c2.timerMinutes, lessonPresets[0].timerMinutes)
	}
	err = c2.t.Do(func(m *match.Match) {
		if m.Hash() != hash || !m.Together() {
			t.Errorf("the class came back at state %s (together %v), want %s", m.Hash(), m.Together(), hash)
		}
		if m.Kind(ua) != match.AISeat("normal") || !m.Human(sc.PartyIndex("us")) {
			t.Errorf("the seats came back as %v", m.Kinds())
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if c2.t.Name() != saved[0].Name {
		t.Errorf("the class goes on as %q, not in its save %q", c2.t.Name(), saved[0].Name)
	}
	if c2.t.Started() {
		t.Error("a resumed class must wait in the lobby for its teams")
	}
}

package main

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/bots"
	"bindingwords/game/match"
	"bindingwords/game/report"
	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// The compiled-in scenarios are the YAML files as the scenarios package
// loads them, value for value.
func TestBuiltinScenariosAreTheYAML(t *testing.T) {
	if !slices.Equal(builtinIDs, scenarios.Builtin()) {
		t.Fatalf("built in: %v; scenarios/*.yaml: %v (go generate ./web/app)", builtinIDs, scenarios.Builtin())
	}
	for _, id := range builtinIDs {
		want, err := scenarios.LoadBuiltin(id)
		if err != nil {
			t.Fatal(err)
		}
		got, err := load(id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the compiled-in scenario differs from scenarios/%s.yaml: run go generate ./web/app", id, id)
		}
	}
	if _, err := load("atlantis"); err == nil {
		t.Error("load of an unknown id: want an error")
	}
}

// load hands out the shared scenario, not a copy: a whole game, its
// analysis and its exported debrief must leave it as it was.
func TestAGameLeavesTheScenarioUnchanged(t *testing.T) {
	for _, id := range builtinIDs {
		sc, _ := load(id)
		players := make([]match.Seat, len(sc.Parties))
		kinds := make([]match.SeatKind, len(sc.Parties))
		var seats []rules.Seat
		for p := range players {
			players[p], kinds[p] = bots.New(bots.Normal, p, 7), match.AISeat(bots.Normal.Name)
			seats = append(seats, rules.Seat{Party: sc.Parties[p].ID, Kind: "ai:normal"})
		}
		m, err := match.WithSeats(sc, rules.Setup{Seed: 7}, players, kinds)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Run(); err != nil || !m.Over() {
			t.Fatalf("the bots' game: over %v, %v", m.Over(), err)
		}
		g := m.Game()
		if _, err := report.ExportHTML(sc, g, seats, report.Options{}); err != nil {
			t.Fatal(err)
		}
		report.ExportMarkdown(sc, g, seats)
		want, _ := scenarios.LoadBuiltin(id)
		if !reflect.DeepEqual(sc, want) {
			t.Errorf("%s: playing a game changed the shared scenario", id)
		}
	}
}

// parse, the loader the browser build gives the save package, takes a
// scenario's text as the scenarios package does and refuses a broken one
// with check's errors.
func TestParseIsTheCheckedLoader(t *testing.T) {
	text, ok := scenarios.BuiltinText("berlin")
	if !ok {
		t.Fatal("no berlin text")
	}
	sc, err := parse("berlin.yaml", text)
	want, _ := scenarios.LoadBuiltin("berlin")
	if err != nil || !reflect.DeepEqual(sc, want) {
		t.Fatalf("parse of Berlin's text: %v", err)
	}
	if _, err := parse("broken.yaml", []byte("id: Broken\n")); err == nil || !strings.Contains(err.Error(), "broken.yaml:1:") {
		t.Errorf("parse of a broken file: %v, want check's errors", err)
	}
}

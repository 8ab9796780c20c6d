package sim

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"bindingwords/scenarios"
)

// The library is called as a classroom host would: a Config in, a Report
// out, no flags and no process. The command's tests check the figures.
func TestRunReportsTheGamesPlayed(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	var last int
	r, err := Run(Config{Scenario: sc, Games: 4, Seed: 1, Progress: func(done, total int) { last = done }})
	if err != nil {
		t.Fatal(err)
	}
	if r.Games != 4 || r.GamesPlayed != 4 || last != 4 || r.Bots != "normal" || r.CPUs != 1 {
		t.Errorf("games %d, played %d, progress to %d, bots %q, CPUs %d; want 4, 4, 4, normal, 1", r.Games, r.GamesPlayed, last, r.Bots, r.CPUs)
	}
	// Every delegation, as the New-game screen seats them (issue 14).
	if want := []string{"us", "ukraine", "germany", "france", "poland", "uk", "italy"}; !slices.Equal(r.Taking, want) || !slices.Equal(r.Optional, []string{"uk", "italy"}) {
		t.Errorf("taking part %v (optional %v), want every delegation %v", r.Taking, r.Optional, want)
	}
	r, err = Run(Config{Scenario: sc, Games: 1, Seed: 1, Core: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"us", "ukraine", "germany", "france", "poland"}; !slices.Equal(r.Taking, want) || !slices.Equal(r.LeftOut, []string{"uk", "italy"}) {
		t.Errorf("with Core: taking part %v, left out %v; want %v, and uk, italy left out", r.Taking, r.LeftOut, want)
	}
}

func TestRunRejectsAMistakenConfig(t *testing.T) {
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []Config{
		{Scenario: sc},
		{Scenario: sc, Games: 1, Bots: "wild"},
		{Scenario: sc, Games: 1, Vs: "tit-for-tat"},
		{Scenario: sc, Games: 1, Parties: []string{"us", "ukraine"}},
		{Scenario: sc, Games: 1, Vs: "random", VsSeats: []string{"atlantis"}},
		{Scenario: sc, Games: 1, Vs: "boulware", VsSeats: []string{"us"}, VsAll: true},
		{Scenario: sc, Games: 1, VsAll: true},
		{Games: 1},
	} {
		if _, err := Run(c); !errors.As(err, new(*ConfigError)) {
			t.Errorf("Run(%+v): %v, want a *ConfigError", c, err)
		}
	}
}

func TestRunPlaysAFamily(t *testing.T) {
	r, err := Run(Config{Games: 1, Generated: 3, Seed: 1, Family: "neutral"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Family != "neutral" || r.Generated != 3 || r.Games != 3 {
		t.Errorf("family %q, %d cases, %d games; want neutral, 3, 3", r.Family, r.Generated, r.Games)
	}
	for _, tx := range r.Texts {
		if !strings.HasPrefix(tx.Text, "neutral_") {
			t.Errorf("a generated text %q does not name its case", tx.Text)
		}
	}
	for _, name := range []string{"rules", "all", "wild"} {
		if _, err := Run(Config{Games: 1, Generated: 1, Family: name}); !errors.As(err, new(*ConfigError)) {
			t.Errorf("family %q: %v, want a *ConfigError (Run plays one family)", name, err)
		}
	}
	if _, err := Run(Config{Games: 1, Generated: 1, Family: "twoparty", Vs: "random", VsSeats: []string{"p2"}}); !errors.As(err, new(*ConfigError)) {
		t.Errorf("a seat two-party cases lack: %v, want a *ConfigError", err)
	}
}

package scengen

import (
	"reflect"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/scenarios"
)

// roundTrip writes sc as a file and loads it back with the scenario
// loader, failing t if the loader does not give back sc exactly: a sim
// record of a generated case is replayed from that file, and its state
// hashes cover the whole scenario.
func roundTrip(t *testing.T, sc *rules.Scenario) {
	t.Helper()
	data, err := Marshal(sc)
	if err != nil {
		t.Fatalf("%s: %v", sc.ID, err)
	}
	back, rep := scenarios.Load(sc.ID+".yaml", data)
	if rep.HasErrors() {
		t.Fatalf("%s: the loader refuses the written file: %v\n%s", sc.ID, rep, data)
	}
	if back.Hash != Hash(data) || sc.Hash != back.Hash {
		t.Fatalf("%s: hash %s in memory, %s loaded from the file", sc.ID, sc.Hash, back.Hash)
	}
	if !reflect.DeepEqual(sc, back) {
		for _, d := range diff(sc, back) {
			t.Error(d)
		}
		t.Fatalf("%s: the file loads back to another scenario", sc.ID)
	}
}

func TestNarrowRoundTrips(t *testing.T) {
	for seed := uint64(0); seed < 20; seed++ {
		roundTrip(t, Generate(seed, Narrow))
	}
}

func TestMarshalRefusesWhatItCannotWrite(t *testing.T) {
	sc := Generate(1, Narrow)
	sc.News = []rules.NewsCard{{ID: "n"}}
	if _, err := Marshal(sc); err == nil {
		t.Fatal("a scenario with news was written in part, without its news")
	}
}

// Texts are written quoted, so that YAML syntax, quotes, backslashes and
// characters beyond ASCII in them come back as they were.
func TestMarshalQuotesTexts(t *testing.T) {
	sc := Generate(1, Narrow)
	sc.Title = `A "quoted" \ title: {not a map} # not a comment`
	sc.Summary = "Café — naïve 🙂 'single'"
	sc.Slots[0].Options[0].Label = "- [x] *bold* & !tag"
	roundTrip(t, seal(sc))
}

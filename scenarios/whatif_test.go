package scenarios

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

func TestParseWhatIf(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // the labels
	}{
		{"aster.reservation=24", []string{"aster.reservation=24"}},
		{" aster.reservation = 24 ", []string{"aster.reservation=24"}},
		{"aster.reservation=20..26/3", []string{"aster.reservation=20", "aster.reservation=23", "aster.reservation=26"}},
		{"aster.reservation=20..22", []string{"aster.reservation=20", "aster.reservation=21", "aster.reservation=22"}},
		{"aster.reservation=20..25/10", []string{"aster.reservation=20"}},
		{"aster.points.costs.own=-3..-1/2", []string{"aster.points.costs.own=-3", "aster.points.costs.own=-1"}},
		{"a.reservation=1,b.base=90", []string{"a.reservation=1,b.base=90"}},
		{"a.reservation=1..2,b.base=80..90/10", []string{"a.reservation=1,b.base=80", "a.reservation=1,b.base=90", "a.reservation=2,b.base=80", "a.reservation=2,b.base=90"}},
		{"area.default=wide", []string{"area.default=wide"}},
		{"rounds=7", []string{"rounds=7"}},
		{"aster.reservation=0..39", nil}, // 40 values: at the cap, checked by length below
	} {
		got, err := ParseWhatIf(tc.in)
		if err != nil {
			t.Errorf("ParseWhatIf(%q): %v", tc.in, err)
			continue
		}
		if tc.want == nil {
			if len(got) != MaxWhatIfs {
				t.Errorf("ParseWhatIf(%q): %d variants, want %d", tc.in, len(got), MaxWhatIfs)
			}
			continue
		}
		var labels []string
		for _, w := range got {
			labels = append(labels, w.Label)
		}
		if !slices.Equal(labels, tc.want) {
			t.Errorf("ParseWhatIf(%q) = %q, want %q", tc.in, labels, tc.want)
		}
	}
	for _, tc := range []struct{ in, msg string }{
		{"", "empty"},
		{"   ", "empty"},
		{"aster.reservation", "not a change"},
		{"=24", "not a change"},
		{"aster.reservation=", "not a change"},
		{"aster..reservation=3", "not a setting's name"},
		{"aster.reservation=twenty", `"twenty" is not a whole number`},
		{"aster.reservation=2.5", "not a whole number"},
		{"aster.reservation=26..20", "goes down"},
		{"aster.reservation=1..2/0", "step 0"},
		{"aster.reservation=1..2/x", "step"},
		{"aster.reservation=0..40", "more than 40 values"},
		{"a.reservation=1..10,b.base=1..10", "more than 40 variants"},
		{"area.default=wide..annex", "one option id"},
		{"aster.reservation=99999999999999999999", "not a whole number"},
		{"a.reservation=1,,b.base=2", "not a change"},
	} {
		_, err := ParseWhatIf(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("ParseWhatIf(%q): error %v, want one containing %q", tc.in, err, tc.msg)
		}
	}
}

// whatIfOne parses a --try of one variant.
func whatIfOne(t *testing.T, s string) WhatIf {
	t.Helper()
	ws, err := ParseWhatIf(s)
	if err != nil || len(ws) != 1 {
		t.Fatalf("ParseWhatIf(%q) = %v, %v", s, ws, err)
	}
	return ws[0]
}

// TestWhatIfApplyChangesOneNumber applies each kind of change and checks
// that the copy differs from the scenario in exactly the named number
// (undoing it makes them equal) and that the scenario itself is untouched.
func TestWhatIfApplyChangesOneNumber(t *testing.T) {
	tide, err := Find("testdata/balance/tidewater.yaml")
	if err != nil {
		t.Fatal(err)
	}
	berlin, err := Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	// The bundled cards all have two effects or more: a Berlin copy whose
	// us_poll keeps only its first has a card of one effect.
	oneEffect := cloneForWhatIf(berlin)
	single := "us_poll"
	n := newsIndex(oneEffect, single)
	oneEffect.News[n].Effects = oneEffect.News[n].Effects[:1]
	ni := func(sc *rules.Scenario, id string) int { return newsIndex(sc, id) }
	for _, tc := range []struct {
		sc   *rules.Scenario
		try  string
		undo func(out, orig *rules.Scenario)
	}{
		{tide, "aster.reservation=30", func(o, s *rules.Scenario) { o.Briefs[0].Reservation = s.Briefs[0].Reservation }},
		{tide, "brava.points.costs.own=7", func(o, s *rules.Scenario) {
			si, oi := s.SlotIndex("costs"), s.OptionIndex(s.SlotIndex("costs"), "own")
			o.Briefs[1].Points[si][oi] = s.Briefs[1].Points[si][oi]
		}},
		{tide, "aster_senate.threshold=60", func(o, s *rules.Scenario) { o.Parties[0].Ratification[0][0].Threshold = 67 }},
		{tide, "aster_senate.support=40", func(o, s *rules.Scenario) { o.Publics[0].Support = s.Publics[0].Support }},
		{tide, "elm_parliament.base=55", func(o, s *rules.Scenario) {
			p := s.PublicIndex("elm_parliament")
			o.Publics[p].Base = s.Publics[p].Base
		}},
		{tide, "dorn_voters.drift=50", func(o, s *rules.Scenario) {
			p := s.PublicIndex("dorn_voters")
			o.Publics[p].Drift = s.Publics[p].Drift
		}},
		{tide, "dorn_voters.weights.risk=-1", func(o, s *rules.Scenario) {
			p := s.PublicIndex("dorn_voters")
			o.Publics[p].Weights[1] = s.Publics[p].Weights[1]
		}},
		{tide, "area.default=wide", func(o, s *rules.Scenario) {
			si := s.SlotIndex("area")
			o.Slots[si].Default = s.Slots[si].Default
		}},
		{tide, "rounds=8", func(o, s *rules.Scenario) { o.Rounds = s.Rounds }},
		{berlin, "senate_hearing.effect.2=-6", func(o, s *rules.Scenario) {
			n := ni(s, "senate_hearing")
			o.News[n].Effects[1].Delta = s.News[n].Effects[1].Delta
		}},
		{berlin, "senate_hearing.weight=5", func(o, s *rules.Scenario) {
			n := ni(s, "senate_hearing")
			o.News[n].Weight = s.News[n].Weight
		}},
		{oneEffect, single + ".effect=9", func(o, s *rules.Scenario) {
			n := ni(s, single)
			o.News[n].Effects[0].Delta = s.News[n].Effects[0].Delta
		}},
		{tide, "aster.reservation=24,aster_senate.base=80", func(o, s *rules.Scenario) {
			o.Briefs[0].Reservation = s.Briefs[0].Reservation
			o.Publics[0].Base = s.Publics[0].Base
		}},
	} {
		before := cloneForWhatIf(tc.sc)
		out, notes, err := whatIfOne(t, tc.try).Apply(tc.sc)
		if err != nil {
			t.Errorf("%s: %v", tc.try, err)
			continue
		}
		if len(notes) > 0 {
			t.Errorf("%s: notes %q, want none", tc.try, notes)
		}
		if !reflect.DeepEqual(tc.sc, before) {
			t.Errorf("%s: changed the scenario it was applied to", tc.try)
		}
		if reflect.DeepEqual(out, tc.sc) {
			t.Errorf("%s: the variant equals the scenario", tc.try)
		}
		tc.undo(out, tc.sc)
		if !reflect.DeepEqual(out, tc.sc) {
			t.Errorf("%s: the variant differs from the scenario in more than the named number", tc.try)
		}
	}
}

// TestWhatIfApplyErrors checks that names the scenario lacks and values
// out of the loader's ranges are errors naming what exists.
func TestWhatIfApplyErrors(t *testing.T) {
	tide, err := Find("testdata/balance/tidewater.yaml")
	if err != nil {
		t.Fatal(err)
	}
	berlin, err := Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sc       *rules.Scenario
		try, msg string
	}{
		{tide, "usa.reservation=3", `no party "usa"; want one of aster, brava, calder, dorn, elm, fjord`},
		{tide, "aster.threshold=60", `no public "aster"; want one of aster_senate, brava_parliament`},
		{tide, "aster.points.costs.cheap=3", `no option of slot costs "cheap"; want one of gdp, equal, own`},
		{tide, "aster.points.money.own=3", `no slot "money"; want one of response, area`},
		{tide, "aster.points.costs=3", "aster.points.SLOT.OPTION=N"},
		{tide, "aster.reservation.x=3", "aster.reservation=N"},
		{tide, "aster.colour=3", `unknown setting "colour"`},
		{tide, "aster=3", `"aster" names no setting`},
		{tide, "aster_senate.threshold=0", "threshold 0: want a whole number from 1 to 100"},
		{tide, "aster_senate.support=101", "support 101"},
		{tide, "aster_senate.drift=-1", "drift -1"},
		{tide, "aster_senate.weights.fear=1", `no attribute "fear"; want one of commitment, risk, cost_big, cost_small`},
		{tide, "aster_senate.weights=1", "aster_senate.weights.ATTRIBUTE=N"},
		{tide, "rounds=13", "rounds 13: want a whole number from 1 to 12"},
		{tide, "area.default=moon", `no option of slot area "moon"`},
		{tide, "area.points=3", `no party "area"`},
		{tide, "aster.default=wide", `no slot "aster"`},
		{tide, "aster.reservation=wide", "not a whole number"},
		{tide, "storm.effect=3", `no news card "storm": the scenario has none`},
		{berlin, "senate_hearing.effect=3", "has 2 effects; name one, as in senate_hearing.effect.1=N"},
		{berlin, "senate_hearing.effect.3=3", "has 2 effects"},
		{berlin, "senate_hearing.effect.2=101", "effect 101"},
		{berlin, "senate_hearing.weight=0", "weight 0"},
		{berlin, "us_voters.threshold=50", `public "us_voters" holds no ratification vote`},
	} {
		ws, err := ParseWhatIf(tc.try)
		if err == nil {
			_, _, err = ws[0].Apply(tc.sc)
		}
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: error %v, want one containing %q", tc.try, err, tc.msg)
		}
	}
}

// TestWhatIfApplyWarns checks that check's feasibility runs on the
// variant: a reservation no text meets leaves nothing to sign.
func TestWhatIfApplyWarns(t *testing.T) {
	tide, err := Find("testdata/balance/tidewater.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, notes, err := whatIfOne(t, "aster.reservation=1000").Apply(tide)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "no complete text can be signed") {
		t.Errorf("notes %q, want check's warning that no text can be signed", notes)
	}
	_, notes, err = whatIfOne(t, "aster.reservation=26").Apply(tide)
	if err != nil || len(notes) != 1 || !strings.Contains(notes[0], "changes nothing") {
		t.Errorf("the file's own value: notes %q, %v; want one saying it changes nothing", notes, err)
	}
}

// FuzzWhatIf parses and applies any --try to a small scenario: an error
// is fine, a panic is not.
func FuzzWhatIf(f *testing.F) {
	for _, s := range []string{"aster.reservation=24", "a.reservation=1..3,b.base=4", "area.default=wide",
		"aster_senate.weights.risk=-2", "x.effect.0=1", "rounds=0..12/4", "..=..", "a.b.c.d=1..", "=,=", "aster.points.costs.own=1..2/"} {
		f.Add(s)
	}
	tide, err := Find("testdata/balance/tidewater.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws, err := ParseWhatIf(s)
		if err != nil {
			return
		}
		if len(ws) == 0 || len(ws) > MaxWhatIfs {
			t.Fatalf("%q: %d variants", s, len(ws))
		}
		for _, w := range ws[:1] {
			if len(w.Label) == 0 {
				t.Fatalf("%q: a variant without a label", s)
			}
			if out, _, err := w.Apply(tide); err == nil && out == nil {
				t.Fatalf("%q: no scenario and no error", s)
			}
		}
	})
}

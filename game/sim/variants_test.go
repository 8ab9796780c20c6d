package sim

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"bindingwords/scenarios"
)

// TestRunVariantsPaired checks that every variant plays the file's games:
// a variant that changes nothing reproduces the file's report exactly,
// with a paired change of zero, and a variant that changes something is
// played as a plain run of the changed scenario would be.
func TestRunVariantsPaired(t *testing.T) {
	sc, err := scenarios.Find("../../scenarios/testdata/balance/tidewater.yaml")
	if err != nil {
		t.Fatal(err)
	}
	apply := func(s string) Variant {
		ws, err := scenarios.ParseWhatIf(s)
		if err != nil {
			t.Fatal(err)
		}
		v, notes, err := ws[0].Apply(sc)
		if err != nil {
			t.Fatal(err)
		}
		return Variant{Label: ws[0].Label, Scenario: v, Notes: notes}
	}
	same := apply("aster.reservation=" + itoa(sc.Briefs[0].Reservation))
	looser := apply("aster_senate.threshold=55")
	c := Config{Scenario: sc, Games: 30, Seed: 5}
	var last, total int
	c.Progress = func(done, of int) { last, total = done, of }
	cmp, err := RunVariants(c, []Variant{same, looser})
	if err != nil {
		t.Fatal(err)
	}
	if last != 90 || total != 90 {
		t.Errorf("progress ended at %d of %d, want 90 of 90", last, total)
	}
	plain, err := Run(Config{Scenario: sc, Games: 30, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cmp.File.Report.Summary, plain.Summary) {
		t.Errorf("the file's row differs from a plain run:\n%+v\n%+v", cmp.File.Report.Summary, plain.Summary)
	}
	if !reflect.DeepEqual(cmp.Variants[0].Report.Summary, plain.Summary) {
		t.Errorf("a variant changing nothing differs from the file")
	}
	if d := cmp.Variants[0]; d.AgreementChange != 0 || d.AgreementChangeCI != (Interval{}) {
		t.Errorf("a variant changing nothing: change %v %v, want 0 [0, 0]", d.AgreementChange, d.AgreementChangeCI)
	}
	alone, err := Run(Config{Scenario: looser.Scenario, Games: 30, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	v := cmp.Variants[1]
	if !reflect.DeepEqual(v.Report.Summary, alone.Summary) {
		t.Errorf("the variant's row differs from a plain run of the changed scenario")
	}
	want := float64(alone.AgreementRate - plain.AgreementRate)
	if math.Abs(float64(v.AgreementChange)-want) > 1e-9 {
		t.Errorf("change %v, want %v", v.AgreementChange, want)
	}
	if v.Try != "aster_senate.threshold=55" || v.LowestParty == "" {
		t.Errorf("row %q, lowest %q", v.Try, v.LowestParty)
	}
	if _, err := RunVariants(Config{Scenario: sc, Games: 2, Vs: "random"}, nil); err == nil {
		t.Error("RunVariants with a baseline: no error")
	}
}

// TestVariantRowTargets checks the guide's targets at their edges.
func TestVariantRowTargets(t *testing.T) {
	rep := func(agree float64, best ...float64) *Report {
		r := &Report{}
		r.AgreementRate = Num(agree)
		for i, b := range best {
			r.Parties = append(r.Parties, PartyRow{ID: string(rune('a' + i)), BestPlaced: Num(b)})
		}
		return r
	}
	for _, tc := range []struct {
		r               *Report
		misses          string
		lowest, highest string
	}{
		{rep(0.55, 0.10, 0.45), "", "a", "b"},
		{rep(0.85, 0.40, 0.10, 0.35), "", "b", "a"},
		{rep(0.549, 0.20, 0.30), "agreement under 55%", "a", "b"},
		{rep(0.851, 0.20, 0.30), "agreement over 85%", "a", "b"},
		{rep(0.70, 0.099, 0.3, 0.05), "best placed under 10%: a, c", "c", "b"},
		{rep(0.30, 0.30, 0), "agreement under 55%; best placed under 10%: b", "b", "a"},
	} {
		row := newVariantRow("x", nil, tc.r, tc.r)
		if got := strings.Join(row.Misses, "; "); got != tc.misses || row.LowestParty != tc.lowest || row.HighestParty != tc.highest {
			t.Errorf("%+v: misses %q lowest %q highest %q, want %q %q %q", tc.r.Parties, got, row.LowestParty, row.HighestParty, tc.misses, tc.lowest, tc.highest)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

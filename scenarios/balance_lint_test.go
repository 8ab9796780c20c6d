package scenarios

import (
	"os"
	"strings"
	"testing"

	"bindingwords/game/analysis"
	"bindingwords/game/rules"
)

func openChecked(t *testing.T, name string) (*rules.Scenario, *Report, []Diagnostic) {
	t.Helper()
	sc, r, err := Open(name)
	if err != nil || sc == nil {
		t.Fatalf("%s: %v %v", name, err, r)
	}
	before := len(r.Warnings())
	r.CheckBalance(sc)
	var added []Diagnostic
	for _, d := range r.Warnings() {
		if strings.Contains(d.Msg, "taking part") || strings.Contains(d.Msg, "adoption rule") {
			added = append(added, d)
		}
	}
	if len(r.Warnings())-before != len(added) {
		t.Fatalf("%s: CheckBalance added %d warnings, %d of them its own", name, len(r.Warnings())-before, len(added))
	}
	return sc, r, added
}

// TestCheckBalanceWarnsWhenAnOptionalPartyMakesAgreementRare: in the
// teacher-style case after six edit cycles, the Elm Islands shrink the
// agreement zone from 4.3% to 1.8% under a majority of the others; check
// says so at the party, with a fix aimed at its vote at home.
func TestCheckBalanceWarnsWhenAnOptionalPartyMakesAgreementRare(t *testing.T) {
	_, _, added := openChecked(t, "testdata/balance/tidewater-rare.yaml")
	if len(added) != 1 {
		t.Fatalf("want one balance warning, got %v", added)
	}
	d := added[0]
	for _, want := range []string{
		`with optional party "elm" taking part, agreement may become rare: only 1.8% of the texts pass the adoption rule (must_agree aster and brava, others: majority) and the signing rule (required aster, brava and calder, minimum 4)`,
		"against 4.3% without it", "elm accepts 46.7% of all texts", "3 of the 4 other delegations must vote yes instead of 2 of 3",
		"make elm's vote at home easier to win", "on points alone it would accept 92.6% of the texts",
	} {
		if !strings.Contains(d.Msg, want) {
			t.Errorf("the warning lacks %q:\n%s", want, d.Msg)
		}
	}
	if d.Line != 135 {
		t.Errorf("the warning is at line %d, want 135 (the elm party)", d.Line)
	}
}

// TestCheckBalanceQuietOnBalancedCases: no balance warning for Berlin or
// the balanced teacher-style case, and none on top of the feasibility
// warning for the first draft, whose ZOPA is empty.
func TestCheckBalanceQuietOnBalancedCases(t *testing.T) {
	for _, name := range []string{"berlin", "testdata/balance/tidewater.yaml", "testdata/balance/tidewater-draft.yaml"} {
		if _, _, added := openChecked(t, name); len(added) != 0 {
			t.Errorf("%s: unexpected balance warnings %v", name, added)
		}
	}
}

// TestCheckBalanceWhenTheRulesBlockEverything: when the required
// signatories share texts but the others' quota blocks all of them (every
// other delegation must agree, and Dorn, made hard to please, never does
// when the others do), check says so even without optional parties.
func TestCheckBalanceWhenTheRulesBlockEverything(t *testing.T) {
	data := readFile(t, "testdata/balance/tidewater.yaml")
	text := strings.NewReplacer("    optional: true\n", "", "others: majority", "others: all",
		"reservation: 16", "reservation: 38").Replace(data)
	sc, r := Load("blocked.yaml", []byte(text))
	if sc == nil {
		t.Fatal(r)
	}
	r.CheckBalance(sc)
	found := false
	for _, d := range r.Warnings() {
		found = found || strings.Contains(d.Msg, "no text passes the adoption rule (must_agree aster and brava, others: all) and the signing rule (required aster, brava and calder, minimum 4) when each delegation votes for the texts it accepts, although aster, brava and calder all accept some texts")
	}
	if !found {
		t.Errorf("no warning that the rules block every text: %v", r.Warnings())
	}
}

// TestTidewaterAcceptanceMatchesBruteForce counts, text by text over all
// 4,374 texts of the balanced case, what each delegation accepts, with
// the rules package's own functions, and compares the balance figures.
func TestTidewaterAcceptanceMatchesBruteForce(t *testing.T) {
	sc, err := Find("testdata/balance/tidewater.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b := analysis.NewBalance(sc, nil)
	accepts := func(p int, text []int) bool {
		if sc.CrossesRedLine(p, text, nil) || sc.Score(p, text, nil) < sc.Briefs[p].Reservation {
			return false
		}
		totals := sc.AttrTotals(make([]int, len(sc.Attributes)), text, nil)
		for d := range sc.Documents {
			for _, req := range sc.Parties[p].Ratification[sc.DocumentForm(d, text, nil)] {
				pub := &sc.Publics[req.Public]
				v := rules.VerdictOf(pub.Base, pub.Weights, totals) * 10
				sup := pub.Support
				for range sc.Rounds {
					sup += (v - sup) * pub.Drift / 100
				}
				if sup < req.Threshold*10 {
					return false
				}
			}
		}
		return true
	}
	count := make([]int, len(sc.Parties))
	zopa := 0
	text := make([]int, len(sc.Slots))
	var walk func(int)
	walk = func(si int) {
		if si == len(sc.Slots) {
			all := true
			for p := range sc.Parties {
				ok := accepts(p, text)
				if ok {
					count[p]++
				}
				if !ok && (p == 0 || p == 1 || p == 2) {
					all = false
				}
			}
			if all {
				zopa++
			}
			return
		}
		for oi := range sc.Slots[si].Options {
			text[si] = oi
			walk(si + 1)
		}
	}
	walk(0)
	for p := range sc.Parties {
		if b.Acceptance(p) != float64(count[p]) {
			t.Errorf("%s accepts %.0f texts, counted one by one %d", sc.Parties[p].ID, b.Acceptance(p), count[p])
		}
	}
	if got := b.ZOPA(sc.Signing.Required, -1); got != float64(zopa) || zopa != 315 {
		t.Errorf("ZOPA %.0f, counted %d, want 315", got, zopa)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

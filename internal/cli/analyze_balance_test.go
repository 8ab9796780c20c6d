package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

func analyzeOut(t *testing.T, args ...string) string {
	t.Helper()
	var out, errs bytes.Buffer
	if code := Run(append([]string{"analyze"}, args...), &out, &errs); code != 0 {
		t.Fatalf("analyze %v: exit %d: %s", args, code, errs.String())
	}
	return out.String()
}

// TestAnalyzeTakesPartAsTheNewGameScreen: by default analyze seats every
// delegation, as the New-game screen and the answer key do, and says so.
func TestAnalyzeTakesPartAsTheNewGameScreen(t *testing.T) {
	out := analyzeOut(t, "berlin")
	want := "Delegations: us, ukraine, germany, france, poland, uk, italy (optional uk, italy included, as on the New-game screen; --core leaves them out)"
	if !strings.Contains(out, want) {
		t.Errorf("want %q in:\n%s", want, out)
	}
	untimed := regexp.MustCompile(`nodes, [0-9.]+[µm]?s`)
	if all := analyzeOut(t, "--all", "berlin"); untimed.ReplaceAllString(all, "") != untimed.ReplaceAllString(out, "") {
		t.Error("--all (the old way to seat everyone) must give the default analysis")
	}
	var o, e bytes.Buffer
	if code := Run([]string{"analyze", "--core", "--parties", "us,ukraine,germany,france", "berlin"}, &o, &e); code != 2 {
		t.Errorf("--core with --parties: exit %d, want 2", code)
	}
}

// TestAnalyzeBalanceFiguresBerlin: the acceptance shares (the same as a
// count over all 8,957,952 texts, which the analysis tests make on a tiny
// scenario), the hints, what each vote removes and the optional parties.
func TestAnalyzeBalanceFiguresBerlin(t *testing.T) {
	out := analyzeOut(t, "berlin")
	for _, want := range []string{
		"Acceptance share: the share of all 8,957,952 texts a delegation accepts",
		"United States       33.0%      38.8%\n",
		"Germany             12.1%      35.1%  ← under 15%: its votes at home reject most texts it would sign",
		"Poland              42.8%      42.8%\n",
		"Italy               11.7%      70.4%  ← under 15%",
		"United States — Senate consent (two-thirds of senators present): removes 30% of the texts the delegations accept (74,931 without it)",
		"Germany — Bundestag consent by law: removes 46% of the texts the delegations accept (97,667 without it)",
		"France — Parliament's approval by law: not a required signatory's vote",
		"Agreement zone: 50,533 texts (0.56%)",
		"United Kingdom (optional): zone 0.56% with it, 0.42% without it (+35%); adoption: 3 of 5 others must say yes with it, 3 of 4 without (it can replace a holdout); signing: it can be one of the 4 signers needed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
}

// TestAnalyzeTeacherCaseCycle follows the balancing cycle of the
// teacher-style case (scenarios/testdata/balance): the first draft's
// hints name the reservation that meets a third of the texts; the
// balanced version's figures, which a brute-force count in the scenarios
// tests confirms for the acceptance and the ZOPA.
func TestAnalyzeTeacherCaseCycle(t *testing.T) {
	draft := analyzeOut(t, "scenarios/testdata/balance/tidewater-draft.yaml")
	for _, want := range []string{
		"Aster               0.07%      0.07%  ← under 15%: it rejects almost every text; lower its reservation (now 50; about 30 meets a third of the texts)\n", // no red line to drop
		"Elm Islands          0.0%       0.0%  ← under 15%",
		"The ZOPA is empty",
	} {
		if !strings.Contains(draft, want) {
			t.Errorf("the draft's analysis lacks %q:\n%s", want, draft)
		}
	}
	final := analyzeOut(t, "scenarios/testdata/balance/tidewater.yaml")
	for _, want := range []string{
		"Delegations: aster, brava, calder, dorn, elm, fjord (optional elm, fjord included, as on the New-game screen; --core leaves them out)",
		"ZOPA               315 texts (7.20%)",
		"Calder              35.3%      35.3%\n",
		"Fjord               76.0%      76.0%  ← over 60%: it accepts almost anything, so walking away is no threat; raise its reservation (now 20; about 29 meets a third of the texts)",
		"Aster — two-thirds of the Senate: removes 9% of the texts the delegations accept (348 without it)",
		"Agreement zone: 279 texts (6.4%)",
		"Elm Islands (optional): zone 6.4% with it, 7.2% without it (-11%); adoption: 3 of 4 others must say yes with it, 2 of 3 without",
	} {
		if !strings.Contains(final, want) {
			t.Errorf("the balanced case's analysis lacks %q:\n%s", want, final)
		}
	}
	var out, errs bytes.Buffer
	Run([]string{"check", "scenarios/testdata/balance/tidewater-rare.yaml"}, &out, &errs)
	if !strings.Contains(out.String(), `warning: with optional party "elm" taking part, agreement may become rare`) {
		t.Errorf("check does not warn about the Elm Islands:\n%s", out.String())
	}
}

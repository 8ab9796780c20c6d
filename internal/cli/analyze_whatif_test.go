package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeTry checks analyze's what-if table: the file's row carries
// plain analyze's figures, and a variant's row those of the file edited by
// hand.
func TestAnalyzeTry(t *testing.T) {
	out := analyzeOut(t, "--try", "brava.reservation=24..29/5", "--try", "aster_senate.base=96", tidewater)
	for _, want := range []string{
		"What if: The Tidewater Compact (tidewater), 4,374 complete texts",
		"Variant                   ZOPA (texts)     Zone  Acceptance share",
		"aster  brava calder   dorn    elm  fjord",
		"as written                  315 (7.2%)     6.4%   54.4%  71.9%  35.3%  68.9%  65.2%  76.0%",
		"brava.reservation=24",
		"aster_senate.base=96        345 (7.9%)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	plain := analyzeOut(t, tidewater)
	if !strings.Contains(plain, "ZOPA               315 texts (7.20%)") || !strings.Contains(plain, "Brava               71.9%") {
		t.Errorf("plain analyze no longer gives the file's row:\n%s", plain)
	}
	data, err := os.ReadFile(tidewater)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "    reservation: 20\n    points:\n      response: {act: 14", "    reservation: 29\n    points:\n      response: {act: 14", 1)
	if edited == string(data) {
		t.Fatal("could not find Brava's reservation in the test scenario")
	}
	file := filepath.Join(t.TempDir(), "brava29.yaml")
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	byHand := analyzeOut(t, file)
	var row string
	for line := range strings.SplitSeq(out, "\n") {
		if strings.HasPrefix(line, "brava.reservation=29 ") {
			row = line
		}
	}
	f := strings.Fields(row)
	if len(f) != 10 {
		t.Fatalf("row %q", row)
	}
	if !strings.Contains(byHand, "ZOPA               "+f[1]+" texts") || !strings.Contains(byHand, "Brava               "+f[5]) {
		t.Errorf("variant row %q differs from analyze of the edited file:\n%s", row, byHand)
	}
}

func TestAnalyzeTryMistakes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--try", "usa.reservation=1", tidewater}, `no party "usa"; want one of aster, brava`},
		{[]string{"--try", "aster.reservation=x", tidewater}, "not a whole number"},
	} {
		var out, errs bytes.Buffer
		code := Run(append([]string{"analyze"}, tc.args...), &out, &errs)
		if code != 2 || !strings.Contains(errs.String(), tc.msg) || strings.Contains(out.String(), "What if") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errs.String(), tc.msg)
		}
	}
}

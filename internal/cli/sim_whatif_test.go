package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bindingwords/game/sim"
)

const tidewater = "scenarios/testdata/balance/tidewater.yaml"

// TestSimTryTable runs sim with two --try flags (three variants) on a
// test scenario and checks the table: the file's row carries a plain
// run's figures (the same seeds), and a variant's row a plain run's of a
// copy of the file edited by hand.
func TestSimTryTable(t *testing.T) {
	code, out, errs := simRun(t, "--scenario", tidewater, "--games", "40", "--seed", "3",
		"--try", "aster_senate.threshold=60", "--try", "aster.reservation=20..26/6")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"What if: The Tidewater Compact (tidewater), 40 games a variant, seeds 3–42, the same games for every variant",
		"Delegations: aster, brava, calder, dorn, elm, fjord",
		"Variant", "Agreed", "Change [95% CI]", "Best placed: lowest", "Top text", "Each delegation: mean advantage, best placed",
		"    aster     brava    calder      dorn       elm     fjord\n",
		"The guide's targets (agreement 55–85%, every delegation best placed in at least 10% of games):",
		"  met by none (the file as written: agreement under 55%; best placed under 10%: brava, calder, dorn, elm, fjord)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	rows := map[string]string{}
	for line := range strings.SplitSeq(out, "\n") {
		f := strings.Fields(strings.TrimPrefix(line, "*"))
		if len(f) > 2 {
			rows[f[0]] = line
		}
	}
	for _, name := range []string{"as", "aster_senate.threshold=60", "aster.reservation=20", "aster.reservation=26"} {
		if rows[name] == "" {
			t.Errorf("no row %q in\n%s", name, out)
		}
	}
	if strings.Count(out, "aster.reservation=") < 2 {
		t.Errorf("the range did not expand:\n%s", out)
	}
	// The file's row is a plain run of the same seeds.
	plain := simJSON(t, "--scenario", tidewater, "--games", "40", "--seed", "3")
	agree := percent.val(num(plain["agreement_rate"]))
	if f := strings.Fields(rows["as"]); len(f) < 3 || f[2] != agree {
		t.Errorf("as written: %q, want agreement %s as a plain run", rows["as"], agree)
	}
	// The variant's row is a plain run of the file with the change made.
	data, err := os.ReadFile(tidewater)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(data), "threshold: 67") != 1 {
		t.Fatal("the test scenario no longer has one threshold of 67")
	}
	edited := filepath.Join(t.TempDir(), "tidewater60.yaml")
	if err := os.WriteFile(edited, []byte(strings.Replace(string(data), "threshold: 67", "threshold: 60", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	byHand := simJSON(t, "--scenario", edited, "--games", "40", "--seed", "3")
	agree60 := percent.val(num(byHand["agreement_rate"]))
	if f := strings.Fields(rows["aster_senate.threshold=60"]); len(f) < 2 || f[1] != agree60 {
		t.Errorf("threshold=60: %q, want agreement %s as the edited file", rows["aster_senate.threshold=60"], agree60)
	}
	if agree60 == agree {
		t.Errorf("the threshold changed nothing (%s): the test cannot tell the rows apart", agree)
	}
}

func num(v any) sim.Num { f, _ := v.(float64); return sim.Num(f) }

// TestSimTryJSON checks the --json form of a what-if run.
func TestSimTryJSON(t *testing.T) {
	m := simJSON(t, "--scenario", tidewater, "--games", "10", "--try", "brava.reservation=18")
	file, _ := m["file"].(map[string]any)
	vars, _ := m["variants"].([]any)
	if file == nil || len(vars) != 1 {
		t.Fatalf("want file and one variant, got %v", m)
	}
	v := vars[0].(map[string]any)
	if v["try"] != "brava.reservation=18" || v["report"] == nil || v["misses"] == nil {
		t.Errorf("variant %v", v)
	}
	if _, err := json.Marshal(m); err != nil {
		t.Error(err)
	}
}

// TestSimTryMistakes checks that a bad --try is a usage mistake naming
// what exists, before any game is played.
func TestSimTryMistakes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--try", "usa.reservation=3"}, `no party "usa"; want one of aster, brava, calder, dorn, elm, fjord`},
		{[]string{"--try", "aster_senate.threshold=101"}, "threshold 101: want a whole number from 1 to 100"},
		{[]string{"--try", "aster.reservation"}, "is not a change"},
		{[]string{"--try", "aster.reservation=1..99"}, "more than 40 values"},
		{[]string{"--try", "aster.reservation=3", "--vs", "random"}, "--try and --vs"},
		{[]string{"--try", "aster.reservation=3", "--records", "x"}, "--records"},
		{[]string{"--try", "aster.wishes=3"}, `unknown setting "wishes"`},
	} {
		code, out, errs := simRun(t, append([]string{"--scenario", tidewater, "--games", "5"}, tc.args...)...)
		if code != 2 || out != "" || !strings.Contains(errs, tc.msg) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", tc.args, code, out, errs, tc.msg)
		}
	}
	code, _, errs := simRun(t, "--generated", "2", "--try", "p0.reservation=3")
	if code != 2 || !strings.Contains(errs, "--generated") {
		t.Errorf("--generated with --try: exit %d, %q", code, errs)
	}
}

package cli

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"
)

// simRun runs the sim command line and returns its exit code and output.
func simRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	code = Run(append([]string{"sim"}, args...), &out, &errs)
	return code, out.String(), errs.String()
}

// simJSON runs sim with --json and decodes its object.
func simJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	code, out, errs := simRun(t, append(args, "--json")...)
	if code != 0 {
		t.Fatalf("sim %v: exit %d\n%s", args, code, errs)
	}
	var m map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("sim %v --json: not a JSON object: %v\n%s", args, err, out)
	}
	if dec.More() {
		t.Fatalf("sim %v --json: more than one JSON value", args)
	}
	return m
}

// withoutSpeed drops the table's last line, the only one that may differ
// between two runs of the same games.
func withoutSpeed(out string) string {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	return strings.Join(lines[:len(lines)-1], "\n")
}

func TestSimTable(t *testing.T) {
	code, out, errs := simRun(t, "--games", "20", "--core")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"The Berlin Guarantees (berlin): 20 games, seeds 1–20",
		"Delegations: us, ukraine, germany, france, poland (optional uk, italy left out; --all to include)",
		"Agreement (signed)", "In force (ratified)", "Mean rounds", "Games in force",
		"Welfare ratio", "Pareto distance", "Nash ratio", "95% CI",
		"Welfare ratio (all)", "Social welfare (pts)", "Nash distance (pts)", "Pareto dist. (pts)",
		"Social welfare allowed: 410 at the Nash point, 412 at the best joint gain, 290 with no agreement",
		"United States", "Ukraine", "Germany", "France", "Poland", "Best placed",
		"Public commitments per game", "Made   Kept  Broken",
		"games/s on 1 CPU",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Italy") {
		t.Errorf("an optional party played with --core:\n%s", out)
	}
}

func TestSimJSON(t *testing.T) {
	m := simJSON(t, "--games", "20", "--all")
	for _, k := range []string{"games", "agreement_rate", "ratification_rate", "welfare_ratio", "pareto_distance",
		"nash_ratio", "games_per_second", "parties", "mean_rounds", "agreement_rate_ci95", "welfare_ratio_ci95",
		"social_welfare", "nash_distance", "pareto_distance_points", "social_welfare_ci95", "reference", "welfare_ratio_all_games"} {
		if _, ok := m[k]; !ok {
			t.Errorf("no %q in the JSON", k)
		}
	}
	if m["games"] != 20.0 || m["scenario"] != "berlin" {
		t.Errorf("games %v, scenario %v", m["games"], m["scenario"])
	}
	agree, force := num01(t, m, "agreement_rate"), num01(t, m, "ratification_rate")
	if force > agree {
		t.Errorf("more games in force (%v) than agreed (%v)", force, agree)
	}
	if r := m["mean_rounds"].(float64); r < 1 || r > 12 {
		t.Errorf("mean_rounds %v", r)
	}
	for _, k := range []string{"welfare_ratio", "pareto_distance", "nash_ratio"} {
		if x, ok := m[k].(float64); ok && x < 0 {
			t.Errorf("%s = %v < 0", k, x)
		}
	}
	if m["games_per_second"].(float64) <= 0 {
		t.Errorf("games_per_second %v", m["games_per_second"])
	}
	parties := m["parties"].([]any)
	if len(parties) != 7 {
		t.Fatalf("%d parties with --all, want 7", len(parties))
	}
	best := 0.0
	for _, p := range parties {
		p := p.(map[string]any)
		if a := p["advantage"].(float64); a > 1 || a < -1 {
			t.Errorf("%v: advantage %v", p["id"], a)
		}
		best += num01(t, p, "best_placed")
		c, ok := p["commitments"].(map[string]any)
		if !ok {
			t.Fatalf("%v: no commitments in the JSON", p["id"])
		}
		if made, kept, broken := c["made_per_game"].(float64), c["kept_per_game"].(float64), c["broken_per_game"].(float64); kept+broken > made+1e-9 {
			t.Errorf("%v: %v kept and %v broken of %v made", p["id"], kept, broken, made)
		}
		if _, ok := c["ratifications_carried"]; ok {
			t.Errorf("%v: Berlin gives no boost, yet carried ratifications are reported", p["id"])
		}
	}
	// Each game in force has one best-placed delegation (or shares it).
	if math.Abs(best-force) > 1e-5 {
		t.Errorf("best placed adds up to %v, want the share in force %v", best, force)
	}
}

// num01 checks that m[k] is a share within its own 95% interval.
func num01(t *testing.T, m map[string]any, k string) float64 {
	t.Helper()
	x, ok := m[k].(float64)
	if !ok || x < 0 || x > 1 {
		t.Errorf("%s = %v, want a share from 0 to 1", k, m[k])
		return x
	}
	ci, ok := m[k+"_ci95"].([]any)
	if !ok || len(ci) != 2 || ci[0].(float64) > x+1e-9 || ci[1].(float64) < x-1e-9 {
		t.Errorf("%s_ci95 = %v does not hold %v", k, m[k+"_ci95"], x)
	}
	return x
}

func TestSimIsReproducible(t *testing.T) {
	args := []string{"--games", "12", "--seed", "7", "--bots", "mix", "--vs", "boulware"}
	_, a, _ := simRun(t, args...)
	_, b, _ := simRun(t, args...)
	_, c, _ := simRun(t, append(args, "--cpus", "2")...)
	if withoutSpeed(a) != withoutSpeed(b) {
		t.Errorf("two runs of the same seed differ:\n%s\n---\n%s", a, b)
	}
	if withoutSpeed(a) != withoutSpeed(c) {
		t.Errorf("--cpus 2 differs from --cpus 1:\n%s\n---\n%s", a, c)
	}
	if !strings.Contains(c, "on 2 CPUs") {
		t.Errorf("the speed line does not say 2 CPUs:\n%s", c)
	}
}

// TestSimGameAlone checks that game i of a run is game 0 of a run from
// seed S+i: each game can be replayed on its own.
func TestSimGameAlone(t *testing.T) {
	all := simJSON(t, "--games", "3", "--seed", "40")
	agreed := 0.0
	adv := map[string]float64{}
	for seed := 40; seed < 43; seed++ {
		one := simJSON(t, "--games", "1", "--seed", strconv.Itoa(seed))
		agreed += one["agreement_rate"].(float64)
		for _, p := range one["parties"].([]any) {
			p := p.(map[string]any)
			adv[p["id"].(string)] += p["advantage"].(float64) / 3
		}
	}
	if want := all["agreement_rate"].(float64) * 3; math.Abs(agreed-want) > 1e-5 {
		t.Errorf("%v agreements in three single games, %v in the run of three", agreed, want)
	}
	for _, p := range all["parties"].([]any) {
		p := p.(map[string]any)
		if got, want := adv[p["id"].(string)], p["advantage"].(float64); math.Abs(got-want) > 1e-5 {
			t.Errorf("%v: mean advantage %v over single games, %v in the run", p["id"], got, want)
		}
	}
}

// The conceder is offered beside the boulware, and a table of baselines
// only can be played by naming every seat.
func TestSimVsConcederInEverySeat(t *testing.T) {
	code, out, errs := simRun(t, "--games", "3", "--vs", "conceder:us,ukraine,germany,france,poland")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Players: conceder as us, ukraine, germany, france, poland", "with conceder", "Social welfare (pts)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	// ":all" seats it everywhere, on generated cases of any size too.
	code, out, errs = simRun(t, "--generated", "3", "--vs", "boulware:all")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Players: boulware in every seat") {
		t.Errorf("the table lacks the players' line:\n%s", out)
	}
	m := simJSON(t, "--generated", "3", "--vs", "boulware:all")
	if m["vs_all"] != true {
		t.Errorf("vs_all %v, want true", m["vs_all"])
	}
}

func TestSimVsBaseline(t *testing.T) {
	code, out, errs := simRun(t, "--games", "10", "--vs", "boulware", "--core")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"with boulware", "all normal", "Paired", "All seats", "20 games in"} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	m := simJSON(t, "--games", "10", "--vs", "boulware", "--core")
	if _, ok := m["all_bots"].(map[string]any); !ok {
		t.Fatalf("no all_bots run in the JSON")
	}
	paired := m["paired"].([]any)
	seats := 0.0
	for _, p := range paired[:len(paired)-1] {
		seats += p.(map[string]any)["games"].(float64)
	}
	last := paired[len(paired)-1].(map[string]any)
	if len(paired) != 6 || last["seat"] != "all" || last["games"] != 10.0 || seats != 10 {
		t.Errorf("want 5 seats and all, with the baseline in one seat per game: %v", paired)
	}

	// Named seats: the baseline plays them in every game.
	m = simJSON(t, "--games", "4", "--vs", "random:us,poland")
	paired = m["paired"].([]any)
	if len(paired) != 3 || paired[0].(map[string]any)["seat"] != "us" || paired[2].(map[string]any)["games"] != 8.0 {
		t.Errorf("--vs random:us,poland: %v", paired)
	}
}

func TestSimGenerated(t *testing.T) {
	m := simJSON(t, "--generated", "5")
	if m["games"] != 5.0 || m["scenario"] != "generated" {
		t.Errorf("games %v, scenario %v", m["games"], m["scenario"])
	}
	if z := m["zopa_games"].(float64); z < 0 || z > 5 {
		t.Errorf("zopa_games %v", z)
	}
	m = simJSON(t, "--generated", "5", "--games", "2", "--bots", "hard", "--vs", "boulware")
	if m["games"] != 10.0 || m["all_bots"] == nil {
		t.Errorf("games %v, all_bots %v", m["games"], m["all_bots"])
	}
	if p := m["paired"].([]any); len(p) != 1 || p[0].(map[string]any)["games"] != 10.0 {
		t.Errorf("generated runs pair by game only: %v", p)
	}
	code, out, _ := simRun(t, "--generated", "5", "--vs", "hardliner", "--cpus", "2")
	if code != 0 || !strings.Contains(out, "5 generated scenarios") || !strings.Contains(out, "Non-empty ZOPA") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestSimUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"--bots", "wild"}, 2, `sim: unknown AI level "wild"; want easy, normal, hard or mix`},
		{[]string{"--vs", "tit-for-tat"}, 2, `unknown baseline "tit-for-tat"; want random, pushover, hardliner, boulware or conceder`},
		{[]string{"--vs", "boulware:atlantis"}, 2, `--vs: "atlantis" is not a party taking part`},
		{[]string{"--core", "--vs", "boulware:italy"}, 2, `--vs: "italy" is not a party taking part`},
		{[]string{"--games", "0"}, 2, "--games 0: want at least 1"},
		{[]string{"--games", "many"}, 2, `invalid value "many" for flag -games`},
		{[]string{"--cpus", "0"}, 2, "--cpus 0: want at least 1"},
		{[]string{"--seed", "-1"}, 2, "invalid value"},
		{[]string{"--parties", "us,ukraine"}, 2, "--parties: Germany must take part"},
		{[]string{"--all", "--parties", "us"}, 2, "give one of them"},
		{[]string{"--generated", "3", "--scenario", "berlin"}, 2, "cannot be combined"},
		{[]string{"--generated", "3", "--vs", "random:p4"}, 2, "always have p0, p1, p2"},
		{[]string{"--wild"}, 2, "flag provided but not defined: -wild"},
		{[]string{"berlin"}, 2, `unexpected argument "berlin"`},
		{[]string{"--scenario", "atlantis"}, 1, "no built-in scenario of that id"},
		{[]string{"--scenario", "scenarios/testdata/bad/unknown_key.yaml"}, 1, `unknown key "thresold"`},
	}
	for _, tt := range tests {
		code, out, errs := simRun(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.stderr) || out != "" {
			t.Errorf("sim %v: exit %d, stderr %q, stdout %q; want exit %d and %q", tt.args, code, errs, out, tt.code, tt.stderr)
		}
	}
	code, out, _ := simRun(t, "--help")
	if code != 0 || !strings.Contains(out, "Usage: bindingwords sim") || !strings.Contains(out, "best placed") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
}

// Omniscient delegates know every table: they must do at least as well
// for the table as a whole as ordinary ones on the same games.
func TestSimOmniscient(t *testing.T) {
	plain := simJSON(t, "--games", "40")
	all := simJSON(t, "--games", "40", "--omniscient")
	if w0, w1 := plain["welfare_ratio"].(float64), all["welfare_ratio"].(float64); w1 < w0 {
		t.Errorf("omniscient welfare %.3f below ordinary %.3f", w1, w0)
	}
	if a0, a1 := num01(t, plain, "ratification_rate"), num01(t, all, "ratification_rate"); a1 < a0 {
		t.Errorf("omniscient agreement %.3f below ordinary %.3f", a1, a0)
	}
}

// TestSimSeatsEveryDelegationByDefault: sim plays the game the New-game
// screen sets up (every delegation, the optional ones included) and says
// so; --core leaves the optional ones out, and the advantage is defined
// under the delegations' table.
func TestSimSeatsEveryDelegationByDefault(t *testing.T) {
	code, out, errs := simRun(t, "--games", "4")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"Delegations: us, ukraine, germany, france, poland, uk, italy (optional uk, italy included, as on the New-game screen; --core leaves them out)",
		"United Kingdom", "Italy",
		"(advantage: points over the delegation's BATNA as a share of the way to its best text,",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	if code, _, errs := simRun(t, "--games", "4", "--core", "--parties", "us,ukraine,germany,france"); code != 2 || !strings.Contains(errs, "give one of them") {
		t.Errorf("--core with --parties: exit %d, %q", code, errs)
	}
}

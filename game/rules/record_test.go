package rules

import (
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenGame is a short game with one of every kind of action.
func goldenGame(t *testing.T) *Game {
	g := newGame(t, 42)
	play(t, g,
		`north table response=act form=treaty "We want a treaty."`,
		`south vote yes`, `east vote no "Too strong for us."`,
		`south table response=consult`, `east vote yes`, `north vote yes`,
		`east pass`,
		`south call on`,
		`north say commit insist form=treaty`, `south say address north_senate`, `east say leak`,
		`south pass`, `east pass`, `north table form=treaty`, `south vote yes`, `east vote yes`,
	)
	toSigning(t, g)
	play(t, g, `north sign`, `south sign "Better than nothing."`, `east decline`)
	return g
}

func TestRecordedGameReplays(t *testing.T) {
	g := goldenGame(t)
	rec, err := RecordOf(g, []Seat{{"north", "human"}, {"south", "ai:normal"}, {"east", "human"}})
	if err != nil {
		t.Fatal(err)
	}
	text, _ := rec.MarshalText()
	const path = "testdata/mini.record"
	if *update {
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	golden, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(golden) != string(text) {
		t.Fatalf("the record changed; if the rules changed on purpose, run go test -update\n--- golden\n%s\n--- now\n%s", golden, text)
	}
	parsed, err := ParseRecord(golden)
	if err != nil {
		t.Fatal(err)
	}
	replayed, err := Replay(fixture(), parsed)
	if err != nil {
		t.Fatal(err)
	}
	if replayed.Hash() != g.Hash() || !replayed.Over() {
		t.Fatal("the replayed game does not end where the game did")
	}
	if parsed.Seats[1].Kind != "ai:normal" || parsed.Steps[0].Action != `north table response=act form=treaty "We want a treaty."` {
		t.Fatalf("seats or reasons lost: %+v %q", parsed.Seats, parsed.Steps[0].Action)
	}
}

// TestReplayReportsTheFirstDivergence changes an action in a record of
// format 1, which has no text chain, so that the replay is what finds it.
func TestReplayReportsTheFirstDivergence(t *testing.T) {
	golden, err := os.ReadFile("testdata/mini-v1.record")
	if err != nil {
		t.Fatal(err)
	}
	// Change the fifth step's action: the same party, a different vote.
	lines := strings.Split(string(golden), "\n")
	n := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "step ") {
			n++
			if n == 3 {
				lines[i] = strings.Replace(l, "vote no", "vote yes", 1)
			}
		}
	}
	rec, err := ParseRecord([]byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Replay(fixture(), rec)
	var d *DivergenceError
	if !errors.As(err, &d) || d.Step != 3 {
		t.Fatalf("want a divergence at step 3, got %v", err)
	}
}

func TestReplayRefusesAChangedScenario(t *testing.T) {
	golden, _ := os.ReadFile("testdata/mini.record")
	rec, err := ParseRecord(golden)
	if err != nil {
		t.Fatal(err)
	}
	sc := fixture()
	sc.Hash = strings.Repeat("ab", 32)
	if _, err := Replay(sc, rec); err == nil || !strings.Contains(err.Error(), "has changed since the game was recorded") {
		t.Fatalf("got %v", err)
	}
}

func TestParseRecordErrors(t *testing.T) {
	head := "bindingwords-record 1\nscenario mini " + strings.Repeat("0", 63) + "1\nseed 1\nrounds 3\nparties north south\nstart 0123456789abcdef\n"
	head2 := strings.Replace(head, "record 1", "record 2", 1)
	tests := []struct {
		text, want string
	}{
		{"", `not a game record: it is empty or lacks the "bindingwords-record" line`},
		{"hello\n", `line 1: a record starts with "bindingwords-record 2"`},
		{"bindingwords-record 9\n", "line 1: this record was written by a newer version of Binding Words (format 9; this version reads up to 2)"},
		{"bindingwords-record 1\nscenario mini xyz\n", `line 2: want "scenario ID HASH" with a 64-digit hex hash`},
		{head + "seed 2\n", `line 7: "seed" appears twice`},
		{head + "step 0123 north pass\n", `line 7: want "step HASH PARTY ACTION"`},
		{head + "colour blue\n", `line 7: unknown line "colour"; want scenario, seed, rounds, parties, pace, seat, start or step`},
		{strings.Replace(head, "rounds 3", "rounds 40", 1), `line 4: want a number of rounds from 1 to 12, found "40"`},
		{strings.Replace(head, "start 0123456789abcdef\n", "", 1), `the record has no "start" line`},
		{head2, `line 6: want "start STATE CHAIN", two 16-digit hex hashes, found "0123456789abcdef"`},
		{strings.Replace(head2, "abcdef\n", "abcdef 0123456789abcdef\n", 1) + "step 0123456789abcdef north pass\n", `line 7: want "step STATE CHAIN PARTY ACTION"`},
	}
	for _, tt := range tests {
		_, err := ParseRecord([]byte(tt.text))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q:\n got %v\nwant %s", tt.text, err, tt.want)
		}
	}
}

func TestActionNotationRoundTrips(t *testing.T) {
	sc := &fixture().PublicScenario
	for seed := uint64(0); seed < 30; seed++ {
		g := randomGame(t, seed, nil)
		for _, a := range g.Actions() {
			line := sc.FormatAction(a)
			back, err := sc.ParseAction(line)
			if err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			if again := sc.FormatAction(back); again != line {
				t.Fatalf("%q came back as %q", line, again)
			}
		}
	}
	bad := map[string]string{
		"west pass":                 `unknown party "west"`,
		"north dance":               `unknown action "dance"; want table, pass, vote, call, say, sign or decline`,
		"north table response":      `want slot=option, found "response"`,
		"north table response=fly":  `slot "response" has no option "fly"`,
		"north vote maybe":          `vote takes "yes" or "no", found "maybe"`,
		"north say commit response": "say commit takes reject or insist, then slot=option",
		`north pass "unclosed`:      "the reason must be one double-quoted string at the end of the line",
	}
	for line, want := range bad {
		if _, err := sc.ParseAction(line); err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %q", line, err, want)
		}
	}
}

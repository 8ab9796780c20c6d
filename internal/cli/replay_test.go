package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bindingwords/game/bots"
	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// writeGame plays a whole game of the built-in Berlin scenario with AI
// delegates (the United States seat marked human) and saves it.
func writeGame(t *testing.T) string {
	t.Helper()
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	players := make([]match.Seat, len(sc.Parties))
	kinds := make([]match.SeatKind, len(sc.Parties))
	var seats []rules.Seat
	for p := range sc.Parties {
		players[p], kinds[p] = bots.New(bots.Normal, p, 9), match.AISeat(bots.Normal.Name)
		kind := "ai:normal"
		if p == 0 {
			kind = "human"
		}
		seats = append(seats, rules.Seat{Party: sc.Parties[p].ID, Kind: kind})
	}
	m, err := match.WithSeats(sc, rules.Setup{Seed: 9}, players, kinds)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Run(); err != nil {
		t.Fatal(err)
	}
	g := m.Game()
	f, err := save.FileOf(g, seats, save.Meta{Name: "Test game"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "game.bws")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// globLines reports whether out's lines are want, where a line "…"
// stands for any number of lines and "…" within a line for any text.
func globLines(out string, want []string) bool {
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var match func(g, w []string) bool
	match = func(g, w []string) bool {
		if len(w) == 0 {
			return len(g) == 0
		}
		if w[0] == "…" {
			for i := 0; i <= len(g); i++ {
				if match(g[i:], w[1:]) {
					return true
				}
			}
			return false
		}
		return len(g) > 0 && globLine(g[0], w[0]) && match(g[1:], w[1:])
	}
	return match(got, want)
}

func globLine(line, pattern string) bool {
	parts := strings.Split(pattern, "…")
	if !strings.HasPrefix(line, parts[0]) {
		return false
	}
	line = line[len(parts[0]):]
	for i, p := range parts[1:] {
		if i == len(parts)-2 {
			return strings.HasSuffix(line, p)
		}
		j := strings.Index(line, p)
		if j < 0 {
			return false
		}
		line = line[j+len(p):]
	}
	return line == ""
}

// cmdCase is one run of the command line: its exit code, lines its
// stdout must match ("…" for any lines) and a substring of stderr ("" for
// none).
type cmdCase struct {
	name   string
	args   []string
	code   int
	stdout []string
	stderr string
}

func runCmdCases(t *testing.T, tests []cmdCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := Run(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, &stdout, &stderr)
			}
			if tt.stdout != nil && !globLines(stdout.String(), tt.stdout) {
				t.Errorf("stdout:\n%s\nwant lines:\n%s", &stdout, strings.Join(tt.stdout, "\n"))
			}
			if tt.stderr == "" && stderr.Len() > 0 || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr:\n%s\nwant it to contain %q", &stderr, tt.stderr)
			}
		})
	}
}

const (
	frozenBerlin = "game/save/testdata/scenarios/berlin.yaml"
	oldRecord    = "game/save/testdata/v1/berlin-over.record"
)

func TestReplayCommand(t *testing.T) {
	game := writeGame(t)
	l, err := save.ReadFile(game, nil)
	if err != nil {
		t.Fatal(err)
	}
	steps := len(l.Save.Record.Steps)
	verified := []string{game + ": verified (save format " + strconv.Itoa(save.Version) + ", " + count(steps, "step", "steps") + ").",
		"  Checked: every state hash matches (the moves replay to the same game), and so does the text chain over every reason and seat.",
		"  Scenario: the one the save carries, which is the content the game record names; no scenario file was used.",
		"  Not checked: the save's name and dates, which are the file's own words."}
	then := func(more ...string) []string { return append(append([]string(nil), verified...), more...) }

	dir := t.TempDir()
	data, _ := os.ReadFile(game)
	damaged := filepath.Join(dir, "damaged.bws")
	os.WriteFile(damaged, bytes.Replace(data, []byte(" vote yes"), []byte(" vote no "), 1), 0o644)
	cut := filepath.Join(dir, "cut.bws")
	os.WriteFile(cut, data[:len(data)/3], 0o644)
	yaml, _ := os.ReadFile(frozenBerlin)
	edited := filepath.Join(dir, "berlin.yaml")
	os.WriteFile(edited, append(yaml, []byte("\n# edited after the game\n")...), 0o644)

	runCmdCases(t, []cmdCase{
		{name: "a whole game", args: []string{"replay", game},
			stdout: then("", "The Berlin Guarantees (berlin, …", "From the file's header (not verified): saved as \"Test game\".", "Delegations: United States (human), …", "", "Round 1", "…", "Outcome: …", "…")},
		{name: "--verify says what was checked", args: []string{"replay", "--verify", game}, stdout: verified},
		{name: "flags after the file", args: []string{"replay", game, "--verify"}, stdout: verified},
		{name: "an old record with its scenario file", args: []string{"replay", "--verify", "--scenario", frozenBerlin, oldRecord},
			stdout: []string{oldRecord + ": verified (save format 1, …).", "  Checked: every state hash matches (the moves replay to the same game).",
				"  Not checked: the reasons and who played each delegation (this older format has no text chain)."}},
		{name: "a damaged save", args: []string{"replay", damaged}, code: 1, stderr: damaged + ": the file is damaged or was edited"},
		{name: "a cut-off save", args: []string{"replay", cut}, code: 1, stderr: cut + ": the file is cut off"},
		{name: "a changed scenario", args: []string{"replay", "--scenario", edited, oldRecord}, code: 1,
			stderr: oldRecord + `: the game was played on scenario "berlin" (The Berlin Guarantees) as it was then`},
		{name: "a missing file", args: []string{"replay", filepath.Join(dir, "nothing.bws")}, code: 1, stderr: "nothing.bws: no such file"},
		{name: "no file", args: []string{"replay"}, code: 2, stderr: "want one save file"},
		{name: "--help", args: []string{"replay", "--help"}, stdout: []string{"Usage: bindingwords replay [--scenario FILE] [-v | --verify] SAVE", "…"}},
	})
}

func TestReplayAccountIsReadable(t *testing.T) {
	game := writeGame(t)
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"replay", game}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, &stderr)
	}
	out := stdout.String()
	for _, want := range []string{"Round 1\n", "  Simulated news: ", " tables item 1: ", " votes ", "  Press:\n", "  Polls: ", "Signing\n", "Scores (points; BATNA; best possible):", "Joint gain "} {
		if !strings.Contains(out, want) {
			t.Errorf("the account lacks %q", want)
		}
	}
}

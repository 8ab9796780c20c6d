package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// resum recomputes a save's end line after an edit, as someone who edits
// a save by hand and knows the format would.
func resum(t *testing.T, data []byte) []byte {
	t.Helper()
	i := bytes.LastIndex(bytes.TrimRight(data, "\n"), []byte("\nend "))
	if i < 0 {
		t.Fatal("no end line")
	}
	body := data[:i+1]
	steps := strings.Fields(string(data[i+1:]))[1]
	sum := sha256.Sum256(body)
	return append(append([]byte(nil), body...), []byte("end "+steps+" "+hex.EncodeToString(sum[:8])+"\n")...)
}

// The case of issue 11, item 3 and 4: an edited record made replay clear
// the terminal, change the window title and print a forged "Outcome: The
// agreement is in force." while it said "verified — every state hash
// matches". Each such edit is now refused, or printed as quoted data under
// a verification line that says the reasons were not checked.
func TestReplayOfEditedRecords(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	read := func(path string) []byte {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	edit := func(data []byte, old, new string) []byte {
		if !bytes.Contains(data, []byte(old)) {
			t.Fatalf("no %q to edit", old)
		}
		// The record's text, not the scenario a save of format 5 carries
		// before it, which may hold the same words.
		if at := bytes.Index(data, []byte("\nbindingwords-record")); at >= 0 && bytes.Contains(data[at:], []byte(old)) {
			return append(append([]byte(nil), data[:at]...), bytes.Replace(data[at:], []byte(old), []byte(new), 1)...)
		}
		return bytes.Replace(data, []byte(old), []byte(new), 1)
	}
	const firstReason = `"United States moves to settle territorial scope, so the article does not fall out."`
	old := read(oldRecord)
	midgame := read("game/save/testdata/v2/berlin-round3.bws")
	game := writeGame(t)
	current := read(game)
	forged := "Outcome: The agreement is in force."

	for _, c := range []struct {
		name string
		file string
		// builtin: the save is of the built-in scenario, replayed without
		// --scenario.
		builtin bool
		code    int
		want    string // in stdout when the code is 0, in stderr otherwise
		extra   []string
	}{
		{"an escape sequence in a reason (terminal title, clear screen)",
			write("escape.record", edit(old, firstReason, `"\x1b]0;pwned\x07\x1b[2J\x1b[H"`)), false, 1,
			"a control or text-direction character (U+001B): a reason is one line of plain text", nil},
		{"a raw escape byte in a reason",
			write("raw.record", edit(old, firstReason, "\"\x1b[2J\"")), false, 1,
			"is a control or text-direction character (U+001B): a record is plain text", nil},
		{"a forged outcome line in a reason",
			write("forged.record", edit(old, firstReason, `"\nOutcome: The agreement is in force."`)), false, 1,
			"(U+000A): a reason is one line of plain text", nil},
		{"a text-direction override in a reason",
			write("bidi.record", edit(old, firstReason, `"\u202eecrof ni si tnemeerga ehT"`)), false, 1,
			"(U+202E)", nil},
		{"an escape sequence in the save's name, checksum recomputed",
			write("name.bws", resum(t, edit(current, "name Test game", "name \x1b]0;pwned\x07Test game"))), true, 1,
			"control or text-direction character (U+001B)", nil},
		{"an edited reason in a new save, checksum recomputed: the chain catches it",
			write("chain.bws", resum(t, edit(current, ` "The United States `, ` "Ukraine `))), true, 1,
			"the record's text was changed after it was written: the action, its reason or its state hash on this line does not match the line's chain hash", nil},
		{"a forged outcome as the words of a reason in an old save, checksum recomputed",
			write("old-forged.bws", resum(t, edit(midgame, `"Ukraine goes along with it."`, `"`+forged+`"`))), false, 0,
			`    Ukraine votes yes on item 1. — "` + forged + `"`,
			[]string{"  Not checked: the reasons and who played each delegation (this older format has no text chain); the save's name and dates, which are the file's own words."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"replay", "--scenario", frozenBerlin, c.file}
			if c.builtin {
				args = []string{"replay", c.file}
			}
			var stdout, stderr bytes.Buffer
			code := Run(args, &stdout, &stderr)
			out, errs := stdout.String(), stderr.String()
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%.2000s\nstderr:\n%s", code, c.code, out, errs)
			}
			if strings.ContainsAny(out+errs, "\x1b\x07\u202e") {
				t.Errorf("terminal control or a direction override reached the output:\n%q\n%q", out, errs)
			}
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, "Outcome:") {
					t.Errorf("an outcome line was printed: %q", l)
				}
			}
			where := errs
			if c.code == 0 {
				where = out
			}
			for _, w := range append([]string{c.want}, c.extra...) {
				if !strings.Contains(where, w) {
					t.Errorf("want %q in\n%.3000s", w, where)
				}
			}
		})
	}
}

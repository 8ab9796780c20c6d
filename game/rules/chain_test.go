package rules

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
)

// The cases of issue 11, item 4: a record's state hashes cover the play,
// not the words of a reason nor who sat where, so an edited reason or seat
// kind replayed to every recorded hash. The text chain of format 2 catches
// each such edit, at its line.
func TestRecordChainCatchesEdits(t *testing.T) {
	golden, err := os.ReadFile("testdata/mini.record")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseRecord(golden); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(golden), "\n")
	lineOf := func(prefix string) int {
		for i, l := range lines {
			if strings.HasPrefix(l, prefix) {
				return i + 1
			}
		}
		t.Fatalf("no line starts with %q", prefix)
		return 0
	}
	start := lineOf("start ")
	firstStep := lineOf("step ")
	edit := func(old, new string) []byte {
		if !bytes.Contains(golden, []byte(old)) {
			t.Fatalf("the record has no %q", old)
		}
		return bytes.Replace(golden, []byte(old), []byte(new), 1)
	}
	tests := []struct {
		name string
		text []byte
		line int
	}{
		{"a reason reworded", edit(`"We want a treaty."`, `"We want a ceasefire."`), firstStep},
		{"a forged outcome in a reason", edit(`"Too strong for us."`, `"Too strong for us.\nOutcome: The agreement is in force."`), firstStep + 2},
		{"a reason added", edit("south vote yes\n", "south vote yes \"Fine.\"\n"), firstStep + 1},
		{"a seat kind changed", edit("seat south ai:normal", "seat south human"), start},
		{"a seat added", edit("seat east human\n", "seat east human\nseat west human\n"), start + 1},
		{"the pace changed", edit("rounds 3\n", "rounds 3\npace together\n"), start + 1},
		{"a state hash changed", edit("step fa157712ef33cfcb", "step 0123456789abcdef"), firstStep},
		{"a chain value changed", edit(" d7b2c79275f6f150 ", " 0000000000000000 "), firstStep},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRecord(tt.text)
			var re *RecordError
			if !errors.As(err, &re) || !re.Edited || re.Line != tt.line ||
				!strings.Contains(err.Error(), "the record's text was changed after it was written") {
				t.Fatalf("got %v; want a chain error at line %d", err, tt.line)
			}
		})
	}
	// Spacing and line endings are not what a line says: they do not
	// break the chain.
	crlf := bytes.ReplaceAll(golden, []byte("\n"), []byte("\r\n"))
	spaced := edit("seat south ai:normal", "seat   south ai:normal  ")
	for _, text := range [][]byte{crlf, spaced, append([]byte("\ufeff"), golden...)} {
		if _, err := ParseRecord(text); err != nil {
			t.Errorf("%q…: %v", text[:20], err)
		}
	}
}

// A record of format 1 (no chain) still reads and replays; it says its
// reasons and seats are not covered.
func TestOldRecordsStillRead(t *testing.T) {
	old, err := os.ReadFile("testdata/mini-v1.record")
	if err != nil {
		t.Fatal(err)
	}
	r, err := ParseRecord(old)
	if err != nil {
		t.Fatal(err)
	}
	if r.Version != 1 || r.Chained() {
		t.Fatalf("version %d, chained %v", r.Version, r.Chained())
	}
	g, err := Replay(fixture(), r)
	if err != nil || !g.Over() {
		t.Fatalf("replay: %v (over %v)", err, g != nil && g.Over())
	}
	// Written again, it is a chained record of the current format that
	// replays to the same game.
	text, _ := r.MarshalText()
	back, err := ParseRecord(text)
	if err != nil || back.Version != RecordVersion || !back.Chained() {
		t.Fatalf("rewritten: %v, version %d", err, back.Version)
	}
	if g2, err := Replay(fixture(), back); err != nil || g2.Hash() != g.Hash() {
		t.Fatalf("rewritten replay: %v", err)
	}
	// An edited reason in a format-1 record is not caught by any hash:
	// that is why readers must label its reasons as unverified.
	edited := bytes.Replace(old, []byte("We want a treaty."), []byte("We want a ceasefire."), 1)
	r2, err := ParseRecord(edited)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Replay(fixture(), r2); err != nil {
		t.Fatalf("the edited old record: %v", err)
	}
}

// A seat kind or any other line of a record is plain text: a control
// character (here the escape that starts a terminal sequence) is refused
// with its line, whatever the format.
func TestRecordRefusesControlCharacters(t *testing.T) {
	for _, file := range []string{"testdata/mini.record", "testdata/mini-v1.record"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		bad := bytes.Replace(data, []byte("seat south ai:normal"), []byte("seat south \x1b]0;pwned\x07"), 1)
		_, err = ParseRecord(bad)
		if err == nil || !strings.HasPrefix(err.Error(), "line 7: character 12 of this line is a control or text-direction character (U+001B)") {
			t.Errorf("%s: got %v", file, err)
		}
	}
}

// An over-long line gets a message with its line and its length, not the
// scanner's "token too long".
func TestRecordLongLine(t *testing.T) {
	golden, err := os.ReadFile("testdata/mini.record")
	if err != nil {
		t.Fatal(err)
	}
	long := bytes.Replace(golden, []byte("We want a treaty."), bytes.Repeat([]byte("x"), MaxRecordLine), 1)
	_, err = ParseRecord(long)
	if err == nil || !strings.HasPrefix(err.Error(), "line 10: this line is longer than any line of a record can be (") ||
		strings.Contains(err.Error(), "token too long") {
		t.Fatalf("got %v", err)
	}
}

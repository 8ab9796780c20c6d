package cli

import (
	"bytes"
	"strings"
	"testing"
)

// Numbers in flags are decimal: Go's flag package would read "010" as 8
// and "0x4" as 4, so "sim --games 010" played 8 games. Each is a usage
// mistake (status 2) that names the flag and says how to write it; plain
// decimal numbers still work.
func TestFlagNumbersAreDecimal(t *testing.T) {
	for _, args := range [][]string{
		{"sim", "--games", "010"},
		{"sim", "--games", "0x4"},
		{"sim", "--seed", "010"},
		{"sim", "--seed", "0x10"},
		{"sim", "--cpus", "02"},
		{"sim", "--generated", "0b11"},
		{"sim", "--games", "1_000"},
		{"host", "--port", "08080"},
		{"host", "--timer", "05"},
		{"host", "--rounds", "0o6"},
		{"host", "--seed", "010"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := Run(args, &stdout, &stderr); code != 2 {
				t.Fatalf("exit %d, want 2 (a usage mistake); stderr:\n%s", code, stderr.String())
			}
			msg := stderr.String()
			if !strings.Contains(msg, strings.TrimLeft(args[1], "-")) || !strings.Contains(msg, "decimal number, without leading zeros") {
				t.Errorf("the message does not name the flag and say how to write it:\n%s", msg)
			}
		})
	}
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"sim", "--games", "10", "--seed", "0", "--cpus", "1"}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "10 games") {
		t.Errorf("decimal numbers: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
}

// plainDecimal's cases, floats included: the game's --scale takes 1.5 and
// 0.75 but not 0x1p1 (2 in hexadecimal), NaN or Inf.
func TestPlainDecimal(t *testing.T) {
	for s, float := range map[string]bool{"0": false, "10": false, "+3": false, "-2": false, "1.5": true, "0.75": true, "1e2": true, "2.": true} {
		if err := plainDecimal(s, float); err != nil {
			t.Errorf("%q refused: %v", s, err)
		}
	}
	for s, float := range map[string]bool{"010": false, "0x10": false, "": false, "+": false, "1.5": false, "0x1p1": true, "NaN": true, "Inf": true, "01.5": true, "1_0": false} {
		if err := plainDecimal(s, float); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
}

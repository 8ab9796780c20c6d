package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestScaleRange starts the game with a --scale outside 0.5 to 3: each
// must be refused as a usage mistake (status 2, a message naming the
// flag) before any window opens. NaN matters most: it passes a range
// check written as "below the least or above the most", and ParseFloat
// accepts it, as it does Inf.
func TestScaleRange(t *testing.T) {
	for _, v := range []string{"NaN", "nan", "Inf", "+Inf", "-Inf", "infinity", "0.49", "3.01", "0", "-1", "1e309", "0x1p1", "01.5"} {
		t.Run(v, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := dispatch([]string{"--scale", v}, &stdout, &stderr)
			if code != 2 {
				t.Fatalf("exit %d, want 2; stderr:\n%s", code, stderr.String())
			}
			// A value that is not a plain decimal number (NaN, 0x1p1) is
			// refused as such; 1e309 does not fit a float64.
			msg := stderr.String()
			if !strings.Contains(msg, "scale") || !strings.Contains(msg, "0.5 to 3") && !strings.Contains(msg, "decimal number") && !strings.Contains(msg, "out of range") {
				t.Errorf("stderr does not name the flag and its range:\n%s", msg)
			}
		})
	}
}

// TestSeedIsDecimal: the game's --seed is decimal, as every number the
// game reads: Go's flag package would take 010 as seed 8.
func TestSeedIsDecimal(t *testing.T) {
	for _, v := range []string{"010", "0x10", "0o7", "1_0", "-1"} {
		var stdout, stderr bytes.Buffer
		if code := dispatch([]string{"--seed", v}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "seed") {
			t.Errorf("--seed %s: exit %d, want 2 naming the flag; stderr:\n%s", v, code, stderr.String())
		}
	}
}

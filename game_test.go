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
	for _, v := range []string{"NaN", "nan", "Inf", "+Inf", "-Inf", "infinity", "0.49", "3.01", "0", "-1", "1e309"} {
		t.Run(v, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := dispatch([]string{"--scale", v}, &stdout, &stderr)
			if code != 2 {
				t.Fatalf("exit %d, want 2; stderr:\n%s", code, stderr.String())
			}
			// 1e309 does not parse as a float64: the flag package says so.
			msg := stderr.String()
			if !strings.Contains(msg, "scale") || v != "1e309" && !strings.Contains(msg, "0.5 to 3") {
				t.Errorf("stderr does not name the flag and its range:\n%s", msg)
			}
		})
	}
}

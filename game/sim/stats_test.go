package sim

import (
	"math"
	"testing"
)

func TestConfidenceIntervals(t *testing.T) {
	tests := []struct {
		k      float64
		n      int
		lo, hi float64
	}{
		{0, 20, 0, 0.1611},
		{10, 20, 0.2993, 0.7007},
		{20, 20, 0.8389, 1},
		{81, 263, 0.2553, 0.3662},
	}
	for _, tt := range tests {
		ci := rate{tt.k, tt.n}.ci()
		if math.Abs(float64(ci[0])-tt.lo) > 1e-4 || math.Abs(float64(ci[1])-tt.hi) > 1e-4 {
			t.Errorf("Wilson %v/%d = %v, want [%v, %v]", tt.k, tt.n, ci, tt.lo, tt.hi)
		}
	}
	var m mean
	for _, x := range []float64{2, 4, 4, 4, 5, 5, 7, 9} {
		m.add(x)
	}
	// mean 5, sample sd sqrt(32/7), n 8
	h := z95 * math.Sqrt(32.0/7/8)
	if ci := m.ci(); m.value() != 5 || math.Abs(float64(ci[0])-(5-h)) > 1e-12 || math.Abs(float64(ci[1])-(5+h)) > 1e-12 {
		t.Errorf("mean %v, interval %v", m.value(), ci)
	}
}

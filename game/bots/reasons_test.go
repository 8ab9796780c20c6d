package bots

import (
	"fmt"
	"strings"
	"testing"
)

// TestSayForMatchesSprintf checks that sayFor's direct filling-in writes
// the same bytes fmt.Sprintf would, for every wording, and for arguments
// that hold a percent sign or are too few or too many (the slow path).
func TestSayForMatchesSprintf(t *testing.T) {
	for k, format := range reasonText {
		n := strings.Count(format, "%s") - 1
		for _, extra := range []int{0, -1, 1} {
			if n+extra < 0 {
				continue
			}
			args := make([]string, n+extra)
			all := []any{"Germany 100%"}
			for i := range args {
				args[i] = fmt.Sprintf("arg %d “%%s”", i)
				all = append(all, args[i])
			}
			want := fmt.Sprintf(format, all...)
			if got := sayFor("Germany 100%", reasonKey(k), args...); got != want {
				t.Errorf("reason %d with %d arguments: got %q, want %q", k, len(args), got, want)
			}
		}
	}
}

// BenchmarkSayFor is one typical reason.
func BenchmarkSayFor(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = sayFor("Germany", reasonObject, "the carbon price", "€40 a tonne", "€60 a tonne")
	}
}

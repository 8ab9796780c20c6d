package rules

import "testing"

// A quota's count of yeses is the rule as written: a majority is more
// than half, two-thirds at least two-thirds, none nothing, all every one.
func TestQuotaNeeds(t *testing.T) {
	for n := 0; n <= 20; n++ {
		for yes := 0; yes <= n; yes++ {
			for q, want := range map[Quota]bool{
				QuotaMajority:  n == 0 || 2*yes > n,
				QuotaTwoThirds: 3*yes >= 2*n,
				QuotaNone:      true,
				QuotaAll:       yes == n,
			} {
				if got := yes >= q.Needs(n); got != want {
					t.Errorf("quota %d, %d of %d yes: passes %v, want %v", q, yes, n, got, want)
				}
			}
		}
	}
}

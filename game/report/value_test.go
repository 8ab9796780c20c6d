package report

import (
	"strings"
	"testing"
)

// A class whose publics moved can ratify a text outside the zone of
// possible agreement and gain more than the zone's best: the debrief says
// so rather than "120% of what was possible" and "-5 points left".
func TestValueBeyondTheZone(t *testing.T) {
	var p htmlPage
	debriefValue(&p, &Value{ZOPA: 10, Exact: true, JointGain: 30, MaxJointGain: 25, Welfare: 1.2}, true)
	got := p.String()
	if !strings.Contains(got, "more than the 25") || strings.Contains(got, "120") || strings.Contains(got, "-5") {
		t.Errorf("a gain beyond the zone's best reads:\n%s", got)
	}
	p.Reset()
	debriefValue(&p, &Value{ZOPA: 10, Exact: true, JointGain: 20, MaxJointGain: 25, Welfare: 0.8}, true)
	if got := p.String(); !strings.Contains(got, "80%") || !strings.Contains(got, "5 points") {
		t.Errorf("a gain within the zone's best reads:\n%s", got)
	}
}

package ui

import (
	"errors"
	"strings"
	"testing"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// TestTitleTaglineFromScenario checks the title screen's tagline: it names
// the preselected scenario (or the only one) by its title, and no case at
// all when several are on offer and none is chosen. The tagline itself must name no case: it spoke of
// Ukraine whatever the scenario (issue 14, item 3).
func TestTitleTaglineFromScenario(t *testing.T) {
	cases := map[string]*rules.Scenario{
		"harbour": {PublicScenario: rules.PublicScenario{Title: "The Harbour Accord"}},
		"bare":    {PublicScenario: rules.PublicScenario{Title: "A  Bare\nCase"}},
	}
	load := func(id string) (*rules.Scenario, error) {
		if sc, ok := cases[id]; ok {
			return sc, nil
		}
		return nil, errors.New("no such scenario")
	}
	for _, c := range []struct {
		name string
		opt  Options
		want string
	}{
		{"preselected", Options{Scenarios: []string{"bare", "harbour"}, Scenario: "harbour", Load: load},
			"The Harbour Accord: negotiate the text clause by clause, and keep your public behind you."},
		{"the only one", Options{Scenarios: []string{"harbour"}, Load: load}, "The Harbour Accord: negotiate the text clause by clause, and keep your public behind you."},
		{"title spaced oddly", Options{Scenarios: []string{"bare"}, Load: load}, "A Bare Case: negotiate the text clause by clause, and keep your public behind you."},
		{"none chosen", Options{Scenarios: []string{"bare", "harbour"}, Load: load}, ""},
		{"does not load", Options{Scenarios: []string{"gone"}, Load: load}, ""},
	} {
		if got := titleCase(c.opt, c.opt.Load); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	for _, key := range []string{"title.tagline", "title.case", "title.sample.before", "title.sample.after"} {
		if s := i18n.T(key); strings.Contains(s, "Ukraine") {
			t.Errorf("the title screen names one case whatever the scenario (%s): %q", key, s)
		}
	}
}

package save

import (
	"errors"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

func TestFindWithPrefersTheSavesContent(t *testing.T) {
	scenario := func(id, hash string) *rules.Scenario {
		sc := &rules.Scenario{}
		sc.ID, sc.Hash = id, hash
		return sc
	}
	// A built-in "berlin" and an edited copy of it in a file.
	builtin, copied := scenario("berlin", "aaa"), scenario("berlin", "bbb")
	load := func(name string) (*rules.Scenario, error) {
		switch name {
		case "berlin":
			return builtin, nil
		case "copy.yaml":
			return copied, nil
		}
		return nil, errors.New(name + ": no such file")
	}
	find := FindWith(load)
	tests := []struct {
		name, id, hash, source string
		want                   *rules.Scenario
		err                    string
	}{
		{"a built-in game", "berlin", "aaa", "", builtin, ""},
		{"a game on the copy", "berlin", "bbb", "copy.yaml", copied, ""},
		{"the built-in, though the save names a file", "berlin", "aaa", "copy.yaml", builtin, ""},
		{"the file gone: the built-in", "berlin", "aaa", "gone.yaml", builtin, ""},
		{"nothing matches: the file, for Replay to explain", "berlin", "ccc", "copy.yaml", copied, ""},
		{"nothing matches, no file: the built-in", "berlin", "ccc", "", builtin, ""},
		{"an unknown id, no file", "harbour", "ddd", "", nil, `there is no built-in scenario "harbour", and the save does not say which file it came from`},
		{"an unknown id, the file gone", "harbour", "ddd", "gone.yaml", nil, "gone.yaml: no such file"},
	}
	for _, tt := range tests {
		got, err := find(tt.id, tt.hash, tt.source)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: got %v, %v; want %v, %q", tt.name, got, err, tt.want, tt.err)
		}
	}
}

func TestFindOnlyRefusesAnotherScenario(t *testing.T) {
	sc := &rules.Scenario{}
	sc.ID = "berlin"
	find := FindOnly(sc, "mine.yaml")
	if got, err := find("berlin", "x", ""); got != sc || err != nil {
		t.Errorf("its own scenario: %v, %v", got, err)
	}
	if _, err := find("harbour", "x", ""); err == nil || err.Error() != `mine.yaml is scenario "berlin", not "harbour"` {
		t.Errorf("another scenario: %v", err)
	}
}

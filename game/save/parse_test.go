package save

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"bindingwords/game/rules"
)

// resum rewrites the end line's checksum, so that a test can change a
// save the way a bug or an editor would and reach the checks after it.
func resum(data []byte) []byte {
	i := bytes.LastIndex(bytes.TrimRight(data, "\n"), []byte("\nend "))
	body := data[:i+1]
	steps := strings.Fields(string(data[i+1:]))[1]
	return append(append([]byte(nil), body...), []byte("end "+steps+" "+checksum(body)+"\n")...)
}

func TestBadSaves(t *testing.T) {
	v2, err := os.ReadFile("testdata/v2/berlin-round3.bws")
	if err != nil {
		t.Fatal(err)
	}
	v1, err := os.ReadFile("testdata/v1/harbour-over.record")
	if err != nil {
		t.Fatal(err)
	}
	sub := func(data []byte, old, new string) []byte {
		return bytes.Replace(data, []byte(old), []byte(new), 1)
	}
	firstStep := regexp.MustCompile(`(?m)^step ([0-9a-f]{16})`)
	changed := func(id, hash, source string) (*rules.Scenario, error) {
		sc, err := loadTestScenario(id)
		if err != nil {
			return nil, err
		}
		c := *sc
		c.Hash = strings.Repeat("ab", 32)
		return &c, nil
	}
	tests := []struct {
		name    string
		data    []byte
		find    Finder
		problem Problem
		line    int
		msg     string
	}{
		{"newer version", sub(v2, "bindingwords-save 2", "bindingwords-save 4"), nil, Newer, 1, "newer version of Binding Words (save format 4"},
		{"newer record format", sub(v1, "bindingwords-record 1", "bindingwords-record 9"), nil, Newer, 1, "newer version"},
		{"cut off mid-line", v2[:len(v2)/2], nil, Truncated, 0, "cut off"},
		{"cut off at a line", v2[:bytes.LastIndex(v2[:len(v2)-1], []byte("\n"))+1], nil, Truncated, 0, "end line is missing"},
		{"empty", nil, nil, Truncated, 0, "empty"},
		{"only blank lines", []byte("\n\n  \n"), nil, Truncated, 0, "empty"},
		{"a changed character", sub(v2, "in public", "in pubIic"), nil, Corrupt, 0, "checksum"},
		{"a damaged end line", sub(v2, "\nend 70 ", "\nend seventy "), nil, Corrupt, 98, "damaged"},
		{"a wrong step count", resum(sub(v2, "\nend 70 ", "\nend 71 ")), nil, Corrupt, 98, "counts 71 steps"},
		{"a changed state hash", resum(firstStep.ReplaceAll(v2, []byte("step 0123456789abcdef"))), nil, Corrupt, 28, "replaying it diverged after step 1"},
		{"a changed action", resum(sub(v2, " vote yes", " vote no")), nil, Corrupt, 29, "diverged"},
		{"an action the rules refuse", resum(sub(v2, " vote yes", " sign")), nil, Corrupt, 29, "not open for signature"},
		{"an unknown header line", resum(sub(v2, "title ", "colour ")), nil, Corrupt, 5, "unknown header line"},
		{"a header that disagrees", resum(sub(v2, "round 3\n", "round 4\n")), nil, Corrupt, 0, "header says round 4"},
		{"a bad date", resum(sub(v2, "created 2026-11-22T09:00:00Z", "created yesterday")), nil, Corrupt, 3, "date and time"},
		{"a seat of no party", resum(sub(v2, "seat us human", "seat atlantis human")), nil, Corrupt, 0, "not one of the parties"},
		{"the scenario changed", v2, changed, ScenarioChanged, 0, "has changed since"},
		{"an unknown scenario", resum(sub(v2, "scenario berlin ", "scenario atlantis ")), nil, ScenarioMissing, 0, `scenario "atlantis"`},
		{"not a save", []byte("Dear class,\nhere are the results.\n"), nil, NotASave, 1, "not a Binding Words save"},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0xff, 0xfe}, nil, Corrupt, 1, "UTF-8"},
		{"too large", bytes.Repeat([]byte("# padding\n"), MaxSize/10+1), nil, NotASave, 0, "larger than any save"},
		{"a damaged old record", sub(v1, "seed ", "seeds "), nil, Corrupt, 3, "unknown line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			find := tt.find
			if find == nil {
				find = testFinder
			}
			l, err := Load("game.bws", tt.data, find)
			if err == nil {
				t.Fatalf("loaded (round %d); want a %q error", l.Game.Round(), tt.problem)
			}
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T %v, want *Error", err, err)
			}
			if e.Problem != tt.problem || e.Line != tt.line || !strings.Contains(e.Msg, tt.msg) || !strings.HasPrefix(e.Error(), "game.bws") {
				t.Errorf("got %s (%v, line %d)\nwant %v at line %d, message containing %q", e, e.Problem, e.Line, tt.problem, tt.line, tt.msg)
			}
		})
	}
}

func TestFileName(t *testing.T) {
	for _, tt := range []struct{ name, file string }{
		{"Lesson 1, group B", "lesson-1-group-b.bws"},
		{"  Übung: Gruppe Ä ", "übung-gruppe-ä.bws"},
		{"../../etc/passwd", "etc-passwd.bws"},
		{"", "save.bws"},
		{"Autosave", "save-autosave.bws"},
	} {
		if got := FileName(tt.name); got != tt.file {
			t.Errorf("FileName(%q) = %q, want %q", tt.name, got, tt.file)
		}
	}
}

func TestOneLineNames(t *testing.T) {
	g, seats := play(t, mustScenario(t, "harbour"), 4, 5)
	f, err := FileOf(g, seats, Meta{Name: "evil\nround 9\rphase ended"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := f.Marshal()
	l, err := Load("x.bws", data, testFinder)
	if err != nil {
		t.Fatal(err)
	}
	if l.Save.Meta.Name != "evil round 9 phase ended" {
		t.Errorf("name %q", l.Save.Meta.Name)
	}
}

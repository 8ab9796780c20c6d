package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	refuse := newCase("scenarios", "x", Refuse)
	line126 := refuse
	line126.Line = 126
	anyLine := refuse
	anyLine.Line = -1
	accept := newCase("saves", "x", Accept)
	harmless := newCase("saves", "x", Harmless)
	label := refuse
	label.LabelOK = true
	labelReasons := label
	labelReasons.LabelOf = []string{"reason"}
	usage := refuse
	usage.WantStatus = 2
	nul := refuse
	nul.Words = []string{"NUL"}
	nulFile := nul
	nulFile.Args = []string{"check", "/in/nul-at-start.yaml"}
	multi := refuse
	multi.MultiLine = true
	outcome := harmless
	outcome.MaxOutcome = 1
	full := refuse
	full.FullStdout = true
	extra := refuse
	extra.Jargon = []string{"remove the quotes"}

	for _, tc := range []struct {
		name string
		c    Case
		r    Result
		want Class
	}{
		{"a clear refusal", line126, Result{Exit: 1, Stderr: "f.yaml:126:8: put the title in quotes"}, OK},
		{"a panic", refuse, Result{Exit: 2, Stderr: "panic: runtime error: index out of range\n\ngoroutine 1 [running]:"}, Crash},
		{"out of memory", refuse, Result{Exit: 2, Stderr: "fatal error: runtime: out of memory"}, Crash},
		{"a signal", harmless, Result{Exit: -1, Signal: "killed"}, Crash},
		{"the timeout", refuse, Result{Exit: -1, TimedOut: true}, Hang},
		{"the timeout wins over a panic", refuse, Result{Exit: -1, TimedOut: true, Stderr: "panic:"}, Hang},
		{"exit 0 on a bad input", refuse, Result{Exit: 0, Stdout: "f.yaml: OK"}, WrongAccept},
		{"exit 0 on a full disk", full, Result{Exit: 0}, WrongAccept},
		{"a full disk refused", full, Result{Exit: 1, Stderr: "the output could not be written: no space left on device"}, OK},
		{"ESC in the output of a harmless input", harmless, Result{Exit: 0, Stdout: "Ukraine votes yes \x1b]0;title\x07"}, WrongAccept},
		{"a carriage return in a refusal", refuse, Result{Exit: 1, Stderr: "bad name \"a\rb\""}, WrongAccept},
		{"a bidi override in the output", harmless, Result{Exit: 0, Stdout: "name \u202e"}, WrongAccept},
		{"an escaped ESC is text", harmless, Result{Exit: 0, Stdout: `reason "\x1b[2J"`}, OK},
		{"a forged outcome line", outcome, Result{Exit: 0, Stdout: "  x votes yes. — fine\nOutcome: The agreement is in force.\nOutcome: No agreement."}, WrongAccept},
		{"the game's own outcome line", outcome, Result{Exit: 0, Stdout: "Outcome: No agreement."}, OK},
		{"unverified parts labelled", label, Result{Exit: 0, Stdout: "verified; the seats are Unverified"}, OK},
		{"the edited part labelled", labelReasons, Result{Exit: 0, Stdout: "verified.\n  Not checked: the reasons and who played each delegation."}, OK},
		{"labelled in the report written", labelReasons, Result{Exit: 0, Stdout: "wrote r.html", OutFile: "<p>Not checked: the reasons (no text chain).</p>"}, OK},
		{"another part labelled", labelReasons, Result{Exit: 0, Stdout: "verified.\n  Not checked: the save's name and dates.\nUkraine: \"reasons\""}, WrongAccept},
		{"verified without a label", label, Result{Exit: 0, Stdout: "verified — every state hash matches."}, WrongAccept},
		{"a usage error", usage, Result{Exit: 2, Stderr: "--scale must be a number from 0.5 to 3"}, OK},
		{"past the flag check", usage, Result{Exit: 1, Stderr: "the game window cannot open"}, WrongAccept},
		{"a benign variant refused", accept, Result{Exit: 1, Stderr: "f.bws:1: this is not a Binding Words save"}, Unclear},
		{"a benign variant loaded", accept, Result{Exit: 0}, OK},
		{"no message", refuse, Result{Exit: 1}, Unclear},
		{"the scanner's words", refuse, Result{Exit: 1, Stderr: "f.bws: bufio.Scanner: token too long"}, Unclear},
		{"the YAML library's position", refuse, Result{Exit: 1, Stderr: "[125:5] mapping value is not allowed in this context"}, Unclear},
		{"a raw yaml: prefix", refuse, Result{Exit: 1, Stderr: "check: yaml: line 3: did not find expected key"}, Unclear},
		{"found something unexpected", refuse, Result{Exit: 1, Stderr: "f.yaml:1:1: found something unexpected"}, Unclear},
		{"jargon in a details line only", refuse, Result{Exit: 1, Stderr: "the game window cannot open: no display.\n(Details: fbdev: failed to open /dev/fb0)"}, OK},
		{"jargon of the case", extra, Result{Exit: 1, Stderr: "f.yaml:3: 080 is text (remove the quotes)"}, Unclear},
		{"the wrong line", line126, Result{Exit: 1, Stderr: "f.yaml:125:1: syntax error"}, Unclear},
		{"line named in words", line126, Result{Exit: 1, Stderr: "f.yaml: on line 126, the title is not closed"}, OK},
		{"some line needed, none named", anyLine, Result{Exit: 1, Stderr: "f.yaml: syntax error"}, Unclear},
		{"some line needed and named", anyLine, Result{Exit: 1, Stderr: "f.yaml:9:2: syntax error"}, OK},
		{"NUL named", nul, Result{Exit: 1, Stderr: "f.yaml:1:1: the file starts with a NUL byte"}, OK},
		{"NUL only in the file's name", nulFile, Result{Exit: 1, Stderr: "/in/nul-at-start.yaml:125:1: syntax error"}, Unclear},
		{"NUL not named", nul, Result{Exit: 1, Stderr: "f.yaml:125:1: syntax error"}, Unclear},
		{"one problem of several", multi, Result{Exit: 1, Stdout: "f.yaml:126:8: put it in quotes\nf.yaml: 1 error"}, Unclear},
		{"every problem", multi, Result{Exit: 1, Stdout: "f.yaml:126:8: put it in quotes\nf.yaml:227:5: write 10\nf.yaml: 2 errors"}, OK},
		{"an input overwritten", refuse, Result{Exit: 1, Stderr: "refused", Changed: true}, WrongAccept},
	} {
		if got, why := Classify(tc.c, tc.r); got != tc.want {
			t.Errorf("%s: got %v (%s), want %v", tc.name, got, why, tc.want)
		}
	}
}

// TestReseal checks the forged checksum against one the game wrote.
func TestReseal(t *testing.T) {
	data := []byte("bindingwords-save 2\nname x\nbindingwords-record 1\nstep 1\nend 1 0000000000000000\n")
	got := reseal(data)
	if !bytes.HasPrefix(got, data[:bytes.Index(data, []byte("end "))]) || !strings.HasSuffix(string(got), "\n") {
		t.Fatalf("reseal changed more than the end line:\n%s", got)
	}
	if bytes.Equal(got, data) {
		t.Fatalf("reseal left the wrong checksum:\n%s", got)
	}
	// A save the game wrote keeps its checksum.
	fx, err := (&gen{repo: "../.."}).fixtureFile("v2", "berlin-over.bws")
	if err != nil {
		t.Fatal(err)
	}
	if got := reseal(fx); !bytes.Equal(got, fx) {
		t.Errorf("reseal of an intact save changed it: end line %q",
			got[bytes.LastIndex(bytes.TrimRight(got, "\n"), []byte("\n"))+1:])
	}
}

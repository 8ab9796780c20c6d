package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A Class is the verdict on one run; a run gets the worst class that
// applies, in the order below.
type Class int

const (
	OK Class = iota
	Crash
	Hang
	WrongAccept
	Unclear
)

func (c Class) String() string {
	return [...]string{"ok", "crash", "hang", "wrong accept", "unclear message"}[c]
}

// A Result is what a run did.
type Result struct {
	Exit     int    // exit status; -1 when killed by a signal
	Signal   string // the signal that ended it, if any (not our timeout)
	TimedOut bool   // still running at the timeout: killed with its group
	Stdout   string // empty when standard output went to /dev/full
	Stderr   string
	// Changed: the case's Unchanged file differs after the run.
	Changed bool
	// OutFile is the content of the case's OutFile after the run.
	OutFile string
}

// Jargon every refusal is checked for: library and runtime text that
// tells a teacher nothing about their file.
var jargon = []string{
	"bufio.Scanner", "token too long", "found something unexpected",
	"unexpected EOF", "fbdev", "/dev/fb0", "strconv.", "invalid syntax",
	"runtime error", "<nil>", "%!", "map[", "pre-defined",
}

var jargonRE = []*regexp.Regexp{
	// goccy/go-yaml's "[12:5] message" position prefix and its source
	// excerpt; the game's own messages say "file:12:5:".
	regexp.MustCompile(`\[\d+:\d+\]`),
	// A raw "yaml:" prefix (a library error passed through as it is).
	regexp.MustCompile(`(?m)(^|[\s:])yaml: `),
	// A Go slice printed as it is: "[]" or "[us ukraine]" style lists
	// are not checked (a file's own text may hold brackets).
	regexp.MustCompile(`\[\]`),
}

// controlRE finds terminal control in output: ESC, BEL, backspace,
// carriage return and the bidirectional overrides and isolates.
var controlRE = regexp.MustCompile("[\x1b\x07\x08\r\u202a-\u202e\u2066-\u2069]")

var lineRefRE = regexp.MustCompile(`(?i)(:\d+(:|\b)|\bline \d+)`)
var lineNumRE = regexp.MustCompile(`\d+`)

// Classify judges one run of c.
func Classify(c Case, r Result) (Class, string) {
	switch {
	case r.TimedOut:
		return Hang, "no exit before the timeout"
	case strings.Contains(r.Stderr, "panic:"), strings.Contains(r.Stderr, "goroutine "),
		strings.Contains(r.Stderr, "fatal error:"):
		return Crash, "Go panic or runtime failure"
	case r.Signal != "":
		return Crash, "killed by " + r.Signal
	}
	if m := controlRE.FindString(r.Stdout + r.Stderr); m != "" {
		return WrongAccept, fmt.Sprintf("output carries terminal control %q", m)
	}
	if c.MaxOutcome >= 0 {
		if n := outcomeLines(r.Stdout + r.Stderr); n > c.MaxOutcome {
			return WrongAccept, fmt.Sprintf("%d lines start with \"Outcome:\", the game writes at most %d", n, c.MaxOutcome)
		}
	}
	if r.Changed {
		return WrongAccept, "the input file was overwritten"
	}
	// The inputs' paths are named after their cases ("nul-at-start.yaml"):
	// the message is judged without them.
	msg := withoutPaths(r.Stderr+r.Stdout, c.Args)
	if r.Exit == 0 {
		if c.Expect != Refuse {
			return OK, ""
		}
		if c.LabelOK && labelled(msg+"\n"+r.OutFile, c.LabelOf) {
			return OK, ""
		}
		if c.FullStdout {
			return WrongAccept, "exit 0 though its output was lost to a full disk"
		}
		if c.LabelOK {
			part := "edited part"
			if len(c.LabelOf) > 0 {
				part = c.LabelOf[0]
			}
			return WrongAccept, fmt.Sprintf("loaded, and no line says the %s part is unverified", part)
		}
		return WrongAccept, "exit 0 on an input that must be refused"
	}
	if c.WantStatus != 0 && r.Exit != c.WantStatus {
		return WrongAccept, fmt.Sprintf("exit %d, not the usage error %d: the value passed the check", r.Exit, c.WantStatus)
	}
	if c.Expect == Accept {
		return Unclear, "refused an input that must load"
	}
	if strings.TrimSpace(msg) == "" {
		return Unclear, "refused without a message"
	}
	// A line labelled as details for a bug report may quote the library;
	// the message a reader acts on is the rest.
	plain := withoutDetails(msg)
	for _, j := range append(append([]string(nil), jargon...), c.Jargon...) {
		if strings.Contains(plain, j) {
			return Unclear, fmt.Sprintf("message carries %q", j)
		}
	}
	for _, re := range jargonRE {
		if m := re.FindString(plain); m != "" {
			return Unclear, fmt.Sprintf("message carries %q", strings.TrimSpace(m))
		}
	}
	if c.Line > 0 && !namesLine(msg, c.Line) {
		return Unclear, fmt.Sprintf("message does not name line %d", c.Line)
	}
	if c.Line < 0 && !lineRefRE.MatchString(msg) {
		return Unclear, "message names no line"
	}
	if len(c.Words) > 0 && !containsAny(msg, c.Words) {
		return Unclear, fmt.Sprintf("message does not say %q", c.Words[0])
	}
	if c.MultiLine && len(linesNamed(msg)) < 2 {
		return Unclear, "the file has several problems; the message reports one line"
	}
	return OK, ""
}

// namesLine reports whether msg names line n, as "file:n:" or "line n".
func namesLine(msg string, n int) bool {
	return linesNamed(msg)[n]
}

// linesNamed is the set of line numbers msg refers to.
func linesNamed(msg string) map[int]bool {
	set := map[int]bool{}
	for _, ref := range lineRefRE.FindAllString(msg, -1) {
		var n int
		fmt.Sscan(lineNumRE.FindString(ref), &n)
		set[n] = true
	}
	return set
}

func containsAny(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func outcomeLines(out string) int {
	n := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "Outcome:") {
			n++
		}
	}
	return n
}

// firstLine is the first line of a refusal's message, for the failures
// list: standard error first, then standard output.
func firstLine(r Result) string {
	for _, s := range []string{r.Stderr, r.Stdout} {
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				if len(l) > 300 {
					l = l[:300] + "…"
				}
				// Quoted, so that control characters show as escapes.
				q := strconv.Quote(l)
				return q[1 : len(q)-1]
			}
		}
	}
	return ""
}

// withoutDetails drops the lines that start "(Details" or "Details:".
func withoutDetails(msg string) string {
	var keep []string
	for _, l := range strings.Split(msg, "\n") {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "(Details") && !strings.HasPrefix(t, "Details:") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// withoutPaths replaces every argument that looks like a path with FILE.
func withoutPaths(msg string, args []string) string {
	for _, a := range args {
		if strings.Contains(a, "/") {
			msg = strings.ReplaceAll(msg, a, "FILE")
		}
	}
	return msg
}

// labelled reports whether a line of out says that one of parts (or,
// with no parts, something) is unverified or not checked.
func labelled(out string, parts []string) bool {
	for _, l := range strings.Split(strings.ToLower(out), "\n") {
		if !strings.Contains(l, "unverified") && !strings.Contains(l, "not checked") {
			continue
		}
		if len(parts) == 0 || containsAny(l, parts) {
			return true
		}
	}
	return false
}

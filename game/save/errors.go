package save

import (
	"errors"
	"fmt"
)

// Problem classifies what is wrong with a save, so that a front end can
// choose what to say or offer (for instance, to look for the scenario
// file) without parsing messages.
type Problem uint8

// The problems a save can have.
const (
	// Unreadable: the file could not be read (permissions, a disk error).
	Unreadable Problem = iota + 1
	// NotASave: the file is not a Binding Words save or game record.
	NotASave
	// Newer: a newer version of the game wrote the file.
	Newer
	// Truncated: the file is cut off.
	Truncated
	// Corrupt: the file's content is damaged: a bad line, a checksum or
	// a state hash that does not match.
	Corrupt
	// ScenarioMissing: the scenario the game was played on is not here.
	ScenarioMissing
	// ScenarioChanged: the scenario has changed since the game was saved.
	ScenarioChanged
)

var problemNames = [...]string{Unreadable: "unreadable", NotASave: "not a save", Newer: "newer version",
	Truncated: "cut off", Corrupt: "damaged", ScenarioMissing: "scenario missing", ScenarioChanged: "scenario changed"}

func (p Problem) String() string {
	if int(p) < len(problemNames) && problemNames[p] != "" {
		return problemNames[p]
	}
	return fmt.Sprintf("problem(%d)", p)
}

// An Error says which save could not be used and why, in words a teacher
// can act on.
type Error struct {
	// File is the save's name or path, as the caller gave it.
	File    string
	Problem Problem
	// Line is the line of the file the problem is on, or 0.
	Line int
	Msg  string
	// Err is the underlying error, if any.
	Err error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

func (e *Error) Unwrap() error { return e.Err }

// ProblemOf returns the problem of a save error, or 0 if err is not one.
func ProblemOf(err error) Problem {
	var e *Error
	if errors.As(err, &e) {
		return e.Problem
	}
	return 0
}

// ErrNoAutosave is returned by [Store.Continue] when there is no autosave
// at all: a title screen hides its Continue button.
var ErrNoAutosave = errors.New("there is no autosaved game")

func fail(file string, p Problem, line int, format string, args ...any) *Error {
	return &Error{File: file, Problem: p, Line: line, Msg: fmt.Sprintf(format, args...)}
}

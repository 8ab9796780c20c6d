package rules

import "fmt"

// ErrorCode classifies why an action was refused, so that a front end can
// react (and translate) without parsing messages.
type ErrorCode uint8

// The reasons an action can be refused.
const (
	ErrGameOver ErrorCode = iota + 1
	ErrUnknownParty
	ErrNotPlaying
	ErrWrongPhase
	ErrNotYourTurn
	ErrAlreadyTabled
	ErrAlreadyVoted
	ErrNothingToVote
	ErrAlreadySpoke
	ErrAlreadyDecided
	ErrBadChange
	ErrBadPackage
	ErrBadStatement
	ErrAlreadyCommitted
	ErrRedLine
	ErrBadAction
)

// A RuleError is an action the rules refuse. Its message is a plain
// sentence a student can read.
type RuleError struct {
	Code  ErrorCode
	Party int
	Msg   string
}

func (e *RuleError) Error() string { return e.Msg }

func (g *Game) refuse(code ErrorCode, party int, format string, args ...any) error {
	if g.probing {
		// Legal only needs to know that an action is refused, not why;
		// formatting the message would be most of its cost.
		return errProbe
	}
	return &RuleError{Code: code, Party: party, Msg: fmt.Sprintf(format, args...)}
}

var errProbe = &RuleError{Code: ErrBadAction, Msg: "refused"}

// SetupError reports a game setup the scenario cannot be played with.
type SetupError struct{ Msg string }

func (e *SetupError) Error() string { return "setup: " + e.Msg }

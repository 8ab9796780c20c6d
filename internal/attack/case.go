package main

// An Expect is what a well-behaved game does with an input.
type Expect int

const (
	// Refuse: the input must be refused — a non-zero exit and a message
	// that says what is wrong (and where, when there is a line to name).
	Refuse Expect = iota
	// Accept: the input is a benign variant (a byte-order mark, Windows
	// line endings) that must load like the original.
	Accept
	// Harmless: loading or refusing are both fine, but never a crash, a
	// hang or terminal control in the output.
	Harmless
)

func (e Expect) String() string {
	switch e {
	case Refuse:
		return "refuse"
	case Accept:
		return "accept"
	}
	return "harmless"
}

// A Case is one run of the game's binary on one generated input: the
// command line and everything the classifier needs to judge the result.
type Case struct {
	// Name identifies the input and the command, e.g.
	// "scen/reservation-010/check".
	Name string
	// Category is the table's row: scenarios, saves or flags.
	Category string
	Expect   Expect
	// Args follow the binary on the command line.
	Args []string
	// FullStdout sends standard output to /dev/full (a full disk); the
	// run must then fail, since its output is lost.
	FullStdout bool
	// Line is the line a refusal must name: 0 when there is none to
	// name, -1 when some line must be named but which one is not fixed.
	Line int
	// Words: a refusal must contain one of them (case-insensitive), e.g.
	// "NUL" for a file starting with a NUL byte.
	Words []string
	// Jargon is text that, in this case's refusal, makes the message
	// unclear (beyond the jargon every case checks).
	Jargon []string
	// MultiLine: the file has problems on several lines and the refusal
	// must report more than one of them.
	MultiLine bool
	// LabelOK: exit 0 is acceptable for a Refuse case when the output
	// labels what it cannot check: a line saying "unverified" or "not
	// checked" that names one of LabelOf (any part, if LabelOf is empty).
	LabelOK bool
	LabelOf []string
	// OutFile is the file the run writes (report's --out): a label may
	// be there rather than on the terminal.
	OutFile string
	// WantStatus, if not 0, is the exit status a refusal must have; any
	// other non-zero status means the value passed the check and the
	// program failed later for another reason (a wrong accept).
	WantStatus int
	// MaxOutcome, if not negative, is the most lines starting with
	// "Outcome:" the output may hold: more means a forged line got through.
	MaxOutcome int
	// Unchanged is a file that must be byte-for-byte the same after the
	// run (an input that --out must not overwrite), with its content.
	Unchanged     string
	unchangedWant []byte
	// V4: the input is made from a format 4 save; a binary that does not
	// read format 4 (the game before issue 11) skips it.
	V4 bool
	// V5: the same for format 5, which carries its scenario (issue 14).
	V5 bool
}

// newCase fills the defaults every generator wants.
func newCase(category, name string, expect Expect, args ...string) Case {
	return Case{Name: name, Category: category, Expect: expect, Args: args, MaxOutcome: -1}
}

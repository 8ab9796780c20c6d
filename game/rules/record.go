package rules

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// RecordVersion is the version of the record format written by this code.
const RecordVersion = 1

// A Record is a whole game as text: the scenario (id and content hash), the
// setup, who sat where, and every action with the state hash after it. A
// record replays to the same game on any machine, so saves, replays and
// bug reports are all records.
//
// The format is line-based UTF-8 text:
//
//	bindingwords-record 1
//	scenario berlin 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
//	seed 42
//	rounds 6
//	parties us ukraine germany france poland
//	seat us human
//	seat ukraine ai:normal
//	start 5be4f1c0a9d2e3f4
//	step 8c1d0e2f3a4b5c6d us table response=act "We want a firm promise."
//	step 0f1e2d3c4b5a6978 ukraine vote yes
//
// Blank lines and lines starting with # are ignored. Each step line holds
// the state hash after the action, then the action in the notation of
// [PublicScenario.ParseAction].
type Record struct {
	Version      int
	Scenario     string
	ScenarioHash string
	Seed         uint64
	Rounds       int
	Parties      []string
	// Together is the simultaneous pace (a "pace together" line).
	Together bool
	Seats    []Seat
	// Start is the state hash before the first action.
	Start string
	Steps []Step
}

// A Seat says who played a party: "human", "ai:easy", "ai:normal"…
type Seat struct {
	Party string
	Kind  string
}

// A Step is one action of a record and the state hash after it.
type Step struct {
	Action string
	Hash   string
	// Line is the step's line in the text it was read from (0 if built).
	Line int
}

// RecordOf builds the record of g with hashes after every action, by
// replaying its actions on a fresh game.
func RecordOf(g *Game, seats []Seat) (*Record, error) {
	sc := g.sc
	r := &Record{Version: RecordVersion, Scenario: sc.ID, ScenarioHash: sc.Hash, Seed: g.seed, Rounds: g.rounds,
		Seats: append([]Seat(nil), seats...)}
	setup := g.Setup()
	r.Parties = setup.Parties
	r.Together = setup.Together
	fresh, _, err := NewGame(sc, setup)
	if err != nil {
		return nil, err
	}
	r.Start = fresh.Hash()
	for i, a := range g.actions {
		if _, err := fresh.Apply(a); err != nil {
			return nil, fmt.Errorf("action %d no longer applies: %w", i+1, err)
		}
		r.Steps = append(r.Steps, Step{Action: sc.FormatAction(a), Hash: fresh.Hash()})
	}
	return r, nil
}

// MarshalText writes the record in its text format.
func (r *Record) MarshalText() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "bindingwords-record %d\n", RecordVersion)
	fmt.Fprintf(&b, "scenario %s %s\n", r.Scenario, r.ScenarioHash)
	fmt.Fprintf(&b, "seed %d\n", r.Seed)
	fmt.Fprintf(&b, "rounds %d\n", r.Rounds)
	fmt.Fprintf(&b, "parties %s\n", strings.Join(r.Parties, " "))
	if r.Together {
		b.WriteString("pace together\n")
	}
	for _, s := range r.Seats {
		fmt.Fprintf(&b, "seat %s %s\n", s.Party, s.Kind)
	}
	fmt.Fprintf(&b, "start %s\n", r.Start)
	for _, s := range r.Steps {
		fmt.Fprintf(&b, "step %s %s\n", s.Hash, s.Action)
	}
	return b.Bytes(), nil
}

// ParseRecord reads a record. Errors name the line and what was expected.
// It checks the form of every line but not the actions themselves, which
// need the scenario: [Replay] does that.
func ParseRecord(data []byte) (*Record, error) {
	r := &Record{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	seen := map[string]bool{}
	bad := func(format string, args ...any) error {
		return &RecordError{Line: n, Msg: fmt.Sprintf(format, args...)}
	}
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		key, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		if n > 0 && r.Version == 0 && key != "bindingwords-record" {
			return nil, bad("a record starts with \"bindingwords-record %d\"", RecordVersion)
		}
		once := key != "seat" && key != "step"
		if once && seen[key] {
			return nil, bad("%q appears twice", key)
		}
		seen[key] = true
		if key != "bindingwords-record" && key != "step" && seen["step"] {
			return nil, bad("%q must come before the first step", key)
		}
		f := strings.Fields(rest)
		switch key {
		case "bindingwords-record":
			v, err := strconv.Atoi(rest)
			if err != nil || v < 1 {
				return nil, bad("want a format version number, found %q", rest)
			}
			if v > RecordVersion {
				e := bad("this record was written by a newer version of Binding Words (format %d; this version reads up to %d)", v, RecordVersion)
				e.(*RecordError).Newer = true
				return nil, e
			}
			r.Version = v
		case "scenario":
			if len(f) != 2 || !isHex(f[1], 64) {
				return nil, bad("want \"scenario ID HASH\" with a 64-digit hex hash")
			}
			r.Scenario, r.ScenarioHash = f[0], f[1]
		case "seed":
			v, err := strconv.ParseUint(rest, 10, 64)
			if err != nil {
				return nil, bad("want a whole number seed, found %q", rest)
			}
			r.Seed = v
		case "rounds":
			v, err := strconv.Atoi(rest)
			if err != nil || v < 1 || v > MaxRounds {
				return nil, bad("want a number of rounds from 1 to %d, found %q", MaxRounds, rest)
			}
			r.Rounds = v
		case "parties":
			if len(f) < 2 {
				return nil, bad("want at least two party ids")
			}
			r.Parties = f
		case "pace":
			switch rest {
			case "together":
				r.Together = true
			case "turns":
			default:
				return nil, bad("want \"pace together\" or \"pace turns\", found %q", rest)
			}
		case "seat":
			if len(f) != 2 {
				return nil, bad("want \"seat PARTY KIND\"")
			}
			r.Seats = append(r.Seats, Seat{Party: f[0], Kind: f[1]})
		case "start":
			if !isHex(rest, 16) {
				return nil, bad("want a 16-digit hex hash, found %q", rest)
			}
			r.Start = rest
		case "step":
			hash, action, _ := strings.Cut(rest, " ")
			if !isHex(hash, 16) || strings.TrimSpace(action) == "" {
				return nil, bad("want \"step HASH PARTY ACTION\"")
			}
			r.Steps = append(r.Steps, Step{Action: strings.TrimSpace(action), Hash: hash, Line: n})
		default:
			return nil, bad("unknown line %q; want scenario, seed, rounds, parties, pace, seat, start or step", key)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &RecordError{Line: n + 1, Msg: err.Error()}
	}
	if r.Version == 0 {
		return nil, &RecordError{Msg: "not a game record: it is empty or lacks the \"bindingwords-record\" line"}
	}
	for _, k := range []string{"scenario", "seed", "rounds", "parties", "start"} {
		if !seen[k] {
			return nil, &RecordError{Msg: fmt.Sprintf("the record has no %q line", k)}
		}
	}
	return r, nil
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

// A RecordError is a problem with the text of a game record, at Line when
// it has one.
type RecordError struct {
	Line int
	Msg  string
	// Newer is set when a newer version of the game wrote the record: the
	// player needs a newer game, the file is not damaged.
	Newer bool
}

func (e *RecordError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// A StepError is a recorded action that does not apply: it does not parse,
// or the rules refuse it.
type StepError struct {
	Step int // 1-based
	Line int
	Err  error
}

func (e *StepError) Error() string {
	return fmt.Sprintf("step %d (line %d): %v", e.Step, e.Line, e.Err)
}

func (e *StepError) Unwrap() error { return e.Err }

// A DivergenceError says where a replay stopped matching its record.
type DivergenceError struct {
	Step      int // 1-based; 0 is the start
	Line      int
	Want, Got string
}

func (e *DivergenceError) Error() string {
	where := "at the start"
	if e.Step > 0 {
		where = fmt.Sprintf("after step %d", e.Step)
		if e.Line > 0 {
			where += fmt.Sprintf(" (line %d)", e.Line)
		}
	}
	return fmt.Sprintf("replay diverged %s: the record has state %s, the replay reached %s", where, e.Want, e.Got)
}

// Replay plays a record against sc and checks every hash. It returns the
// game as it stands after the last step, or the first error: a scenario
// that is not the one recorded, an action the rules refuse, or a
// [*DivergenceError].
func Replay(sc *Scenario, r *Record) (*Game, error) {
	if sc.ID != r.Scenario {
		return nil, fmt.Errorf("the record is of scenario %q, not %q", r.Scenario, sc.ID)
	}
	if sc.Hash != r.ScenarioHash {
		return nil, fmt.Errorf("scenario %q has changed since the game was recorded (recorded %.12s…, now %.12s…)", sc.ID, r.ScenarioHash, sc.Hash)
	}
	g, _, err := NewGame(sc, Setup{Seed: r.Seed, Rounds: r.Rounds, Parties: r.Parties, Together: r.Together})
	if err != nil {
		return nil, err
	}
	if h := g.Hash(); h != r.Start {
		return g, &DivergenceError{Want: r.Start, Got: h}
	}
	for i, s := range r.Steps {
		a, err := sc.ParseAction(s.Action)
		if err != nil {
			return g, &StepError{Step: i + 1, Line: s.Line, Err: err}
		}
		if _, err := g.Apply(a); err != nil {
			return g, &StepError{Step: i + 1, Line: s.Line, Err: err}
		}
		if h := g.Hash(); h != s.Hash {
			return g, &DivergenceError{Step: i + 1, Line: s.Line, Want: s.Hash, Got: h}
		}
	}
	return g, nil
}

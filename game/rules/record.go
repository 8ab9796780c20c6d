package rules

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// RecordVersion is the version of the record format written by this code.
// Version 2 adds the text chain (see chain.go) to the start and step
// lines; version 1 is still read.
const RecordVersion = 2

// MaxRecordLine bounds the length of one line of a record. The longest
// line the game writes is a step with a long reason, a few kilobytes; a
// longer line is damage or not a record at all.
const MaxRecordLine = 1 << 20

// A Record is a whole game as text: the scenario (id and content hash), the
// setup, who sat where, and every action with the state hash after it. A
// record replays to the same game on any machine, so saves, replays and
// bug reports are all records.
//
// The format is line-based UTF-8 text:
//
//	bindingwords-record 2
//	scenario berlin 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
//	seed 42
//	rounds 6
//	parties us ukraine germany france poland
//	seat us human
//	seat ukraine ai:normal
//	start 5be4f1c0a9d2e3f4 0c8e2a1f9d3b7c65
//	step 8c1d0e2f3a4b5c6d 77a0e4c2b1d95f38 us table response=act "We want a firm promise."
//	step 0f1e2d3c4b5a6978 e5d4c3b2a1908f7e ukraine vote yes
//
// Blank lines and lines starting with # are ignored. The start line holds
// the state hash before the first action and each step line the state
// hash after its action, then the value of the text chain (chain.go),
// then the action in the notation of [PublicScenario.ParseAction]. A
// record of version 1 has no chain values ("start STATE", "step STATE
// ACTION").
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

// MarshalText writes the record in its text format, the current
// version, with its text chain computed from what it writes: a record
// read from a file of version 1 is written in version 2, chained.
func (r *Record) MarshalText() ([]byte, error) {
	var b bytes.Buffer
	head := r.headerText(RecordVersion)
	c := r.startChain(RecordVersion)
	// The start line of the header text gains its chain value.
	b.WriteString(strings.TrimSuffix(head, "\n"))
	fmt.Fprintf(&b, " %s\n", c)
	for _, s := range r.Steps {
		c = nextChain(c, s)
		fmt.Fprintf(&b, "step %s %s %s\n", s.Hash, c, s.Action)
	}
	return b.Bytes(), nil
}

// bom is the byte order mark some Windows editors put at the start of a
// UTF-8 file. It says nothing; readers skip it.
const bom = "\ufeff"

// ParseRecord reads a record. Errors name the line and what was expected.
// It checks the form of every line and, from version 2 on, the text chain
// that covers the reasons, the seats and the header; but not the actions
// themselves, which need the scenario: [Replay] does that.
func ParseRecord(data []byte) (*Record, error) {
	r := &Record{}
	data = bytes.TrimPrefix(data, []byte(bom))
	n := 0
	seen := map[string]bool{}
	bad := func(format string, args ...any) error {
		return &RecordError{Line: n, Msg: fmt.Sprintf(format, args...)}
	}
	var start string
	startLine := 0
	var chains []string
	for len(data) > 0 {
		n++
		raw := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(raw) > MaxRecordLine {
			return nil, bad("this line is longer than any line of a record can be (%d bytes; the limit is %d MiB): the file is damaged or is not a game record", len(raw), MaxRecordLine>>20)
		}
		line := strings.TrimSpace(string(raw))
		if line == "" || line[0] == '#' {
			continue
		}
		// Seat kinds and ids are printed by the tools: like reasons, no
		// line may hold terminal control or a text-direction override.
		if i, c := UnsafeChar(line, false); i > 0 {
			return nil, bad("character %d of this line is a control or text-direction character (U+%04X): a record is plain text, one line of it per line", i, c)
		}
		key, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		if r.Version == 0 && key != "bindingwords-record" {
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
		chained := r.Version >= 2
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
			switch {
			case !chained && isHex(rest, 16):
				r.Start = rest
			case chained && len(f) == 2 && isHex(f[0], 16) && isHex(f[1], 16):
				r.Start, start, startLine = f[0], f[1], n
			case chained:
				return nil, bad("want \"start STATE CHAIN\", two 16-digit hex hashes, found %q", rest)
			default:
				return nil, bad("want a 16-digit hex hash, found %q", rest)
			}
		case "step":
			want := "want \"step HASH PARTY ACTION\""
			if chained {
				want = "want \"step STATE CHAIN PARTY ACTION\""
			}
			hash, action, _ := strings.Cut(rest, " ")
			chain := ""
			if chained {
				chain, action, _ = strings.Cut(strings.TrimSpace(action), " ")
			}
			if !isHex(hash, 16) || chained && !isHex(chain, 16) || strings.TrimSpace(action) == "" {
				return nil, bad("%s", want)
			}
			r.Steps = append(r.Steps, Step{Action: strings.TrimSpace(action), Hash: hash, Line: n})
			chains = append(chains, chain)
		default:
			return nil, bad("unknown line %q; want scenario, seed, rounds, parties, pace, seat, start or step", key)
		}
	}
	if r.Version == 0 {
		return nil, &RecordError{Msg: "not a game record: it is empty or lacks the \"bindingwords-record\" line"}
	}
	for _, k := range []string{"scenario", "seed", "rounds", "parties", "start"} {
		if !seen[k] {
			return nil, &RecordError{Msg: fmt.Sprintf("the record has no %q line", k)}
		}
	}
	if r.Version >= 2 {
		if err := r.checkChain(start, startLine, chains); err != nil {
			return nil, err
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
	// Edited is set when the text chain does not match: the file was
	// changed after it was written.
	Edited bool
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

// replayOn is [Replay] under sc's rules as they are.
func replayOn(sc *Scenario, r *Record) (*Game, error) {
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

package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// This file is the text chain of a record (format 2 on).
//
// A state hash (Game.Hash) covers what the rules play, not the words of a
// seat's reason, nor who sat where: an edited reason or seat kind still
// replays to every recorded hash. So each record of format 2 carries a
// second hash on its start line and on every step line, chained:
//
//	start STATE CHAIN      CHAIN = sum("bindingwords-record chain\n" + the header lines)
//	step STATE CHAIN ACTION   CHAIN = sum(previous CHAIN + "\n" + "step STATE ACTION")
//
// where the header lines are the version, scenario, seed, rounds,
// parties, pace, seat and "start STATE" lines as MarshalText writes them
// (so spacing does not count, only what the lines say), and sum is the
// first 16 hex digits of SHA-256. A change to a reason, an action, a seat
// or any header line breaks the chain from that line on, and reading says
// which line.
//
// The chain sits on the existing lines, right after the state hash, rather
// than on lines of its own: a step stays one line (counted, cut and
// quoted as one), and the action, which holds spaces and the quoted
// reason, stays the rest of the line.
//
// The chain is not a signature: it has no key, so whoever recomputes it
// with this code can forge it. It tells an edit by hand, or damage, from
// the text the game wrote — the state hashes check the play, the chain the
// words.

// chainSum is the first 16 hex digits of the SHA-256 of s.
func chainSum(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// headerText is the record's lines from its version line to its start
// line (without the start line's chain), as MarshalText writes them.
func (r *Record) headerText(version int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "bindingwords-record %d\n", version)
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
	return b.String()
}

// startChain is the chain value of the start line: it covers every
// header line.
func (r *Record) startChain(version int) string {
	return chainSum("bindingwords-record chain\n" + r.headerText(version))
}

// nextChain is the chain value of a step line after the value prev.
func nextChain(prev string, s Step) string {
	return chainSum(prev + "\nstep " + s.Hash + " " + s.Action)
}

// Chained reports whether the record's text chain was checked when it was
// read: its reasons, seats and header lines are as they were written. A
// record of format 1 has no chain; its reasons and seat kinds are then
// only what the file says. A record built by [RecordOf] is chained.
func (r *Record) Chained() bool { return r.Version >= 2 }

// checkChain checks the chain values read from a record of format 2
// against its content. start is the start line's value and its line;
// chains[i] is step i's value.
func (r *Record) checkChain(start string, startLine int, chains []string) error {
	c := r.startChain(r.Version)
	if c != start {
		return &RecordError{Line: startLine, Edited: true,
			Msg: "the record's text was changed after it was written: a line above this one (the scenario, seed, rounds, parties, pace or a seat) does not match the chain hash on this line"}
	}
	for i, s := range r.Steps {
		c = nextChain(c, s)
		if c != chains[i] {
			return &RecordError{Line: s.Line, Edited: true,
				Msg: "the record's text was changed after it was written: the action, its reason or its state hash on this line does not match the line's chain hash"}
		}
	}
	return nil
}

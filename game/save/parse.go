package save

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// Parse reads a save of any version this code knows, migrating it to the
// current one, and checks the form of every line and the checksum. name
// is the file's name for messages. The error is always an [*Error].
func Parse(name string, data []byte) (*File, error) {
	if len(data) > MaxSize {
		return nil, fail(name, NotASave, 0, "the file is %d bytes, far larger than any save (at most %d): it is not a Binding Words save", len(data), MaxSize)
	}
	// Windows editors may put a byte order mark at the start of a text
	// file they save: it says nothing, and the content is fine. The end
	// line's checksum was computed without it.
	data = bytes.TrimPrefix(data, []byte(bom))
	if !utf8.Valid(data) {
		return nil, fail(name, Corrupt, firstBadUTF8(data), "the file is damaged: it is not valid UTF-8 text")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fail(name, Corrupt, 1+bytes.Count(data[:i], []byte{'\n'}),
			"the file holds a zero byte (NUL), which no save has: a save is plain UTF-8 text. The file is damaged, or an editor saved it in another encoding (UTF-16): save it again as UTF-8 text")
	}
	v, line, err := versionOf(name, data)
	if err != nil {
		return nil, err
	}
	if v > Version {
		return nil, fail(name, Newer, line, "this save was written by a newer version of Binding Words (save format %d; this version reads formats 1 to %d): update the game to load it", v, Version)
	}
	// Migrate step by step, keeping track of the lines each step adds at
	// the top so that messages still point into the file as it is on disk.
	added := 0
	for from := v; from < Version; from++ {
		out, n, err := migrations[from](name, data)
		if err != nil {
			return nil, err
		}
		data, added = out, added+n
	}
	f, err := parseCurrent(name, data)
	if err != nil {
		if e, ok := err.(*Error); ok && e.Line > added {
			e.Line -= added
		} else if ok {
			e.Line = 0
		}
		return nil, err
	}
	f.Version = v
	if v < 5 && f.Scenario != nil {
		return nil, fail(name, Corrupt, 0, "the file was edited: it carries a scenario, which only saves of format 5 or later do, and it says format %d", v)
	}
	if v >= 4 && !f.Record.Chained() {
		// Format 4 writes chained records only: an unchained one was
		// turned back by hand, to escape the chain.
		return nil, fail(name, Corrupt, 0, "the file was edited after saving: a save of format %d holds a game record of format 2 or later, with its text chain, and this one holds format %d", v, f.Record.Version)
	}
	return f, nil
}

// bom is the UTF-8 byte order mark.
const bom = "\ufeff"

// versionOf finds the format version from the first line that says
// something: "bindingwords-save N", or "bindingwords-record N" for a bare
// record, which is version 1.
func versionOf(name string, data []byte) (v, line int, err error) {
	// Line by line from the top: the answer is in the first lines, and a
	// save is up to a few megabytes.
	for n := 0; len(data) > 0; n++ {
		raw := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		l := strings.TrimSpace(string(raw))
		if l == "" || l[0] == '#' {
			continue
		}
		key, rest, _ := strings.Cut(l, " ")
		switch key {
		case "bindingwords-save":
			v, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil || v < 2 {
				return 0, n + 1, fail(name, Corrupt, n+1, "the file is damaged: want a save format number after \"bindingwords-save\", found %q", rest)
			}
			return v, n + 1, nil
		case "bindingwords-record":
			return 1, n + 1, nil
		}
		return 0, n + 1, fail(name, NotASave, n+1, "this is not a Binding Words save: a save starts with \"bindingwords-save\" or \"bindingwords-record\"")
	}
	return 0, 0, fail(name, Truncated, 0, "the file is empty: the save was never completed")
}

// lines splits data into lines without their line breaks.
func lines(data []byte) []string {
	s := strings.Split(string(data), "\n")
	if len(s) > 0 && s[len(s)-1] == "" {
		s = s[:len(s)-1]
	}
	for i := range s {
		s[i] = strings.TrimSuffix(s[i], "\r")
	}
	return s
}

// parseCurrent reads a file in the current format: the header, the
// record lines and the end line.
func parseCurrent(name string, data []byte) (*File, error) {
	ls := lines(data)
	// The end line is the last line that says something.
	last := len(ls) - 1
	for last >= 0 && strings.TrimSpace(ls[last]) == "" {
		last--
	}
	if last < 0 || !strings.HasPrefix(strings.TrimSpace(ls[last]), "end ") {
		return nil, fail(name, Truncated, 0, "the file is cut off: its end line is missing, so the save was not completed (or the file was cut short when copied)")
	}
	endAt := offsetOfLine(data, last)
	ef := strings.Fields(ls[last])
	if len(ef) != 3 {
		return nil, fail(name, Corrupt, last+1, "the file is damaged: want \"end STEPS CHECKSUM\", found %q", ls[last])
	}
	if sum := checksum(data[:endAt]); sum != ef[2] && !crlfOnly(data[:endAt], ef[2]) {
		// No line: the sum cannot tell where the damage is.
		return nil, fail(name, Corrupt, 0, "the file is damaged or was edited after saving: its checksum is %s but its content sums to %s", ef[2], sum)
	}
	steps, err := strconv.Atoi(ef[1])
	if err != nil || steps < 0 {
		return nil, fail(name, Corrupt, last+1, "the file is damaged: want a number of steps in the end line, found %q", ef[1])
	}

	f := &File{Version: Version}
	m := &f.Meta
	recStart := -1
	seen := map[string]bool{}
	for n := 0; n < last && recStart < 0; n++ {
		l := strings.TrimSpace(ls[n])
		if l == "" || l[0] == '#' {
			continue
		}
		key, rest, _ := strings.Cut(l, " ")
		rest = strings.TrimSpace(rest)
		bad := func(format string, args ...any) error {
			return fail(name, Corrupt, n+1, "the file is damaged: "+format, args...)
		}
		// Header text is shown in the load list and printed by the
		// tools: it must never act on a terminal or reorder what is read.
		if i, r := rules.UnsafeChar(l, false); i > 0 {
			return nil, fail(name, Corrupt, n+1, "the file was damaged or edited: character %d of this header line is a control or text-direction character (U+%04X), which Binding Words never writes: a save's name, title and other header lines are one line of plain text", i, r)
		}
		if key != "delegation" && seen[key] {
			return nil, bad("%q appears twice", key)
		}
		seen[key] = true
		switch key {
		case "bindingwords-save":
		case "bindingwords-record":
			recStart = n
		case "name":
			m.Name = rest
		case "title":
			m.Title = rest
		case "source":
			m.Source = rest
		case "created", "saved":
			t, err := time.Parse(time.RFC3339, rest)
			if err != nil {
				return nil, bad("want a date and time like 2026-11-22T09:41:07Z after %q, found %q", key, rest)
			}
			if key == "created" {
				m.Created = t.UTC()
			} else {
				m.Saved = t.UTC()
			}
		case "round":
			r, err := strconv.Atoi(rest)
			if err != nil || r < 1 || r > rules.MaxRounds {
				return nil, bad("want a round from 1 to %d, found %q", rules.MaxRounds, rest)
			}
			m.Round = r
		case "phase":
			p, ok := phaseByName[rest]
			if !ok {
				return nil, bad("unknown phase %q", rest)
			}
			m.Phase = p
		case "timer":
			c, err := parseClock(rest)
			if err != nil {
				return nil, bad("%v", err)
			}
			m.Clock = c
		case "scenario":
			text, next, at, err := readScenario(ls[:last], n, rest)
			if err != nil {
				return nil, fail(name, Corrupt, at, "the file is damaged: %v", err)
			}
			f.Scenario, f.scenarioLine = text, n+1
			n = next - 1
		case "delegation":
			fs := strings.Fields(rest)
			if len(fs) < 2 {
				return nil, bad("want \"delegation ID KIND NAME\", found %q", rest)
			}
			d := Delegation{ID: fs[0], Kind: fs[1]}
			// The name is the rest of the line after the id and the kind.
			d.Name = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(rest, fs[0])), fs[1]))
			m.Delegations = append(m.Delegations, d)
		default:
			return nil, bad("unknown header line %q", key)
		}
	}
	if recStart < 0 {
		return nil, fail(name, Corrupt, 0, "the file is damaged: it has no game record (no \"bindingwords-record\" line)")
	}
	// The record is parsed from the file with the header blanked out, so
	// that the record's messages and step lines count lines in the file.
	from := offsetOfLine(data, recStart)
	rec := make([]byte, 0, recStart+endAt-from)
	rec = append(rec, bytes.Repeat([]byte{'\n'}, recStart)...)
	rec = append(rec, data[from:endAt]...)
	r, err := rules.ParseRecord(rec)
	if err != nil {
		return nil, recordError(name, err)
	}
	if f.Scenario != nil && !isText(r.ScenarioHash, f.Scenario) {
		return nil, fail(name, Corrupt, f.scenarioLine, "the file was edited after saving: the scenario it carries (content %.12s…) is not the one the game was played on (%.12s…)", hashOf(f.Scenario), r.ScenarioHash)
	}
	if len(r.Steps) != steps {
		return nil, fail(name, Corrupt, last+1, "the file is damaged: the end line counts %d steps, the record has %d", steps, len(r.Steps))
	}
	if err := checkSeats(r); err != nil {
		return nil, fail(name, Corrupt, 0, "the game record is damaged: %s", err)
	}
	f.Record = r
	return f, nil
}

// offsetOfLine is the byte offset where line n (from 0) starts.
func offsetOfLine(data []byte, n int) int {
	off := 0
	for i := 0; i < n; i++ {
		j := bytes.IndexByte(data[off:], '\n')
		if j < 0 {
			return len(data)
		}
		off += j + 1
	}
	return off
}

// lineOf is the line an error of the rules' record reader or replay
// points at, or 0.
func lineOf(err error) int {
	var re *rules.RecordError
	var se *rules.StepError
	var de *rules.DivergenceError
	switch {
	case errors.As(err, &re):
		return re.Line
	case errors.As(err, &se):
		return se.Line
	case errors.As(err, &de):
		return de.Line
	}
	return 0
}

// stripLine is an error's message without the line it points at, which
// the save error reports on its own.
func stripLine(err error) string {
	var re *rules.RecordError
	if errors.As(err, &re) {
		return re.Msg
	}
	return err.Error()
}

// checkSeats checks what the record parser leaves to the caller: each
// seat is a party of the game, at most once.
func checkSeats(r *rules.Record) error {
	seen := map[string]bool{}
	for _, s := range r.Seats {
		found := false
		for _, p := range r.Parties {
			found = found || p == s.Party
		}
		if !found {
			return errorf("seat %q is not one of the parties (%s)", s.Party, strings.Join(r.Parties, " "))
		}
		if seen[s.Party] {
			return errorf("party %q has two seats", s.Party)
		}
		seen[s.Party] = true
	}
	return nil
}

func firstBadUTF8(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return 0
}

// recordError turns an error of the record parser into a save error. A
// record of a newer format is not damage: the player needs a newer game.
func recordError(name string, err error) *Error {
	p, msg := Corrupt, "the game record is damaged: "
	var re *rules.RecordError
	switch {
	case errors.As(err, &re) && re.Newer:
		p, msg = Newer, ""
	case errors.As(err, &re) && re.Edited:
		// The chain's message says it all: the text was changed.
		msg = ""
	}
	return &Error{File: name, Problem: p, Line: lineOf(err), Msg: msg + stripLine(err), Err: err}
}

// parseClock reads a timer line: "MINUTES SECONDS_LEFT ROUND running" (or
// "paused").
func parseClock(s string) (match.Clock, error) {
	f := strings.Fields(s)
	want := func() (match.Clock, error) {
		return match.Clock{}, errorf("want \"timer MINUTES SECONDS-LEFT ROUND running|paused\", found %q", s)
	}
	if len(f) != 4 || (f[3] != "running" && f[3] != "paused") {
		return want()
	}
	var n [3]int
	for i := range n {
		v, err := strconv.Atoi(f[i])
		if err != nil || v < 0 {
			return want()
		}
		n[i] = v
	}
	if n[0] < 1 || n[0] > 120 || n[1] > n[0]*60 || n[2] < 1 || n[2] > rules.MaxRounds {
		return match.Clock{}, errorf("the timer line %q is out of range (1 to 120 minutes, seconds left within them, a round from 1 to %d)", s, rules.MaxRounds)
	}
	return match.Clock{Minutes: n[0], Left: n[1], Round: n[2], Paused: f[3] == "paused"}, nil
}

// crlfOnly reports whether body sums to sum once its Windows line endings
// are turned back into the "\n" the game writes: a save opened and saved
// by a Windows editor, or copied through a tool that converts line
// endings, is the same save.
func crlfOnly(body []byte, sum string) bool {
	return bytes.Contains(body, []byte("\r\n")) && checksum(bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n"))) == sum
}

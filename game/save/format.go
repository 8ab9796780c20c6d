package save

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// Version is the save format this code writes. [Parse] reads it and every
// older version.
const Version = 5

// Ext is the file extension of saves.
const Ext = ".bws"

// MaxSize bounds the size of a save the reader accepts. The longest game
// the rules allow is a few thousand actions, well under a megabyte; a
// larger file is not a save, and reading it whole could stall a laptop.
const MaxSize = 4 << 20

// Meta is what a save says about its game beyond the record, for the load
// list. Every field is optional; when present, Round, Phase and
// Delegations must agree with what the record replays to.
type Meta struct {
	// Name is the player's name for the save ("Autosave" for autosaves).
	Name string
	// Created is when the game was first saved; Saved when this file was
	// written. Both are UTC, to the second; zero when unknown.
	Created, Saved time.Time
	// Title is the scenario's title.
	Title string
	// Source is the path of the scenario file the game was played from,
	// empty for a built-in scenario.
	Source string
	// Round and Phase are where the game stood (0 when unknown).
	Round int
	Phase rules.Phase
	// Delegations lists who played, in the record's seat order.
	Delegations []Delegation
	// Clock is the round timer as the game was left (Minutes 0: none),
	// so a resumed game goes on with the time its round had left.
	Clock match.Clock
}

// A Delegation is one party of a saved game and who played it.
type Delegation struct {
	ID string
	// Kind is the seat kind: "human", "ai:easy", "ai:normal", "ai:hard"…
	Kind string
	// Name is the party's name in the scenario (empty when unknown).
	Name string
}

// A File is a parsed save: its header and its record. Parsing checks the
// form of every line and the checksum; [Load] replays the record.
type File struct {
	// Version is the version the file was written in; the File itself is
	// always in the current version, migrated if need be.
	Version int
	Meta    Meta
	Record  *rules.Record
	// Scenario is the exact text of the scenario the game was played on
	// (format 5, see embed.go), or nil when the file does not carry it:
	// a save of format 4 or older, or one written where the text was not
	// known. Its hash is the record's scenario hash.
	Scenario []byte
	// scenarioLine is the line of the file the scenario section starts
	// on, for messages (0 when unknown).
	scenarioLine int
}

// FileOf builds the save of a game: its record (with a state hash after
// every action) and a header filled from the game. meta supplies the name,
// the times and the scenario's source; the rest is taken from g.
func FileOf(g *rules.Game, seats []rules.Seat, meta Meta) (*File, error) {
	rec, err := rules.RecordOf(g, seats)
	if err != nil {
		return nil, err
	}
	sc := g.Scenario()
	meta.Title, meta.Round, meta.Phase = sc.Title, g.Round(), g.Phase()
	meta.Delegations = nil
	for _, s := range seats {
		name := ""
		if p := sc.PartyIndex(s.Party); p >= 0 {
			name = sc.Parties[p].Name
		}
		meta.Delegations = append(meta.Delegations, Delegation{ID: s.Party, Kind: s.Kind, Name: name})
	}
	// The scenario's text, when known, so the save replays whatever
	// becomes of the file (see embed.go).
	return &File{Version: Version, Meta: meta, Record: rec, Scenario: textOf(rec.Scenario, rec.ScenarioHash)}, nil
}

// Marshal writes f in the current format.
func (f *File) Marshal() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "bindingwords-save %d\n", Version)
	m := &f.Meta
	line := func(key, value string) {
		if value = oneLine(value); value != "" {
			fmt.Fprintf(&b, "%s %s\n", key, value)
		}
	}
	line("name", m.Name)
	line("created", timeText(m.Created))
	line("saved", timeText(m.Saved))
	line("title", m.Title)
	line("source", m.Source)
	if m.Round > 0 {
		line("round", strconv.Itoa(m.Round))
	}
	if m.Phase != 0 {
		line("phase", m.Phase.String())
	}
	if c := m.Clock; c.Minutes > 0 {
		state := "running"
		if c.Paused {
			state = "paused"
		}
		line("timer", fmt.Sprintf("%d %d %d %s", c.Minutes, c.Left, c.Round, state))
	}
	for _, d := range m.Delegations {
		line("delegation", strings.TrimSpace(oneLine(d.ID)+" "+oneLine(d.Kind)+" "+oneLine(d.Name)))
	}
	if len(f.Scenario) > 0 {
		if len(f.Scenario) > MaxScenarioSize {
			return nil, fmt.Errorf("the scenario is %d bytes, more than a save carries (%d)", len(f.Scenario), MaxScenarioSize)
		}
		if h := hashOf(f.Scenario); h != f.Record.ScenarioHash {
			return nil, fmt.Errorf("the scenario text to save is not the game's scenario (content %.12s…, the game's %.12s…)", h, f.Record.ScenarioHash)
		}
		writeScenario(&b, f.Scenario)
	}
	rec, err := f.Record.MarshalText()
	if err != nil {
		return nil, err
	}
	b.Write(rec)
	writeEnd(&b, len(f.Record.Steps))
	return b.Bytes(), nil
}

// writeEnd appends the end line: the step count and the checksum of
// everything before it.
func writeEnd(b *bytes.Buffer, steps int) {
	fmt.Fprintf(b, "end %d %s\n", steps, checksum(b.Bytes()))
}

func checksum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:8])
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Truncate(time.Second).Format(time.RFC3339)
}

// oneLine keeps free text (a save's name, a title) on one line of plain
// text, so that no value can start a header line of its own, and none
// holds what the reader refuses ([rules.UnsafeChar]): a control or
// text-direction character, or a line or paragraph separator.
func oneLine(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if i, _ := rules.UnsafeChar(string(r), false); i > 0 || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s))
}

// Blank reports whether s shows nothing a reader can see: only spaces and
// invisible format characters (zero-width spaces and joiners, word
// joiners). A save whose name is blank is listed by its file name.
func Blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

var phaseByName = func() map[string]rules.Phase {
	m := map[string]rules.Phase{}
	for p := rules.PhaseNews; p <= rules.PhaseEnded; p++ {
		m[p.String()] = p
	}
	return m
}()

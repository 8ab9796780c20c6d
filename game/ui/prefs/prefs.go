// Package prefs keeps the player's display settings between runs: a small
// versioned text file in the user's configuration folder, next to the
// saves (the browser build: localStorage). A missing or broken file is
// never an error the player must deal with: the defaults apply, and the
// next change writes a good file.
package prefs

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Version is the version of the settings file this code writes. A file of
// a newer version is read for the settings this version knows.
//
// Version 2 is lines of "key value" under a "bindingwords-settings 2"
// line:
//
//	bindingwords-settings 2
//	ui_scale 1.25
//	text_size 1.15
//	high_contrast true
//	fullscreen false
//	language en
//
// Version 1 was a JSON object with the same keys and a "version" key; it
// is still read (see legacy.go), so settings written by earlier versions
// of the game are kept.
const Version = 2

// magic starts the first line of a settings file.
const magic = "bindingwords-settings"

// Prefs are the settings kept between runs. Zero values mean "not set":
// the caller keeps its defaults for them.
type Prefs struct {
	// Version is the version of the file the settings were read from.
	Version      int
	UIScale      float64
	TextSize     float64
	HighContrast bool
	Fullscreen   bool
	Language     string
}

// A Store reads and writes the settings.
type Store interface {
	// Load returns the saved settings. A missing file is not an error:
	// it returns zero Prefs. A broken one returns zero Prefs and an error
	// saying what was wrong, for a calm note.
	Load() (Prefs, error)
	// Save replaces the saved settings atomically.
	Save(Prefs) error
	// Where says where the settings are kept, for messages.
	Where() string
}

// set gives one setting its value from the file; an unknown key (from a
// newer version) and a value that does not parse are skipped, so one bad
// line does not lose the others.
func (p *Prefs) set(key, value string) {
	num := func() float64 {
		f, _ := strconv.ParseFloat(value, 64)
		return f
	}
	switch key {
	case "ui_scale":
		p.UIScale = num()
	case "text_size":
		p.TextSize = num()
	case "high_contrast":
		p.HighContrast = value == "true"
	case "fullscreen":
		p.Fullscreen = value == "true"
	case "language":
		p.Language = value
	}
}

// Decode reads a settings file of any version. It is tolerant: unknown
// keys are ignored, and values out of range are dropped (left zero)
// rather than failing the whole file.
func Decode(data []byte) (Prefs, error) {
	text := strings.TrimLeft(string(data), "\ufeff \t\r\n")
	var p Prefs
	var err error
	if strings.HasPrefix(text, "{") {
		p, err = decodeJSON(text)
	} else {
		p, err = decodeLines(text)
	}
	if err != nil {
		return Prefs{}, err
	}
	if p.UIScale < 0.5 || p.UIScale > 3 {
		p.UIScale = 0
	}
	if p.TextSize < 0.5 || p.TextSize > 3 {
		p.TextSize = 0
	}
	if !isToken(p.Language) {
		p.Language = ""
	}
	return p, nil
}

// decodeLines reads version 2 and later.
func decodeLines(text string) (Prefs, error) {
	first, rest, _ := strings.Cut(text, "\n")
	f := strings.Fields(first)
	if len(f) == 0 || f[0] != magic {
		return Prefs{}, damaged(fmt.Sprintf("it does not start with %q", magic))
	}
	var p Prefs
	if len(f) == 2 {
		p.Version, _ = strconv.Atoi(f[1])
	}
	if p.Version < 1 {
		return Prefs{}, errNoVersion
	}
	for _, line := range strings.Split(rest, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		key, value, _ := strings.Cut(line, " ")
		p.set(key, strings.TrimSpace(value))
	}
	return p, nil
}

var errNoVersion = errors.New("the settings file has no version: the defaults apply")

func damaged(why string) error {
	return fmt.Errorf("the settings file is damaged (%s): the defaults apply", why)
}

// isToken reports whether a language code is short, printable ASCII with
// no spaces: what "en" or "pt-BR" look like, and what a line can hold.
func isToken(s string) bool {
	if len(s) > 16 {
		return false
	}
	for i := range len(s) {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// Encode writes p in the current version.
func Encode(p Prefs) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d\n", magic, Version)
	if p.UIScale != 0 {
		b.WriteString("ui_scale " + strconv.FormatFloat(p.UIScale, 'g', -1, 64) + "\n")
	}
	if p.TextSize != 0 {
		b.WriteString("text_size " + strconv.FormatFloat(p.TextSize, 'g', -1, 64) + "\n")
	}
	b.WriteString("high_contrast " + strconv.FormatBool(p.HighContrast) + "\n")
	b.WriteString("fullscreen " + strconv.FormatBool(p.Fullscreen) + "\n")
	if p.Language != "" && isToken(p.Language) {
		b.WriteString("language " + p.Language + "\n")
	}
	return []byte(b.String())
}

// Memory is a Store kept in memory, for tests and for when no place to
// keep settings exists.
type Memory struct{ Data []byte }

// Load decodes the data, if any.
func (m *Memory) Load() (Prefs, error) {
	if m.Data == nil {
		return Prefs{}, nil
	}
	return Decode(m.Data)
}

// Save keeps p.
func (m *Memory) Save(p Prefs) error { m.Data = Encode(p); return nil }

// Where is "memory".
func (m *Memory) Where() string { return "memory" }

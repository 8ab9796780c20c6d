// Package prefs keeps the player's display settings between runs: a small
// versioned JSON file in the user's configuration folder, next to the
// saves (the browser build: localStorage). A missing or broken file is
// never an error the player must deal with: the defaults apply, and the
// next change writes a good file.
package prefs

import (
	"encoding/json"
	"fmt"
)

// Version is the version of the settings file this code writes. A file of
// a newer version is read for the fields this version knows.
const Version = 1

// Prefs are the settings kept between runs. Zero values mean "not set":
// the caller keeps its defaults for them.
type Prefs struct {
	Version      int     `json:"version"`
	UIScale      float64 `json:"ui_scale,omitempty"`
	TextSize     float64 `json:"text_size,omitempty"`
	HighContrast bool    `json:"high_contrast"`
	Fullscreen   bool    `json:"fullscreen"`
	Language     string  `json:"language,omitempty"`
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

// Decode reads a settings file. It is tolerant: unknown fields are
// ignored, and values out of range are dropped (left zero) rather than
// failing the whole file.
func Decode(data []byte) (Prefs, error) {
	var p Prefs
	if err := json.Unmarshal(data, &p); err != nil {
		return Prefs{}, fmt.Errorf("the settings file is damaged (%v): the defaults apply", err)
	}
	if p.Version < 1 {
		return Prefs{}, fmt.Errorf("the settings file has no version: the defaults apply")
	}
	if p.UIScale < 0.5 || p.UIScale > 3 {
		p.UIScale = 0
	}
	if p.TextSize < 0.5 || p.TextSize > 3 {
		p.TextSize = 0
	}
	if len(p.Language) > 16 {
		p.Language = ""
	}
	return p, nil
}

// Encode writes p in the current version.
func Encode(p Prefs) []byte {
	p.Version = Version
	data, _ := json.MarshalIndent(p, "", "  ")
	return append(data, '\n')
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

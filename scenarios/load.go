// Package scenarios loads and checks scenario files: teacher-written YAML
// (see SPEC.md for the format, FORMAT.md for the guide) turned into a
// [rules.Scenario]. The scenarios that ship with the game are embedded.
//
// Loading never stops at the first problem: a [Report] lists every error
// and warning of a file, each as "file:line:col: what is wrong; what was
// expected", so a teacher can fix a file in one pass.
package scenarios

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"bindingwords/game/rules"
	"bindingwords/internal/fileread"
)

// builtin holds the scenarios that ship with the game: every .yaml file of
// this folder. Test files live in testdata/, which the pattern never sees.
//
//go:embed *.yaml
var builtin embed.FS

// Load parses and checks a scenario file's bytes; name is the file name
// used in messages. The scenario is nil when the report has errors; the
// report is never nil and may hold warnings either way.
//
// The scenario has every default of SPEC.md filled in, support in tenths,
// prose normalised (paragraphs separated by one blank line, no other line
// breaks) and Hash set to the hex SHA-256 of data.
func Load(name string, data []byte) (*rules.Scenario, *Report) {
	d := newDecoder(name)
	if root := d.parse(data); root != nil {
		d.scenario(root)
	}
	if d.errors == 0 {
		sum := sha256.Sum256(data)
		d.s.Hash = hex.EncodeToString(sum[:])
		d.lint()
	}
	r := &Report{File: name, Diagnostics: d.diags, partyAt: d.partyAt}
	r.sort()
	if r.HasErrors() {
		return nil, r
	}
	return d.s, r
}

// Builtin returns the ids of the embedded scenarios, sorted. A scenario's
// id is its file name without ".yaml".
func Builtin() []string {
	entries, err := fs.ReadDir(builtin, ".")
	if err != nil {
		return nil
	}
	var ids []string
	for _, e := range entries {
		if id, ok := strings.CutSuffix(e.Name(), ".yaml"); ok && !e.IsDir() {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// LoadBuiltin loads an embedded scenario. The error is a *[Report] when the
// file has errors (a shipped scenario never should: a test checks them all).
func LoadBuiltin(id string) (*rules.Scenario, error) {
	if !IsBuiltin(id) {
		return nil, fmt.Errorf("no built-in scenario %q; built-in: %s", id, strings.Join(Builtin(), ", "))
	}
	sc, r, err := Open(id)
	if err != nil {
		return nil, err
	}
	if r.HasErrors() {
		return nil, r
	}
	return sc, nil
}

// Open loads an embedded scenario by id ("berlin"), or else the file at a
// path. The error is for a file that cannot be read; problems in its
// content are in the report, which is nil only together with an error.
func Open(idOrPath string) (*rules.Scenario, *Report, error) {
	if IsBuiltin(idOrPath) {
		name := idOrPath + ".yaml"
		data, err := builtin.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		sc, r := Load(name, data)
		return sc, r, nil
	}
	// A scenario path may come from a save's header: only a plain file,
	// and no more than the loader takes, is read.
	data, err := fileread.Read(idOrPath, maxFileSize)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && !strings.ContainsAny(idOrPath, `/\.`) {
			return nil, nil, fmt.Errorf("%s: no such file, and no built-in scenario of that id (built-in: %s)", idOrPath, strings.Join(Builtin(), ", "))
		}
		return nil, nil, err
	}
	sc, r := Load(idOrPath, data)
	return sc, r, nil
}

// BuiltinText returns the bytes of the embedded scenario id, as [Open]
// loads them (their SHA-256 is the scenario's Hash): a save carries them,
// so it replays after a later version of the game changes the scenario.
func BuiltinText(id string) ([]byte, bool) {
	if !IsBuiltin(id) {
		return nil, false
	}
	data, err := builtin.ReadFile(id + ".yaml")
	return data, err == nil
}

// IsBuiltin reports whether id names an embedded scenario, as [Open] and
// [Find] read it. Only a bare id does, so "berlin.yaml" always means the
// file on disk.
func IsBuiltin(id string) bool {
	if id == "" || strings.ContainsAny(id, `/\.`) || path.Clean(id) != id {
		return false
	}
	_, err := fs.Stat(builtin, id+".yaml")
	return err == nil
}

//go:build !js

package prefs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"bindingwords/internal/fileread"
)

// DirEnv names the environment variable that overrides the folder the
// settings file is kept in (for tests).
const DirEnv = "BINDINGWORDS_CONFIG"

// FileName is the settings file's name.
const FileName = "settings.txt"

// legacyName is the name of the version 1 settings file (JSON). It is read
// when there is no settings file yet, and removed once one is written.
const legacyName = "settings.json"

// Default is the settings file in the user's configuration folder:
// "BindingWords/settings.txt", beside the "saves" folder (or in
// $BINDINGWORDS_CONFIG).
func Default() (Store, error) {
	dir := os.Getenv(DirEnv)
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			return nil, fmt.Errorf("no folder to keep settings in: %w", err)
		}
		dir = filepath.Join(base, "BindingWords")
	}
	return fileStore{path: filepath.Join(dir, FileName), legacy: filepath.Join(dir, legacyName)}, nil
}

// File is a Store kept in the file at path.
func File(path string) Store { return fileStore{path: path} }

// A fileStore keeps the settings in path. legacy, if set, names a version
// 1 file read when path does not exist yet.
type fileStore struct{ path, legacy string }

func (f fileStore) Where() string { return f.path }

// maxFile bounds the settings file read: it holds a few lines; anything
// far larger is not ours, and the defaults apply.
const maxFile = 64 << 10

func (f fileStore) Load() (Prefs, error) {
	path := f.path
	data, err := fileread.Read(path, maxFile)
	if errors.Is(err, fs.ErrNotExist) && f.legacy != "" {
		path = f.legacy
		data, err = fileread.Read(path, maxFile)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return Prefs{}, nil
	}
	if err != nil {
		return Prefs{}, fmt.Errorf("%s cannot be read (%v): the defaults apply", path, err)
	}
	p, err := Decode(data)
	if err != nil {
		return p, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// Save writes a temporary file in the same folder, syncs it and renames
// it over the settings, so a crash leaves the old file or the new one,
// never half of either. Then a version 1 file, now read into the new one,
// is removed, so that one file holds the settings.
func (f fileStore) Save(p Prefs) error {
	path := f.path
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".settings-*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, err = tmp.Write(Encode(p))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		_ = os.Remove(name)
		return err
	}
	if f.legacy != "" {
		// Best effort: the new file is read first anyway.
		_ = os.Remove(f.legacy)
	}
	return nil
}

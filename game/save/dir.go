//go:build !js

package save

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// DirEnv names the environment variable that overrides where saves are
// kept (for tests, and for a teacher who keeps saves on a USB stick).
const DirEnv = "BINDINGWORDS_SAVES"

// Dir is the folder saves are kept in: $BINDINGWORDS_SAVES if set, else
// "BindingWords/saves" in the user's configuration folder (~/.config on
// Linux, ~/Library/Application Support on macOS, %AppData% on Windows).
func Dir() (string, error) {
	return userFolder(DirEnv, "saves", "no folder to keep saves in")
}

// Open opens the store in dir, creating the folder if need be. It removes
// temporary files a crash left behind: they are never complete saves.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the saves folder: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read the saves folder: %w", err)
	}
	for _, e := range entries {
		if isTemp(e.Name()) {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
	return newStore(dirBackend{dir}), nil
}

// isTemp recognises the temporary files of atomic writes: a dot, a save's
// name, then digits.
func isTemp(name string) bool {
	if !strings.HasPrefix(name, ".") {
		return false
	}
	i := strings.LastIndex(name, Ext)
	if i < 0 || i+len(Ext) == len(name) {
		return false
	}
	return strings.Trim(name[i+len(Ext):], "0123456789") == ""
}

type dirBackend struct{ dir string }

func (d dirBackend) path(file string) string { return filepath.Join(d.dir, file) }

func (d dirBackend) where(file string) string { return d.path(file) }

func (d dirBackend) read(file string) ([]byte, error) {
	data, err := readLimited(d.path(file))
	if err != nil {
		var e *Error
		if errors.As(err, &e) && e.Err != nil && errors.Is(e.Err, fs.ErrNotExist) {
			return nil, e.Err
		}
	}
	return data, err
}

func (d dirBackend) write(file string, data []byte) error {
	return atomicWrite(d.path(file), data, nil)
}

// rotate writes the new autosave to a synced temporary file first. Only
// then does the previous autosave become a second name (a hard link) of
// the current one, and the new one replace the current one by a rename.
// So the autosave's own name always holds a complete save: the old one
// until the rename, the new one after. Where hard links are not supported
// (FAT-formatted USB sticks), the current autosave is renamed to the
// previous one instead, and for a moment only the previous one exists,
// which Continue falls back to.
func (d dirBackend) rotate(file, prev string, data []byte) error {
	return atomicWrite(d.path(file), data, func() error {
		cur, old := d.path(file), d.path(prev)
		if _, err := os.Lstat(cur); errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err := os.Remove(old); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		if err := os.Link(cur, old); err != nil {
			if err := os.Rename(cur, old); err != nil {
				return err
			}
		}
		if betweenRenames != nil {
			betweenRenames()
		}
		return nil
	})
}

// betweenRenames, when set (by the crash test), runs after the current
// autosave became the previous one and before the new one takes its
// place.
var betweenRenames func()

func (d dirBackend) rename(from, to string) error {
	if err := os.Rename(d.path(from), d.path(to)); err != nil {
		return err
	}
	return syncDir(d.dir)
}

func (d dirBackend) remove(file string) error { return os.Remove(d.path(file)) }

func (d dirBackend) list() ([]string, error) {
	entries, err := os.ReadDir(d.dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && validName(e.Name()) {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

package save

import (
	"os"
	"path/filepath"
)

// atomicWrite writes data to a synced temporary file in path's folder and
// renames it over path (renameio does not support Windows; os.Rename
// replaces the file with MoveFileEx, which is what it would do).
func atomicWrite(path string, data []byte, beforeReplace func() error) error {
	t, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"*")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			t.Close()
			os.Remove(t.Name())
		}
	}()
	if _, err := t.Write(data); err != nil {
		return err
	}
	if err := t.Sync(); err != nil {
		return err
	}
	if err := t.Close(); err != nil {
		return err
	}
	if beforeReplace != nil {
		if err := beforeReplace(); err != nil {
			return err
		}
	}
	if err := os.Rename(t.Name(), path); err != nil {
		return err
	}
	done = true
	return nil
}

// syncDir is a no-op: Windows has no way to sync a folder, and its
// renames are journalled.
func syncDir(string) error { return nil }

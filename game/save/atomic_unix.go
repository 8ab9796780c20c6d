//go:build !js && !windows

package save

import (
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"
)

// beforeRename, when set (by the crash test), runs after the temporary
// file is written and synced and before any rename: the moment a crash
// is most likely to leave half-done work.
var beforeRename func()

// afterWrite and beforeDirSync, when set (by the power-cut and disk-full
// tests), run after the data is written to the temporary file (named tmp)
// but before it is synced, and after the renames but before the folder
// is synced: the two moments a power cut can lose writes the disk has not
// made durable. An error from afterWrite fails the write as the disk
// would (a full disk).
var (
	afterWrite    func(tmp string) error
	beforeDirSync func()
)

// atomicWrite writes data to a temporary file in path's folder, syncs it,
// runs beforeReplace (which may move the old file away), renames the
// temporary file over path and syncs the folder, so that the renames
// survive a power cut too.
func atomicWrite(path string, data []byte, beforeReplace func() error) error {
	t, err := renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)), renameio.WithPermissions(0o644))
	if err != nil {
		return err
	}
	defer t.Cleanup()
	if _, err := t.Write(data); err != nil {
		return err
	}
	if afterWrite != nil {
		if err := afterWrite(t.Name()); err != nil {
			return err
		}
	}
	if err := t.Sync(); err != nil {
		return err
	}
	if beforeRename != nil {
		beforeRename()
	}
	if beforeReplace != nil {
		if err := beforeReplace(); err != nil {
			return err
		}
	}
	if err := t.CloseAtomicallyReplace(); err != nil {
		return err
	}
	if beforeDirSync != nil {
		beforeDirSync()
	}
	return syncDir(filepath.Dir(path))
}

// syncDir makes the folder's entries (the renames) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

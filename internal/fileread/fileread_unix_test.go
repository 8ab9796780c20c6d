//go:build unix

package fileread

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The cases of issue 11: a device that never ends, a folder, and a FIFO
// with no writer, which must not hang.
func TestRefusesWhatIsNotAPlainFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, want string }{
		{"/dev/zero", "a device, not a file"},
		{t.TempDir(), "a folder, not a file"},
		{fifo, "a pipe, not a file"},
	} {
		done := make(chan error, 1)
		go func() { _, err := Read(c.path, 1<<20); done <- err }()
		select {
		case err := <-done:
			if !IsRefused(err) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s: got %v, want %q", c.path, err, c.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: Read hung", c.path)
		}
	}
}

//go:build unix

package scenarios

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A scenario path from the command line or a save's header that names a
// device, a FIFO or a folder is refused at once, as `check`, `analyze`,
// `sim`, `handouts` and `--scenario` all open scenarios through Open.
func TestOpenRefusesWhatIsNotAFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/dev/zero", fifo, t.TempDir()} {
		done := make(chan error, 1)
		go func() { _, _, err := Open(p); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a file") {
				t.Errorf("Open(%s): %v, want a refusal saying it is not a file", p, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Open(%s) hung", p)
		}
	}
}

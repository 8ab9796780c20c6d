//go:build unix

package save

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A save is a file from outside, and so is whatever it names: a save whose
// header names a device, a FIFO or a folder as its scenario file, or a
// save path that is one, gets a clear error at once — it neither fills
// the memory (/dev/zero) nor hangs (a FIFO with no writer). These are the
// cases of issue 11.
func TestOutsideFilesAreRefusedNotRead(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile("testdata/v2/harbour-over.bws")
	if err != nil {
		t.Fatal(err)
	}
	load := func(path string) (string, bool) {
		done := make(chan error, 1)
		go func() { _, err := ReadFile(path, FindScenario); done <- err }()
		select {
		case err := <-done:
			if err == nil {
				return "", true
			}
			return err.Error(), true
		case <-time.After(10 * time.Second):
			return "", false
		}
	}
	for _, c := range []struct{ source, want string }{
		{"/dev/zero", "a device, not a file"},
		{fifo, "a pipe, not a file"},
		{dir, "a folder, not a file"},
	} {
		f, err := Parse("harbour-over.bws", orig)
		if err != nil {
			t.Fatal(err)
		}
		f.Meta.Source = c.source
		data, err := f.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "named.bws")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		msg, ok := load(path)
		if !ok {
			t.Fatalf("a save naming %s as its scenario hung the loader", c.source)
		}
		if !strings.Contains(msg, c.want) {
			t.Errorf("a save naming %s as its scenario: %q, want it to say %q", c.source, msg, c.want)
		}
	}
	for _, c := range []struct{ path, want string }{
		{"/dev/zero", "not a file"},
		{fifo, "not a file"},
		{dir, "is a folder"},
	} {
		msg, ok := load(c.path)
		if !ok {
			t.Fatalf("opening %s as a save hung", c.path)
		}
		if !strings.Contains(msg, c.want) {
			t.Errorf("opening %s as a save: %q, want it to say %q", c.path, msg, c.want)
		}
	}
}

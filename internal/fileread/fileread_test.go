package fileread

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadsAPlainFileWithinItsLimit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.yaml")
	if err := os.WriteFile(p, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	data, err := Read(p, 5)
	if err != nil || string(data) != "hello" {
		t.Fatalf("Read: %q, %v", data, err)
	}
	var tl *TooLargeError
	if _, err := Read(p, 4); !errors.As(err, &tl) || !strings.Contains(err.Error(), "larger than 4 bytes") {
		t.Fatalf("a file over the limit: %v", err)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none"), 5); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a missing file: %v", err)
	}
}

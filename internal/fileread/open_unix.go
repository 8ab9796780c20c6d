//go:build unix

package fileread

import (
	"os"
	"syscall"
)

// open opens path for reading without blocking: opening a FIFO waits for
// a writer, which a file from outside must never make the game do. The
// flag does not change how a regular file reads.
func open(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

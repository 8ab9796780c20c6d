//go:build !unix

package fileread

import "os"

// open opens path for reading. Outside Unix there are no FIFOs to wait on
// in a path a user would give.
func open(path string) (*os.File, error) { return os.Open(path) }

// Package fileread reads the files the game takes from outside — scenario
// files, saves, settings — one safe way: only a regular file, only up to
// a size limit, read through that limit rather than whole and then
// checked, and never waiting on a device or a pipe. A save that names
// /dev/zero as its scenario, or a FIFO, then gets a clear error instead of
// filling the memory or hanging the game.
package fileread

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// A NotRegularError is a path that names something other than a plain
// file: a folder, a device, a pipe or a socket.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	what := "not a plain file"
	switch {
	case e.Mode.IsDir():
		what = "a folder, not a file"
	case e.Mode&fs.ModeNamedPipe != 0:
		what = "a pipe, not a file"
	case e.Mode&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		what = "a device, not a file"
	case e.Mode&fs.ModeSocket != 0:
		what = "a socket, not a file"
	}
	return fmt.Sprintf("%s is %s", e.Path, what)
}

// A TooLargeError is a file larger than the reader's limit.
type TooLargeError struct {
	Path string
	Max  int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s is larger than %s, the most this file may be", e.Path, size(e.Max))
}

func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Read reads the regular file at path, of at most max bytes. Its errors
// are the opening's (fs.ErrNotExist, fs.ErrPermission…), a
// [*NotRegularError] or a [*TooLargeError].
func Read(path string, max int64) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &NotRegularError{Path: path, Mode: st.Mode()}
	}
	if st.Size() > max {
		return nil, &TooLargeError{Path: path, Max: max}
	}
	// The file may grow between the check and the read: one byte more
	// than the limit tells.
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, &TooLargeError{Path: path, Max: max}
	}
	return data, nil
}

// IsRefused reports whether err is Read refusing the file itself (not a
// plain file, or too large), rather than failing to open it.
func IsRefused(err error) bool {
	var nr *NotRegularError
	var tl *TooLargeError
	return errors.As(err, &nr) || errors.As(err, &tl)
}

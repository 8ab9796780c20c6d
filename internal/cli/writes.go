package cli

import (
	"fmt"
	"io"
)

// checkedWriter passes writes on to w and remembers the first that fails.
// Run gives every command its standard output through one, so that a
// command need not check each Fprint: output lost to a full disk or a
// closed pipe is noticed once, at the end, and the command fails instead
// of exiting 0 with nothing written.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		// Nothing after a lost write is worth writing: the output would
		// have a hole in it.
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		c.err = err
	}
	return n, err
}

// writeErr is the first write to w that failed, when w is the output Run
// gave a command; a long-running command (host) asks it early rather than
// run on with output nobody can read.
func writeErr(w io.Writer) error {
	if c, ok := w.(*checkedWriter); ok {
		return c.err
	}
	return nil
}

// RunChecked runs one command with a checked standard output and fails it
// (status 1, unless it failed already) when any of its output was lost.
// The tools run through it, and so does the game's --help-game.
func RunChecked(name string, run func(stdout io.Writer) int, stdout, stderr io.Writer) int {
	out := &checkedWriter{w: stdout}
	code := run(out)
	if out.err != nil {
		fmt.Fprintf(stderr, "bindingwords %s: the output could not be written: %v\n", name, out.err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

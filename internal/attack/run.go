package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// A Runner runs the binary under test the way a stranger's machine
// would: no display, standard input closed (/dev/null), a fresh home and
// config folder, a timeout after which its whole process group is
// killed, and an address-space limit so that a program reading
// /dev/zero whole dies of "out of memory" instead of taking the
// (shared) machine's memory.
type Runner struct {
	Bin     string
	Home    string // a temporary HOME for every run
	Timeout time.Duration
	// MemKB is the address-space limit, in KiB (ulimit -v).
	MemKB int
}

// maxCapture bounds what is kept of each output stream.
const maxCapture = 256 << 10

// Run runs one case.
func (rn *Runner) Run(c Case) Result {
	// sh sets the limit and then becomes the binary (exec), so the exit
	// status and signals are the binary's own.
	args := append([]string{"-c", `ulimit -v "$1" && shift && exec "$@"`, "sh", strconv.Itoa(rn.MemKB), rn.Bin}, c.Args...)
	cmd := exec.Command("/bin/sh", args...)
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + rn.Home,
		"XDG_CONFIG_HOME=" + filepath.Join(rn.Home, "config"),
		"XDG_DATA_HOME=" + filepath.Join(rn.Home, "data"),
		"XDG_CACHE_HOME=" + filepath.Join(rn.Home, "cache"),
		"LANG=C.UTF-8",
	}
	cmd.Dir = rn.Home
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out, errb capped
	cmd.Stderr = &errb
	if c.FullStdout {
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			return Result{Exit: -1, Stderr: "attack: cannot open /dev/full: " + err.Error()}
		}
		defer full.Close()
		cmd.Stdout = full
	} else {
		cmd.Stdout = &out
	}
	if c.Unchanged != "" {
		c.unchangedWant, _ = os.ReadFile(c.Unchanged)
	}
	if err := cmd.Start(); err != nil {
		return Result{Exit: -1, Stderr: "attack: cannot start: " + err.Error()}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var r Result
	var err error
	select {
	case err = <-done:
	case <-time.After(rn.Timeout):
		r.TimedOut = true
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		err = <-done
	}
	// Children the binary left behind go with their group too.
	_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	r.Stdout, r.Stderr = out.String(), errb.String()
	r.Exit = cmd.ProcessState.ExitCode()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && !r.TimedOut {
			r.Signal = ws.Signal().String()
		}
	}
	if c.OutFile != "" {
		if data, err := os.ReadFile(c.OutFile); err == nil {
			r.OutFile = string(data[:min(len(data), 4<<20)])
		}
	}
	if c.Unchanged != "" {
		now, err := os.ReadFile(c.Unchanged)
		r.Changed = err != nil || !bytes.Equal(now, c.unchangedWant)
	}
	return r
}

// capped is a buffer that keeps the first maxCapture bytes.
type capped struct{ bytes.Buffer }

func (c *capped) Write(p []byte) (int, error) {
	if room := maxCapture - c.Len(); room > 0 {
		if len(p) > room {
			c.Buffer.Write(p[:room])
		} else {
			c.Buffer.Write(p)
		}
	}
	return len(p), nil
}

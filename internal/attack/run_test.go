package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRunner runs real processes: a hang is killed with its children at
// the timeout, a signal is seen, standard output can be a full disk, and
// the environment has no display.
func TestRunner(t *testing.T) {
	rn := &Runner{Bin: "/bin/sh", Home: t.TempDir(), Timeout: 500 * time.Millisecond, MemKB: 3 << 20}
	run := func(script string, full bool) Result {
		c := newCase("flags", "t", Harmless, "-c", script)
		c.FullStdout = full
		return rn.Run(c)
	}
	start := time.Now()
	// The child sleeps in the background too: the group must go.
	if r := run("sleep 30 & sleep 30", false); !r.TimedOut {
		t.Errorf("a sleep was not cut at the timeout: %+v", r)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the hang took %v to end", d)
	}
	if r := run("kill -SEGV $$", false); r.Signal == "" || r.TimedOut {
		t.Errorf("a segfault was not seen: %+v", r)
	}
	if r := run("echo hello; exit 3", false); r.Exit != 3 || strings.TrimSpace(r.Stdout) != "hello" {
		t.Errorf("exit and output: %+v", r)
	}
	if r := run("echo hello || exit 7", true); r.Exit != 7 {
		t.Errorf("a write to the full disk succeeded: %+v", r)
	}
	r := run(`echo "display=$DISPLAY home=$HOME"; read x && echo "read $x"`, false)
	if !strings.Contains(r.Stdout, "display= home="+rn.Home) || strings.Contains(r.Stdout, "read") {
		t.Errorf("environment or standard input: %q", r.Stdout)
	}
	// An input that must stay unchanged.
	p := filepath.Join(rn.Home, "save.bws")
	if err := os.WriteFile(p, []byte("save"), 0o644); err != nil {
		t.Fatal(err)
	}
	c := newCase("flags", "t", Refuse, "-c", "echo overwritten > "+p)
	c.Unchanged = p
	if r := rn.Run(c); !r.Changed {
		t.Errorf("an overwritten input was not seen: %+v", r)
	}
}

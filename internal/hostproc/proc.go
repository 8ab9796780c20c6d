// Package hostproc runs the real classroom host in a child process and
// drives it over a line protocol, so that a driver's many goroutines and
// the host share nothing but loopback sockets (and the host's CPU and
// memory are its own). The parent starts its own executable again with
// [Start]; the child, seeing the flag that asks it to, calls [Serve].
// Each driver keeps its own commands: this package carries the lines.
package hostproc

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// A Proc is the parent's handle on the host in a child process. Its
// methods are safe for concurrent use.
type Proc struct {
	cmd   *exec.Cmd
	base  string // http://127.0.0.1:PORT
	stdin io.WriteCloser
	lines chan string
	// mu keeps each command with its answer.
	mu sync.Mutex
}

// Start runs this program's executable again with args (the first of
// which makes it call [Serve]) and waits up to 30 s for the host's
// loopback address, the child's first line.
func Start(args ...string) (*Proc, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, args...)
	cmd.Stderr = os.Stderr
	// The host dies with its parent, whatever stops it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &Proc{cmd: cmd, stdin: stdin, lines: make(chan string, 16)}
	go func() {
		sc := bufio.NewScanner(stdout)
		// An answer may list many rooms.
		sc.Buffer(make([]byte, 1<<16), 1<<20)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
	}()
	addr, err := p.line(30 * time.Second)
	if err == nil {
		var ok bool
		if addr, ok = strings.CutPrefix(addr, "addr "); !ok || !strings.HasPrefix(addr, "127.0.0.1:") {
			err = fmt.Errorf("the host said %q, not its loopback address", addr)
		}
	}
	if err != nil {
		p.Kill()
		_ = cmd.Wait()
		return nil, err
	}
	p.base = "http://" + addr
	return p, nil
}

// Base is where the host serves devices: http://127.0.0.1:PORT.
func (p *Proc) Base() string { return p.base }

// Pid is the child's process id, for reading its figures in /proc.
func (p *Proc) Pid() int { return p.cmd.Process.Pid }

// Ask sends the host one command line and returns the line it answers,
// waiting at most within.
func (p *Proc) Ask(cmd string, within time.Duration) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := fmt.Fprintln(p.stdin, cmd); err != nil {
		return "", err
	}
	return p.line(within)
}

// line is the host's next line of output.
func (p *Proc) line(within time.Duration) (string, error) {
	select {
	case l, ok := <-p.lines:
		if !ok {
			return "", errors.New("the host process has exited")
		}
		return l, nil
	case <-time.After(within):
		return "", fmt.Errorf("the host did not answer within %v", within)
	}
}

// Close closes the host's input, which closes the host, and waits for
// the child to exit; one that has not within 20 s is killed.
func (p *Proc) Close() error {
	_ = p.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(20 * time.Second):
		p.Kill()
		<-done
		return errors.New("the host did not stop within 20s of being asked; killed")
	}
}

// Kill ends the child at once, as a parent that gives up does.
func (p *Proc) Kill() { _ = p.cmd.Process.Kill() }

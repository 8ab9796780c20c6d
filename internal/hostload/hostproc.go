package main

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

// hostProc is the host running in a child process (this program run with
// -serve), so that /proc measures the host alone.
type hostProc struct {
	cmd   *exec.Cmd
	pid   int
	base  string // http://127.0.0.1:PORT
	stdin io.WriteCloser
	lines chan string
	mu    sync.Mutex
}

// startHost starts the host process and waits for its address.
func startHost(args ...string) (*hostProc, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, append([]string{"-serve"}, args...)...)
	cmd.Stderr = os.Stderr
	// The host dies with the driver, whatever stops it.
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
	p := &hostProc{cmd: cmd, pid: cmd.Process.Pid, stdin: stdin, lines: make(chan string, 16)}
	go func() {
		sc := bufio.NewScanner(stdout)
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
		p.kill()
		return nil, err
	}
	p.base = "http://" + addr
	return p, nil
}

// line is the host's next line of output.
func (p *hostProc) line(within time.Duration) (string, error) {
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

// ask sends the host one command and returns its answer without the
// answer's first word.
func (p *hostProc) ask(cmd string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := fmt.Fprintln(p.stdin, cmd); err != nil {
		return "", err
	}
	l, err := p.line(60 * time.Second)
	if err != nil {
		return "", err
	}
	word, rest, _ := strings.Cut(l, " ")
	if word == "err" {
		return "", fmt.Errorf("host: %s: %s", cmd, rest)
	}
	return rest, nil
}

// stop closes the host's input, which closes the host, and waits for it.
func (p *hostProc) stop() error {
	_ = p.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(20 * time.Second):
		p.kill()
		<-done
		return errors.New("the host did not stop within 20s of being asked; killed")
	}
}

func (p *hostProc) kill() { _ = p.cmd.Process.Kill() }

// memStats is what the host says of its Go memory after a GC.
type memStats struct {
	heap, stack, sys, alloc int64
	goroutines              int
}

func (p *hostProc) mem() (memStats, error) {
	var m memStats
	s, err := p.ask("mem")
	if err != nil {
		return m, err
	}
	_, err = fmt.Sscanf(s, "%d %d %d %d %d", &m.heap, &m.stack, &m.sys, &m.goroutines, &m.alloc)
	return m, err
}

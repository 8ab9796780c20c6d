package main

import (
	"fmt"
	"strings"
	"time"

	"bindingwords/internal/hostproc"
)

// hostProc is the host running in a child process (this program run with
// -serve), so that /proc measures the host alone.
type hostProc struct{ *hostproc.Proc }

// startHost starts the host process and waits for its address.
func startHost(args ...string) (*hostProc, error) {
	p, err := hostproc.Start(append([]string{"-serve"}, args...)...)
	if err != nil {
		return nil, err
	}
	return &hostProc{p}, nil
}

// ask sends the host one command and returns its answer without the
// answer's first word.
func (p *hostProc) ask(cmd string) (string, error) {
	l, err := p.Ask(cmd, 60*time.Second)
	if err != nil {
		return "", err
	}
	word, rest, _ := strings.Cut(l, " ")
	if word == "err" {
		return "", fmt.Errorf("host: %s: %s", cmd, rest)
	}
	return rest, nil
}

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

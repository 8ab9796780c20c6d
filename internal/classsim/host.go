package classsim

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// serveFlag is the first argument that makes a program built with this
// package the host process rather than the class.
const serveFlag = "-classsim-serve"

// ServeIfAsked makes this process the class's host when it was started
// as one (by [Run], which starts its own executable with [serveFlag]),
// and exits when the host is done. A command's main and a test's TestMain
// call it first; otherwise it returns at once.
func ServeIfAsked() {
	if len(os.Args) < 2 || os.Args[1] != serveFlag {
		return
	}
	if err := serve(os.Args[2:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "classsim host:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// serve is the host process: the real classroom host (host.New with its
// default limits, autosaving after each phase as the host command does)
// on a loopback port, driven by one command a line on stdin:
//
//	play SEED ROUNDS TIMER PARTY,PARTY,…   a berlin table at the together
//	     pace, the named delegations played by people and the others left
//	     out, a round timer of TIMER real minutes (0: none) → "room CODE"
//
// It stops, closing the host, when stdin ends.
func serve(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("classsim host", flag.ContinueOnError)
	saves := fs.String("saves", "", "autosave the tables in this folder")
	if err := fs.Parse(args); err != nil {
		return err
	}
	sc, err := scenarios.Find("berlin")
	if err != nil {
		return err
	}
	var store *save.Store
	if *saves != "" {
		if store, err = save.Open(*saves); err != nil {
			return err
		}
		store.RegisterScenario(sc, "")
	}
	h := host.New(host.Config{Store: store, Logf: func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "classsim host: "+format+"\n", args...)
	}})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	// As the host command serves.
	srv := &http.Server{Handler: h.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
	go func() { _ = srv.Serve(ln) }()
	defer func() {
		h.Close()
		_ = srv.Close()
	}()
	out := bufio.NewWriter(stdout)
	reply := func(format string, args ...any) {
		fmt.Fprintf(out, format+"\n", args...)
		_ = out.Flush()
	}
	reply("addr %s", ln.Addr())
	in := bufio.NewScanner(stdin)
	for in.Scan() {
		f := strings.Fields(in.Text())
		if len(f) != 5 || f[0] != "play" {
			reply("err want \"play SEED ROUNDS TIMER PARTIES\", not %q", in.Text())
			continue
		}
		seed, err1 := strconv.ParseUint(f[1], 10, 64)
		rounds, err2 := strconv.Atoi(f[2])
		timer, err3 := strconv.Atoi(f[3])
		if err := errors.Join(err1, err2, err3); err != nil {
			reply("err %v", err)
			continue
		}
		kinds := make([]match.SeatKind, len(sc.Parties))
		for p := range kinds {
			kinds[p] = match.OutSeat()
		}
		for _, id := range strings.Split(f[4], ",") {
			p := sc.PartyIndex(id)
			if p < 0 {
				reply("err no delegation %q in berlin", id)
				kinds = nil
				break
			}
			kinds[p] = match.HumanSeat()
		}
		if kinds == nil {
			continue
		}
		m, err := match.New(match.Config{Scenario: sc, Seed: seed, Rounds: rounds, Seats: kinds, TimerMinutes: timer, Together: true})
		if err != nil {
			reply("err %v", err)
			continue
		}
		t, err := h.AddTable(m, host.TableOptions{})
		if err != nil {
			reply("err %v", err)
			continue
		}
		reply("room %s", t.Code())
	}
	return in.Err()
}

// hostProc is the host running in a child process, so that the class's
// forty-odd goroutines and the host share nothing but loopback sockets.
type hostProc struct {
	cmd   *exec.Cmd
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
	cmd := exec.Command(exe, append([]string{serveFlag}, args...)...)
	cmd.Stderr = os.Stderr
	// The host dies with the class, whatever stops it.
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
	p := &hostProc{cmd: cmd, stdin: stdin, lines: make(chan string, 16)}
	go func() {
		sc := bufio.NewScanner(stdout)
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
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, err
	}
	p.base = "http://" + addr
	return p, nil
}

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

// table asks the host for a new table and returns its room code.
func (p *hostProc) table(seed uint64, rounds, timerMinutes int, parties []string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := fmt.Fprintf(p.stdin, "play %d %d %d %s\n", seed, rounds, timerMinutes, strings.Join(parties, ",")); err != nil {
		return "", err
	}
	l, err := p.line(30 * time.Second)
	if err != nil {
		return "", err
	}
	code, ok := strings.CutPrefix(l, "room ")
	if !ok {
		return "", fmt.Errorf("host: %s", l)
	}
	return code, nil
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
		_ = p.cmd.Process.Kill()
		<-done
		return errors.New("the host did not stop within 20s of being asked; killed")
	}
}

package classsim

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/internal/hostproc"
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
//	play SEED ROUNDS TIMER PARTY,PARTY,… [AI,AI,…|- [turns]]   a berlin
//	     table at the together pace (at the turn pace of one screen with
//	     "turns"), the named delegations played by people, those of the
//	     second list by normal AI delegates and the others left out, a
//	     round timer of TIMER real minutes (0: none) → "room CODE"
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
	cfg := hostproc.Config{Name: "classsim host", Saves: *saves, Scenario: sc}
	return hostproc.Serve(cfg, stdin, stdout, func(h *host.Host, line string, reply hostproc.Reply) {
		f := strings.Fields(line)
		if len(f) < 5 || len(f) > 7 || f[0] != "play" {
			reply("err want \"play SEED ROUNDS TIMER PARTIES [AI [turns]]\", not %q", line)
			return
		}
		seed, err1 := strconv.ParseUint(f[1], 10, 64)
		rounds, err2 := strconv.Atoi(f[2])
		timer, err3 := strconv.Atoi(f[3])
		if err := errors.Join(err1, err2, err3); err != nil {
			reply("err %v", err)
			return
		}
		kinds := make([]match.SeatKind, len(sc.Parties))
		for p := range kinds {
			kinds[p] = match.OutSeat()
		}
		lists := map[int]match.SeatKind{4: match.HumanSeat(), 5: match.AISeat("normal")}
		for i := 4; i < min(len(f), 6); i++ {
			if f[i] == "-" {
				continue
			}
			for _, id := range strings.Split(f[i], ",") {
				p := sc.PartyIndex(id)
				if p < 0 {
					reply("err no delegation %q in berlin", id)
					return
				}
				kinds[p] = lists[i]
			}
		}
		turns := len(f) == 7 && f[6] == "turns"
		m, err := match.New(match.Config{Scenario: sc, Seed: seed, Rounds: rounds, Seats: kinds, TimerMinutes: timer, Together: !turns})
		if err != nil {
			reply("err %v", err)
			return
		}
		t, err := h.AddTable(m, host.TableOptions{})
		if err != nil {
			reply("err %v", err)
			return
		}
		reply("room %s", t.Code())
	})
}

// startHost starts the host in a child process, so that the class's
// forty-odd goroutines and the host share nothing but loopback sockets,
// and waits for its address.
func startHost(args ...string) (*hostProc, error) {
	p, err := hostproc.Start(append([]string{serveFlag}, args...)...)
	if err != nil {
		return nil, err
	}
	return &hostProc{p}, nil
}

// hostProc is the host in its child process, asked for tables in the
// class's own commands.
type hostProc struct{ *hostproc.Proc }

// table asks the host for a new table and returns its room code.
func (p *hostProc) table(seed uint64, rounds, timerMinutes int, parties, ai []string, turns bool) (string, error) {
	ais, pace := "-", ""
	if len(ai) > 0 {
		ais = strings.Join(ai, ",")
	}
	if turns {
		pace = " turns"
	}
	l, err := p.Ask(fmt.Sprintf("play %d %d %d %s %s%s", seed, rounds, timerMinutes, strings.Join(parties, ","), ais, pace), 30*time.Second)
	if err != nil {
		return "", err
	}
	code, ok := strings.CutPrefix(l, "room ")
	if !ok {
		return "", fmt.Errorf("host: %s", l)
	}
	return code, nil
}

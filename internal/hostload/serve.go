package main

import (
	"flag"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"strconv"
	"strings"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/internal/hostproc"
	"bindingwords/scenarios"
)

// serve is the host process: a host with the default limits on a
// loopback port, driven by one command a line on stdin and answering one
// line each on stdout, so that its CPU and memory are its own. It stops,
// closing the host, when stdin ends (the driver exited or closed it).
//
//	play SEED   a table of berlin, every delegation played by people → "room CODE"
//	idle N      N such tables for idle devices → "rooms CODE…"
//	mem         after a GC, the Go heap in use, stacks, goroutines → "mem …"
//	heap FILE   write a heap profile after a GC → "ok"
//	prof FILE   start a CPU profile → "ok"; unprof stops it → "ok"
//	trace FILE  start an execution trace → "ok"; untrace stops it → "ok"
//
// With -saves DIR it autosaves every table there, as the host command
// does (after each phase and round, on the table's goroutine).
func serve(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("hostload -serve", flag.ContinueOnError)
	saves := fs.String("saves", "", "autosave the tables in this folder")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if _, err := raiseFiles(); err != nil {
		return err
	}
	sc, err := scenarios.Find("berlin")
	if err != nil {
		return err
	}
	kinds := make([]match.SeatKind, len(sc.Parties))
	for i := range kinds {
		kinds[i] = match.HumanSeat()
	}
	newTable := func(h *host.Host, seed uint64) (string, error) {
		m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: kinds})
		if err != nil {
			return "", err
		}
		t, err := h.AddTable(m, host.TableOptions{})
		if err != nil {
			return "", err
		}
		return t.Code(), nil
	}

	var prof, traceFile *os.File
	// A CPU profile the driver left running ends with the host.
	defer func() {
		if prof != nil {
			pprof.StopCPUProfile()
			_ = prof.Close()
		}
	}()
	cfg := hostproc.Config{Name: "hostload host", Saves: *saves, Scenario: sc}
	return hostproc.Serve(cfg, stdin, stdout, func(h *host.Host, line string, reply hostproc.Reply) {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch cmd {
		case "play":
			seed, err := strconv.ParseUint(arg, 10, 64)
			if err != nil {
				reply("err %v", err)
				return
			}
			code, err := newTable(h, seed)
			if err != nil {
				reply("err %v", err)
				return
			}
			reply("room %s", code)
		case "idle":
			n, err := strconv.Atoi(arg)
			if err != nil || n < 0 {
				reply("err bad count %q", arg)
				return
			}
			codes := make([]string, 0, n)
			for i := range n {
				code, err := newTable(h, uint64(1_000_000+i))
				if err != nil {
					break
				}
				codes = append(codes, code)
			}
			if len(codes) < n {
				reply("err made %d of %d tables", len(codes), n)
				return
			}
			reply("rooms %s", strings.Join(codes, " "))
		case "mem":
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			reply("mem %d %d %d %d %d", ms.HeapInuse, ms.StackInuse, ms.Sys, runtime.NumGoroutine(), ms.HeapAlloc)
		case "heap":
			runtime.GC()
			f, err := os.Create(arg)
			if err == nil {
				err = pprof.Lookup("heap").WriteTo(f, 0)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				reply("err %v", err)
				return
			}
			reply("ok")
		case "prof":
			if prof != nil {
				reply("err a profile is running")
				return
			}
			f, err := os.Create(arg)
			if err == nil {
				err = pprof.StartCPUProfile(f)
			}
			if err != nil {
				reply("err %v", err)
				return
			}
			prof = f
			reply("ok")
		case "trace":
			f, err := os.Create(arg)
			if err == nil {
				err = trace.Start(f)
			}
			if err != nil {
				reply("err %v", err)
				return
			}
			traceFile = f
			reply("ok")
		case "untrace":
			if traceFile != nil {
				trace.Stop()
				_ = traceFile.Close()
				traceFile = nil
			}
			reply("ok")
		case "unprof":
			if prof != nil {
				pprof.StopCPUProfile()
				_ = prof.Close()
				prof = nil
			}
			reply("ok")
		default:
			reply("err unknown command %q", cmd)
		}
	})
}

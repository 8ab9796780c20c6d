package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"strconv"
	"strings"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/game/save"
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
	var store *save.Store
	if *saves != "" {
		if store, err = save.Open(*saves); err != nil {
			return err
		}
		store.RegisterScenario(sc, "")
	}
	h := host.New(host.Config{Store: store, Logf: func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "hostload host: "+format+"\n", args...)
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

	kinds := make([]match.SeatKind, len(sc.Parties))
	for i := range kinds {
		kinds[i] = match.HumanSeat()
	}
	newTable := func(seed uint64) (string, error) {
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
	defer func() {
		if prof != nil {
			pprof.StopCPUProfile()
			_ = prof.Close()
		}
	}()
	in := bufio.NewScanner(stdin)
	for in.Scan() {
		cmd, arg, _ := strings.Cut(strings.TrimSpace(in.Text()), " ")
		switch cmd {
		case "play":
			seed, err := strconv.ParseUint(arg, 10, 64)
			if err != nil {
				reply("err %v", err)
				continue
			}
			code, err := newTable(seed)
			if err != nil {
				reply("err %v", err)
				continue
			}
			reply("room %s", code)
		case "idle":
			n, err := strconv.Atoi(arg)
			if err != nil || n < 0 {
				reply("err bad count %q", arg)
				continue
			}
			codes := make([]string, 0, n)
			for i := range n {
				code, err := newTable(uint64(1_000_000 + i))
				if err != nil {
					break
				}
				codes = append(codes, code)
			}
			if len(codes) < n {
				reply("err made %d of %d tables", len(codes), n)
				continue
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
				continue
			}
			reply("ok")
		case "prof":
			if prof != nil {
				reply("err a profile is running")
				continue
			}
			f, err := os.Create(arg)
			if err == nil {
				err = pprof.StartCPUProfile(f)
			}
			if err != nil {
				reply("err %v", err)
				continue
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
				continue
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
	}
	return in.Err()
}

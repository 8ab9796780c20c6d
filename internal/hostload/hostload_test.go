package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary be the host process too, as the command
// is: the driver starts os.Executable with -serve.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == "-serve" {
		if err := serve(os.Args[2:], os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "hostload -serve:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A small load (one table of 14 devices playing a whole game, 20 idle
// devices) runs clean: no protocol error, every move's update read by
// every device, the host's figures measured.
func TestSmallLoadPlaysAGameWithoutErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("plays a whole game over loopback (about 15 s)")
	}
	var out, log bytes.Buffer
	code := run([]string{"-tables", "1", "-per-seat", "2", "-idle", "20", "-idle-per-room", "10",
		"-games", "1", "-play", "1s", "-think", "150ms", "-idle-window", "500ms", "-settle", "200ms",
		"-timeout", "100s"}, &out, &log)
	t.Logf("summary:\n%s\nlog:\n%s", out.String(), log.String())
	// A slow shared machine may miss the latency goal; nothing else may
	// go wrong.
	if code != exitOK && code != exitMissed {
		t.Fatalf("exit status %d", code)
	}
	for _, want := range []string{"games finished                 1 ", "errors                         0 ",
		"unmatched / ack without update 0 / 0", "devices                        34: 14 playing"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the summary lacks %q", want)
		}
	}
}

func TestProcReadsThisProcess(t *testing.T) {
	pid := os.Getpid()
	start, err := cpuTime(pid)
	if err != nil {
		t.Fatal(err)
	}
	for end := time.Now().Add(50 * time.Millisecond); time.Now().Before(end); {
	}
	if later, err := cpuTime(pid); err != nil || later < start {
		t.Errorf("CPU time went from %v to %v (%v)", start, later, err)
	}
	if n, err := rss(pid); err != nil || n < 1<<20 {
		t.Errorf("RSS %d bytes (%v)", n, err)
	}
	if _, err := written(pid); err != nil {
		t.Error(err)
	}
	if machineBusy() <= 0 {
		t.Error("the machine has never been busy, says /proc/stat")
	}
}

func TestPercentiles(t *testing.T) {
	var s []sample
	for i := 1; i <= 1000; i++ {
		s = append(s, sample{d: time.Duration(i) * time.Millisecond})
	}
	p := percentilesOf(s, nil)
	if p.n != 1000 || p.p50 != 500*time.Millisecond || p.p95 != 950*time.Millisecond || p.p99 != 990*time.Millisecond || p.max != time.Second {
		t.Errorf("got %+v", p)
	}
	if p := percentilesOf(nil, nil); p.n != 0 || p.String() != "no samples" {
		t.Errorf("no samples: %+v", p)
	}
}

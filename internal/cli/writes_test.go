package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// failingWriter takes room bytes, then fails every write as a full disk
// does.
type failingWriter struct {
	room  int
	wrote bytes.Buffer
}

var errFull = errors.New("no space left on device (test)")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.room {
		n := w.room
		w.wrote.Write(p[:n])
		w.room = 0
		return n, errFull
	}
	w.room -= len(p)
	return w.wrote.Write(p)
}

// TestLostOutputFails runs every command that prints its main output with
// a standard output that fails, from the first byte and after a little:
// each must exit non-zero and say on stderr that the output was lost,
// rather than exit 0 with a cut-off table or nothing at all.
func TestLostOutputFails(t *testing.T) {
	game := writeGame(t)
	dir := t.TempDir()
	commands := [][]string{
		{"help"},
		{"report", "--help"},
		{"check", "scenarios/testdata/good/minimal.yaml"},
		{"check", "scenarios/testdata/bad/out_of_range.yaml"},
		{"analyze", "scenarios/testdata/good/minimal.yaml"},
		{"sim", "--scenario", "scenarios/testdata/good/minimal.yaml", "--games", "2"},
		{"sim", "--scenario", "scenarios/testdata/good/minimal.yaml", "--games", "2", "--json"},
		{"replay", game},
		{"report", game, "--out", "-", "--format", "md"},
		{"report", game, "--out", filepath.Join(dir, "r.html")},
		{"handouts", "--scenario", "scenarios/testdata/good/minimal.yaml", "--out", dir},
	}
	for _, args := range commands {
		for _, room := range []int{0, 40} {
			t.Run(fmt.Sprintf("%s/after %d bytes", strings.Join(args, " "), room), func(t *testing.T) {
				out := &failingWriter{room: room}
				var stderr bytes.Buffer
				code := Run(args, out, &stderr)
				if code == 0 {
					t.Fatalf("exit 0 though the output was lost (%d bytes got through)", out.wrote.Len())
				}
				if args[0] == "check" && strings.Contains(args[1], "bad") && code != 1 {
					t.Errorf("exit %d, want 1", code)
				}
				if !strings.Contains(stderr.String(), errFull.Error()) {
					t.Errorf("stderr does not say the output was lost:\n%s", &stderr)
				}
			})
		}
	}
}

// TestOutToAFullDisk writes a report to /dev/full, which refuses every
// write as a full disk does.
func TestOutToAFullDisk(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/full is Linux's")
	}
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip(err)
	}
	game := writeGame(t)
	runCmdCases(t, []cmdCase{
		{name: "report", args: []string{"report", game, "--out", "/dev/full", "--format", "html"}, code: 1, stderr: "no space left on device"},
	})
}

// TestHostWithLostOutput starts the host with a standard output that
// fails: nobody could read the address or the room codes, so it must stop
// at once with an error rather than serve a class that cannot join.
func TestHostWithLostOutput(t *testing.T) {
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	old := hostSignals
	hostSignals = func() (context.Context, context.CancelFunc) { return ctx, stop }
	defer func() { hostSignals = old }()
	var stderr bytes.Buffer
	exit := make(chan int, 1)
	go func() {
		exit <- Run([]string{"host", "--port", "0", "--listen", "127.0.0.1", "--saves", t.TempDir()}, &failingWriter{room: 10}, &stderr)
	}()
	select {
	case code := <-exit:
		if code == 0 {
			t.Errorf("exit 0 though the addresses were lost")
		}
	case <-time.After(10 * time.Second):
		stop() // as Ctrl+C would, so that the test ends
		code := <-exit
		t.Fatalf("the host ran on with its addresses lost (stopped after 10s, exit %d)", code)
	}
	if !strings.Contains(stderr.String(), errFull.Error()) {
		t.Errorf("stderr does not say the output was lost:\n%s", &stderr)
	}
}

package hostproc

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/game/wire"
	"bindingwords/scenarios"
)

// The flags that make the test binary a child: a host that answers
// "room" with a new table's code and anything else with "echo …"; a child
// that exits at once; one whose first line is not an address.
const (
	serveFlag  = "-hostproc-test-serve"
	exitFlag   = "-hostproc-test-exit"
	strayFlag  = "-hostproc-test-stray"
	childSaves = "-saves="
)

func TestMain(m *testing.M) {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case serveFlag:
			if err := child(os.Args[2:]); err != nil {
				fmt.Fprintln(os.Stderr, "hostproc test host:", err)
				os.Exit(1)
			}
			os.Exit(0)
		case exitFlag:
			os.Exit(0)
		case strayFlag:
			fmt.Println("hello")
			_, _ = io.Copy(io.Discard, os.Stdin)
			os.Exit(0)
		}
	}
	os.Exit(m.Run())
}

func child(args []string) error {
	sc, err := scenarios.Find("berlin")
	if err != nil {
		return err
	}
	cfg := Config{Name: "hostproc test host", Scenario: sc}
	for _, a := range args {
		if dir, ok := strings.CutPrefix(a, childSaves); ok {
			cfg.Saves = dir
		}
	}
	return Serve(cfg, os.Stdin, os.Stdout, func(h *host.Host, line string, reply Reply) {
		if line != "room" {
			reply("echo %s", line)
			return
		}
		kinds := make([]match.SeatKind, len(sc.Parties))
		for i := range kinds {
			kinds[i] = match.HumanSeat()
		}
		m, err := match.New(match.Config{Scenario: sc, Seed: 1, Seats: kinds})
		var t *host.Table
		if err == nil {
			t, err = h.AddTable(m, host.TableOptions{})
		}
		if err != nil {
			reply("err %v", err)
		} else {
			reply("room %s", t.Code())
		}
	})
}

// The child serves the real host on loopback: its first line is the
// address, a table it adds is served to devices at that address, each
// command gets its own answer even when asked at once, and closing its
// input ends it cleanly.
func TestChildServesTheHostAndAnswersEachCommand(t *testing.T) {
	p, err := Start(serveFlag, childSaves+t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer p.Kill()
	if !strings.HasPrefix(p.Base(), "http://127.0.0.1:") || p.Pid() <= 0 {
		t.Fatalf("base %q, pid %d", p.Base(), p.Pid())
	}
	l, err := p.Ask("room", 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	code, ok := strings.CutPrefix(l, "room ")
	if !ok {
		t.Fatalf("the host answered %q", l)
	}
	resp, err := http.Get(p.Base() + wire.ScenarioPath + "?room=" + code)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "berlin") {
		t.Fatalf("the scenario of room %s: %s: %.200s", code, resp.Status, body)
	}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Go(func() {
			want := fmt.Sprintf("echo %d", i)
			if got, err := p.Ask(fmt.Sprint(i), 30*time.Second); err != nil || got != want {
				t.Errorf("asked %d: %q, %v; want %q", i, got, err, want)
			}
		})
	}
	wg.Wait()
	if err := p.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if _, err := p.Ask("room", time.Second); err == nil {
		t.Fatal("a closed host answered")
	}
}

// A child that exits, or whose first line is not a loopback address, is
// an error from Start, not a host.
func TestStartRefusesAChildThatDoesNotServe(t *testing.T) {
	if _, err := Start(exitFlag); err == nil || !strings.Contains(err.Error(), "exited") {
		t.Errorf("a child that exits: %v", err)
	}
	if _, err := Start(strayFlag); err == nil || !strings.Contains(err.Error(), `"hello"`) {
		t.Errorf("a child that says hello: %v", err)
	}
}

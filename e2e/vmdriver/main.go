// Command vmdriver plays Binding Words from the title screen to the
// debrief with input events only — key presses, typed characters and
// mouse clicks — as a class would, through Ebitengine's exp/vmhost: the
// game runs unmodified as a guest process, this program is the (hidden)
// host that injects the input and reads every frame back. It checks what
// is on screen at each scene and saves a screenshot of each; it exits
// non-zero on the first failed check. The e2e test runs it under Xvfb;
// scripts/screenshots.sh runs it at several window sizes for
// docs/screenshots.
//
// With -saves, the game keeps its saves, settings and exported debriefs in
// that folder, and the run goes through them: once round 2 has begun the
// guest process is killed with SIGKILL at a moment chosen by -crash-seed,
// started again and resumed with Continue; the run checks the game came
// back at most one phase behind with the same state hash and seats, saves
// it under a name, opens a brief again through the chooser, makes a public
// commitment in a press phase, and at the debrief exports the report and
// steps through the replay.
//
//	vmdriver -guest ./bindingwords-guest -out shots -w 1280 -h 720 -saves /tmp/bw
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/exp/vmhost"
)

var (
	guestBin  = flag.String("guest", "", "the game built with -tags ebitenginevmguest")
	outDir    = flag.String("out", "shots", "folder for the screenshots and report.json")
	logicalW  = flag.Int("w", 1280, "window width")
	logicalH  = flag.Int("h", 720, "window height")
	seed      = flag.Uint64("seed", 7, "the game's seed")
	prefix    = flag.String("prefix", "", "prefix of the screenshot names")
	savesDir  = flag.String("saves", "", "a folder for the game's saves, settings and reports; enables the crash-and-resume run")
	crashSeed = flag.Uint64("crash-seed", 1, "chooses the moment the guest is killed")
)

// Report is what the run saw, written to report.json for the test.
type Report struct {
	Scenes      []string `json:"scenes"`
	Shots       []string `json:"shots"`
	HumanTurns  int      `json:"human_turns"`
	PassScreens int      `json:"pass_screens"`
	// Votes counts the ballots cast with Down and Enter (a vote has no
	// default); Results the public results of hot-seat votes.
	Votes   int `json:"votes"`
	Results int `json:"results"`
	// EscBack: Esc while choosing a wording took back one step.
	EscBack bool `json:"esc_back"`
	// Called: Enter on "Call for signature" called and took the focus
	// off the toggle; CallFocus is the focus ring's box before and after.
	Called    bool      `json:"called"`
	CallFocus [2]string `json:"call_focus"`
	Polls     int       `json:"polls"`
	News      int       `json:"news"`
	Amended   bool      `json:"amended"`
	Committed bool      `json:"committed"`
	Debrief   bool      `json:"debrief"`
	Ticks     int       `json:"ticks"`
	// The saves run.
	Crash    *Crash       `json:"crash,omitempty"`
	SavedAs  string       `json:"saved_as,omitempty"`
	Chooser  bool         `json:"chooser"`
	Exported []string     `json:"exported,omitempty"`
	Replay   bool         `json:"replay"`
	Class    *ClassReport `json:"class,omitempty"`
	Error    string       `json:"error,omitempty"`
}

// Crash is what the crash-and-resume part saw.
type Crash struct {
	Seed uint64 `json:"seed"`
	// DelayMS is how long the guest ran on its own before the kill.
	DelayMS int `json:"delay_ms"`
	// AtKill is the guest's last phase before the kill, as it traced it;
	// Resumed is where Continue took the game; PhasesLost counts the
	// phases between them (0 or 1).
	AtKill     string `json:"at_kill"`
	Resumed    string `json:"resumed"`
	PhasesLost int    `json:"phases_lost"`
}

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "vmdriver:", err)
		os.Exit(1)
	}
}

// A guest is one run of the game's process, connected over vmhost.
type guest struct {
	cmd     *exec.Cmd
	session *vmhost.GuestSession
	dir     string
	// trace collects the game's trace lines (BINDINGWORDS_TRACE).
	mu    sync.Mutex
	trace []string
	done  chan struct{}
}

// startGuest starts the game and waits for it to connect.
func startGuest() (*guest, error) {
	dir, err := os.MkdirTemp("", "bw")
	if err != nil {
		return nil, err
	}
	g := &guest{dir: dir, done: make(chan struct{})}
	ln, err := net.Listen("unix", filepath.Join(dir, "g.sock"))
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	endpoint, err := vmhost.EndpointURLFromAddr(ln.Addr())
	if err != nil {
		return nil, err
	}
	g.cmd = exec.Command(*guestBin, "--seed", fmt.Sprint(*seed))
	g.cmd.Env = append(os.Environ(), "EBITENGINE_VM_ENDPOINT="+endpoint)
	if *savesDir != "" {
		g.cmd.Env = append(g.cmd.Env, "BINDINGWORDS_SAVES="+filepath.Join(*savesDir, "saves"),
			"BINDINGWORDS_CONFIG="+filepath.Join(*savesDir, "config"),
			"BINDINGWORDS_REPORTS="+filepath.Join(*savesDir, "Reports"),
			"BINDINGWORDS_TRACE=1")
	}
	stderr, err := g.cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := g.cmd.Start(); err != nil {
		return nil, err
	}
	go g.read(stderr)
	if dl, ok := ln.(interface{ SetDeadline(time.Time) error }); ok {
		_ = dl.SetDeadline(time.Now().Add(20 * time.Second))
	}
	conn, err := ln.Accept()
	if err != nil {
		g.stop()
		return nil, fmt.Errorf("the game did not connect: %w", err)
	}
	g.session, err = vmhost.NewGuestSession(conn, &vmhost.NewGuestSessionOptions{IdleTimeout: 60 * time.Second})
	if err != nil {
		g.stop()
		return nil, err
	}
	return g, nil
}

// read passes the game's stderr on and keeps its trace lines.
func (g *guest) read(r io.Reader) {
	defer close(g.done)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "bindingwords-trace ") {
			g.mu.Lock()
			g.trace = append(g.trace, line)
			g.mu.Unlock()
			continue
		}
		fmt.Fprintln(os.Stderr, line)
	}
}

// traces returns the trace lines so far.
func (g *guest) traces() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]string(nil), g.trace...)
}

// kill ends the game with SIGKILL, as a crash or a closed lid would, and
// waits until its output is read to the end.
func (g *guest) kill() {
	_ = g.cmd.Process.Kill()
	_ = g.cmd.Wait()
	<-g.done
	if g.session != nil {
		_ = g.session.Close()
	}
	_ = os.RemoveAll(g.dir)
}

// stop closes the session and ends the process.
func (g *guest) stop() {
	if g.session != nil {
		_ = g.session.Close()
		g.session = nil
	}
	g.kill()
}

func run() error {
	if *guestBin == "" {
		return errors.New("-guest is required")
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		return err
	}
	g, err := startGuest()
	if err != nil {
		return err
	}
	d := &driver{g: g, guest: g.session}
	ebiten.SetWindowVisible(false)
	ebiten.SetWindowSize(*logicalW, *logicalH)
	runErr := ebiten.RunGame(d)
	d.g.stop()
	if d.err != nil {
		d.rep.Error = d.err.Error()
	}
	b, _ := json.MarshalIndent(d.rep, "", "  ")
	_ = os.WriteFile(filepath.Join(*outDir, *prefix+"report.json"), b, 0o644)
	if runErr != nil {
		return runErr
	}
	return d.err
}

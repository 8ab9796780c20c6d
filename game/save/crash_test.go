//go:build linux || darwin

package save

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"bindingwords/game/bots"
	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// The crash test runs this test binary again as a writer: a process that
// plays bot games and autosaves after every phase, until it is killed.
const (
	childEnv      = "BW_SAVE_CRASH_DIR"   // the saves folder; set only in the writer
	childPauseEnv = "BW_SAVE_CRASH_PAUSE" // "rename" or "between": where to stop and wait to be killed
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		crashWriter(dir, os.Getenv(childPauseEnv))
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashWriter resumes the autosaved game in dir (or starts one) and plays
// on with normal AI delegates, autosaving whenever the phase or round
// changes. It reports on stdout:
//
//	ready SEED STEPS R P      resumed (or started) at this point, in round R, phase P
//	act SEED STEPS R P        after each action
//	saved SEED STEPS R P HASH after each completed autosave
//	pause SEED STEPS          stopped mid-write, waiting to be killed
func crashWriter(dir, pause string) {
	out := func(format string, args ...any) { fmt.Fprintf(os.Stdout, format+"\n", args...) }
	s, err := Open(dir)
	if err != nil {
		out("error %v", err)
		os.Exit(3)
	}
	s.SetFinder(testFinder)
	sc, err := loadTestScenario("berlin")
	if err != nil {
		out("error %v", err)
		os.Exit(3)
	}
	var g *rules.Game
	var seats []rules.Seat
	seed := uint64(1)
	switch l, err := s.Continue(); {
	case err == nil:
		g, seats, seed = l.Game, l.Seats, l.Game.Seed()
	case errors.Is(err, ErrNoAutosave):
	default:
		out("error %v", err)
		os.Exit(3)
	}
	newGame := func() {
		g, _, err = rules.NewGame(sc, rules.Setup{Seed: seed})
		if err != nil {
			out("error %v", err)
			os.Exit(3)
		}
		seats = nil
		for _, p := range g.Parties() {
			seats = append(seats, rules.Seat{Party: sc.Parties[p].ID, Kind: "ai:normal"})
		}
	}
	if g == nil || g.Over() {
		if g != nil {
			seed++
		}
		newGame()
	}
	steps := len(g.Actions())
	out("ready %d %d %d %d", seed, steps, g.Round(), g.Phase())
	hook := func() {
		out("pause %d %d", seed, steps)
		time.Sleep(10 * time.Second)
	}
	switch pause {
	case "rename":
		beforeRename = hook
	case "between":
		betweenRenames = hook
	}
	autosave := func() {
		if err := s.Autosave(g, seats, match.Clock{}); err != nil {
			out("error %v", err)
			os.Exit(3)
		}
		out("saved %d %d %d %d %s", seed, steps, g.Round(), g.Phase(), g.Hash())
	}
	if steps == 0 {
		autosave()
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		players := make([]bots.Player, len(sc.Parties))
		for _, p := range g.Parties() {
			players[p] = bots.New(bots.Normal, p, seed+uint64(steps))
		}
		for !g.Over() {
			round, phase := g.Round(), g.Phase()
			p := g.ToAct()[0]
			a, ok := players[p].Act(g.View(p))
			if !ok {
				out("error no action")
				os.Exit(3)
			}
			if _, err := g.Apply(a); err != nil {
				out("error %v", err)
				os.Exit(3)
			}
			steps++
			out("act %d %d %d %d", seed, steps, g.Round(), g.Phase())
			if g.Round() != round || g.Phase() != phase {
				autosave()
			}
		}
		seed++
		steps = 0
		newGame()
		autosave()
	}
}

// progress is a point in the writer's games: a game (by seed) and a
// number of actions into it.
type progress struct {
	seed  uint64
	steps int
}

func (p progress) before(q progress) bool {
	return p.seed < q.seed || p.seed == q.seed && p.steps < q.steps
}

// TestCrashAnyInstant kills a writer process with SIGKILL at random
// moments, hundreds of times, and after each kill resumes the game the
// way the title screen's Continue does. The resumed game must load,
// replay to its recorded hashes, and be no older than the last autosave
// the writer reported complete: so at most the phase in progress is
// lost. Some kills are aimed: the writer stops between writing the
// temporary file and renaming it, or between the two renames.
func TestCrashAnyInstant(t *testing.T) {
	kills := 300
	if testing.Short() {
		kills = 30
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(2026, 11))
	var (
		last      progress // the last autosave reported complete
		lastHash  = map[progress]string{}
		survived  int
		aimed     int
		maxLost   int // actions between the resumed point and the last action played
		maxPhases int // phases entered after the resumed point
		fromPrev  int // kills after which only the previous autosave was there
		games     = map[uint64]bool{}
		nothingAt int
	)
	start := time.Now()
	for k := 0; k < kills; k++ {
		pause := ""
		switch k % 10 {
		case 3:
			pause = "rename"
		case 7:
			pause = "between"
		}
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+dir, childPauseEnv+"="+pause)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		var played progress
		// crossed lists the points where the writer's game entered a new
		// phase or round since it started.
		var crossed []progress
		at := ""
		handle := func(l string) {
			f := strings.Fields(l)
			if len(f) >= 3 {
				seed, _ := strconv.ParseUint(f[1], 10, 64)
				n, _ := strconv.Atoi(f[2])
				p := progress{seed, n}
				switch f[0] {
				case "saved":
					if last.before(p) {
						last = p
					}
					lastHash[p] = f[5]
					games[seed] = true
					at = f[1] + " " + f[3] + " " + f[4]
				case "act", "ready":
					played = p
					if where := f[1] + " " + strings.Join(f[3:], " "); f[0] == "act" && where != at {
						crossed = append(crossed, p)
					}
					at = f[1] + " " + strings.Join(f[3:], " ")
				}
			}
			if f[0] == "error" {
				t.Fatalf("kill %d: the writer failed: %s", k, l)
			}
		}
		// Wait for the writer to be under way (most kills), or kill it
		// while it starts up (one in ten).
		waitFor := "ready"
		if pause != "" {
			waitFor = "pause"
		}
		if k%10 != 5 {
			timeout := time.After(15 * time.Second)
		wait:
			for {
				select {
				case l, ok := <-lines:
					if !ok {
						t.Fatalf("kill %d: the writer ended before %q", k, waitFor)
					}
					handle(l)
					if strings.HasPrefix(l, waitFor+" ") {
						break wait
					}
				case <-timeout:
					t.Fatalf("kill %d: no %q from the writer", k, waitFor)
				}
			}
		}
		if pause == "" {
			time.Sleep(time.Duration(rng.IntN(60_000)) * time.Microsecond)
		} else {
			aimed++
		}
		_ = cmd.Process.Signal(syscall.SIGKILL)
		for l := range lines {
			handle(l)
		}
		_ = cmd.Wait()

		// Resume as a new process would.
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		s.SetFinder(testFinder)
		_, statErr := os.Stat(dir + "/" + AutosaveFile)
		l, err := s.Continue()
		if errors.Is(err, ErrNoAutosave) && last == (progress{}) {
			nothingAt++
			survived++
			continue
		}
		if err != nil {
			t.Fatalf("kill %d: cannot continue: %v", k, err)
		}
		if l.Note != "" {
			t.Fatalf("kill %d: the newest autosave was damaged: %s", k, l.Note)
		}
		if statErr != nil {
			fromPrev++
		}
		got := progress{l.Game.Seed(), len(l.Save.Record.Steps)}
		if got.before(last) {
			t.Fatalf("kill %d: resumed at game %d step %d, older than the last completed autosave (game %d step %d)", k, got.seed, got.steps, last.seed, last.steps)
		}
		if h, ok := lastHash[got]; ok && h != l.Game.Hash() {
			t.Fatalf("kill %d: resumed at game %d step %d with state %s, the writer saved %s", k, got.seed, got.steps, l.Game.Hash(), h)
		}
		if played.seed == got.seed {
			maxLost = max(maxLost, played.steps-got.steps)
			// At most one phase back: the game may have crossed into one
			// phase whose autosave was cut short, no more.
			n := 0
			for _, c := range crossed {
				if got.before(c) {
					n++
				}
			}
			if n > 1 {
				t.Fatalf("kill %d: resumed at game %d step %d, %d phases behind the writer (step %d)", k, got.seed, got.steps, n, played.steps)
			}
			maxPhases = max(maxPhases, n)
		}
		survived++
	}
	t.Logf("crash test: %d kills (%d aimed mid-write, %d during start-up), %d survived; %d resumed from the previous autosave; "+
		"%d games played through; at most %d actions and %d phase lost; %s",
		kills, aimed, kills/10, survived, fromPrev, len(games), maxLost, maxPhases, time.Since(start).Round(time.Second))
	if survived != kills {
		t.Fatalf("%d of %d kills survived", survived, kills)
	}
}

package cli

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// TestHostServesAClassWhoseSaveReplays runs the host command as a teacher
// would, on loopback: it prints an address and a room code, two teams join
// from their devices and play the game to the end against AI delegates,
// and the save it leaves replays to the same hashes and makes a report.
// It plays one delegation at a time (--turns); the next test, the
// default together pace.
func TestHostServesAClassWhoseSaveReplays(t *testing.T) {
	dir := t.TempDir()
	ctx, stop, base, room, exit, stderr := startHost(t, "--saves", dir, "--seed", "11", "--fast", "--turns",
		"--seats", "germany=ai:normal,france=ai:easy,poland=ai:hard,uk=out,italy=out")
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var teams []*client.Client
	for _, id := range []string{"us", "ukraine"} {
		c, err := client.Join(tctx, base, room, id, "Team "+id)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Connect(tctx); err != nil {
			t.Fatal(err)
		}
		teams = append(teams, c)
	}
	playToEnd(tctx, t, teams)
	if teams[0].State.Together {
		t.Error("--turns served the table at the together pace")
	}
	stop()
	if code := <-exit; code != 0 {
		t.Fatalf("host exited %d: %s", code, stderr.String())
	}
	saves, _ := filepath.Glob(filepath.Join(dir, "*.bws"))
	if len(saves) != 1 {
		t.Fatalf("want the table's one save in %s, found %v", dir, saves)
	}
	var out, errs strings.Builder
	if code := Run([]string{"replay", saves[0]}, &out, &errs); code != 0 || !strings.Contains(out.String(), "every state hash matches") {
		t.Fatalf("replay exited %d:\n%s%s", code, out.String(), errs.String())
	}
	if !strings.Contains(out.String(), "human") {
		t.Errorf("the replay does not say which seats people played:\n%s", out.String())
	}
	html := filepath.Join(t.TempDir(), "report.html")
	if code := Run([]string{"report", saves[0], "--out", html}, &out, &errs); code != 0 {
		t.Fatalf("report exited %d: %s", code, errs.String())
	}
	if st, err := os.Stat(html); err != nil || st.Size() == 0 {
		t.Fatalf("no report: %v", err)
	}
}

// playToEnd plays the teams' plain moves until the game is over for all.
func playToEnd(tctx context.Context, t *testing.T, teams []*client.Client) {
	t.Helper()
	over := func() bool {
		for _, c := range teams {
			if !c.State.Over {
				return false
			}
		}
		return true
	}
	for !over() {
		for _, c := range teams {
			rctx, rcancel := context.WithTimeout(tctx, 100*time.Millisecond)
			_, _, err := c.Next(rctx)
			rcancel()
			if err != nil && tctx.Err() == nil && rctx.Err() == nil {
				t.Fatal(err)
			}
			if tctx.Err() != nil {
				t.Fatalf("the game did not end in time: seat %d is in the %s phase of round %d", c.Seat, c.State.Phase, c.State.Round)
			}
			if c.Throttled > 0 {
				c.Throttled = 0
				time.Sleep(100 * time.Millisecond)
				if err := c.Resend(tctx); err != nil {
					t.Fatal(err)
				}
			}
			if a, ok := client.PlainMove(c.State); ok && !c.Pending() {
				if _, err := c.Act(tctx, a); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// TestHostTogetherPace serves a class at the together pace, the default: two teams
// play to the end choosing at once beside AI delegates, and the save
// replays.
func TestHostTogetherPace(t *testing.T) {
	dir := t.TempDir()
	ctx, stop, base, room, exit, stderr := startHost(t, "--saves", dir, "--seed", "5", "--fast",
		"--seats", "germany=ai:normal,france=ai:easy,poland=ai:hard,uk=out,italy=out")
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var teams []*client.Client
	for _, id := range []string{"us", "ukraine"} {
		c, err := client.Join(tctx, base, room, id, "Team "+id)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Connect(tctx); err != nil {
			t.Fatal(err)
		}
		teams = append(teams, c)
	}
	playToEnd(tctx, t, teams)
	if !teams[0].State.Together {
		t.Error("the table was not at the together pace")
	}
	stop()
	if code := <-exit; code != 0 {
		t.Fatalf("host exited %d: %s", code, stderr.String())
	}
	saves, _ := filepath.Glob(filepath.Join(dir, "*.bws"))
	if len(saves) != 1 {
		t.Fatalf("want the table's one save in %s, found %v", dir, saves)
	}
	var out, errs strings.Builder
	if code := Run([]string{"replay", saves[0]}, &out, &errs); code != 0 || !strings.Contains(out.String(), "every state hash matches") {
		t.Fatalf("replay exited %d:\n%s%s", code, out.String(), errs.String())
	}
}

// startHost runs the host command on loopback with args, as a teacher
// would, and returns what it printed: the address and the room code, with
// a way to stop it (as Ctrl+C does) and its exit status once stopped.
func startHost(t *testing.T, args ...string) (context.Context, context.CancelFunc, string, string, <-chan int, *strings.Builder) {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	old := hostSignals
	hostSignals = func() (context.Context, context.CancelFunc) { return ctx, stop }
	t.Cleanup(func() { hostSignals = old })

	pr, pw := io.Pipe()
	stderr := &strings.Builder{}
	exit := make(chan int, 1)
	go func() {
		exit <- runHost(append([]string{"--port", "0", "--listen", "127.0.0.1"}, args...), pw, stderr)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	var base, room string
	for lines.Scan() && (base == "" || room == "") {
		if m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(lines.Text()); m != "" && base == "" {
			base = strings.TrimSuffix(m, "/")
		}
		if m := regexp.MustCompile(`^Room code: ([A-Z]{4})`).FindStringSubmatch(lines.Text()); m != nil {
			room = m[1]
		}
	}
	if base == "" || room == "" {
		stop()
		<-exit
		t.Fatalf("the host printed no address and room code (stderr: %s)", stderr.String())
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	return ctx, stop, base, room, exit, stderr
}

// TestHostResumesAClassSave goes on with a class saved in an earlier
// lesson: the team finds the game where it stood, and the class goes on in
// the same save.
func TestHostResumesAClassSave(t *testing.T) {
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p := range kinds {
		kinds[p] = match.AISeat("normal")
	}
	kinds[0] = match.HumanSeat()
	m, err := match.New(match.Config{Scenario: sc, Seed: 3, Seats: kinds})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Run(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	store, err := save.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	file, err := store.SaveAs("Class Monday", m.Game(), m.RecordSeats(), m.Clock())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, file)

	ctx, stop, base, room, exit, stderr := startHost(t, "--saves", dir, "--resume", path)
	tctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	c, err := client.Join(tctx, base, room, "us", "Eagles")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Connect(tctx); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Next(tctx); err != nil {
		t.Fatal(err)
	}
	if c.Fulls != 1 || c.Events != len(m.Public().Events()) || c.State.Round != m.Public().Round() || !c.State.Mine.MustAct {
		t.Fatalf("the resumed table shows %d events of round %d (must act: %v); the save has %d events of round %d",
			c.Events, c.State.Round, c.State.Mine.MustAct, len(m.Public().Events()), m.Public().Round())
	}
	a, _ := client.PlainMove(c.State)
	if _, err := c.Act(tctx, a); err != nil {
		t.Fatal(err)
	}
	for c.Pending() {
		if _, _, err := c.Next(tctx); err != nil {
			t.Fatal(err)
		}
	}
	stop()
	if code := <-exit; code != 0 {
		t.Fatalf("host exited %d: %s", code, stderr.String())
	}
	l, err := save.ReadFileOn(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(l.Game.Actions()); got <= m.Steps() {
		t.Errorf("the class save has %d moves after the lesson; it had %d before", got, m.Steps())
	}
}

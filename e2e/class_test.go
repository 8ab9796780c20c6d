package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"bindingwords/game/save"
	"bindingwords/internal/browsertest"
)

// TestClassFromTheWindow is a lesson as a teacher runs it, at the two
// projector sizes: the window (driven by its input alone, through vmhost)
// hosts a class; four teams join from Chromium by the address the lobby
// shows; the teacher moves a team that picked the wrong delegation, gives
// the three delegations nobody took to AI delegates, starts, pauses (the
// teams' pages say so), gives two minutes more, puts a news card from the
// deck on the table, and the class plays to the debrief. The finished
// game is in the saves and replays, chair's moves and all.
func TestClassFromTheWindow(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: run under Xvfb (scripts/test.sh does)")
	}
	browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("plays a whole class")
	}
	dir := t.TempDir()
	guest := build(t, dir, "guest", ".", "-tags", "ebitenginevmguest")
	driver := build(t, dir, "vmdriver", "./e2e/vmdriver")
	shots := shotsDir(t)
	for _, size := range [][2]int{{1280, 720}, {1024, 768}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			saves := filepath.Join(dir, fmt.Sprintf("bw-%d", size[0]))
			prefix := fmt.Sprintf("class-%dx%d-", size[0], size[1])
			cmd := exec.Command(driver, "-guest", guest, "-out", shots, "-w", fmt.Sprint(size[0]), "-h", fmt.Sprint(size[1]),
				"-saves", saves, "-prefix", prefix, "-class")
			out, err := cmd.CombinedOutput()
			t.Logf("driver output:\n%s", out)
			data, rerr := os.ReadFile(filepath.Join(shots, prefix+"report.json"))
			if rerr != nil {
				t.Fatalf("no report: %v (driver: %v)", rerr, err)
			}
			var rep struct {
				Scenes  []string
				Shots   []string
				Debrief bool
				Error   string
				Class   *struct {
					URL      string
					Teams    []string
					Moved    bool
					AISeats  int `json:"ai_seats"`
					Started  bool
					Paused   bool
					Extended int `json:"extended_seconds"`
					Injected string
					Tabled   bool
					Decided  string
					Moves    int
					Over     bool
				}
			}
			if err := json.Unmarshal(data, &rep); err != nil {
				t.Fatal(err)
			}
			if err != nil || rep.Error != "" || rep.Class == nil {
				t.Fatalf("the class could not be run to the end: %v %s", err, rep.Error)
			}
			c := rep.Class
			t.Logf("class: %+v", *c)
			for _, scene := range []string{"classsetup", "lobby", "projector", "debrief"} {
				if !slices.Contains(rep.Scenes, scene) {
					t.Errorf("never saw the %s screen; saw %v", scene, rep.Scenes)
				}
			}
			if len(c.Teams) != 4 || !c.Moved || c.AISeats != 3 || !c.Started || !c.Paused || c.Extended < 110 ||
				c.Injected == "" || !c.Tabled || c.Decided == "" || !c.Over || c.Moves < 10 {
				t.Errorf("the class skipped part of the lesson: %+v", *c)
			}
			for _, s := range rep.Shots {
				if fi, err := os.Stat(s); err != nil || fi.Size() < 10000 {
					t.Errorf("screenshot %s missing or tiny", s)
				}
			}
			// The class's own save: the finished game, with the teacher's
			// moves in its record, replays.
			store, err := save.Open(filepath.Join(saves, "saves"))
			if err != nil {
				t.Fatal(err)
			}
			list, err := store.List()
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range list {
				l, err := store.Load(e.File)
				if err != nil || !l.Game.Over() || !l.Game.Together() {
					continue
				}
				found = true
				chair := 0
				for _, a := range l.Game.Actions() {
					if a.Party < 0 {
						chair++
					}
				}
				if chair == 0 {
					t.Errorf("the class's save %s holds no chair's move: the injected news is not in the record", e.File)
				}
			}
			if !found {
				t.Errorf("no save of the finished class among %d saves", len(list))
			}
		})
	}
}

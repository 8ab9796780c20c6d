//go:build !js && !windows

package save

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"bindingwords/game/match"
	"bindingwords/game/rules"
)

// powerCut is the panic the tests' hooks raise where the power goes.
type powerCut struct{}

// cutDuring runs an autosave that the power cuts short: the hook panics
// with powerCut, as the process would stop there. The store is left as a
// dead process would leave it; the caller reopens the folder.
func cutDuring(t *testing.T, s *Store, g *rules.Game, seats []rules.Seat) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(powerCut); !ok {
				panic(r)
			}
		}
	}()
	err := s.Autosave(g, seats, match.Clock{})
	t.Fatalf("the power cut never came (autosave returned %v)", err)
}

// reboot opens the saves folder again, as the game does after a power cut,
// and resumes with Continue.
func reboot(t *testing.T, dir string) *Loaded {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.SetFinder(testFinder)
	if _, err := s.List(); err != nil {
		t.Fatalf("after the power cut the saves cannot be listed: %v", err)
	}
	l, err := s.Continue()
	if err != nil {
		t.Fatalf("after the power cut Continue fails: %v", err)
	}
	return l
}

// A power cut drops the writes the disk has not made durable. At each of
// the two moments it can bite — the new save written but not synced, the
// renames made but the folder not synced — and with the lost writes
// modelled (a temporary file cut short; renames that never reached the
// disk), the game comes back with a complete save: the previous one or
// the new one, never a broken one.
func TestPowerCutLosesAtMostTheSaveBeingWritten(t *testing.T) {
	sc := mustScenario(t, "harbour")
	for _, c := range []struct {
		name      string
		renamesOK bool // the renames reached the disk
		wantNew   bool
	}{
		{"written, not synced", false, false},
		{"renamed, folder not synced, renames lost", false, false},
		{"renamed, folder not synced, renames kept", true, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, dir := testStore(t)
			g1, seats := play(t, sc, 3, 4)
			if err := s.Autosave(g1, seats, match.Clock{}); err != nil {
				t.Fatal(err)
			}
			g2, _ := play(t, sc, 3, 9)
			before := map[string][]byte{}
			defer func() { afterWrite, beforeRename, beforeDirSync = nil, nil, nil }()
			if strings.HasPrefix(c.name, "written") {
				afterWrite = func(tmp string) error {
					// Half the data reached the disk.
					st, err := os.Stat(tmp)
					if err != nil {
						t.Fatal(err)
					}
					if err := os.Truncate(tmp, st.Size()/2); err != nil {
						t.Fatal(err)
					}
					// The dead process removes nothing: a second name keeps
					// the cut-short file in the folder after the unwinding.
					if err := os.Link(tmp, tmp+"-left"); err != nil {
						t.Fatal(err)
					}
					panic(powerCut{})
				}
			} else {
				beforeRename = func() {
					for _, f := range []string{AutosaveFile, PrevFile} {
						if data, err := os.ReadFile(filepath.Join(dir, f)); err == nil {
							before[f] = data
						}
					}
				}
				beforeDirSync = func() { panic(powerCut{}) }
			}
			cutDuring(t, s, g2, seats)
			if !c.renamesOK && len(before) > 0 {
				// The folder was never synced: the disk still has the
				// names as they were.
				for _, f := range []string{AutosaveFile, PrevFile} {
					p := filepath.Join(dir, f)
					if data, ok := before[f]; ok {
						if err := os.WriteFile(p, data, 0o644); err != nil {
							t.Fatal(err)
						}
					} else {
						os.Remove(p)
					}
				}
			}
			l := reboot(t, dir)
			want := g1.Hash()
			if c.wantNew {
				want = g2.Hash()
			}
			if l.Game.Hash() != want {
				t.Errorf("came back at %s, want %s", l.Game.Hash(), want)
			}
		})
	}
}

// A full disk fails the autosave with the disk's error, leaves the last
// good autosave as it was and no half-written file behind, and the next
// autosave, once there is room, works.
func TestAutosaveOnAFullDisk(t *testing.T) {
	s, dir := testStore(t)
	sc := mustScenario(t, "harbour")
	g1, seats := play(t, sc, 3, 4)
	if err := s.Autosave(g1, seats, match.Clock{}); err != nil {
		t.Fatal(err)
	}
	g2, _ := play(t, sc, 3, 9)
	afterWrite = func(string) error { return syscall.ENOSPC }
	err := s.Autosave(g2, seats, match.Clock{})
	afterWrite = nil
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("an autosave on a full disk: %v, want the disk's error", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != AutosaveFile {
			t.Errorf("left behind %s", e.Name())
		}
	}
	if l := reboot(t, dir); l.Game.Hash() != g1.Hash() {
		t.Errorf("after the full disk the game came back at %s, want the last good autosave %s", l.Game.Hash(), g1.Hash())
	}
	if err := s.Autosave(g2, seats, match.Clock{}); err != nil {
		t.Fatalf("with room again the autosave fails: %v", err)
	}
	if l := reboot(t, dir); l.Game.Hash() != g2.Hash() {
		t.Errorf("the autosave after the full disk is not the new game")
	}
}

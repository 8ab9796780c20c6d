package ui

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPickerScreenshots writes screenshots of the scenario picker to the
// folder $BW_PICK_SHOTS, in a real window (run it under Xvfb):
//
//	BW_PICK_SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 3840x2160x24" go test ./game/ui -run TestPickerScreenshots
//
// The New game and class setup screens with the list open (on a --scenario
// file, and on the built-in scenarios alone, the second one focused), with a broken
// file's messages, and closed on a file that was opened, at 1280×720 and
// 1024×768 (and the list at 1920×1080 and at interface 150%).
func TestPickerScreenshots(t *testing.T) {
	dir := os.Getenv("BW_PICK_SHOTS")
	if dir == "" || os.Getenv("DISPLAY") == "" {
		t.Skip("set BW_PICK_SHOTS to a folder and run under Xvfb to take the picker's screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bad, err := filepath.Abs("../../scenarios/testdata/bad/bad_ids.yaml")
	if err != nil {
		t.Fatal(err)
	}
	good, err := filepath.Abs("../../scenarios/testdata/good/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	views := []struct {
		name  string
		setup func(t *testing.T, to Route) *App
	}{
		{"list", func(t *testing.T, to Route) *App {
			a := pickApp(t, to)
			a.ui.SetFocus(picker(t, a).pre + ".scenario")
			tick(a, kNone)
			tick(a, kEnter)
			return a
		}},
		{"builtin", func(t *testing.T, to Route) *App {
			a := builtinApp(t)
			a.route(goTo(to))
			a.ui.ResetFocus()
			tick(a, kNone)
			a.ui.SetFocus(picker(t, a).pre + ".scenario")
			tick(a, kNone)
			tick(a, kEnter)
			tick(a, kDown)
			return a
		}},
		{"broken", func(t *testing.T, to Route) *App {
			a := pickApp(t, to)
			openFileByKeyboard(t, a, bad)
			return a
		}},
		{"opened", func(t *testing.T, to Route) *App {
			a := pickApp(t, to)
			openFileByKeyboard(t, a, good)
			return a
		}},
	}
	type look struct {
		w, h  int
		scale float64
		txt   float64
	}
	var shots []projShot
	for _, to := range []Route{ToNewGame, ToClassSetup} {
		screen := map[Route]string{ToNewGame: "newgame", ToClassSetup: "class"}[to]
		for _, v := range views {
			looks := []look{{1280, 720, 1, 1}, {1024, 768, 1, 1}}
			switch v.name {
			case "list":
				looks = append(looks, look{1920, 1080, 1, 1}, look{1280, 720, 1.5, 1.3})
			case "opened":
				looks = append(looks, look{1280, 720, 1.5, 1.3}, look{1024, 768, 1.25, 1.15})
			}
			for _, lk := range looks {
				setup, to, lk := v.setup, to, lk
				name := "pick-" + screen + "-" + v.name + "-" + itoa(lk.w) + "x" + itoa(lk.h)
				if lk.scale != 1 {
					name += "-ui" + itoa(int(lk.scale*100)) + "-text" + itoa(int(lk.txt*100))
				}
				shots = append(shots, projShot{name, lk.w, lk.h, func(t *testing.T) *App {
					a := setup(t, to)
					a.set.UIScale, a.set.TextSize = lk.scale, lk.txt
					a.applySettings()
					a.fade = 0
					return a
				}})
			}
		}
	}
	takeShots(t, dir, shots)
}

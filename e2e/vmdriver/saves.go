package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"bindingwords/game/save"
)

// A tracePoint is one line of the game's trace: where a game stood.
type tracePoint struct {
	what, round, phase, steps, hash, seats string
}

func (p tracePoint) String() string {
	return fmt.Sprintf("round %s, %s phase, %s moves, state %.12s", p.round, p.phase, p.steps, p.hash)
}

func parseTrace(line string) tracePoint {
	f := strings.Fields(line)
	p := tracePoint{}
	if len(f) > 1 {
		p.what = f[1]
	}
	for _, kv := range f[2:] {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "round":
			p.round = v
		case "phase":
			p.phase = v
		case "steps":
			p.steps = v
		case "hash":
			p.hash = v
		case "seats":
			p.seats = v
		}
	}
	return p
}

// points are the game's trace so far, the phases it went through.
func (d *driver) points() []tracePoint {
	var out []tracePoint
	for _, l := range d.g.traces() {
		out = append(out, parseTrace(l))
	}
	return out
}

// phase is the phase the game is in, from its trace.
func (d *driver) phase() string {
	ps := d.points()
	if len(ps) == 0 {
		return ""
	}
	return ps[len(ps)-1].phase
}

// crashAndResume plays into round 2, lets the game run on its own for a
// moment chosen by -crash-seed (AI moves played out at full speed, so the
// kill may land in the middle of an autosave) and kills it with SIGKILL.
// It then starts the game again, looks at the load list, presses
// Continue, and checks that the game came back at most one phase behind
// where it was killed, with that phase's state hash and the same seats.
func (d *driver) crashAndResume() error {
	rng := rand.New(rand.NewPCG(*crashSeed, 0x5eed))
	extra := rng.IntN(25)
	if _, err := d.playUntil(func() bool {
		if ps := d.points(); len(ps) > 0 && atoi(ps[len(ps)-1].round) >= 2 {
			extra--
		}
		return extra < 0
	}); err != nil {
		return err
	}
	seats := d.points()[0].seats
	// Let the guest play on by itself — input queued ahead, as a class
	// pressing Enter and Space would: pass screens, default moves, polls,
	// AI moves skipped — and kill it from outside while it does, at a
	// moment the driver does not control: between two phases, in the
	// middle of one, or while an autosave is being written.
	played := make(chan struct{})
	go func() {
		defer close(played)
		gs := d.guest
		for range 20 {
			// At a class's pace, roughly: the kill lands in the middle.
			time.Sleep(60 * time.Millisecond)
			for _, k := range []ebiten.Key{ebiten.KeyEnter, ebiten.KeySpace} {
				gs.PressKey(k)
				gs.AdvanceTicks(1)
				if !gs.WaitTicks() {
					return
				}
				gs.ReleaseKey(k)
				gs.AdvanceTicks(24)
				if !gs.WaitTicks() {
					return
				}
			}
		}
	}()
	delay := rng.IntN(1400)
	time.Sleep(time.Duration(delay) * time.Millisecond)
	d.g.kill()
	<-played
	before := d.points()
	atKill := before[len(before)-1]
	d.rep.Crash = &Crash{Seed: *crashSeed, DelayMS: delay, AtKill: atKill.String()}
	d.logf("killed the game at %s", atKill)

	// What a new process would continue from, read independently.
	store, err := save.Open(filepath.Join(*savesDir, "saves"))
	if err != nil {
		return err
	}
	l, err := store.Continue()
	if err != nil {
		return d.failf("after the kill, Continue fails: %v", err)
	}
	onDisk := fmt.Sprint(len(l.Game.Actions()))
	// The trace has a "phase" line when a phase begins and an "autosaved"
	// line when its autosave is complete; count phases, not lines.
	phases := filterPhases(before)
	lost := -1
	for i := len(phases) - 1; i >= 0 && i >= len(phases)-2; i-- {
		if phases[i].steps == onDisk && phases[i].hash == l.Game.Hash() {
			lost = len(phases) - 1 - i
		}
	}
	if lost < 0 {
		return d.failf("the autosave (%s moves, state %.12s) is neither the phase the game was killed in nor the one before: %v",
			onDisk, l.Game.Hash(), phases[max(0, len(phases)-3):])
	}
	d.rep.Crash.PhasesLost = lost

	// A save cut short, as a copy interrupted on a USB stick leaves it:
	// the load list must show it with what is wrong, not hide it.
	if data, err := os.ReadFile(filepath.Join(*savesDir, "saves", save.AutosaveFile)); err == nil {
		_ = os.WriteFile(filepath.Join(*savesDir, "saves", "copied-from-usb.bws"), data[:len(data)*2/3], 0o644)
	}
	// Start the game again.
	g, err := startGuest()
	if err != nil {
		return err
	}
	d.g = g
	if err := d.attach(); err != nil {
		return err
	}
	d.tick(30)
	if err := d.shot("13-title-continue"); err != nil {
		return err
	}
	// The load list: Continue has the focus, Load is two below it.
	d.key(ebiten.KeyArrowDown)
	d.key(ebiten.KeyArrowDown)
	d.key(ebiten.KeyEnter)
	d.tick(30)
	// The list is read in the background, in real time: wait (up to
	// five seconds) for "Reading the saved games…" to give way to it.
	if err := d.frame(); err != nil {
		return err
	}
	reading := append([]byte(nil), d.img.Pix...)
	for range 50 {
		time.Sleep(100 * time.Millisecond)
		d.tick(2)
		if err := d.frame(); err != nil {
			return err
		}
		if string(d.img.Pix) != string(reading) {
			break
		}
	}
	if err := d.shot("14-load"); err != nil {
		return err
	}
	d.scene("load")
	d.key(ebiten.KeyEscape)
	// Continue, with the keyboard: it has the focus again.
	d.key(ebiten.KeyEnter)
	d.tick(30)
	if err := d.shot("15-resumed"); err != nil {
		return err
	}
	d.scene("resumed")
	ps := d.points()
	if len(ps) == 0 || ps[0].what != "resumed" {
		return d.failf("Continue did not resume the game (trace %v)", ps)
	}
	r := ps[0]
	d.rep.Crash.Resumed = r.String()
	if r.steps != onDisk || r.hash != l.Game.Hash() {
		return d.failf("resumed at %s; the autosave holds %s moves, state %.12s", r, onDisk, l.Game.Hash())
	}
	if r.seats != seats {
		return d.failf("resumed with seats %s; the game was played with %s", r.seats, seats)
	}
	if k := d.classify(); k != kTable && k != kPass && k != kPolls {
		return d.failf("after Continue: want the table, a pass screen or the polls, got scene kind %d", k)
	}
	return nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// filterPhases keeps the trace's phase beginnings: the start, a resume and
// each change of round or phase.
func filterPhases(ps []tracePoint) []tracePoint {
	var out []tracePoint
	for _, p := range ps {
		if p.what != "autosaved" {
			out = append(out, p)
		}
	}
	return out
}

// saveAs saves the game under a name through the game menu: Esc opens the
// menu, Down reaches "Save as…", the name is typed over the suggested one.
func (d *driver) saveAs() error {
	if err := d.waitTable(); err != nil {
		return err
	}
	d.key(ebiten.KeyEscape)
	if err := d.shot("16-menu"); err != nil {
		return err
	}
	d.scene("menu")
	// The settings, from the menu, and back (Esc keeps them).
	d.key(ebiten.KeyArrowDown)
	d.key(ebiten.KeyArrowDown)
	d.key(ebiten.KeyEnter)
	if err := d.shot("16-settings"); err != nil {
		return err
	}
	d.scene("settings")
	d.key(ebiten.KeyEscape)
	if err := d.frame(); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(*savesDir, "config", "settings.txt")); err != nil {
		return d.failf("the settings were not kept: %v", err)
	}
	d.key(ebiten.KeyArrowDown)
	d.key(ebiten.KeyEnter)
	for range 60 {
		d.guest.PressKey(ebiten.KeyBackspace)
		d.tick(1)
		d.guest.ReleaseKey(ebiten.KeyBackspace)
		d.tick(1)
	}
	const name = "Lesson 1, group B"
	for _, r := range name {
		d.guest.TypeRune(r)
		d.tick(2)
	}
	d.tick(10)
	if err := d.shot("17-saveas"); err != nil {
		return err
	}
	d.scene("saveas")
	d.key(ebiten.KeyEnter)
	d.tick(20)
	if err := d.shot("18-saved"); err != nil {
		return err
	}
	file := filepath.Join(*savesDir, "saves", save.FileName(name))
	l, err := save.ReadFile(file, nil)
	if err != nil {
		return d.failf("Save as: %v", err)
	}
	if l.Save.Meta.Name != name {
		return d.failf("Save as: the save is named %q, want %q", l.Save.Meta.Name, name)
	}
	d.rep.SavedAs = file
	return nil
}

// waitTable lets AI moves play out until the table (or a pass screen)
// is on screen.
func (d *driver) waitTable() error {
	for range 40 {
		if err := d.frame(); err != nil {
			return err
		}
		switch d.classify() {
		case kTable:
			return nil
		case kPass:
			d.key(ebiten.KeyEnter)
			d.afterPass = true
			continue
		case kPolls:
			d.key(ebiten.KeyEnter)
			continue
		}
		d.tick(30)
	}
	return d.failf("the table never came back")
}

// chooser opens a brief between turns with the mouse and the keyboard:
// the Briefs button on the table's top bar, a delegation in the list, its
// pass screen, then hides it again. The delegation that has the device
// opens its brief at once; the other must pass its own screen first.
func (d *driver) chooser() error {
	if err := d.waitTable(); err != nil {
		return err
	}
	for i := range 2 {
		d.click(d.lw-12-150-10-75, 30)
		if i == 0 {
			if err := d.shot("19-chooser"); err != nil {
				return err
			}
			d.scene("chooser")
		} else {
			d.key(ebiten.KeyArrowDown)
		}
		d.key(ebiten.KeyEnter)
		if err := d.frame(); err != nil {
			return err
		}
		switch d.classify() {
		case kPass:
			d.key(ebiten.KeyEnter)
			if err := d.frame(); err != nil {
				return err
			}
			if k := d.classify(); k != kOther {
				return d.failf("chooser: want the brief after its pass screen, got kind %d", k)
			}
			d.key(ebiten.KeyEnter)
			d.rep.Chooser = true
			d.afterPass = false
			return nil
		case kOther:
			// The brief of the delegation that has the device, at once:
			// hide it and choose the other one.
			d.key(ebiten.KeyEnter)
		default:
			return d.failf("chooser: want a pass screen or a brief, got kind %d", d.classify())
		}
	}
	return d.failf("chooser: no delegation's brief opened behind a pass screen")
}

// export clicks Export on the debrief and checks both files are written
// and are more than a stub.
func (d *driver) export() error {
	// The footer's buttons: Replay, Export, Back to the title.
	d.click(d.lw-32-300-14-120, d.lh-32-26)
	dir := filepath.Join(*savesDir, "Reports")
	// The export is written in the background, in real time.
	for range 300 {
		d.tick(2)
		if m, _ := filepath.Glob(filepath.Join(dir, "*.md")); len(m) > 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	d.tick(10)
	if err := d.shot("21-export"); err != nil {
		return err
	}
	for _, pat := range []string{"*.html", "*.md"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		if len(m) != 1 {
			return d.failf("export: want one %s in %s, found %v", pat, dir, m)
		}
		fi, err := os.Stat(m[0])
		if err != nil || fi.Size() < 5000 {
			return d.failf("export: %s is missing or a stub", m[0])
		}
		d.rep.Exported = append(d.rep.Exported, m[0])
	}
	return nil
}

// replay opens the replay from the debrief and steps through it with the
// keyboard: the start, a few moves and phases on, and the end.
func (d *driver) replay() error {
	d.click(d.lw-32-300-14-240-14-110, d.lh-32-26)
	d.tick(20)
	if err := d.shot("22-replay-start"); err != nil {
		return err
	}
	d.scene("replay")
	for range 3 {
		d.key(ebiten.KeyPageDown)
	}
	for range 4 {
		d.key(ebiten.KeyArrowRight)
	}
	if err := d.shot("23-replay-mid"); err != nil {
		return err
	}
	d.key(ebiten.KeyEnd)
	if err := d.shot("24-replay-end"); err != nil {
		return err
	}
	d.key(ebiten.KeyEscape)
	if err := d.frame(); err != nil {
		return err
	}
	if d.classify() != kDebrief {
		return d.failf("Esc from the replay: want the debrief")
	}
	d.rep.Replay = true
	return nil
}

package main

import (
	"errors"
	"fmt"
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

func (d *driver) play() error {
	if *classRun {
		return d.playClass()
	}
	if err := d.setUp(); err != nil {
		return err
	}
	if *savesDir == "" {
		_, err := d.playUntil(nil)
		if err != nil {
			return err
		}
		return d.debrief()
	}
	if err := d.crashAndResume(); err != nil {
		return err
	}
	if err := d.saveAs(); err != nil {
		return err
	}
	if err := d.chooser(); err != nil {
		return err
	}
	if _, err := d.playUntil(nil); err != nil {
		return err
	}
	if err := d.debrief(); err != nil {
		return err
	}
	if err := d.export(); err != nil {
		return err
	}
	return d.replay()
}

// setUp goes from the title to the table: a new game with the United
// States and Ukraine human, Germany, France and Poland AI, the briefing
// and the two private briefs behind their pass screens.
func (d *driver) setUp() error {
	d.tick(30)
	if err := d.shot("01-title"); err != nil {
		return err
	}
	d.scene("title")
	// Keyboard: New game is focused; Enter opens the set-up screen.
	d.key(ebiten.KeyEnter)
	if err := d.shot("02-newgame"); err != nil {
		return err
	}
	d.scene("newgame")
	// Seats: the US is human by default; make Ukraine human too (two
	// steps left from "AI · normal"), keep Germany, France and Poland as
	// AI, and leave the optional UK and Italy out (two steps right).
	d.key(ebiten.KeyTab)
	d.key(ebiten.KeyTab)
	d.key(ebiten.KeyArrowLeft)
	d.key(ebiten.KeyArrowLeft)
	for range 4 {
		d.key(ebiten.KeyTab)
	}
	d.key(ebiten.KeyArrowRight)
	d.key(ebiten.KeyArrowRight)
	d.key(ebiten.KeyTab)
	d.key(ebiten.KeyArrowRight)
	d.key(ebiten.KeyArrowRight)
	if err := d.shot("03-newgame-seats"); err != nil {
		return err
	}
	// Mouse: the Start button, bottom right.
	d.click(d.lw-32-130, d.lh-32-26)
	if err := d.shot("04-briefing"); err != nil {
		return err
	}
	if d.classify() != kOther {
		return d.failf("after Start: want the public briefing, got scene kind %d", d.classify())
	}
	d.scene("briefing")
	d.key(ebiten.KeyEnter)

	// The private briefs, each behind its pass screen.
	for i := range 2 {
		if err := d.frame(); err != nil {
			return err
		}
		if d.classify() != kPass {
			return d.failf("brief %d: want a pass-the-device screen", i+1)
		}
		d.rep.PassScreens++
		if i == 0 {
			if err := d.shot("05-pass"); err != nil {
				return err
			}
		}
		d.scene("pass")
		// Mouse: the big button in the middle of the pass screen.
		d.click(d.lw/2, d.findButton())
		if err := d.frame(); err != nil {
			return err
		}
		if k := d.classify(); k != kOther {
			return d.failf("brief %d: want the private brief after the pass screen, got kind %d", i+1, k)
		}
		if i == 0 {
			if err := d.shot("06-brief"); err != nil {
				return err
			}
		}
		d.scene("brief")
		d.key(ebiten.KeyEnter)
	}
	return nil
}

// playUntil plays the negotiation: AI moves are skipped with Space, and
// every human turn starts behind a pass screen and is played with the
// keyboard. It returns true at the debrief, or false as soon as stop
// (checked at every step, when not nil) says so.
func (d *driver) playUntil(stop func() bool) (bool, error) {
	var last []byte
	same, stuck := 0, 0
	for step := 0; step < 4000; step++ {
		if stop != nil && stop() {
			return false, nil
		}
		if err := d.frame(); err != nil {
			return false, err
		}
		// A table that no longer changes while Space is pressed is waiting
		// for a human: Enter plays the focused default move.
		if last != nil && string(last) == string(d.img.Pix) {
			same++
		} else {
			same, stuck = 0, 0
		}
		last = append(last[:0], d.img.Pix...)
		if same >= 4 {
			same = 0
			stuck++
			if stuck > 1 {
				// Enter changed nothing: a vote, which starts on the item
				// and has no default ballot. Down to Yes, and Enter.
				d.key(ebiten.KeyArrowDown)
				d.rep.Votes++
				stuck = 0
			}
			d.key(ebiten.KeyEnter)
			continue
		}
		switch d.classify() {
		case kPass:
			d.rep.PassScreens++
			d.scene("pass")
			d.key(ebiten.KeyEnter)
			d.afterPass = true
		case kTable:
			if !d.afterPass {
				if !d.sawAI {
					d.sawAI = true
					if err := d.shot("09-table-ai"); err != nil {
						return false, err
					}
				}
				d.key(ebiten.KeySpace)
				d.tick(30)
				continue
			}
			d.afterPass = false
			d.rep.HumanTurns++
			d.scene("table")
			if err := d.humanTurn(); err != nil {
				return false, err
			}
		case kPolls:
			d.rep.Polls++
			d.scene("polls")
			if d.rep.Polls == 1 {
				if err := d.shot("10-polls"); err != nil {
					return false, err
				}
				// On to the table, checking the cross-fade halfway.
				if err := d.crossFade("10-polls-crossfade"); err != nil {
					return false, err
				}
				continue
			}
			d.key(ebiten.KeyEnter)
		case kNews:
			// A round opens with its news card: read, and on.
			d.rep.News++
			d.scene("news")
			if d.rep.News == 1 {
				if err := d.shot("08-news-card"); err != nil {
					return false, err
				}
			}
			d.key(ebiten.KeyEnter)
		case kDebrief:
			d.rep.Debrief = true
			d.scene("debrief")
			return true, nil
		default:
			// A frame in the middle of a cross-fade is none of the
			// scenes: look again once it is over.
			d.tick(15)
			if err := d.frame(); err != nil {
				return false, err
			}
			if d.classify() != kOther {
				continue
			}
			if d.isResult() {
				d.rep.Results++
				d.scene("result")
				if d.rep.Results == 1 {
					if err := d.shot("09-vote-result"); err != nil {
						return false, err
					}
				}
				d.key(ebiten.KeyEnter)
				continue
			}
			// The signing and ratification result.
			d.scene("ratification")
			if err := d.shot("11-ratification"); err != nil {
				return false, err
			}
			d.key(ebiten.KeyEnter)
		}
	}
	return false, errors.New("the game did not reach the debrief in 4000 steps")
}

// humanTurn plays a human delegation's turn at the table: the first one
// tables an amendment, the first press turn of the saves run makes a
// public commitment, and the others play the focused default move (vote
// yes, pass, no comment, sign, or decline when a red line forbids
// signing).
func (d *driver) humanTurn() error {
	if !d.rep.Amended {
		// Round 1 opens with the United States tabling: amend a clause
		// by its article's number. "2" selects Article 2's first clause
		// and takes the focus to its first other wording; Esc takes that
		// step back (the focus on the clause, the table still on
		// screen, no menu); Enter selects the clause again, Enter picks
		// the wording and Enter tables it.
		if err := d.shot("07-table-human"); err != nil {
			return err
		}
		d.char('2')
		if err := d.shot("07-table-clause"); err != nil {
			return err
		}
		d.key(ebiten.KeyEscape)
		if err := d.frame(); err != nil {
			return err
		}
		if d.classify() != kTable {
			return d.failf("Esc while choosing a wording left the table (kind %d): it must take back one step", d.classify())
		}
		d.rep.EscBack = true
		d.key(ebiten.KeyEnter)
		d.key(ebiten.KeyEnter)
		if err := d.shot("08-table-amend"); err != nil {
			return err
		}
		if err := d.callForSignature(); err != nil {
			return err
		}
		// The amendment is tabled by the Enter that would have taken the
		// call back, had the focus stayed on the toggle.
		d.key(ebiten.KeyEnter)
		d.rep.Amended = true
		return nil
	}
	if *savesDir != "" && !d.rep.Committed && d.phase() == "press" {
		return d.commit()
	}
	d.key(ebiten.KeyEnter)
	return nil
}

// callForSignature calls for signature on the way to tabling: from
// "Table this amendment", Tab past "Pass" to "Call for signature" and
// Enter. The toggle now reads "Withdraw our call", so the focus must have
// left it — for "Table this amendment", the turn's next step — and the
// focus ring must be somewhere else on screen. The test then checks in
// the saved game that the next Enter tabled the amendment rather than
// withdrawing the call.
func (d *driver) callForSignature() error {
	d.key(ebiten.KeyTab)
	d.key(ebiten.KeyTab)
	if err := d.frame(); err != nil {
		return err
	}
	toggle, ok := d.focusBox()
	if !ok {
		return d.failf("call for signature: no focus ring in the action panel")
	}
	d.key(ebiten.KeyEnter)
	if err := d.shot("08-table-called"); err != nil {
		return err
	}
	after, ok := d.focusBox()
	d.rep.CallFocus = [2]string{toggle.String(), after.String()}
	if !ok || after.Overlaps(toggle) {
		return d.failf("after Call for signature the focus ring is at %v, the toggle's place %v: the next Enter would withdraw the call", after, toggle)
	}
	d.rep.Called = true
	return nil
}

// focusBox is the box of the yellow focus ring in the action panel, on
// the right of the table, in window pixels.
func (d *driver) focusBox() (image.Rectangle, bool) {
	focus := rgb(0xf0e442)
	var box image.Rectangle
	found := false
	b := d.img.Bounds()
	x0, y1 := int(880*d.s), int((d.lh-80)*d.s)
	for y := b.Min.Y; y < min(y1, b.Max.Y); y++ {
		for x := x0; x < b.Max.X; x++ {
			if !near(d.img.RGBAAt(x, y), focus, 20) {
				continue
			}
			p := image.Rect(x, y, x+1, y+1)
			if !found {
				box, found = p, true
			} else {
				box = box.Union(p)
			}
		}
	}
	return box, found
}

// commit makes a public commitment in the press phase with the keyboard:
// Shift+Tab back from "No comment" until the focus ring is on a clause of
// the draft, Enter to select it (the focus goes to its wordings), Enter
// to choose the first wording (the focus goes to "We will not sign
// without" it), and Enter to say it.
func (d *driver) commit() error {
	for i := 0; ; i++ {
		if i == 30 {
			return d.failf("press: Shift+Tab never reached a clause of the draft")
		}
		d.shiftTab()
		if err := d.frame(); err != nil {
			return err
		}
		if d.focusInDraft() {
			break
		}
	}
	d.key(ebiten.KeyEnter)
	d.key(ebiten.KeyEnter)
	if err := d.shot("20-press-commit"); err != nil {
		return err
	}
	d.key(ebiten.KeyEnter)
	d.rep.Committed = true
	return nil
}

// focusInDraft reports whether the focus has left the action panel for a
// clause of the draft: no yellow focus ring on the right of the table,
// and a clause outlined in the draft's blue on the paper.
func (d *driver) focusInDraft() bool {
	focus, ink := rgb(0xf0e442), rgb(0x0060a0)
	for y := 0.0; y < d.lh-80; y += 2 {
		for x := 880.0; x < d.lw-4; x += 2 {
			if near(d.px(x, y), focus, 20) {
				return false
			}
		}
	}
	return d.share(340, 80, 860, d.lh-160, ink) > 0.001
}

// debrief clicks through the debrief's tabs.
func (d *driver) debrief() error { return d.debriefAs("12-debrief") }

// debriefAs clicks through the debrief's tabs, with screenshots named
// after name.
func (d *driver) debriefAs(name string) error {
	for i := range 6 {
		// Mouse: each tab of the debrief in turn.
		d.click(32+130, 121+float64(i)*58+25)
		if i == 1 {
			// The scores tab waits for the analysis of the best deal,
			// which the game works out in the background in real time.
			time.Sleep(2 * time.Second)
			d.tick(5)
		}
		if err := d.shot(fmt.Sprintf("%s-%d", name, i)); err != nil {
			return err
		}
	}
	// Back to the first tab, where the checks recognise the debrief.
	d.click(32+130, 121+25)
	return nil
}

// findButton finds the y of the pass screen's primary button by its colour
// along the screen's vertical centre line.
func (d *driver) findButton() float64 {
	prim := rgb(0x0072b2)
	for y := d.lh * 0.3; y < d.lh-20; y += 2 {
		if near(d.px(d.lw/2-150, y), prim, 30) {
			return y + 20
		}
	}
	return d.lh * 0.7
}

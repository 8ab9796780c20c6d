package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

var classRun = flag.Bool("class", false, "host a class from the window: teams join from Chromium by the address the lobby shows, and the teacher runs the game from the projector")

// ClassReport is what the class run saw.
type ClassReport struct {
	URL      string   `json:"url"`
	Teams    []string `json:"teams"`
	Moved    bool     `json:"moved"`
	AISeats  int      `json:"ai_seats"`
	Started  bool     `json:"started"`
	Paused   bool     `json:"paused"`
	Extended int      `json:"extended_seconds"`
	Injected string   `json:"injected"`
	Tabled   bool     `json:"tabled"`
	Decided  string   `json:"decided"`
	Moves    int      `json:"moves"`
	Over     bool     `json:"over"`
}

// playClass is the class run: the teacher hosts a class from the title
// screen, four teams join from their browsers (one picks the wrong
// delegation and the teacher moves it), the teacher gives the three
// delegations nobody took to AI delegates, starts, pauses, gives more
// time, puts a news card on the table, and the class plays to the
// debrief.
func (d *driver) playClass() error {
	rep := &ClassReport{}
	d.rep.Class = rep
	// The mouse rests in a corner, so no tooltip covers the screenshots.
	d.guest.MoveCursor(d.at(d.lw-2, d.lh-2))
	d.tick(30)
	// Keyboard: New game is focused; Load, then Host a class, below it.
	d.key(ebiten.KeyArrowDown)
	d.key(ebiten.KeyArrowDown)
	d.key(ebiten.KeyEnter)
	d.tick(20)
	if err := d.shot("class-setup"); err != nil {
		return err
	}
	d.scene("classsetup")
	// Open the room is focused: one 45-minute lesson, every delegation.
	d.key(ebiten.KeyEnter)
	url, err := d.waitTrace("class", "url", 300)
	if err != nil {
		return err
	}
	code, err := d.waitTrace("class", "code", 10)
	if err != nil {
		return err
	}
	// The room's own address, as the QR code gives it.
	url = strings.TrimSuffix(url, "/") + "/" + code
	rep.URL = url
	d.logf("class: the lobby shows %s", url)
	d.tick(20)
	if err := d.shot("lobby-empty"); err != nil {
		return err
	}
	d.scene("lobby")

	ts, err := openTeams()
	if err != nil {
		return err
	}
	defer ts.close()
	joins := []struct{ party, name string }{
		{"us", "Eagles"}, {"ukraine", "Team Kyiv"}, {"germany", "Bears"},
		// The Roosters pick Poland by mistake; the teacher moves them.
		{"poland", "Roosters"},
	}
	for _, j := range joins {
		if _, err := ts.join(url, j.party, j.name); err != nil {
			return err
		}
		rep.Teams = append(rep.Teams, j.name)
		d.tick(10)
	}
	d.settle(2 * time.Second)
	if err := d.shot("lobby-joined"); err != nil {
		return err
	}
	// The lobby's rows: US, Ukraine, Germany, France, Poland, UK, Italy;
	// the first is focused. Poland's sheet: its team's device to the
	// first empty delegation, France ("Move the whole team").
	for range 4 {
		d.key(ebiten.KeyArrowDown)
	}
	d.key(ebiten.KeyEnter)
	for range 5 {
		d.key(ebiten.KeyTab)
	}
	d.key(ebiten.KeyEnter)
	d.settle(time.Second)
	if err := d.shot("lobby-move"); err != nil {
		return err
	}
	d.key(ebiten.KeyEscape)
	roosters := ts.pages[3]
	if err := waitText(roosters, "France", 10*time.Second); err != nil {
		return fmt.Errorf("the Roosters were not moved to France: %w", err)
	}
	rep.Moved = true
	// Poland, the UK and Italy to AI delegates (the sheet's third level
	// button).
	for i := range 3 {
		if i > 0 {
			d.key(ebiten.KeyArrowDown)
		}
		d.key(ebiten.KeyEnter)
		for range 3 {
			d.key(ebiten.KeyTab)
		}
		d.key(ebiten.KeyEnter)
		d.settle(500 * time.Millisecond)
		d.key(ebiten.KeyEscape)
		rep.AISeats++
	}
	d.settle(time.Second)
	if err := d.shot("lobby"); err != nil {
		return err
	}
	// S starts the game.
	d.char('s')
	d.settle(2 * time.Second)
	eagles := ts.pages[0]
	if err := waitText(eagles, "Round 1", 10*time.Second); err != nil {
		return fmt.Errorf("the game did not start on the teams' pages: %w", err)
	}
	rep.Started = true
	d.scene("projector")
	if err := d.shot("projector-table"); err != nil {
		return err
	}

	// Pause: the teams' pages say so.
	d.char('p')
	if err := waitText(eagles, "Paused by your teacher", 10*time.Second); err != nil {
		return err
	}
	rep.Paused = true
	d.settle(time.Second)
	if err := d.shot("projector-paused"); err != nil {
		return err
	}
	if err := eagles.shot("class-team-paused"); err != nil {
		return err
	}
	// Two minutes more for this round, while it is held.
	before := clockSeconds(eagles)
	d.char('+')
	d.char('+')
	d.settle(time.Second)
	after := clockSeconds(eagles)
	rep.Extended = after - before
	if rep.Extended < 110 {
		return fmt.Errorf("+ + gave %d seconds (clock %d → %d), want two minutes", rep.Extended, before, after)
	}
	d.char('p')
	if err := waitGone(eagles, "Paused by your teacher", 10*time.Second); err != nil {
		return err
	}
	// A news card from the deck: N opens the list (Close first, then the
	// cards); the first card not yet told goes on the table.
	told := newsTold(eagles)
	for i := 1; i <= 4 && rep.Injected == ""; i++ {
		d.char('n')
		for range i {
			d.key(ebiten.KeyTab)
		}
		if i == 1 {
			if err := d.shot("projector-news-chooser"); err != nil {
				return err
			}
		}
		d.key(ebiten.KeyEnter)
		d.settle(time.Second)
		if newsTold(eagles) > told {
			// Told: the chooser has closed itself.
			rep.Injected = fmt.Sprintf("the card at Tab %d", i)
			break
		}
		// Refused (a card already told): Esc closes the chooser.
		d.key(ebiten.KeyEscape)
		d.settle(300 * time.Millisecond)
	}
	if rep.Injected == "" {
		return errors.New("no news card reached the teams")
	}
	if err := d.shot("projector-news"); err != nil {
		return err
	}

	// Round 1: the Eagles table an amendment; everyone else passes.
	if err := eagles.table(); err != nil {
		return err
	}
	rep.Tabled = true
	for _, t := range ts.pages[1:] {
		if _, err := t.move(); err != nil {
			return err
		}
	}
	// The item comes to the vote once the AI delegates have chosen; the
	// teams vote yes.
	for deadline := time.Now().Add(60 * time.Second); rep.Decided == ""; {
		if time.Now().After(deadline) {
			return errors.New("the Eagles' item was never decided")
		}
		for _, t := range ts.pages {
			if _, err := t.move(); err != nil {
				return err
			}
		}
		d.settle(500 * time.Millisecond)
		text := eagles.text()
		switch {
		case strings.Contains(text, "Item 1 (United States) is adopted"):
			rep.Decided = "adopted"
		case strings.Contains(text, "Item 1 fails"):
			rep.Decided = "rejected"
		}
	}
	d.settle(time.Second)
	if err := d.shot("projector-vote-result"); err != nil {
		return err
	}
	if err := eagles.shot("class-team-vote-result"); err != nil {
		return err
	}

	// On to the end: each team plays its simple policy.
	for deadline := time.Now().Add(8 * time.Minute); ; {
		if time.Now().After(deadline) {
			return errors.New("the class did not finish in 8 minutes")
		}
		over := 0
		for _, t := range ts.pages {
			ctl, err := t.move()
			if err != nil {
				return err
			}
			if ctl == "over" {
				over++
			} else if ctl != "" {
				rep.Moves++
			}
		}
		if over == len(ts.pages) {
			break
		}
		d.settle(300 * time.Millisecond)
	}
	rep.Over = true
	d.settle(2 * time.Second)
	// The projector shows the signing and ratification; Enter goes on to
	// the debrief, pressed only once the screen has settled (a cross-fade
	// half-way is neither scene).
	var last []byte
	shotRatification := false
	for range 60 {
		if err := d.frame(); err != nil {
			return err
		}
		if d.classify() == kDebrief {
			d.rep.Debrief = true
			d.scene("debrief")
			break
		}
		if last == nil || string(last) != string(d.img.Pix) {
			last = append(last[:0], d.img.Pix...)
			d.settle(500 * time.Millisecond)
			continue
		}
		if !shotRatification {
			shotRatification = true
			d.scene("ratification")
			if err := d.shot("class-ratification"); err != nil {
				return err
			}
		}
		d.key(ebiten.KeyEnter)
		last = nil
		d.settle(time.Second)
	}
	if !d.rep.Debrief {
		return errors.New("the projector never reached the debrief")
	}
	return d.debriefAs("class-debrief")
}

// char types one character, as the teacher's shortcuts are read.
func (d *driver) char(r rune) {
	d.guest.TypeRune(r)
	d.tick(2)
	d.tick(12)
}

// settle lets the host, which runs in real time, move on for a while,
// with the window ticking all along.
func (d *driver) settle(dur time.Duration) {
	for end := time.Now().Add(dur); time.Now().Before(end); {
		d.tick(3)
		time.Sleep(50 * time.Millisecond)
	}
}

// waitTrace waits, ticking, for a trace line "bindingwords-trace WHAT
// key=value…" and returns the value of key.
func (d *driver) waitTrace(what, key string, ticks int) (string, error) {
	for range ticks {
		for _, l := range d.g.traces() {
			f := strings.Fields(l)
			if len(f) < 2 || f[1] != what {
				continue
			}
			for _, kv := range f[2:] {
				if k, v, _ := strings.Cut(kv, "="); k == key {
					return v, nil
				}
			}
		}
		d.tick(1)
		time.Sleep(10 * time.Millisecond)
	}
	return "", fmt.Errorf("the game never traced %s (%s)", what, key)
}

// waitText waits for a team's page to say something.
func waitText(t *team, s string, within time.Duration) error {
	for end := time.Now().Add(within); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if strings.Contains(t.text(), s) {
			return nil
		}
	}
	return fmt.Errorf("%s's page never said %q; it says: %.300s", t.name, s, t.text())
}

// waitGone waits for a team's page to stop saying something.
func waitGone(t *team, s string, within time.Duration) error {
	for end := time.Now().Add(within); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if !strings.Contains(t.text(), s) {
			return nil
		}
	}
	return fmt.Errorf("%s's page still says %q", t.name, s)
}

// clockSeconds reads the round's countdown off a team's page (m:ss).
func clockSeconds(t *team) int {
	var s string
	if t.eval(`(document.getElementById('b-clock')||{}).textContent||''`, &s) != nil {
		return -1
	}
	var m, sec int
	for _, f := range strings.Fields(s) {
		if n, _ := fmt.Sscanf(f, "%d:%d", &m, &sec); n == 2 {
			return m*60 + sec
		}
	}
	return -1
}

// newsTold counts the news cards a team's page has told in its log.
func newsTold(t *team) int {
	var n int
	if t.eval(`document.querySelectorAll('#l-body li.k-news').length`, &n) != nil {
		return -1
	}
	return n
}

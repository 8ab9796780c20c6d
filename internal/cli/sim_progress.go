package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a bar on stderr during long sim runs, and only on a
// terminal: a bar in a log file or a pipe is noise.
type progress struct {
	w           io.Writer // nil: draw nothing
	start, last time.Time
	shown       bool
}

// The bar appears only once a run has taken a while, and is redrawn at
// most ten times a second.
const (
	progressAfter = 500 * time.Millisecond
	progressEvery = 100 * time.Millisecond
	progressWidth = 30
)

// newProgress returns a bar drawn on stderr if allowed and stderr is a
// terminal (a character device; no dependency needed to tell).
func newProgress(stderr io.Writer, allowed bool) *progress {
	f, ok := stderr.(*os.File)
	if !allowed || !ok {
		return &progress{}
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return &progress{}
	}
	return &progress{w: f, start: time.Now()}
}

// update is the run's [sim.Config.Progress]: done is 0 when the playing
// starts, which starts the clock.
func (p *progress) update(done, total int) {
	if p.w == nil || total == 0 {
		return
	}
	now := time.Now()
	if done == 0 {
		p.start = now
		return
	}
	if now.Sub(p.start) < progressAfter || (now.Sub(p.last) < progressEvery && done < total) {
		return
	}
	p.last, p.shown = now, true
	fill := done * progressWidth / total
	left := time.Duration(float64(now.Sub(p.start)) * float64(total-done) / float64(max(done, 1)))
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d games, %s left ", strings.Repeat("=", fill), strings.Repeat(" ", progressWidth-fill),
		done, total, left.Round(time.Second))
}

// clear removes the bar, so the report starts on a clean line.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", progressWidth+60))
		p.shown = false
	}
}

package ui

import (
	"strings"

	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// A notice is a calm message over the bottom of the screen: an autosave
// that failed, a move the round timer made, a save that was written. It
// goes by itself after a time long enough to read it.
type notice struct {
	text  string
	ticks int
	// key groups notices that extend one another (the timer's passes in
	// one phase), so a later one replaces the earlier.
	key string
}

// show puts up a notice for long enough to read it: five seconds, and a
// second more for every ten words.
func (n *notice) show(key, text string) {
	words := len(strings.Fields(text))
	n.text, n.key, n.ticks = text, key, (5+words/10)*60
}

// tick counts the notice down and reports when it has just gone.
func (n *notice) tick() bool {
	if n.ticks == 0 {
		return false
	}
	n.ticks--
	if n.ticks == 0 {
		n.text, n.key = "", ""
		return true
	}
	return false
}

// notify shows a notice; the screen is rebuilt to show it.
func (a *App) notify(key, text string) {
	a.note.show(key, text)
	a.primed = false
}

// drawNotice draws the current notice, if any, centred near the bottom.
func (a *App) drawNotice(u *widget.UI) {
	if a.note.text == "" {
		return
	}
	th := u.Th
	size := u.Size(theme.Body)
	w := min(860, u.W-2*margin)
	lines := u.Fonts.Wrap(a.note.text, widget.Sans, size, w-40)
	tw := 0.0
	for _, l := range lines {
		tw = max(tw, u.Measure(l, widget.Sans, size))
	}
	bw := tw + 40
	bh := float64(len(lines))*widget.LineHeight(size) + 24
	y := u.H - bh - 96
	if _, ok := a.scene.(*tableScene); ok {
		// On the table: over the news strip at the bottom, for a few
		// seconds, rather than over the draft the class is reading.
		y = u.H - max(bh, 64) - 6 + max(0, 64-bh)/2
	}
	r := widget.R((u.W-bw)/2, y, bw, bh)
	u.Fill(widget.R(r.X+4, r.Y+4, r.W, r.H), th.Overlay)
	u.Fill(r, th.Tooltip)
	u.Fill(widget.R(r.X, r.Y, 6, r.H), th.Accent)
	u.Stroke(r, 1.5, th.Accent)
	for i, l := range lines {
		u.Text(r.X+22, r.Y+12+float64(i)*widget.LineHeight(size), l, widget.Sans, size, th.TooltipText)
	}
}

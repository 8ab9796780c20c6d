package widget

import (
	"unicode"
	"unicode/utf8"

	"bindingwords/game/ui/theme"
)

// TextField draws a one-line text box editing *value and reports whether
// Enter was pressed in it. While it has the focus, typed characters are
// added at the end and Backspace removes the last one; Space types a
// space rather than activating anything. The caret does not blink, so an
// idle screen stays still and costs nothing to draw.
func (u *UI) TextField(id string, r Rect, value *string, maxRunes int, placeholder string) (enter bool) {
	hot, _ := u.InteractRects(id, r, nil)
	th := u.Th
	if u.focus == id {
		changed := false
		for _, c := range u.In.Chars {
			if unicode.IsPrint(c) && utf8.RuneCountInString(*value) < maxRunes {
				*value += string(c)
				changed = true
			}
		}
		if u.In.Backspace && *value != "" {
			_, n := utf8.DecodeLastRuneInString(*value)
			*value = (*value)[:len(*value)-n]
			changed = true
		}
		if changed {
			u.again = true
		}
		enter = u.In.Activate
	}
	bg := th.SurfaceAlt
	if hot && u.focus != id {
		bg = th.ButtonHover
	}
	u.Fill(r, bg)
	u.Stroke(r, 1.5, th.Line)
	size := u.Size(theme.Large)
	ty := r.Y + (r.H-LineHeight(size))/2
	x, w := r.X+14, r.W-28
	shown := *value
	// Keep the end of a long name in view: it is where the typing is.
	for shown != "" && u.Measure(shown, Sans, size) > w-12 {
		_, n := utf8.DecodeRuneInString(shown)
		shown = shown[n:]
	}
	if shown == "" && placeholder != "" {
		u.TextFit(x, ty, w, placeholder, Sans, size, th.TextMuted)
	} else {
		u.Text(x, ty, shown, Sans, size, th.Text)
	}
	if u.focus == id {
		cx := x + u.Measure(shown, Sans, size) + 2
		if shown == "" {
			cx = x
		}
		u.Fill(Rect{cx, ty + 4, 2.5, LineHeight(size) - 8}, th.Accent)
		u.FocusRing(r)
	}
	return enter
}

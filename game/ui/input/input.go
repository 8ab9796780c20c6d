// Package input turns raw keyboard and mouse state into an input
// [Snapshot] of intents. It is the only package of the front end that asks
// Ebitengine about keys and the cursor: scenes and widgets see snapshots,
// which is also what lets tests script the game with plain key presses.
package input

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// A Snapshot is one tick's input, already turned into intents. Cursor
// coordinates are in screen pixels as returned by Layout.
type Snapshot struct {
	Up, Down, Left, Right bool
	// Next and Prev move the keyboard focus (Tab, Shift+Tab).
	Next, Prev bool
	// Activate presses the focused control (Enter).
	Activate bool
	// Space activates the focused control, or skips ahead where a scene
	// is pacing AI moves.
	Space bool
	// Back leaves the current screen (Escape).
	Back bool
	// PageUp, PageDown, Home and End scroll the main pane.
	PageUp, PageDown, Home, End bool
	// Fullscreen toggles full screen (F11).
	Fullscreen bool
	// Help opens the help overlay where a screen has one (F1).
	Help bool
	// Chars are the characters typed this tick, for text fields; Backspace
	// deletes (with auto-repeat).
	Chars     []rune
	Backspace bool

	X, Y float64
	// Moved reports that the cursor moved since the last tick.
	Moved bool
	// Click is a left button press this tick; Held is the button being down.
	Click, Held bool
	// WheelY is the vertical wheel movement (positive scrolls up).
	WheelY float64
}

// Any reports whether anything happened this tick.
func (s Snapshot) Any() bool {
	return s.Up || s.Down || s.Left || s.Right || s.Next || s.Prev || s.Activate || s.Space || s.Back ||
		s.PageUp || s.PageDown || s.Home || s.End || s.Fullscreen || s.Help || s.Moved || s.Click || s.WheelY != 0 ||
		len(s.Chars) > 0 || s.Backspace
}

// Reader reads snapshots; it remembers the cursor to report moves.
type Reader struct {
	x, y  int
	first bool
	held  bool
	chars []rune
}

// repeat reports a key press with auto-repeat after a short delay, so held
// arrows scroll and move the focus steadily.
func repeat(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d >= 24 && (d-24)%5 == 0)
}

// Read takes this tick's snapshot.
func (r *Reader) Read() Snapshot {
	var s Snapshot
	shift := ebiten.IsKeyPressed(ebiten.KeyShift)
	tab := repeat(ebiten.KeyTab)
	s.Next = tab && !shift
	s.Prev = tab && shift
	s.Up = repeat(ebiten.KeyArrowUp)
	s.Down = repeat(ebiten.KeyArrowDown)
	s.Left = repeat(ebiten.KeyArrowLeft)
	s.Right = repeat(ebiten.KeyArrowRight)
	s.Activate = inpututil.IsKeyJustPressed(ebiten.KeyEnter) || inpututil.IsKeyJustPressed(ebiten.KeyNumpadEnter)
	s.Space = inpututil.IsKeyJustPressed(ebiten.KeySpace)
	s.Back = inpututil.IsKeyJustPressed(ebiten.KeyEscape)
	s.PageUp = repeat(ebiten.KeyPageUp)
	s.PageDown = repeat(ebiten.KeyPageDown)
	s.Home = inpututil.IsKeyJustPressed(ebiten.KeyHome)
	s.End = inpututil.IsKeyJustPressed(ebiten.KeyEnd)
	s.Fullscreen = inpututil.IsKeyJustPressed(ebiten.KeyF11)
	s.Help = inpututil.IsKeyJustPressed(ebiten.KeyF1)
	s.Backspace = repeat(ebiten.KeyBackspace)
	r.chars = ebiten.AppendInputChars(r.chars[:0])
	if len(r.chars) > 0 {
		s.Chars = r.chars
	}

	x, y := ebiten.CursorPosition()
	s.X, s.Y = float64(x), float64(y)
	s.Moved = r.first && (x != r.x || y != r.y)
	r.x, r.y, r.first = x, y, true
	s.Click = inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft)
	s.Held = ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	if s.Held != r.held {
		// A release changes what a pressed button looks like.
		s.Moved = true
	}
	r.held = s.Held
	_, s.WheelY = ebiten.Wheel()
	return s
}

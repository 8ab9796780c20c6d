// Package widget is the front end's small immediate-mode toolkit. A
// scene's Update describes the screen by calling [UI] methods (buttons,
// text, scroll panes); the calls handle the input snapshot at once and
// record a display list, which Draw only replays. The display list is
// hashed, so the game can skip drawing whenever a tick changes nothing
// visible.
package widget

import (
	"hash/fnv"
	"image/color"
	"math"

	"bindingwords/game/ui/input"
	"bindingwords/game/ui/theme"
)

type opKind uint8

const (
	opFill opKind = iota
	opStroke
	opText
	opClip
	opUnclip
	opLine
	opCircle
)

type op struct {
	k    opKind
	r    Rect // for lines: X,Y to X+W,Y+H
	c    color.RGBA
	w    float64
	s    string
	f    Font
	size float64
}

type scrollFrame struct {
	id      string
	view    Rect
	offset  float64
	clipIdx int
}

// UI is the toolkit's state between ticks: focus, hover, scroll offsets
// and the display list of the last built frame.
type UI struct {
	Th    *theme.Theme
	Fonts *Fonts
	// In is this tick's input, with the cursor in logical pixels.
	In input.Snapshot
	// W and H are the logical screen size.
	W, H float64
	// TextScale multiplies every text size (the text-size setting).
	TextScale float64
	// SpaceSkips makes Space skip ahead instead of activating controls.
	SpaceSkips bool

	ops []op
	// shown is the frame built before the one being built: what the
	// screen shows until End.
	shown     []op
	order     []string
	lastOrder []string
	focus     string
	hover     string
	lastHover string
	keyMoved  bool
	activated bool
	clips     []Rect
	scroll    map[string]float64
	content   map[string]float64
	frames    []scrollFrame
	hovered   string // scroll pane under the cursor
	// clicked is the control a click landed on last tick: the topmost one
	// under the cursor, known only once the frame is laid out, so it is
	// activated on the next tick. A tap with no hover before it works too.
	clicked   string
	lastPane  string
	firstPane string
	tipText   string
	tipAnchor Rect
	tipSet    bool
	again     bool
	hash      uint64
	// Keyboard tells whether the player last used the keyboard, to place
	// tooltips for the focused control rather than the cursor.
	keyboard bool
	// stepped is set once the player has moved the focus with a key on
	// this screen: only then does the focused control show its tooltip,
	// so a screen never opens with a tip over what the class should read.
	stepped bool
	// reveal scrolls the focused control into view when it is next laid
	// out, after a [UI.SetFocus].
	reveal bool
	// atStart and atEnd record, per scroll pane, that it is scrolled to
	// its top or its bottom: there the arrows leave a focused pane for
	// the next control instead of scrolling it, so Down never gets stuck
	// in a pane on its way through a screen.
	atStart, atEnd map[string]bool
	// focusRect is where the focused control was laid out this frame,
	// and focusClip the part of the screen it could be seen in.
	focusRect, focusClip Rect
}

// NewUI returns a toolkit drawing with th and fonts.
func NewUI(th *theme.Theme, fonts *Fonts) *UI {
	return &UI{Th: th, Fonts: fonts, TextScale: 1, scroll: map[string]float64{}, content: map[string]float64{},
		atStart: map[string]bool{}, atEnd: map[string]bool{}}
}

// Begin starts a frame of size w×h with input in.
func (u *UI) Begin(in input.Snapshot, w, h float64) {
	u.In, u.W, u.H = in, w, h
	u.shown, u.ops = u.ops, u.shown[:0]
	u.lastOrder, u.order = u.order, u.lastOrder[:0]
	u.lastHover, u.hover = u.hover, ""
	u.lastPane, u.hovered = u.hovered, ""
	u.firstPane = ""
	u.activated = false
	u.keyMoved = false
	u.tipSet = false
	u.again = false
	u.clips = u.clips[:0]
	u.frames = u.frames[:0]
	u.focusRect, u.focusClip = Rect{}, Rect{}
	if in.Next || in.Prev || in.Up || in.Down || in.Activate {
		u.keyboard = true
	}
	if in.Moved || in.Click {
		u.keyboard = false
	}
	step := 0
	switch {
	case in.Next:
		step = 1
	case in.Prev:
		step = -1
	case in.Down && (!u.focusIsPane() || u.atEnd[u.focus]):
		step = 1
	case in.Up && (!u.focusIsPane() || u.atStart[u.focus]):
		step = -1
	}
	if step != 0 && len(u.lastOrder) > 0 {
		i := indexOf(u.lastOrder, u.focus)
		switch {
		case i < 0 && step > 0:
			i = 0
		case i < 0:
			i = len(u.lastOrder) - 1
		default:
			i = (i + step + len(u.lastOrder)) % len(u.lastOrder)
		}
		u.focus = u.lastOrder[i]
		u.keyMoved = true
		u.stepped = true
	}
}

func (u *UI) focusIsPane() bool {
	_, ok := u.content[u.focus]
	return ok && len(u.focus) > 0 && u.focus[0] == '#'
}

func indexOf(ids []string, id string) int {
	for i, s := range ids {
		if s == id {
			return i
		}
	}
	return -1
}

// End finishes the frame: tooltips go on top, and the frame is hashed.
func (u *UI) End() {
	if u.focus != "" && indexOf(u.order, u.focus) < 0 && len(u.order) > 0 {
		// The focused control is gone (the screen changed): focus the
		// first one so the keyboard always has somewhere to start.
		u.focus = u.order[0]
		u.again = true
	}
	if u.focus == "" && len(u.order) > 0 {
		u.focus = u.order[0]
		u.again = true
	}
	u.clicked = ""
	if u.In.Click && u.hover != "" {
		u.clicked = u.hover
		u.again = true
	}
	if u.tipSet {
		u.drawTip()
	}
	h := fnv.New64a()
	var buf [8]byte
	put := func(f float64) {
		b := math.Float64bits(f)
		for i := range buf {
			buf[i] = byte(b >> (8 * i))
		}
		h.Write(buf[:])
	}
	for i := range u.ops {
		o := &u.ops[i]
		h.Write([]byte{byte(o.k), o.c.R, o.c.G, o.c.B, o.c.A, byte(o.f)})
		put(o.r.X)
		put(o.r.Y)
		put(o.r.W)
		put(o.r.H)
		put(o.w)
		put(o.size)
		h.Write([]byte(o.s))
	}
	u.hash = h.Sum64()
}

// Texts lists the text drawn in the last frame, in order: what a player
// can read on screen, for tests.
func (u *UI) Texts() []string {
	var out []string
	for i := range u.ops {
		if u.ops[i].k == opText {
			out = append(out, u.ops[i].s)
		}
	}
	return out
}

// A TextBox is a piece of text of the last frame and the part of the
// screen it shows in: its line box cut to the clip it was drawn in.
type TextBox struct {
	S string
	R Rect
	// Full is the text's whole width, before any clip: wider than R
	// when the clip cuts the text at its side.
	Full float64
}

// TextBoxes lists the text of the last frame that shows on screen (not
// clipped away) with where it shows, in drawing order: for tests that
// check nothing is drawn over anything else.
func (u *UI) TextBoxes() []TextBox {
	var out []TextBox
	clip := Rect{0, 0, u.W, u.H}
	for i := range u.ops {
		o := &u.ops[i]
		switch o.k {
		case opClip, opUnclip:
			clip = o.r
		case opText:
			full := u.Measure(o.s, o.f, o.size)
			r := Rect{o.r.X, o.r.Y, full, LineHeight(o.size)}.Intersect(clip)
			if r.W > 0 && r.H > 0 {
				out = append(out, TextBox{o.s, r, full})
			}
		}
	}
	return out
}

// Hash identifies what the last frame shows.
func (u *UI) Hash() uint64 { return u.hash }

// Again reports whether the UI needs another tick even with no input: a
// focus or scroll change that settles next frame.
func (u *UI) Again() bool { return u.again }

// RequestAgain asks for another tick, for animations.
func (u *UI) RequestAgain() { u.again = true }

// FocusShown reports whether the focused control lay wholly in sight in
// the last frame (not scrolled out of its pane, nor off the screen): what
// a player using the keyboard must always be able to see.
func (u *UI) FocusShown() bool {
	r, c := u.focusRect, u.focusClip
	return indexOf(u.order, u.focus) >= 0 && r.X >= c.X-0.5 && r.Y >= c.Y-0.5 && r.Right() <= c.Right()+0.5 && r.Bottom() <= c.Bottom()+0.5
}

// Focus is the id of the focused control.
func (u *UI) Focus() string { return u.focus }

// DefaultFocus focuses id if nothing has the focus yet (a new screen).
func (u *UI) DefaultFocus(id string) {
	if u.focus == "" {
		u.focus = id
	}
}

// SetFocus focuses the control with id and scrolls it into view.
func (u *UI) SetFocus(id string) { u.focus, u.reveal = id, true }

// QuietTips hides the focused control's tooltip until the player next
// moves the focus with a key: for a screen that stays while what it asks
// changes (a new turn at the table), as a new screen would.
func (u *UI) QuietTips() { u.stepped = false }

// ResetFocus forgets focus, hover and scrolling, for a new screen.
func (u *UI) ResetFocus() {
	u.focus, u.hover, u.lastHover = "", "", ""
	u.stepped = false
	u.order = u.order[:0]
	u.scroll = map[string]float64{}
	u.content = map[string]float64{}
	clear(u.atStart)
	clear(u.atEnd)
}

// Hovered reports whether the cursor was over control id last frame.
func (u *UI) Hovered(id string) bool { return u.lastHover == id && !u.keyboard }

// Focused reports whether control id has the keyboard focus.
func (u *UI) Focused(id string) bool { return u.focus == id }

// clip is the current clipping rectangle (the screen if none).
func (u *UI) clip() Rect {
	if len(u.clips) == 0 {
		return Rect{0, 0, u.W, u.H}
	}
	return u.clips[len(u.clips)-1]
}

// Interact registers a focusable control covering r and reports whether
// it is hot (hovered or focused) and whether it was activated this tick by
// a click, Enter or Space.
func (u *UI) Interact(id string, r Rect) (hot, activated bool) {
	return u.InteractRects(id, r, nil)
}

// InteractRects is [UI.Interact] for a control made of several pieces,
// such as a clause wrapped over lines: r is the first piece, more the rest.
func (u *UI) InteractRects(id string, r Rect, more []Rect) (hot, activated bool) {
	u.order = append(u.order, id)
	clip := u.clip()
	vis := r.Intersect(clip)
	over := vis.W > 0 && vis.H > 0 && vis.Contains(u.In.X, u.In.Y)
	for _, m := range more {
		v := m.Intersect(clip)
		over = over || (v.W > 0 && v.H > 0 && v.Contains(u.In.X, u.In.Y))
	}
	if over {
		u.hover = id
	}
	if u.focus == id {
		u.focusRect, u.focusClip = r, clip
	}
	if u.focus == id && (u.keyMoved || u.reveal) {
		u.reveal = false
		u.scrollIntoView(r)
	}
	if !u.activated {
		if u.clicked == id {
			u.focus = id
			activated = true
		} else if u.focus == id && (u.In.Activate || (u.In.Space && !u.SpaceSkips)) {
			activated = true
		}
		u.activated = activated
		if activated {
			// The control was drawn before the scene reacts to it: build
			// the frame once more so the screen shows the new state.
			u.again = true
		}
	}
	hot = (over && !u.keyboard) || u.focus == id
	return hot, activated
}

// Reveal scrolls the pane being laid out, if any, so that r shows: for a
// part of the content that matters now without having the focus (the
// clause a delegation is working on while the focus is on its wordings).
func (u *UI) Reveal(r Rect) { u.scrollIntoView(r) }

func (u *UI) scrollIntoView(r Rect) {
	if len(u.frames) == 0 {
		return
	}
	f := &u.frames[len(u.frames)-1]
	off := u.scroll[f.id]
	switch {
	case r.Y < f.view.Y:
		off -= f.view.Y - r.Y + 8
	case r.Bottom() > f.view.Bottom():
		off += r.Bottom() - f.view.Bottom() + 8
	default:
		return
	}
	u.scroll[f.id] = max(0, off)
	u.again = true
}

// Fill paints r with c.
func (u *UI) Fill(r Rect, c color.RGBA) { u.ops = append(u.ops, op{k: opFill, r: r, c: c}) }

// Stroke outlines r with a line of width w.
func (u *UI) Stroke(r Rect, w float64, c color.RGBA) {
	u.ops = append(u.ops, op{k: opStroke, r: r, c: c, w: w})
}

// Line draws a line from (x0, y0) to (x1, y1).
func (u *UI) Line(x0, y0, x1, y1, w float64, c color.RGBA) {
	u.ops = append(u.ops, op{k: opLine, r: Rect{x0, y0, x1 - x0, y1 - y0}, c: c, w: w})
}

// Dot draws a filled circle.
func (u *UI) Dot(x, y, radius float64, c color.RGBA) {
	u.ops = append(u.ops, op{k: opCircle, r: Rect{x, y, radius, radius}, c: c})
}

// Size is a text size scaled by the text-size setting.
func (u *UI) Size(size float64) float64 { return math.Round(size*u.TextScale*2) / 2 }

// LineH is the line height of text at a (scaled) size.
func (u *UI) LineH(size float64) float64 { return LineHeight(size) }

// Text draws one line of text with its line box's top-left at (x, y).
// size is already scaled (see [UI.Size]).
func (u *UI) Text(x, y float64, s string, f Font, size float64, c color.RGBA) {
	if s == "" {
		return
	}
	u.ops = append(u.ops, op{k: opText, r: Rect{x, y, 0, 0}, c: c, s: s, f: f, size: size})
}

// Measure is the width of s.
func (u *UI) Measure(s string, f Font, size float64) float64 { return u.Fonts.Measure(s, f, size) }

// TextRight draws s right-aligned to x.
func (u *UI) TextRight(x, y float64, s string, f Font, size float64, c color.RGBA) {
	u.Text(x-u.Measure(s, f, size), y, s, f, size, c)
}

// TextCenter draws s centred on x.
func (u *UI) TextCenter(x, y float64, s string, f Font, size float64, c color.RGBA) {
	u.Text(x-u.Measure(s, f, size)/2, y, s, f, size, c)
}

// TextFit draws s on one line, shortened with an ellipsis to fit width.
func (u *UI) TextFit(x, y, width float64, s string, f Font, size float64, c color.RGBA) {
	u.Text(x, y, u.Fonts.Fit(s, f, size, width), f, size, c)
}

// Para draws s wrapped to width and returns the height it took.
func (u *UI) Para(x, y, width float64, s string, f Font, size float64, c color.RGBA) float64 {
	lh := LineHeight(size)
	lines := u.Fonts.Wrap(s, f, size, width)
	clip := u.clip()
	for i, l := range lines {
		ly := y + float64(i)*lh
		if ly+lh < clip.Y || ly > clip.Bottom() {
			continue // off screen in a scroll pane: skip the op
		}
		u.Text(x, ly, l, f, size, c)
	}
	return float64(len(lines)) * lh
}

// ParaHeight is the height Para would take.
func (u *UI) ParaHeight(width float64, s string, f Font, size float64) float64 {
	return float64(len(u.Fonts.Wrap(s, f, size, width))) * LineHeight(size)
}

// FocusRing outlines r in the focus colour.
func (u *UI) FocusRing(r Rect) { u.Stroke(r.Inset(-3), 3, u.Th.Focus) }

// TipFor shows a tooltip for control id when the cursor is over it, or
// when it has the focus and the player is using the keyboard.
func (u *UI) TipFor(id string, anchor Rect, text string) {
	if (u.hover == id && !u.keyboard) || (u.focus == id && u.keyboard && u.stepped) {
		u.Tip(anchor, text)
	}
}

// Tip shows text in a tooltip next to anchor. Call it for the hot control.
func (u *UI) Tip(anchor Rect, text string) {
	if text == "" {
		return
	}
	u.tipText, u.tipAnchor, u.tipSet = text, anchor, true
}

func (u *UI) drawTip() {
	size := u.Size(theme.Small)
	w := min(460, u.W-32)
	lines := u.Fonts.Wrap(u.tipText, Sans, size, w-24)
	tw := 0.0
	for _, l := range lines {
		tw = max(tw, u.Measure(l, Sans, size))
	}
	bw, bh := tw+24, float64(len(lines))*LineHeight(size)+16
	a := u.tipAnchor
	// Beside the focused control, so the tip never hides its neighbours in
	// a list; under the cursor for the mouse.
	x, y := a.Right()+10, a.Y
	if x+bw > u.W-8 {
		x = a.X - bw - 10
	}
	if x < 8 {
		x, y = a.X, a.Bottom()+8
	}
	if !u.keyboard {
		x, y = u.In.X+16, u.In.Y+22
		if y+bh > u.H-8 {
			y = u.In.Y - bh - 8
		}
	}
	if y+bh > u.H-8 {
		y = u.H - 8 - bh
	}
	if y < 8 {
		y = 8
	}
	x = max(8, min(x, u.W-bw-8))
	r := Rect{x, y, bw, bh}
	saved := u.clips
	u.clips = nil
	u.Fill(r, u.Th.Tooltip)
	u.Stroke(r, 1.5, u.Th.Accent)
	for i, l := range lines {
		u.Text(x+12, y+8+float64(i)*LineHeight(size), l, Sans, size, u.Th.TooltipText)
	}
	u.clips = saved
}

// PushClip restricts drawing and hit-testing to r.
func (u *UI) PushClip(r Rect) {
	r = r.Intersect(u.clip())
	u.clips = append(u.clips, r)
	u.ops = append(u.ops, op{k: opClip, r: r})
}

// PopClip undoes the last PushClip.
func (u *UI) PopClip() {
	u.clips = u.clips[:len(u.clips)-1]
	r := Rect{0, 0, u.W, u.H}
	if len(u.clips) > 0 {
		r = u.clips[len(u.clips)-1]
	}
	u.ops = append(u.ops, op{k: opUnclip, r: r})
}

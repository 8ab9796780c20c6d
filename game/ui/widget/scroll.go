package widget

// ScrollbarW is the width a scroll pane keeps free at its right edge for
// its scroll bar.
const ScrollbarW = 16

// BeginScroll starts a scrolling pane showing view and returns the y at
// which its content starts. Content drawn until [UI.EndScroll] is clipped
// to view. The wheel scrolls the pane under the cursor; Page Up, Page Down,
// Home and End scroll it (or the screen's first pane); a pane whose content
// overflows takes the keyboard focus in turn, and then the arrows scroll it.
func (u *UI) BeginScroll(id string, view Rect) float64 {
	pid := "#" + id
	content := u.content[pid]
	maxOff := max(0, content-view.H)
	off := u.scroll[pid]
	over := view.Intersect(u.clip()).Contains(u.In.X, u.In.Y)
	if over {
		u.hovered = pid
	}
	if u.firstPane == "" {
		u.firstPane = pid
	}
	target := u.lastPane == pid || u.focus == pid || (u.lastPane == "" && u.firstPane == pid)
	if over && u.In.WheelY != 0 {
		off -= u.In.WheelY * 60
	}
	if target {
		page := view.H - 60
		switch {
		case u.In.PageDown:
			off += page
		case u.In.PageUp:
			off -= page
		case u.In.Home:
			off = 0
		case u.In.End:
			off = maxOff
		}
	}
	if maxOff > 0 {
		u.order = append(u.order, pid)
		if u.focus == pid {
			if u.In.Down {
				off += 48
			}
			if u.In.Up {
				off -= 48
			}
		}
	}
	off = min(max(off, 0), maxOff)
	u.scroll[pid] = off
	u.atStart[pid], u.atEnd[pid] = off <= 0, off >= maxOff-0.5
	u.frames = append(u.frames, scrollFrame{id: pid, view: view, offset: off, clipIdx: len(u.clips)})
	u.PushClip(view)
	return view.Y - off
}

// EndScroll ends the pane begun last; contentBottom is the y just below
// its content, so the pane knows how far it can scroll.
func (u *UI) EndScroll(contentBottom float64) {
	f := u.frames[len(u.frames)-1]
	u.frames = u.frames[:len(u.frames)-1]
	u.PopClip()
	h := contentBottom - (f.view.Y - f.offset)
	if h != u.content[f.id] {
		u.content[f.id] = h
		u.again = true
	}
	if h <= f.view.H+0.5 {
		return
	}
	// The scroll bar: a track and a thumb sized to the visible share.
	v := f.view
	track := Rect{v.Right() - ScrollbarW + 5, v.Y + 4, 7, v.H - 8}
	u.Fill(track, u.Th.Line)
	th := max(30, track.H*v.H/h)
	ty := track.Y + (track.H-th)*f.offset/(h-v.H)
	u.Fill(Rect{track.X - 1, ty, 9, th}, u.Th.Accent)
	if u.focus == f.id {
		u.FocusRing(v)
	}
}

// ScrollTo sets a pane's scroll offset (0 is the top).
func (u *UI) ScrollTo(id string, off float64) { u.scroll["#"+id] = off }

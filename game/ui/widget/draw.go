package widget

import (
	"image"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"
)

// Draw replays the last frame's display list onto dst at scale s (logical
// to physical pixels). It only reads the UI.
func (u *UI) Draw(dst *ebiten.Image, s float64) { u.drawOps(dst, s, u.ops) }

// A Frame is a copy of a built frame's display list, kept to draw again
// later: the scene a cross-fade fades out of.
type Frame struct{ ops []op }

// Frame copies the last built frame.
func (u *UI) Frame() *Frame { return &Frame{ops: append([]op(nil), u.ops...)} }

// Shown copies the frame built before the one being built, which the
// screen still shows: a scene that decides to leave before drawing
// anything has built a blank frame, and a cross-fade must start from what
// the players saw.
func (u *UI) Shown() *Frame { return &Frame{ops: append([]op(nil), u.shown...)} }

// DrawFrame replays a kept frame onto dst at scale s.
func (u *UI) DrawFrame(dst *ebiten.Image, s float64, f *Frame) { u.drawOps(dst, s, f.ops) }

func (u *UI) drawOps(dst *ebiten.Image, s float64, ops []op) {
	target := dst
	f32 := func(v float64) float32 { return float32(v * s) }
	for i := range ops {
		o := &ops[i]
		switch o.k {
		case opFill:
			x0, y0 := math.Round(o.r.X*s), math.Round(o.r.Y*s)
			x1, y1 := math.Round(o.r.Right()*s), math.Round(o.r.Bottom()*s)
			vector.FillRect(target, float32(x0), float32(y0), float32(x1-x0), float32(y1-y0), o.c, false)
		case opStroke:
			vector.StrokeRect(target, f32(o.r.X), f32(o.r.Y), f32(o.r.W), f32(o.r.H), f32(o.w), o.c, true)
		case opLine:
			vector.StrokeLine(target, f32(o.r.X), f32(o.r.Y), f32(o.r.Right()), f32(o.r.Bottom()), f32(o.w), o.c, true)
		case opCircle:
			vector.FillCircle(target, f32(o.r.X), f32(o.r.Y), f32(o.r.W), o.c, true)
		case opClip, opUnclip:
			r := image.Rect(int(math.Floor(o.r.X*s)), int(math.Floor(o.r.Y*s)), int(math.Ceil(o.r.Right()*s)), int(math.Ceil(o.r.Bottom()*s)))
			target = dst.SubImage(r).(*ebiten.Image)
		case opText:
			face := u.Fonts.face(o.f, o.size)
			m := face.Metrics()
			lh := LineHeight(o.size) * s
			dy := (lh - (m.HAscent + m.HDescent)) / 2
			var opts text.DrawOptions
			opts.GeoM.Translate(math.Round(o.r.X*s), math.Round(o.r.Y*s+dy))
			opts.ColorScale.ScaleWithColor(o.c)
			text.Draw(target, o.s, face, &opts)
		}
	}
}

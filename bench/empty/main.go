// Command empty is the benchmark's baseline: an Ebitengine program that
// does nothing but draw one line of text with text/v2 and one font, with
// the same skip-draw technique as the game. scripts/bench.sh measures the
// game against it.
package main

import (
	"bytes"
	"image/color"
	"log"
	"os"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"bindingwords/assets"
)

type game struct {
	face  text.Face
	drawn bool
}

func (g *game) Update() error { return nil }

func (g *game) Draw(screen *ebiten.Image) {
	if g.drawn {
		return // the screen keeps the last frame
	}
	g.drawn = true
	screen.Fill(color.RGBA{0x1b, 0x22, 0x30, 0xff})
	op := &text.DrawOptions{}
	op.GeoM.Translate(40, 40)
	text.Draw(screen, "Binding Words", g.face, op)
}

func (g *game) Layout(w, h int) (int, int) { return w, h }

func main() {
	b, err := assets.Read(assets.SansRegular)
	if err != nil {
		log.Fatal(err)
	}
	src, err := text.NewGoTextFaceSource(bytes.NewReader(b))
	if err != nil {
		log.Fatal(err)
	}
	ebiten.SetScreenClearedEveryFrame(false)
	ebiten.SetWindowSize(1280, 720)
	ebiten.SetWindowTitle("empty")
	if err := ebiten.RunGame(&game{face: &text.GoTextFace{Source: src, Size: 20}}); err != nil {
		log.Println(err)
		os.Exit(1)
	}
}

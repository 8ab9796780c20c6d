package widget

import (
	"testing"

	"bindingwords/game/ui/input"
	"bindingwords/game/ui/theme"
)

// In high contrast a button's fill is the screen's black, so it must be
// outlined or it reads as plain text; a choice row too. The standard
// theme's buttons stand out by their fill.
func TestHighContrastButtonsHaveEdges(t *testing.T) {
	fonts, err := LoadFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range []*theme.Theme{theme.Standard(), theme.HighContrast()} {
		u := NewUI(th, fonts)
		u.TextScale = 1
		u.Begin(input.Snapshot{}, 1280, 720)
		u.Button("b", R(10, 10, 200, 50), "Pass", ButtonStyle{})
		u.Choice("c", R(10, 80, 400, 50), "Text size", "100%", "", nil)
		u.WrapButton("w", R(10, 150, 400, 50), "A wording", ButtonStyle{})
		u.End()
		for _, r := range []Rect{R(10, 10, 200, 50), R(10, 80, 400, 50), R(10, 150, 400, 50)} {
			var fill, edge bool
			for _, o := range u.ops {
				if o.r != r {
					continue
				}
				fill = fill || o.k == opFill && o.c != th.Bg
				edge = edge || o.k == opStroke && o.c != th.Bg
			}
			if !fill && !edge {
				t.Errorf("the control at %v is neither filled nor outlined apart from the screen (%v)", r, th.Bg)
			}
		}
	}
}

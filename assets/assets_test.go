package assets

import "testing"

func TestEveryFontIsEmbedded(t *testing.T) {
	for _, name := range []string{SansRegular, SansBold, SerifRegular, SerifBold, SerifItalic, Math, Symbols, "fonts/OFL.txt"} {
		b, err := Read(name)
		if err != nil || len(b) < 1000 {
			t.Errorf("%s: %d bytes, %v", name, len(b), err)
		}
	}
}

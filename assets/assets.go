// Package assets holds the files the game embeds: fonts (with their
// licence). It only hands out bytes; decoding belongs to the front end,
// which reports errors instead of dying in init.
package assets

import "embed"

//go:embed fonts/*.ttf fonts/OFL.txt
var files embed.FS

// The font files, by role.
const (
	SansRegular  = "fonts/NotoSans-Regular.ttf"
	SansBold     = "fonts/NotoSans-Bold.ttf"
	SerifRegular = "fonts/NotoSerif-Regular.ttf"
	SerifBold    = "fonts/NotoSerif-Bold.ttf"
	SerifItalic  = "fonts/NotoSerif-Italic.ttf"
	// Math and Symbols hold the arrows, minus sign, check marks and
	// triangles Noto Sans lacks; the front end uses them as fallbacks.
	Math    = "fonts/NotoSansMath-Regular.ttf"
	Symbols = "fonts/NotoSansSymbols2-Regular.ttf"
)

// Read returns the bytes of an embedded file, such as [SansRegular].
func Read(name string) ([]byte, error) { return files.ReadFile(name) }

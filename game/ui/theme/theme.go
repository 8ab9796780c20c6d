// Package theme holds the front end's colours and type sizes: a calm
// standard theme and a high-contrast one, both with a colour-blind-safe
// palette for the delegations.
package theme

import (
	"image/color"
	"strconv"

	"bindingwords/game/rules"
)

// A Theme is every colour and size the widgets and scenes draw with.
type Theme struct {
	Bg, Surface, SurfaceAlt, Line color.RGBA
	Text, TextMuted               color.RGBA
	// Paper and Ink are the draft document's page and text.
	Paper, PaperEdge, Ink, InkMuted color.RGBA
	// Insert and Delete mark tracked changes; Bracket marks disputed slots.
	Insert, Delete, Bracket, BracketBg, SlotHover color.RGBA
	Accent, Focus                                 color.RGBA
	// Good and Bad are blue and vermillion, never green and red, and are
	// always paired with a symbol.
	Good, Bad, Warn                 color.RGBA
	Button, ButtonHover, ButtonText color.RGBA
	// ButtonEdge outlines buttons and choices where their fill would not
	// stand out from the screen (high contrast: black on black); fully
	// transparent for none.
	ButtonEdge color.RGBA
	// Track is the empty part of a bar.
	Track                                   color.RGBA
	Primary, PrimaryHover, PrimaryText      color.RGBA
	Disabled, DisabledText                  color.RGBA
	Tooltip, TooltipText, Overlay, Selected color.RGBA
	// Parties are the delegations' colours, in scenario order.
	Parties []color.RGBA
}

// okabeIto is the delegations' palette, parsed from [rules.PartyColours]
// so that the window draws each delegation in the colour the team page,
// the report and the handouts use.
var okabeIto = func() []color.RGBA {
	var out []color.RGBA
	for _, hex := range rules.PartyColours() {
		v, err := strconv.ParseUint(hex[1:], 16, 32)
		if err != nil {
			panic("theme: bad palette colour " + hex)
		}
		out = append(out, rgb(uint32(v)))
	}
	return out
}()

func rgb(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// Standard is the default theme: a dark slate table with a paper draft.
func Standard() *Theme {
	return &Theme{
		Bg: rgb(0x1b2230), Surface: rgb(0x252e3f), SurfaceAlt: rgb(0x2e3a4f), Line: rgb(0x3f4c63),
		Text: rgb(0xeef1f6), TextMuted: rgb(0xb4bfd0),
		Paper: rgb(0xfaf6ec), PaperEdge: rgb(0xd9d1bd), Ink: rgb(0x1d1d1f), InkMuted: rgb(0x5b5850),
		Insert: rgb(0x0060a0), Delete: rgb(0xb04a00), Bracket: rgb(0x8a3f00), BracketBg: rgb(0xf6e2c4), SlotHover: rgb(0xdcebf7),
		Accent: rgb(0x56b4e9), Focus: rgb(0xf0e442),
		Good: rgb(0x56b4e9), Bad: rgb(0xe8763a), Warn: rgb(0xf0e442),
		Button: rgb(0x35435c), ButtonHover: rgb(0x44557a), ButtonText: rgb(0xf4f6fa), Track: rgb(0x3f4c63),
		Primary: rgb(0x0072b2), PrimaryHover: rgb(0x1a88c9), PrimaryText: rgb(0xffffff),
		Disabled: rgb(0x2c3444), DisabledText: rgb(0x8590a3),
		Tooltip: rgb(0x0f141d), TooltipText: rgb(0xf4f6fa), Overlay: color.RGBA{0x10, 0x14, 0x1c, 0xe0}, Selected: rgb(0x2f5f8a),
		Parties: okabeIto,
	}
}

// HighContrast is black and white with a yellow focus ring.
func HighContrast() *Theme {
	return &Theme{
		Bg: rgb(0x000000), Surface: rgb(0x000000), SurfaceAlt: rgb(0x1a1a1a), Line: rgb(0xffffff),
		Text: rgb(0xffffff), TextMuted: rgb(0xe6e6e6),
		Paper: rgb(0xffffff), PaperEdge: rgb(0x000000), Ink: rgb(0x000000), InkMuted: rgb(0x222222),
		Insert: rgb(0x0040c0), Delete: rgb(0xa03000), Bracket: rgb(0x000000), BracketBg: rgb(0xffe680), SlotHover: rgb(0xbfe0ff),
		Accent: rgb(0xffff00), Focus: rgb(0xffff00),
		Good: rgb(0x7fd4ff), Bad: rgb(0xff9a40), Warn: rgb(0xffff00),
		Button: rgb(0x000000), ButtonHover: rgb(0x333333), ButtonText: rgb(0xffffff), ButtonEdge: rgb(0xffffff), Track: rgb(0x333333),
		Primary: rgb(0x0050a0), PrimaryHover: rgb(0x0066cc), PrimaryText: rgb(0xffffff),
		Disabled: rgb(0x000000), DisabledText: rgb(0xaaaaaa),
		Tooltip: rgb(0x000000), TooltipText: rgb(0xffffff), Overlay: color.RGBA{0, 0, 0, 0xf0}, Selected: rgb(0x003d80),
		Parties: okabeIto,
	}
}

// Party is the colour of the party with index i.
func (t *Theme) Party(i int) color.RGBA {
	if i < 0 {
		return t.TextMuted
	}
	return t.Parties[i%len(t.Parties)]
}

// Type sizes in logical pixels at a text-size setting of 100%. Body text
// is 20 px at 1280×720 so that it reads from the back of a classroom;
// nothing meant to be read is below 18 px.
const (
	Small = 18
	Body  = 20
	Large = 24
	Head  = 30
	Title = 44
)

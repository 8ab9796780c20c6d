package rules

// partyPalette is Okabe and Ito's palette, chosen because its eight hues
// stay apart for the common forms of colour blindness. Every front end —
// the window, the projector, the team page, the report and the handouts —
// takes a delegation's colour from [PartyColour], so a delegation has one
// colour on screen and on paper. Scenarios no longer choose colours: an
// author's choice could not be kept colour-blind safe and readable on the
// dark table, the high-contrast theme and white paper at once.
var partyPalette = [...]string{
	"#e69f00", // orange
	"#56b4e9", // sky blue
	"#009e73", // bluish green
	"#f0e442", // yellow
	"#0072b2", // blue
	"#d55e00", // vermillion
	"#cc79a7", // reddish purple
	"#bbbbbb", // grey
}

// PartyColour is the colour, as "#rrggbb" in lower case, of the party with
// index p in scenario order. A scenario with more parties than the
// palette's eight colours reuses them from the start; a negative index
// (no party) is a neutral grey.
func PartyColour(p int) string {
	if p < 0 {
		return "#666666"
	}
	return partyPalette[p%len(partyPalette)]
}

// PartyColours is the palette [PartyColour] draws from, in order.
func PartyColours() []string { return partyPalette[:] }

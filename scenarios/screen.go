package scenarios

// Lengths, in characters, that the game's screens show whole at the
// window's design size (1280×720 at 100%) in ordinary English words; a
// longer title, delegation name, clause name or wording label is cut
// short with "…" (a title is left out) somewhere, so check warns about it.
// game/ui's TestScenarioLimitsFitOnScreen plays a scenario with names of
// these lengths and checks none is cut.
const (
	// screenTitle: the table's top bar, beside the round and the phase.
	screenTitle = 36
	// screenPartyName: the teacher's seat panel (300 pixels), the
	// tightest place a delegation's name stands on one line.
	screenPartyName = 26
	// screenSlotName: the brief's points table.
	screenSlotName = 50
	// screenLabel: labels are refused above maxLabel anyway.
	screenLabel = maxLabel
)

// ScreenLimitsOf are the character counts of [ScreenLimits].
type ScreenLimitsOf struct {
	Title, PartyName, SlotName, Label int
}

// ScreenLimits are the lengths the screens show whole; check warns above
// them.
func ScreenLimits() ScreenLimitsOf {
	return ScreenLimitsOf{screenTitle, screenPartyName, screenSlotName, screenLabel}
}

// screenLengths warns about a title, delegation name or clause name the
// screens will cut short, saying the limit in characters.
func (d *decoder) screenLengths() {
	s := d.s
	if n := runes(s.Title); n > screenTitle {
		d.warnf(d.titleAt, "title is %d characters; the table's top bar shows at most about %d, and leaves a longer title out: shorten it, and put the rest in summary", n, screenTitle)
	}
	for p := range s.Parties {
		if n := runes(s.Parties[p].Name); n > screenPartyName {
			d.warnf(d.partyAt[p], "the name of party %q is %d characters; screens show at most about %d on one line and cut a longer one short with \"…\": use a shorter name (\"United States\", not \"United States of America\")", s.Parties[p].ID, n, screenPartyName)
		}
	}
	for si := range s.Slots {
		if n := runes(s.Slots[si].Name); n > screenSlotName {
			d.warnf(d.slotAt[si], "the name of slot %q is %d characters; the brief's points table shows at most about %d and cuts a longer one short with \"…\": shorten it, and put the rest in description", s.Slots[si].ID, n, screenSlotName)
		}
	}
}

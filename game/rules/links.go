package rules

import (
	"errors"
	"slices"
)

// This file holds linkage points: points a party gains or loses when two
// wordings are in the text together ("Algeria only if Italy"). They are
// the one part of a party's score that is not a sum over slots, so every
// computation of a score goes through the functions here (or, for a
// search that fills the text slot by slot, through LinkAt and LinkBound),
// and a party without links scores exactly as before links existed.

// A Link gives a party Points (negative for a loss) when the option If and
// the option And are both in the text. The two options are of different
// slots; a link whose slots are not both in the text (an article fell
// out) does not count.
type Link struct {
	If     OptionRef
	And    OptionRef
	Points int
}

// Later is the higher of the link's two slot indexes: a search that fills
// the text in slot order knows whether the link holds once it has chosen
// that slot.
func (l Link) Later() int { return max(l.If.Slot, l.And.Slot) }

// linkHolds reports whether both of the link's options are in text, with the
// given articles present (nil: all).
func (s *PublicScenario) linkHolds(l Link, text []int, present []bool) bool {
	if text[l.If.Slot] != l.If.Option || text[l.And.Slot] != l.And.Option {
		return false
	}
	return present == nil || (present[s.Slots[l.If.Slot].Article] && present[s.Slots[l.And.Slot].Article])
}

// LinkPoints is the part of a score that links give text: the points of
// every link whose two options are both in it, with the given articles
// present (nil: all).
func (s *PublicScenario) LinkPoints(links []Link, text []int, present []bool) int {
	sum := 0
	for _, l := range links {
		if s.linkHolds(l, text, present) {
			sum += l.Points
		}
	}
	return sum
}

// LinkAt is what party's links whose later slot is slot add to a text
// whose slots up to slot are chosen (later ones are not read): a search
// that fills slots in order adds it when it chooses slot's option.
func LinkAt(links []Link, slot int, text []int) int {
	sum := 0
	for _, l := range links {
		if l.Later() == slot && text[l.If.Slot] == l.If.Option && text[l.And.Slot] == l.And.Option {
			sum += l.Points
		}
	}
	return sum
}

// LinkBound is the most party's links whose later slot is from or after
// can still add (the sum of their positive points), for the bounds of a
// search that fills slots in order. It is 0 for a party without links.
func LinkBound(links []Link, from int) int {
	sum := 0
	for _, l := range links {
		if l.Later() >= from && l.Points > 0 {
			sum += l.Points
		}
	}
	return sum
}

// LinkChange is how much party's link points change when the changes are
// made to text (which is not modified): the link points after less those
// before. It is 0 for a party without links.
func LinkChange(links []Link, text []int, changes []Change) int {
	if len(links) == 0 {
		return 0
	}
	at := func(slot int) int {
		o := text[slot]
		for _, c := range changes {
			if c.Slot == slot {
				o = c.Option
			}
		}
		return o
	}
	d := 0
	for _, l := range links {
		before := text[l.If.Slot] == l.If.Option && text[l.And.Slot] == l.And.Option
		after := at(l.If.Slot) == l.If.Option && at(l.And.Slot) == l.And.Option
		switch {
		case after && !before:
			d += l.Points
		case before && !after:
			d -= l.Points
		}
	}
	return d
}

// bestScore is the highest score a party can reach with any complete text:
// the best option of every slot, and with links a search over the slots
// they name (the others keep their best option, as no link depends on
// them).
func bestScore(pts [][]int, links []Link) int {
	best := make([]int, len(pts))
	sum := 0
	for si, row := range pts {
		best[si] = row[0]
		for _, v := range row[1:] {
			best[si] = max(best[si], v)
		}
		sum += best[si]
	}
	if len(links) == 0 {
		return sum
	}
	var linked []int
	for _, l := range links {
		for _, si := range []int{l.If.Slot, l.And.Slot} {
			if !slices.Contains(linked, si) {
				linked = append(linked, si)
			}
		}
	}
	// The slots outside every link keep their best option.
	for _, si := range linked {
		sum -= best[si]
	}
	text := make([]int, len(pts))
	top := -1 << 62
	var walk func(i, acc int)
	walk = func(i, acc int) {
		if i == len(linked) {
			total := acc
			for _, l := range links {
				if text[l.If.Slot] == l.If.Option && text[l.And.Slot] == l.And.Option {
					total += l.Points
				}
			}
			top = max(top, total)
			return
		}
		si := linked[i]
		for o, v := range pts[si] {
			text[si] = o
			walk(i+1, acc+v)
		}
	}
	walk(0, 0)
	return sum + top
}

// MaxLinkedSlots bounds the distinct slots one party's links may name, so
// that its best score (a search over those slots) stays instant.
const MaxLinkedSlots = 6

// checkLinks makes sure party p's links name real options of two
// different slots, and not too many slots.
func checkLinks(sc *Scenario, p int) error {
	var slots []int
	ok := func(r OptionRef) bool {
		return r.Slot >= 0 && r.Slot < len(sc.Slots) && r.Option >= 0 && r.Option < len(sc.Slots[r.Slot].Options)
	}
	for _, l := range sc.Briefs[p].Links {
		if !ok(l.If) || !ok(l.And) || l.If.Slot == l.And.Slot {
			return errBadLink
		}
		for _, si := range []int{l.If.Slot, l.And.Slot} {
			if !slices.Contains(slots, si) {
				slots = append(slots, si)
			}
		}
	}
	if len(slots) > MaxLinkedSlots {
		return errBadLink
	}
	return nil
}

var errBadLink = errors.New("bad link (two options of two different slots, at most MaxLinkedSlots slots)")

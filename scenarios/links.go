package scenarios

import (
	"fmt"
	"slices"

	"bindingwords/game/rules"
)

// This file reads a party's links: points for two wordings in the text
// together ("Algeria only if Italy"), written under the party as
//
//	links:
//	  - if: {slot: area, option: algeria}
//	    and: {slot: members, option: italy}
//	    points: 3
//
// and warns about links that can never count.

var (
	linkShape       = newShape("link", "link", "if!", "and!", "points!")
	linkOptionShape = newShape("linked wording", "linkedWording", "slot!", "option!")
)

// links reads party pf's links, refusing a link within one slot, the same
// pair twice and more than rules.MaxLinkedSlots slots in all.
func (d *decoder) links(pf *fields) []rules.Link {
	var out []rules.Link
	var at []pos
	var slots []int
	for _, e := range pf.list("links", "links (if:, and:, points:)") {
		lf := d.fields(e.node, e.at, linkShape)
		iff := lf.mapping("if", linkOptionShape)
		and := lf.mapping("and", linkOptionShape)
		l := rules.Link{}
		l.If.Slot, l.If.Option = d.optionRef(iff, "slot", "option")
		l.And.Slot, l.And.Option = d.optionRef(and, "slot", "option")
		pts, ptsOK := lf.number("points", -limit, limit)
		l.Points = pts
		if l.If.Slot < 0 || l.If.Option < 0 || l.And.Slot < 0 || l.And.Option < 0 || !ptsOK {
			continue
		}
		if l.If.Slot == l.And.Slot {
			d.errorf(and.at, "a link of %s joins two wordings of the same slot %q, which can never be in the text together; link options of two different slots (for one wording alone, change its points)",
				pf.label, d.s.Slots[l.If.Slot].ID)
			continue
		}
		dup := false
		for i, o := range out {
			if sameLink(o, l) {
				d.errorf(lf.at, "%s links %s and %s twice (also on line %d); keep one link and add up its points", pf.label, d.wording(l.If), d.wording(l.And), at[i].line)
				dup = true
			}
		}
		if dup {
			continue
		}
		for _, si := range []int{l.If.Slot, l.And.Slot} {
			if !slices.Contains(slots, si) {
				slots = append(slots, si)
				if len(slots) == rules.MaxLinkedSlots+1 {
					d.errorf(lf.at, "the links of %s name more than %d slots; a delegation's links may name at most %d different slots, so that its best score can be worked out at once", pf.label, rules.MaxLinkedSlots, rules.MaxLinkedSlots)
				}
			}
		}
		if len(slots) > rules.MaxLinkedSlots {
			continue
		}
		out = append(out, l)
		at = append(at, lf.at)
	}
	d.linkAt = append(d.linkAt, at)
	return out
}

// sameLink reports whether two links join the same two wordings, in either order.
func sameLink(a, b rules.Link) bool {
	return (a.If == b.If && a.And == b.And) || (a.If == b.And && a.And == b.If)
}

// wording names an option in messages: "option \"algeria\" of slot \"area\"".
func (d *decoder) wording(r rules.OptionRef) string {
	return fmt.Sprintf("option %q of slot %q", d.s.Slots[r.Slot].Options[r.Option].ID, d.s.Slots[r.Slot].ID)
}

// lintLinks warns about a link that changes nothing (0 points) or that
// can never count in an agreement: one of its wordings is a red line of
// the party itself, or of a delegation whose signature the agreement
// needs, so no text with both wordings is ever signed.
func (d *decoder) lintLinks() {
	s := d.s
	for p := range s.Briefs {
		for i, l := range s.Briefs[p].Links {
			at := d.linkAt[p][i]
			if l.Points == 0 {
				d.warnf(at, "a link of party %q gives 0 points, so it changes nothing; give it points or delete it", s.Parties[p].ID)
				continue
			}
			if who, r, ok := d.blockedLink(p, l); ok {
				if who == p {
					d.warnf(at, "a link of party %q can never count: %s is its own red line, so it never signs a text with it; delete the link or the red line", s.Parties[p].ID, d.wording(r))
				} else {
					d.warnf(at, "a link of party %q can never count: %s is a red line of party %q, whose signature the agreement needs; delete the link or the red line", s.Parties[p].ID, d.wording(r), s.Parties[who].ID)
				}
			}
		}
	}
}

// blockedLink finds a red line that keeps link l of party p out of every
// signed text: the party's own, or a required signatory's.
func (d *decoder) blockedLink(p int, l rules.Link) (who int, r rules.OptionRef, ok bool) {
	s := d.s
	parties := append([]int{p}, s.Signing.Required...)
	for _, q := range parties {
		for _, red := range s.Briefs[q].RedLines {
			if red == l.If || red == l.And {
				return q, red, true
			}
		}
	}
	return 0, rules.OptionRef{}, false
}

// linked reports whether some party's link names slot si.
func (d *decoder) linked(si int) bool {
	for _, b := range d.s.Briefs {
		for _, l := range b.Links {
			if l.If.Slot == si || l.And.Slot == si {
				return true
			}
		}
	}
	return false
}

package scenarios

import (
	"strings"

	"bindingwords/game/rules"
)

// partyFaces reads the public face of every party (id, name, colour,
// optional) and returns each party's fields for [decoder.briefs], which
// reads the rest once publics and slots are known.
func (d *decoder) partyFaces(f *fields) []*fields {
	d.partiesAt = f.keyAt("parties")
	var out []*fields
	for _, e := range f.listOf("parties", "party", "parties", 2, limit) {
		pf := d.fields(e.node, e.at, partyShape)
		id, at := pf.id()
		d.parties.add(d, id, at.or(e.at))
		d.partyAt = append(d.partyAt, pf.at)
		d.s.Parties = append(d.s.Parties, rules.Party{
			ID:       id,
			Name:     pf.text("name"),
			Colour:   d.colour(pf, len(d.s.Parties)),
			Optional: pf.boolean("optional"),
		})
		out = append(out, pf)
	}
	return out
}

// colour reads the deprecated "#rrggbb" colour of the party with index p
// and returns [rules.PartyColour] of p whatever it says: one colour-blind
// safe palette serves the screen, the team page and paper alike. A colour
// that is given is still checked, so an old file keeps loading, and draws
// a warning that it is ignored. An unquoted # starts a YAML comment, so
// `colour: #2166ac` reads as no value at all: say so.
func (d *decoder) colour(pf *fields, p int) string {
	if v, ok := pf.vals["colour"]; ok && isNull(v.node) {
		d.errorf(v.keyAt, `colour has no value in %s; expected "#rrggbb" in quotes (without quotes, # starts a comment)`, pf.label)
		return rules.PartyColour(p)
	}
	c := pf.text("colour")
	if c == "" {
		return rules.PartyColour(p)
	}
	ok := len(c) == 7 && c[0] == '#'
	for i := 1; ok && i < len(c); i++ {
		ok = strings.IndexByte("0123456789abcdefABCDEF", c[i]) >= 0
	}
	if !ok {
		d.errorf(pf.valueAt("colour"), "colour: expected \"#rrggbb\" (# and six hex digits, like \"#2166ac\"), found %s", quote(c))
		return rules.PartyColour(p)
	}
	d.warnf(pf.keyAt("colour"), "colour is deprecated and ignored in %s: every delegation takes its colour, in party order, from the game's colour-blind-safe palette (here %s), the same on screen and on paper; delete the line", pf.label, rules.PartyColour(p))
	return rules.PartyColour(p)
}

// publicsOf reads the publics and lists each under its party.
func (d *decoder) publicsOf(f *fields) {
	for _, e := range f.listOf("publics", "public", "publics", 1, limit) {
		pf := d.fields(e.node, e.at, publicShape)
		id, at := pf.id()
		pi := d.publics.add(d, id, at.or(e.at))
		pub := rules.Public{ID: id, Name: pf.text("name"), Party: -1}
		if ref, at, ok := pf.ref("party"); ok {
			pub.Party = d.lookup(d.parties, ref, at)
			d.orphans = d.orphans || pub.Party < 0
		}
		if sup, ok := pf.number("support", 0, 100); ok {
			pub.Support = sup * 10
		}
		pub.Base, _ = pf.number("base", -limit, limit)
		pub.Drift = pf.numberOr("drift", 0, 100, d.drift)
		pub.Weights = d.weights(pf, "weights", "weights of "+pf.label)
		if pub.Party >= 0 {
			p := &d.s.Parties[pub.Party]
			p.Publics = append(p.Publics, pi)
		}
		d.s.Publics = append(d.s.Publics, pub)
	}
}

// briefs reads the private part of every party: ratification, brief,
// objectives, reservation value, red lines and points.
func (d *decoder) briefs(parties []*fields) {
	for i, pf := range parties {
		d.s.Parties[i].Ratification = d.ratification(pf, i)
		d.ratified = append(d.ratified, pf.isMapping("ratification"))
		b := rules.Brief{Text: pf.prose("brief")}
		for _, e := range pf.list("objectives", "objectives") {
			b.Objectives = append(b.Objectives, d.textOf(e, "an objective"))
		}
		d.objectives = append(d.objectives, len(b.Objectives) > 0)
		b.Reservation, _ = pf.number("reservation", -limit, limit)
		for _, e := range pf.list("red_lines", "red lines ({slot: …, option: …})") {
			rf := d.fields(e.node, e.at, redLineShape)
			if si, oi := d.optionRef(rf, "slot", "option"); si >= 0 && oi >= 0 {
				b.RedLines = append(b.RedLines, rules.OptionRef{Slot: si, Option: oi})
			}
		}
		b.Points = d.points(pf)
		b.Links = d.links(pf)
		d.s.Briefs = append(d.s.Briefs, b)
	}
}

// ratification reads what each legal form needs of party pi at home.
func (d *decoder) ratification(pf *fields, pi int) [][]rules.Requirement {
	rat := make([][]rules.Requirement, len(d.s.Forms))
	seen := make([]bool, len(d.s.Forms))
	entries, at := pf.entries("ratification", "ratification of "+pf.label)
	for _, e := range entries {
		fi := d.lookup(d.forms, e.key, e.at)
		if fi >= 0 {
			seen[fi] = true
		}
		for _, r := range d.items(e.node, e.at, e.key, "a list of ratification requirements (public: and threshold:), or [] when the form needs no vote") {
			rf := d.fields(r.node, r.at, requirementShape)
			req := rules.Requirement{Public: -1, Label: rf.text("label")}
			if id, at, ok := rf.ref("public"); ok {
				req.Public = d.lookup(d.publics, id, at)
				if req.Public >= 0 {
					if owner := d.s.Publics[req.Public].Party; owner >= 0 && owner != pi {
						d.errorf(at, "public %q answers to party %q, not to %s; a party ratifies only through its own publics",
							id, d.s.Parties[owner].ID, pf.label)
					}
				}
			}
			req.Threshold, _ = rf.number("threshold", 1, 100)
			if fi >= 0 {
				rat[fi] = append(rat[fi], req)
			}
		}
	}
	if pf.isMapping("ratification") {
		for fi, ok := range seen {
			if id := d.s.Forms[fi].ID; !ok && d.forms.canonical(fi) && !d.lostKeys[id] {
				d.errorf(at, "ratification of %s has no entry for form %q; add %s: [] if that form needs no vote", pf.label, id, id)
			}
		}
	}
	return rat
}

// points reads a party's points table: for every slot, for every option.
func (d *decoder) points(pf *fields) [][]int {
	pts := make([][]int, len(d.s.Slots))
	for si := range pts {
		pts[si] = make([]int, len(d.s.Slots[si].Options))
	}
	slotSeen := make([]bool, len(d.s.Slots))
	entries, at := pf.entries("points", "points of "+pf.label)
	for _, e := range entries {
		si := d.lookup(d.slots, e.key, e.at)
		what := "points of " + pf.label + " for slot " + quote(e.key)
		opts := d.idMap(e.node, e.at, what)
		if si < 0 {
			continue
		}
		slotSeen[si] = true
		optSeen := make([]bool, len(pts[si]))
		for _, o := range opts {
			oi := d.lookup(d.options[si], o.key, o.at)
			n, ok := d.number(field{key: o.key, keyAt: o.at, node: o.node}, -limit, limit)
			if oi >= 0 {
				optSeen[oi] = true
				if ok {
					pts[si][oi] = n
				}
			}
		}
		if _, isMap := mappingOf(e.node); isMap {
			for oi, ok := range optSeen {
				if !ok && d.options[si].canonical(oi) && !d.lostKeys[d.s.Slots[si].Options[oi].ID] {
					d.errorf(e.at, "%s have no entry for option %q; expected points for every option", what, d.s.Slots[si].Options[oi].ID)
				}
			}
		}
	}
	// A slot whose entry was set aside after a syntax error is not missing.
	if pf.isMapping("points") {
		for si, ok := range slotSeen {
			if !ok && d.slots.canonical(si) && !d.lostKeys[d.s.Slots[si].ID] {
				d.errorf(at, "points of %s have no entry for slot %q; expected points for every slot", pf.label, d.s.Slots[si].ID)
			}
		}
	}
	return pts
}

// optionRef reads a slot id and an option id of that slot.
func (d *decoder) optionRef(f *fields, slotKey, optionKey string) (slot, option int) {
	slot, option = -1, -1
	if id, at, ok := f.ref(slotKey); ok {
		slot = d.lookup(d.slots, id, at)
	}
	if id, at, ok := f.ref(optionKey); ok && slot >= 0 {
		option = d.lookup(d.options[slot], id, at)
	}
	return slot, option
}

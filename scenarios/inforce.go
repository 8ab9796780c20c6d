package scenarios

import (
	"fmt"
	"slices"

	"github.com/goccy/go-yaml/ast"

	"bindingwords/game/rules"
)

// This file reads the optional entry-into-force rule,
//
//	rules:
//	  in_force:
//	    ratifications: majority   # or a number of signatories
//	    including: [us, uk]       # who must be among them
//
// and checks it against the parties and the signing rule.

var inForceShape = newShape("entry-into-force rule", "inForce", "ratifications", "including")

// inForce reads rules.in_force. Without it the scenario keeps the default
// rule (rules.EntryRule's zero value).
func (d *decoder) inForce(rf *fields) {
	if !rf.present("in_force") {
		return
	}
	s := d.s
	ef := rf.mapping("in_force", inForceShape)
	e := rules.EntryRule{Set: true, Ratifications: s.Signing.Minimum}
	if v, ok := ef.get("ratifications", "a whole number of signatories, or majority"); ok {
		_, isNumber := v.node.(*ast.IntegerNode)
		text, _, isText := scalarText(v.node)
		switch {
		case isText && text == "majority":
			e.Majority, e.Ratifications = true, 0
		case isText && !isNumber:
			hint := ""
			if sg, ok := suggest(text, []string{"majority"}); ok {
				hint = "; did you mean " + quote(sg) + "?"
			}
			d.errorf(v.at(), "ratifications: expected a whole number of signatories or majority, found %s%s", describe(v.node), hint)
		default:
			n, ok := d.number(v, 1, limit)
			if !ok {
				break
			}
			if n > len(s.Parties) {
				d.errorf(v.at(), "ratifications: %d is more than the %d parties of the scenario, so the agreement could never enter into force", n, len(s.Parties))
			}
			e.Ratifications = n
		}
	}
	e.Including = d.partyList(ef, "including", "be required to ratify")
	d.inForceAt = ef.at
	s.EntryIntoForce = e
}

// lintInForce warns about an entry-into-force rule that a game without
// the optional delegations can never meet, and about a party that must
// ratify though the signing rule does not require it to sign.
func (d *decoder) lintInForce() {
	s := d.s
	e := s.EntryIntoForce
	if !e.Set {
		return
	}
	core := 0
	for _, p := range s.Parties {
		if !p.Optional {
			core++
		}
	}
	if !e.Majority && e.Ratifications > core {
		d.warnf(d.inForceAt, "in_force needs %d ratifications, but only %d delegations are not optional: a game without the optional ones can never bring the agreement into force", e.Ratifications, core)
	}
	for _, p := range e.Including {
		if !slices.Contains(s.Signing.Required, p) {
			d.warnf(d.inForceAt, "in_force needs party %q to ratify, but the signing rule does not require it to sign: the agreement can form without it and then never enter into force; add it to signing's required list", s.Parties[p].ID)
		}
	}
	if !e.Majority && e.Ratifications < len(e.Including) {
		d.warnf(d.inForceAt, "in_force needs %d ratifications but names %d parties that must ratify: %s", e.Ratifications, len(e.Including), fmt.Sprintf("at least %d are needed anyway", len(e.Including)))
	}
}

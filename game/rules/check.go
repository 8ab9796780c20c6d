package rules

import "fmt"

// checkScenario makes sure every index in sc points where it should, so
// that a scenario built by hand (or by a buggy loader) is refused with an
// error instead of crashing the engine mid-game. The scenarios package
// gives teachers positioned messages; this is the engine's last line.
func checkScenario(sc *Scenario) error {
	bad := func(format string, args ...any) error {
		return &SetupError{Msg: "invalid scenario: " + fmt.Sprintf(format, args...)}
	}
	if sc == nil {
		return bad("no scenario")
	}
	np, npub, na, nf, ns := len(sc.Parties), len(sc.Publics), len(sc.Attributes), len(sc.Forms), len(sc.Slots)
	in := func(i, n int) bool { return i >= 0 && i < n }
	if np < 2 || npub < 1 || nf < 1 || ns < 1 || len(sc.Documents) < 1 {
		return bad("it needs at least two parties, a public, a form, a slot and a document")
	}
	if len(sc.Briefs) != np {
		return bad("%d briefs for %d parties", len(sc.Briefs), np)
	}
	for p := range sc.Parties {
		if len(sc.Parties[p].Ratification) != nf {
			return bad("party %s: ratification for %d forms, want %d", sc.Parties[p].ID, len(sc.Parties[p].Ratification), nf)
		}
		for _, pub := range sc.Parties[p].Publics {
			if !in(pub, npub) || sc.Publics[pub].Party != p {
				return bad("party %s: public %d is not its own", sc.Parties[p].ID, pub)
			}
		}
		for _, reqs := range sc.Parties[p].Ratification {
			for _, r := range reqs {
				if !in(r.Public, npub) || sc.Publics[r.Public].Party != p || !in(r.Threshold, 101) {
					return bad("party %s: bad ratification requirement", sc.Parties[p].ID)
				}
			}
		}
		b := &sc.Briefs[p]
		if len(b.Points) != ns {
			return bad("party %s: points for %d slots, want %d", sc.Parties[p].ID, len(b.Points), ns)
		}
		for si := range sc.Slots {
			if len(b.Points[si]) != len(sc.Slots[si].Options) {
				return bad("party %s: points for slot %s", sc.Parties[p].ID, sc.Slots[si].ID)
			}
		}
		for _, r := range b.RedLines {
			if !in(r.Slot, ns) || !in(r.Option, len(sc.Slots[r.Slot].Options)) {
				return bad("party %s: bad red line", sc.Parties[p].ID)
			}
		}
		if err := checkLinks(sc, p); err != nil {
			return bad("party %s: %v", sc.Parties[p].ID, err)
		}
	}
	for i := range sc.Publics {
		pub := &sc.Publics[i]
		if !in(pub.Party, np) || len(pub.Weights) != na || !in(pub.Support, 1001) || !in(pub.Drift, 101) {
			return bad("public %s is malformed", pub.ID)
		}
	}
	for d := range sc.Documents {
		doc := &sc.Documents[d]
		if doc.FormSlot >= 0 {
			if !in(doc.FormSlot, ns) {
				return bad("document %s: bad form slot", doc.ID)
			}
			for _, o := range sc.Slots[doc.FormSlot].Options {
				if !in(o.Form, nf) {
					return bad("document %s: a form option has no form", doc.ID)
				}
			}
		} else if !in(doc.Form, nf) {
			return bad("document %s: bad form", doc.ID)
		}
		for _, a := range doc.Articles {
			if !in(a, len(sc.Articles)) || sc.Articles[a].Document != d {
				return bad("document %s: bad article", doc.ID)
			}
		}
	}
	for si := range sc.Slots {
		s := &sc.Slots[si]
		if !in(s.Article, len(sc.Articles)) || len(s.Options) < 1 || !in(s.Default, len(s.Options)) {
			return bad("slot %s is malformed", s.ID)
		}
		for _, o := range s.Options {
			if len(o.Attrs) != na {
				return bad("slot %s: option %s has %d attributes, want %d", s.ID, o.ID, len(o.Attrs), na)
			}
		}
	}
	for c := range sc.News {
		n := &sc.News[c]
		for _, k := range n.Conditions {
			ok := true
			switch k.Kind {
			case CondSupport:
				ok = in(k.Public, npub)
			case CondOption:
				ok = in(k.Slot, ns) && in(k.Option, len(sc.Slots[k.Slot].Options))
			case CondAttribute:
				ok = in(k.Attr, na)
			case CondBracketed:
				ok = in(k.Slot, ns)
			}
			if !ok {
				return bad("news %s: bad condition", n.ID)
			}
		}
		for _, e := range n.Effects {
			ok := true
			switch e.Kind {
			case EffSupport:
				ok = in(e.Public, npub)
			case EffWeight:
				ok = in(e.Public, npub) && in(e.Attr, na)
			case EffThreshold:
				ok = in(e.Party, np) && in(e.Form, nf) && in(e.Public, npub)
			case EffTrust:
				ok = in(e.Party, np)
			}
			if !ok {
				return bad("news %s: bad effect", n.ID)
			}
		}
	}
	for i := range sc.Indicators {
		if len(sc.Indicators[i].Weights) != na {
			return bad("indicator %s: weights for %d attributes, want %d", sc.Indicators[i].ID, len(sc.Indicators[i].Weights), na)
		}
	}
	if !checkEntryRule(sc) {
		return bad("the entry-into-force rule needs 1 to %d ratifications and non-optional parties", np)
	}
	for _, p := range append(append([]int(nil), sc.Adoption.MustAgree...), sc.Signing.Required...) {
		if !in(p, np) {
			return bad("the adoption or signing rule names party %d", p)
		}
	}
	return nil
}

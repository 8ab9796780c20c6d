package scenarios

import "bindingwords/game/rules"

// newsCards reads the news deck. Index fields a condition or effect does
// not use are -1, so that an engine bug reading one fails loudly instead of
// quietly using the first party or slot.
func (d *decoder) newsCards(f *fields) {
	fixed := map[int]string{} // round → the card dealt in it
	for _, e := range f.list("news", "news cards") {
		nf := d.fields(e.node, e.at, newsShape)
		id, at := nf.id()
		d.news.add(d, id, at.or(e.at))
		d.newsAt = append(d.newsAt, nf.at)
		card := rules.NewsCard{
			ID:         id,
			Headline:   nf.text("headline"),
			Text:       nf.prose("text"),
			Weight:     nf.numberOr("weight", 1, limit, 1),
			FromRound:  nf.numberOr("from_round", 1, limit, 1),
			ToRound:    nf.numberOr("to_round", 0, limit, 0),
			Repeatable: nf.boolean("repeatable"),
			Round:      nf.numberOr("round", 1, rules.MaxRounds, 0),
		}
		if card.Round > 0 {
			d.fixedRound(nf, &card, fixed)
		}
		for _, ce := range nf.list("when", "conditions") {
			card.Conditions = append(card.Conditions, d.condition(ce))
		}
		for _, ee := range nf.listOf("effects", "effect", "effects", 1, limit) {
			card.Effects = append(card.Effects, d.effect(ee))
		}
		d.s.News = append(d.s.News, card)
	}
}

// condition reads one item of a card's when: list.
func (d *decoder) condition(e entry) rules.Condition {
	cf := d.fields(e.node, e.at, conditionShape)
	c := rules.Condition{Public: -1, Slot: -1, Option: -1, Attr: -1}
	switch {
	case cf.present("support"):
		sf := cf.mapping("support", supportConditionShape)
		c.Kind = rules.CondSupport
		c.Public = d.refTo(sf, "public", d.publics)
		c.Cmp, c.Value = compare(sf, 0, 100)
	case cf.present("option"):
		of := cf.mapping("option", optionConditionShape)
		c.Kind = rules.CondOption
		c.Cmp = rules.Is
		k := "is"
		if of.present("is_not") {
			c.Cmp, k = rules.IsNot, "is_not"
		}
		c.Slot, c.Option = d.optionRef(of, "slot", k)
	case cf.present("attribute"):
		af := cf.mapping("attribute", attributeConditionShape)
		c.Kind = rules.CondAttribute
		c.Attr = d.refTo(af, "attribute", d.attrs)
		c.Cmp, c.Value = compare(af, -limit, limit)
	case cf.present("bracketed"):
		bf := cf.mapping("bracketed", bracketedConditionShape)
		c.Kind = rules.CondBracketed
		c.Slot = d.refTo(bf, "slot", d.slots)
		// "is: true" tests that the slot is in brackets, "is: false"
		// that it is not.
		c.Cmp = rules.Is
		if bf.has("is") && !bf.boolean("is") {
			c.Cmp = rules.IsNot
		}
	}
	return c
}

// compare reads at_least or at_most.
func compare(f *fields, lo, hi int) (rules.Comparison, int) {
	if f.present("at_most") {
		n, _ := f.number("at_most", lo, hi)
		return rules.AtMost, n
	}
	n, _ := f.number("at_least", lo, hi)
	return rules.AtLeast, n
}

// effect reads one item of a card's effects: list.
func (d *decoder) effect(e entry) rules.Effect {
	ef := d.fields(e.node, e.at, effectShape)
	x := rules.Effect{Public: -1, Attr: -1, Party: -1, Form: -1}
	switch {
	case ef.present("support"):
		sf := ef.mapping("support", supportEffectShape)
		x.Kind = rules.EffSupport
		x.Public = d.refTo(sf, "public", d.publics)
		x.Delta, _ = sf.number("change", -100, 100)
	case ef.present("weight"):
		wf := ef.mapping("weight", weightEffectShape)
		x.Kind = rules.EffWeight
		x.Public = d.refTo(wf, "public", d.publics)
		x.Attr = d.refTo(wf, "attribute", d.attrs)
		x.Delta, _ = wf.number("change", -100, 100)
	case ef.present("threshold"):
		tf := ef.mapping("threshold", thresholdEffectShape)
		x.Kind = rules.EffThreshold
		x.Party = d.refTo(tf, "party", d.parties)
		x.Form = d.refTo(tf, "form", d.forms)
		x.Public = d.refTo(tf, "public", d.publics)
		x.Delta, _ = tf.number("change", -100, 100)
		d.checkThresholdEffect(tf, x)
	case ef.present("trust"):
		tf := ef.mapping("trust", trustEffectShape)
		x.Kind = rules.EffTrust
		x.Party = d.refTo(tf, "party", d.parties)
		x.Delta, _ = tf.number("change", -100, 100)
	}
	return x
}

// checkThresholdEffect checks that a threshold effect changes a vote that
// exists: one of the party's ratification requirements for that form.
func (d *decoder) checkThresholdEffect(tf *fields, x rules.Effect) {
	if x.Party < 0 || x.Form < 0 || x.Public < 0 || !d.ratified[x.Party] {
		return
	}
	party, pub := &d.s.Parties[x.Party], &d.s.Publics[x.Public]
	at := tf.valueAt("public")
	if pub.Party >= 0 && pub.Party != x.Party {
		d.errorf(at, "public %q answers to party %q, not to party %q; expected one of that party's publics", pub.ID, d.s.Parties[pub.Party].ID, party.ID)
		return
	}
	if x.Form < len(party.Ratification) {
		for _, r := range party.Ratification[x.Form] {
			if r.Public == x.Public {
				return
			}
		}
	}
	d.errorf(at, "party %q has no ratification vote at public %q for form %q, so there is no threshold to change; expected one of the requirements under its ratification", party.ID, pub.ID, d.s.Forms[x.Form].ID)
}

// refTo reads key k as a reference into t; -1 if absent or unknown.
func (d *decoder) refTo(f *fields, k string, t *table) int {
	id, at, ok := f.ref(k)
	if !ok {
		return -1
	}
	return d.lookup(t, id, at)
}

// fixedRound checks a card dealt at a fixed round: one card a round, and
// none of the keys of a random draw, which would mean nothing for it.
func (d *decoder) fixedRound(nf *fields, card *rules.NewsCard, fixed map[int]string) {
	for _, k := range []string{"weight", "from_round", "to_round", "repeatable", "when"} {
		if nf.has(k) {
			d.errorf(nf.keyAt(k), "%s: news card %q is dealt in round %d (round:), so it is not drawn at random and %s means nothing; remove one of the two", k, card.ID, card.Round, k)
		}
	}
	if other, dup := fixed[card.Round]; dup {
		d.errorf(nf.valueAt("round"), "news cards %q and %q are both dealt in round %d; one card comes up a round: move one to another round", other, card.ID, card.Round)
		return
	}
	fixed[card.Round] = card.ID
}

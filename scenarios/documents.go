package scenarios

import (
	"strings"

	"bindingwords/game/rules"
)

// maxLabel is the longest option label, in characters: labels sit in
// buttons and table cells on a projector.
const maxLabel = 40

// optInfo is where an option and its form: key are written.
type optInfo struct {
	at, formAt pos
	hasForm    bool
}

// documents reads the documents and flattens their articles and slots into
// the scenario's Articles and Slots, in file order, with indexes both ways.
// References between them (form slots, placeholders) are checked once all
// slots are known, so that a slot of a later document is named as such.
func (d *decoder) documents(f *fields) {
	type span struct {
		df          *fields
		first, end  int // the document's slots
		formSlot    string
		formSlotAt  pos
		hasFormSlot bool
	}
	var spans []span
	var articles []*fields
	auto := 0
	for _, e := range f.listOf("documents", "document", "documents", 1, limit) {
		df := d.fields(e.node, e.at, documentShape)
		id, at := df.id()
		di := d.docs.add(d, id, at.or(e.at))
		doc := rules.Document{
			ID:       id,
			Title:    df.text("title"),
			Preamble: df.prose("preamble"),
			FormSlot: -1,
			Form:     -1,
		}
		if ref, at, ok := df.ref("form"); ok {
			doc.Form = d.lookup(d.forms, ref, at)
		}
		sp := span{df: df, first: len(d.s.Slots)}
		var nums []numbered
		for _, ae := range df.listOf("articles", "article", "articles", 1, limit) {
			af, ai := d.article(ae, di)
			articles = append(articles, af)
			doc.Articles = append(doc.Articles, ai)
			n, own := d.articleNumber(af)
			d.s.Articles[ai].Number = n
			at := af.at
			if own {
				at = af.valueAt("number")
			}
			nums = append(nums, numbered{ai: ai, own: own, at: at})
		}
		d.numberArticles(df, id, nums, &auto)
		sp.end = len(d.s.Slots)
		// With both form and form_slot (an error), the fixed form wins.
		if !df.has("form") {
			sp.formSlot, sp.formSlotAt, sp.hasFormSlot = df.ref("form_slot")
		}
		spans = append(spans, sp)
		d.s.Documents = append(d.s.Documents, doc)
	}
	for di, sp := range spans {
		doc := &d.s.Documents[di]
		if sp.hasFormSlot {
			doc.FormSlot = d.formSlot(sp.formSlot, sp.formSlotAt, sp.first, sp.end, sp.df.label)
		}
		d.checkFormOptions(sp.first, sp.end, doc.FormSlot, sp.hasFormSlot)
	}
	for ai, af := range articles {
		if af.has("text") {
			d.placeholders(af, ai)
		}
	}
	if len(d.s.Slots) == 0 && len(articles) > 0 {
		d.errorf(f.keyAt("documents"), "no article has a slot, so there is nothing to negotiate; give at least one article slots: (an article without slots is fixed text)")
	}
}

// formSlot resolves a document's form_slot, which must be one of its own
// slots (first to end).
func (d *decoder) formSlot(id string, at pos, first, end int, doc string) int {
	si := d.lookup(d.slots, id, at)
	if si >= 0 && (si < first || si >= end) {
		d.errorf(at, "form_slot %q is a slot of another document; expected a slot of %s", id, doc)
		return -1
	}
	return si
}

// checkFormOptions checks the form: keys of a document's options: every
// option of the form slot has one, no other option does. When the form
// slot could not be resolved, that error says enough.
func (d *decoder) checkFormOptions(first, end, formSlot int, declared bool) {
	if declared && formSlot < 0 {
		return
	}
	for si := first; si < end; si++ {
		slot := &d.s.Slots[si]
		for oi, info := range d.optInfo[si] {
			opt := &slot.Options[oi]
			switch {
			case si == formSlot && !info.hasForm:
				d.errorf(info.at, "missing required key \"form\" in option %q of form slot %q; expected the legal form the document takes with this wording", opt.ID, slot.ID)
			case si != formSlot && info.hasForm:
				d.errorf(info.formAt, "form: only options of a document's form slot have a form, and slot %q is not one; remove form:, or name the slot in the document's form_slot", slot.ID)
				opt.Form = -1
			}
		}
	}
}

// article reads one article and its slots and returns its fields and index.
func (d *decoder) article(e entry, doc int) (*fields, int) {
	af := d.fields(e.node, e.at, articleShape)
	id, at := af.id()
	ai := d.articles.add(d, id, at.or(e.at))
	d.s.Articles = append(d.s.Articles, rules.Article{
		ID:       id,
		Title:    af.text("title"),
		Document: doc,
		Text:     af.text("text"),
	})
	// An article without slots: is fixed text, shown and signed as it
	// stands; its Slots are empty, not nil, so that the team page (which
	// gets the scenario as JSON) finds a list there.
	slots := []int{}
	for _, se := range af.listOf("slots", "slot", "slots", 1, limit) {
		slots = append(slots, d.slot(se, ai))
	}
	d.s.Articles[ai].Slots = slots
	return af, ai
}

// slot reads one slot and its options and returns its index.
func (d *decoder) slot(e entry, article int) int {
	sf := d.fields(e.node, e.at, slotShape)
	id, at := sf.id()
	si := d.slots.add(d, id, at.or(e.at))
	d.slotAt = append(d.slotAt, sf.at)
	opts := newTable("option", " of slot "+quote(id))
	d.options = append(d.options, opts)
	d.optInfo = append(d.optInfo, nil)
	slot := rules.Slot{
		ID:          id,
		Name:        sf.text("name"),
		Description: sf.prose("description"),
		Article:     article,
		Bracketed:   sf.boolean("bracketed"),
		Default:     -1,
	}
	for _, oe := range sf.listOf("options", "option", "options", 2, 5) {
		of := d.fields(oe.node, oe.at, optionShape)
		oid, oat := of.id()
		opts.add(d, oid, oat.or(oe.at))
		opt := rules.Option{ID: oid, Label: of.text("label"), Text: of.phrase("text"), Form: -1}
		if n := runes(opt.Label); n > maxLabel {
			d.errorf(of.valueAt("label"), "label: expected at most %d characters, found %d; keep the label short and put the full wording in text", maxLabel, n)
		}
		opt.Attrs = d.weights(of, "attributes", "attributes of "+of.label)
		info := optInfo{at: of.at}
		if ref, at, ok := of.ref("form"); ok {
			info.hasForm, info.formAt = true, at
			opt.Form = d.lookup(d.forms, ref, at)
		}
		slot.Options = append(slot.Options, opt)
		d.optInfo[si] = append(d.optInfo[si], info)
	}
	if ref, at, ok := sf.ref("default"); ok {
		slot.Default = d.lookup(opts, ref, at)
	}
	d.s.Slots = append(d.s.Slots, slot)
	return si
}

// placeholders checks an article's text against its slots: every {slot_id}
// names a slot of this article, and every slot of it appears exactly once.
func (d *decoder) placeholders(af *fields, ai int) {
	art := &d.s.Articles[ai]
	at := af.valueAt("text")
	local := newTable("slot", " of article "+quote(art.ID))
	for _, si := range art.Slots {
		local.ids = append(local.ids, d.s.Slots[si].ID)
		local.at = append(local.at, d.slotAt[si])
		if _, dup := local.index[d.s.Slots[si].ID]; !dup {
			local.index[d.s.Slots[si].ID] = len(local.ids) - 1
		}
	}
	seen := make([]int, len(art.Slots))
	text := art.Text
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], "{}")
		if j < 0 {
			break
		}
		j += i
		if text[j] == '}' {
			d.errorf(at, "the text of article %q has a } without a matching {; placeholders look like {slot_id}", art.ID)
			i = j + 1
			continue
		}
		k := strings.IndexAny(text[j+1:], "{}")
		if k < 0 || text[j+1+k] == '{' {
			d.errorf(at, "the text of article %q has a { without a matching }; placeholders look like {slot_id}", art.ID)
			i = j + 1
			continue
		}
		name := text[j+1 : j+1+k]
		i = j + 2 + k
		li, ok := local.index[name]
		switch {
		case ok:
			seen[li]++
			if seen[li] == 2 {
				d.errorf(at, "{%s} appears more than once in the text of article %q; expected each slot exactly once", name, art.ID)
			}
		case d.slots.has(name):
			d.errorf(at, "{%s} in the text of article %q is a slot of another article; an article's text holds only its own slots", name, art.ID)
		default:
			d.errorf(at, "{%s} in the text of article %q is not one of its slots; %s", name, art.ID, local.expected(name))
		}
	}
	for li, si := range art.Slots {
		if id := d.s.Slots[si].ID; seen[li] == 0 && id != "" && local.index[id] == li {
			d.errorf(d.slotAt[si], "slot %q does not appear in the text of article %q; add {%s} where its wording goes", id, art.ID, id)
		}
	}
}

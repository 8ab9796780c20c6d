package scenarios

import (
	"github.com/goccy/go-yaml/ast"

	"bindingwords/game/rules"
)

// A decoder walks one file's syntax tree into a [rules.Scenario]. Sections
// are read in the order their references need: a section may only refer to
// ids of sections read before it. Parties are read in two steps, because
// publics name their party and a party's ratification names its publics.
type decoder struct {
	file   string
	diags  []Diagnostic
	errors int
	// truncated is set once maxDiagnostics have been reported.
	truncated bool
	// lost says which lines were set aside after a syntax error, and
	// lostKeys and lostSections which keys and which top-level sections
	// they were in, lostBelow the lines whose next line was set aside and
	// untabbed those whose tabs were replaced, and sections names each
	// line's top-level section (see recover.go); syntax is set
	// while a syntax error is reported.
	lost         map[int]int
	lostKeys     map[string]bool
	lostSections map[string]bool
	lostBelow    map[int]bool
	untabbed     map[int]bool
	sections     []string
	syntax       bool
	// src is the text the YAML library read, to find where in a block of
	// text a character is (see [decoder.whereIs]).
	src string

	s *rules.Scenario

	attrs, forms, parties, publics, docs, articles, slots, news, indicators *table
	// options holds one table per slot, indexed like s.Slots, and optInfo
	// where each option and its form: key are, for the form slot checks.
	options []*table
	optInfo [][]optInfo
	// drift is the default drift of publics (rules.drift).
	drift int
	// orphans is set when some public names an unknown party: then a
	// party without publics is probably the one it meant.
	orphans bool

	// Positions kept for the checks that run after decoding.
	partiesAt  pos   // the parties: key
	partyAt    []pos // each party
	titleAt    pos   // the scenario's title
	slotAt     []pos // each slot
	newsAt     []pos // each news card
	objectives []bool
	// linkAt holds where each party's links are, indexed like their Links.
	linkAt [][]pos
	// inForceAt is where the entry-into-force rule is.
	inForceAt pos
	// ratified[p] is set when party p's ratification reads as a mapping,
	// so that news about its thresholds can be checked against it.
	ratified []bool
}

func newDecoder(file string) *decoder {
	return &decoder{
		file:       file,
		s:          &rules.Scenario{},
		attrs:      newTable("attribute", ""),
		forms:      newTable("form", ""),
		parties:    newTable("party", ""),
		publics:    newTable("public", ""),
		docs:       newTable("document", ""),
		articles:   newTable("article", ""),
		slots:      newTable("slot", ""),
		news:       newTable("news card", ""),
		indicators: newTable("indicator", ""),
	}
}

// scenario reads the whole file.
func (d *decoder) scenario(root ast.Node) {
	if _, ok := mappingOf(root); !ok {
		if d.plain(root) {
			d.errorf(nodePos(root), "the file must be a mapping of keys (id: …, title: …, summary: …), found %s", describe(root))
		}
		return
	}
	f := d.fields(root, pos{1, 1}, scenarioShape)
	s := d.s
	s.ID, _ = f.id()
	s.Title = f.text("title")
	d.titleAt = f.valueAt("title")
	s.Summary = f.prose("summary")
	s.Rounds, _ = f.number("rounds", 1, rules.MaxRounds)

	d.named(f, "attributes", "attribute", attributeShape, d.attrs, func(id, name, desc string) {
		s.Attributes = append(s.Attributes, rules.Attribute{ID: id, Name: name, Description: desc})
	})
	d.named(f, "forms", "form", formShape, d.forms, func(id, name, desc string) {
		s.Forms = append(s.Forms, rules.Form{ID: id, Name: name, Description: desc})
	})
	parties := d.partyFaces(f)
	d.rules(f.mapping("rules", rulesShape))
	d.publicsOf(f)
	d.documents(f)
	d.briefs(parties)
	d.newsCards(f)
	d.indicatorsOf(f)

	s.Briefing = f.prose("briefing")
	for _, e := range f.list("questions", "questions") {
		s.Questions = append(s.Questions, d.textOf(e, "a question"))
	}
	for _, e := range f.list("reality_notes", "reality notes") {
		nf := d.fields(e.node, e.at, realityNoteShape)
		s.RealityNotes = append(s.RealityNotes, rules.RealityNote{
			Title:  nf.text("title"),
			Text:   nf.prose("text"),
			Source: nf.text("source"),
		})
	}
	of := f.mapping("outcomes", outcomesShape)
	s.Outcomes = rules.OutcomeTexts{
		NoAgreement: of.prose("no_agreement"),
		NotRatified: of.prose("not_ratified"),
		InForce:     of.prose("in_force"),
	}
	d.crossChecks()
}

// named reads a list of things that have only an id, a name and a
// description: attributes and forms.
func (d *decoder) named(f *fields, k, what string, sh *shape, t *table, add func(id, name, desc string)) {
	for _, e := range f.listOf(k, what, what+"s", 1, limit) {
		nf := d.fields(e.node, e.at, sh)
		id, at := nf.id()
		t.add(d, id, at.or(e.at))
		add(id, nf.text("name"), nf.prose("description"))
	}
}

// weights reads an attribute id → number mapping into one entry per
// attribute.
func (d *decoder) weights(f *fields, k, what string) []int {
	w := make([]int, len(d.s.Attributes))
	entries, _ := f.entries(k, what)
	for _, e := range entries {
		a := d.lookup(d.attrs, e.key, e.at)
		n, ok := d.number(field{key: e.key, keyAt: e.at, node: e.node}, -limit, limit)
		if a >= 0 && ok {
			w[a] = n
		}
	}
	return w
}

// crossChecks are the rules that involve several sections at once.
func (d *decoder) crossChecks() {
	for i, p := range d.s.Parties {
		// A public set aside after a syntax error may have been its.
		if len(p.Publics) == 0 && d.parties.canonical(i) && !d.orphans && !d.lostSections["publics"] {
			d.errorf(d.partyAt[i], "party %q has no public; every party needs at least one (a public with party: %s)", p.ID, p.ID)
		}
	}
}

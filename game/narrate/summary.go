package narrate

import (
	"slices"
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// Summary tells a finished game in a few short sentences, for the top of
// the debrief: how it ended, what turned it (a change of legal form, an
// article that fell out, simulated news that raised a bar at home) and
// who ratified and who did not, and why; then the public commitments kept
// and broken. It is built only from the game's events and result, so the
// same game always reads the same. A game not over has no summary.
func (n Narrator) Summary(v rules.View) []string {
	res := v.Result()
	if res == nil || n.sc == nil {
		return nil
	}
	s := summary{n: n, sc: n.sc, v: v, res: res, ev: v.Events(), told: map[[3]int]bool{}}
	// The turning points come before the reasons at home, but the
	// reasons are worked out first: a bar a reason explains is not told
	// again on its own.
	out, unsigned := s.ending()
	forms, dropped := s.forms(), s.dropped()
	why, votes := s.whyNot(unsigned), s.votes()
	out = append(append(append(out, forms...), dropped...), s.bars()...)
	out = append(append(out, why...), votes...)
	if c := s.commitments(); c != "" {
		out = append(out, c)
	}
	return out
}

// summary holds what the summary's sentences are drawn from.
type summary struct {
	n   Narrator
	sc  *rules.PublicScenario
	v   rules.View
	res *rules.PublicResult
	ev  []rules.Event
	// told marks the thresholds (party, form, public) whose move a
	// sentence already explained, so that [summary.bars] does not tell them twice.
	told map[[3]int]bool
}

// ending says how the game ended and who signed; it returns the
// delegations that did not sign, whose reasons [summary.whyNot] gives.
func (s *summary) ending() ([]string, []int) {
	res := s.res
	var signed, unsigned, ratified []int
	for _, p := range s.v.Parties() {
		switch {
		case !res.Signed[p]:
			unsigned = append(unsigned, p)
		case res.Ratify[p]:
			ratified = append(ratified, p)
			signed = append(signed, p)
		default:
			signed = append(signed, p)
		}
	}
	rounds := s.v.Round()
	var out []string
	switch {
	case res.InForce:
		out = append(out, i18n.T("sum.inforce", "rounds", rounds, "parties", s.list(ratified, false)))
	case res.Formed:
		out = append(out, i18n.T("sum.notinforce", "rounds", rounds, "parties", s.list(signed, false)))
	default:
		out = append(out, s.noAgreement(rounds, len(signed)))
		if len(signed) > 0 {
			out = append(out, i18n.T("sum.signed", "parties", s.list(signed, true)))
		}
		return out, unsigned
	}
	if rule := s.n.EntryRule(res, s.v.Parties()); rule != "" {
		out = append(out, rule)
	}
	if len(unsigned) > 0 {
		out = append(out, i18n.T("sum.unsigned", "parties", s.list(unsigned, true)))
	}
	return out, unsigned
}

// whyNot gives the public reasons a delegation had not to sign: a vote at
// home it could not have won on the final text, or a promise made in
// public that the text broke. Its private reasons (its points against its
// BATNA) are in the scores, not here.
func (s *summary) whyNot(unsigned []int) []string {
	var out []string
	var private []int
	for _, p := range unsigned {
		if !s.res.Formed && !slices.Contains(s.sc.Signing.Required, p) {
			// Without an agreement, only the delegations it could not
			// form without decided it: the others' reasons are detail.
			continue
		}
		if line := s.lostVote(p); line != "" {
			out = append(out, line)
			continue
		}
		if line := s.promise(p); line != "" {
			out = append(out, line)
			continue
		}
		// No public reason: a class can still find it in the scores.
		private = append(private, p)
	}
	if len(private) > 0 {
		out = append(out, i18n.T("sum.why.private", "parties", s.list(private, true)))
	}
	return out
}

// promise names a public commitment of p's that the final text breaks,
// or "".
func (s *summary) promise(p int) string {
	for _, c := range s.v.Commitments() {
		if c.Party == p && c.Broken(s.sc, s.res.Text, s.res.Present) {
			sl := &s.sc.Slots[c.Slot]
			return i18n.T("sum.why.promise", "party", s.n.Subject(p), "slot", sl.Name, "option", sl.Options[c.Option].Label)
		}
	}
	return ""
}

// lostVote says which vote at home delegation p would have lost on the
// final text, or "".
func (s *summary) lostVote(p int) string {
	for d, f := range s.res.Forms {
		if !s.documentPresent(d) {
			continue
		}
		for i, req := range s.sc.Parties[p].Ratification[f] {
			thr, sup := s.v.Threshold(p, f, i), s.v.Support(req.Public)
			if sup < thr*10 {
				return i18n.T("sum.why.vote", "party", s.n.Subject(p), "public", s.n.PublicIn(req.Public, false),
					"support", rules.Tenths(sup, false), "threshold", thr, "form", s.form(f), "bar", s.barNote(p, f, req.Public))
			}
		}
	}
	return ""
}

// noAgreement says why no agreement formed: a required signatory stayed
// out, every article fell out, or too few signed.
func (s *summary) noAgreement(rounds, signers int) string {
	var missing []int
	for _, p := range s.v.Parties() {
		if slices.Contains(s.sc.Signing.Required, p) && !s.res.Signed[p] {
			missing = append(missing, p)
		}
	}
	switch {
	case len(missing) == 1:
		return i18n.T("sum.none.missing", "rounds", rounds, "party", s.n.Object(missing[0]))
	case len(missing) > 1:
		return i18n.T("sum.none.missing.many", "rounds", rounds, "parties", s.list(missing, false))
	}
	for _, present := range s.res.Present {
		if present {
			return i18n.T("sum.none.few", "rounds", rounds, "n", signers, "min", s.sc.Signing.Minimum)
		}
	}
	return i18n.T("sum.none.empty", "rounds", rounds)
}

// A formChange is a document's legal form changing with an adopted item.
type formChange struct {
	doc, round, item, from, to int
}

// formChanges replays the text from the chair's draft through the
// adopted changes and lists every change of a document's legal form.
func (s *summary) formChanges() []formChange {
	sc := s.sc
	text := sc.DefaultText()
	var out []formChange
	for _, e := range s.ev {
		if e.Kind != rules.EvTextChanged {
			continue
		}
		before := slices.Clone(text)
		text[e.Slot] = e.Option
		for d := range sc.Documents {
			from, to := sc.DocumentForm(d, before, nil), sc.DocumentForm(d, text, nil)
			if from != to {
				out = append(out, formChange{doc: d, round: e.Round, item: e.Cause.Item, from: from, to: to})
			}
		}
	}
	return out
}

// forms tells each document's last change of legal form, and which votes
// at home the form it left would have failed at the end.
func (s *summary) forms() []string {
	sc := s.sc
	changes := s.formChanges()
	items := s.v.Items()
	var out []string
	for d := range sc.Documents {
		last := -1
		count := 0
		for i, c := range changes {
			if c.doc == d {
				last, count = i, count+1
			}
		}
		if last < 0 {
			continue
		}
		c := changes[last]
		doc := i18n.T("sum.form.doc")
		if formDocs(sc) > 1 {
			doc = i18n.T("sum.form.docnamed", "doc", sc.Documents[d].Title)
		}
		by := ""
		if c.item >= 0 && c.item < len(items) {
			by = s.n.Object(items[c.item].Party)
		}
		line := i18n.T("sum.form", "round", c.round, "doc", doc, "from", s.form(c.from), "to", s.form(c.to), "item", c.item+1, "party", by)
		if count > 1 {
			line += " " + i18n.T("sum.form.times", "n", count)
		}
		out = append(out, line)
		if miss := s.wouldFail(c.from, c.to); miss != "" {
			out = append(out, miss)
		}
	}
	return out
}

// wouldFail says which votes a document of form f would have lost at the
// end, with the support each public stood at: what leaving that form for
// form to spared the table. A vote form to holds too, and lost as well,
// was not spared (the Rada votes on every form): the ratification lines
// tell that failure, and saying it twice would read as two votes.
func (s *summary) wouldFail(f, to int) string {
	var parts []string
	for _, p := range s.v.Parties() {
		for i, req := range s.sc.Parties[p].Ratification[f] {
			thr, sup := s.v.Threshold(p, f, i), s.v.Support(req.Public)
			if sup < thr*10 && !s.failsToo(p, to, req.Public, sup) {
				line := i18n.T("sum.wouldfail.one", "public", s.n.PublicIn(req.Public, false), "threshold", thr, "support", rules.Tenths(sup, false))
				parts = append(parts, line+s.barNote(p, f, req.Public))
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return i18n.T("sum.wouldfail", "form", s.form(f), "votes", strings.Join(parts, "; "))
}

// failsToo reports whether party p's public, at support sup, also holds
// a vote under form to and falls short there too.
func (s *summary) failsToo(p, to, public, sup int) bool {
	for j, req := range s.sc.Parties[p].Ratification[to] {
		if req.Public == public && sup < s.v.Threshold(p, to, j)*10 {
			return true
		}
	}
	return false
}

// formDocs counts the documents whose legal form is negotiated: with one,
// "the legal form" is enough.
func formDocs(sc *rules.PublicScenario) int {
	n := 0
	for d := range sc.Documents {
		if sc.Documents[d].FormSlot >= 0 {
			n++
		}
	}
	return n
}

func (s *summary) form(f int) string { return s.n.AForm(f) }

// dropped tells which articles fell out of the text, and which failed
// item left their clauses in brackets; several that fell for one item
// are told in one sentence.
func (s *summary) dropped() []string {
	type drop struct {
		title, slot string
		item, round int // item -1: no failed item found
		formNote    string
	}
	var drops []drop
	for i, e := range s.ev {
		if e.Kind != rules.EvArticleDropped {
			continue
		}
		d := drop{title: ArticleName(s.sc.Articles[e.Article].Number, s.sc.Articles[e.Article].Title), slot: s.sc.Slots[e.Slot].Name, item: -1}
		for j := i - 1; j >= 0; j-- {
			if b := s.ev[j]; b.Kind == rules.EvBracketed && b.Slot == e.Slot {
				d.item, d.round = b.Cause.Item, b.Round
				break
			}
		}
		for doc := range s.sc.Documents {
			if fs := s.sc.Documents[doc].FormSlot; fs >= 0 && s.sc.Slots[fs].Article == e.Article && s.documentPresent(doc) {
				// The article that set the legal form went: the document
				// fell back to the scenario's last form.
				d.formNote = " " + i18n.T("sum.dropped.form", "article", d.title, "form", s.form(s.res.Forms[doc]))
			}
		}
		drops = append(drops, d)
	}
	var notes string
	for _, d := range drops {
		notes += d.formNote
	}
	switch {
	case len(drops) == 0:
		return nil
	case len(drops) == 1 && drops[0].item < 0:
		return []string{i18n.T("sum.dropped", "article", drops[0].title, "slot", drops[0].slot) + notes}
	case len(drops) == 1:
		d := drops[0]
		return []string{i18n.T("sum.dropped.item", "article", d.title, "slot", d.slot, "item", d.item+1, "round", d.round) + notes}
	}
	titles := make([]string, len(drops))
	same := true
	for i, d := range drops {
		titles[i] = d.title
		same = same && d.item >= 0 && d.item == drops[0].item
	}
	if same {
		return []string{i18n.T("sum.dropped.group", "n", capitalise(numberWord(len(drops))), "articles", JoinAnd(titles), "item", drops[0].item+1, "round", drops[0].round) + notes}
	}
	return []string{i18n.T("sum.dropped.many", "n", capitalise(numberWord(len(drops))), "articles", JoinAnd(titles)) + notes}
}

// A barChange is simulated news moving a vote's threshold.
type barChange struct {
	round, card, from, to int
}

// barChanges lists the news that moved party p's threshold at pub for
// form f, in order.
func (s *summary) barChanges(p, f, pub int) []barChange {
	var out []barChange
	for _, e := range s.ev {
		if e.Kind == rules.EvThreshold && e.Party == p && e.Form == f && e.Public == pub && e.Delta != 0 {
			out = append(out, barChange{round: e.Round, card: e.Cause.Card, from: e.Value - e.Delta, to: e.Value})
		}
	}
	return out
}

// barNote is " (up from 50% after simulated news in round 4, …)" when
// news moved party p's bar at pub for form f, or "". It marks the bar as
// told.
func (s *summary) barNote(p, f, pub int) string {
	bars := s.barChanges(p, f, pub)
	if len(bars) == 0 {
		return ""
	}
	s.told[[3]int{p, f, pub}] = true
	b := bars[len(bars)-1]
	return " " + i18n.T("sum.wouldfail.bar", "from", bars[0].from, "round", b.round, "headline", s.headline(b.card))
}

// headline is news card c's headline; a bar moved by anything but a
// card (none does today) has none.
func (s *summary) headline(c int) string {
	if c < 0 || c >= len(s.sc.News) {
		return ""
	}
	return s.sc.News[c].Headline
}

// votes tells each signatory's votes at home: a vote lost and why, and a
// vote won against a bar that news had moved.
func (s *summary) votes() []string {
	var out []string
	seen := map[[2]int]bool{}
	for _, e := range s.ev {
		if e.Kind != rules.EvVoteAtHome || seen[[2]int{e.Party, e.Public}] {
			continue
		}
		seen[[2]int{e.Party, e.Public}] = true
		key := [3]int{e.Party, e.Form, e.Public}
		bars := s.barChanges(e.Party, e.Form, e.Public)
		pub, sup := s.n.PublicIn(e.Public, true), rules.Tenths(e.Value, false)
		switch {
		case e.Delta == 0 && len(bars) > 0:
			b := bars[len(bars)-1]
			out = append(out, i18n.T("sum.vote.lost.bar", "public", pub, "support", sup, "threshold", e.Threshold,
				"from", bars[0].from, "round", b.round, "headline", s.headline(b.card), "party", s.n.Object(e.Party)))
			s.told[key] = true
		case e.Delta == 0:
			out = append(out, i18n.T("sum.vote.lost", "public", pub, "support", sup, "threshold", e.Threshold, "party", s.n.Object(e.Party)))
		case len(bars) > 0:
			b := bars[len(bars)-1]
			out = append(out, i18n.T("sum.vote.won.bar", "public", pub, "support", sup, "threshold", e.Threshold,
				"from", bars[0].from, "round", b.round, "headline", s.headline(b.card)))
			s.told[key] = true
		}
	}
	return out
}

// bars tells the news that moved a bar the final text had to clear, when
// no vote told it: in a game without an agreement, the bar still shaped
// the talks.
func (s *summary) bars() []string {
	var out []string
	forms := map[int]bool{}
	for d, f := range s.res.Forms {
		if s.documentPresent(d) {
			forms[f] = true
		}
	}
	// One card moving one public's bar alike for several forms is one
	// sentence: "for a treaty and an agreement between governments".
	type move struct{ round, card, party, public, from, to int }
	var order []move
	byMove := map[move][]string{}
	for _, e := range s.ev {
		if e.Kind != rules.EvThreshold || e.Delta == 0 || !forms[e.Form] || s.told[[3]int{e.Party, e.Form, e.Public}] {
			continue
		}
		m := move{e.Round, e.Cause.Card, e.Party, e.Public, e.Value - e.Delta, e.Value}
		if byMove[m] == nil {
			order = append(order, m)
		}
		byMove[m] = append(byMove[m], s.form(e.Form))
	}
	for _, m := range order {
		out = append(out, i18n.T("sum.bar", "round", m.round, "headline", s.headline(m.card),
			"public", s.n.PublicIn(m.public, false), "form", JoinAnd(byMove[m]), "from", m.from, "to", m.to))
	}
	return out
}

func (s *summary) documentPresent(d int) bool { return s.sc.DocumentPresent(d, s.res.Present) }

// commitments counts the public commitments kept and broken, and names
// the broken ones.
func (s *summary) commitments() string {
	kept, broken := Commitments(s.v)
	if len(kept)+len(broken) == 0 {
		return ""
	}
	switch {
	case len(broken) == 0 && len(kept) == 1:
		return i18n.T("sum.commit.kept.one")
	case len(broken) == 0:
		return i18n.T("sum.commit.kept", "n", len(kept))
	}
	var who []int
	for _, c := range broken {
		if !slices.Contains(who, c.Party) {
			who = append(who, c.Party)
		}
	}
	return i18n.T("sum.commit.broken", "kept", len(kept), "broken", len(broken), "parties", s.list(who, false))
}

// list names delegations in a sentence: "Germany, France and the United
// States"; start capitalises the first.
func (s *summary) list(ps []int, start bool) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = s.n.Object(p)
		if i == 0 && start {
			names[i] = s.n.Subject(p)
		}
	}
	return JoinAnd(names)
}

// JoinAnd joins words as English lists them: "a", "a and b", "a, b and c";
// the summary, the rule text and the teacher's guide list names with it.
func JoinAnd(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + i18n.T("sum.and") + " " + words[len(words)-1]
}

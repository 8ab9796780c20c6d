package report

import (
	"strings"

	"bindingwords/game/rules"
)

// A Term is a glossary entry.
type Term struct{ Term, Text string }

// glossaryTerms are the glossary's entries in order: the keys of the
// term and its definition, and the stems that show the scenario uses it,
// lower case; no stems means a term of the game itself, always shown.
var glossaryTerms = []struct {
	key, def string
	stems    []string
}{
	{"term.amendment", "term.amendment.def", nil},
	{"term.package", "term.package.def", nil},
	{"term.bracket", "term.bracket.def", nil},
	{"term.redline", "term.redline.def", nil},
	{"term.batna", "term.batna.def", nil},
	{"term.reservation", "term.reservation.def", nil},
	{"term.zopa", "term.zopa.def", nil},
	{"term.signatory", "term.signatory.def", nil},
	{"term.ratification", "term.ratification.def", nil},
	{"term.commitment", "term.commitment.def", nil},
	{"term.treaty", "term.treaty.def", []string{"treaty"}},
	{"term.consent", "term.consent.def", []string{"advice and consent", "consent"}},
	{"term.executive", "term.executive.def", []string{"agreement between governments", "executive agreement"}},
	{"term.declaration", "term.declaration.def", []string{"political declaration"}},
	{"term.guarantor", "term.guarantor.def", []string{"guarantor"}},
	{"term.assurance", "term.assurance.def", []string{"assurance"}},
	{"term.backstop", "term.backstop.def", []string{"backstop"}},
	{"term.snapback", "term.snapback.def", []string{"snapback"}},
	{"term.forthwith", "term.forthwith.def", []string{"forthwith"}},
	{"term.constitutional", "term.constitutional.def", []string{"constitutional processes"}},
	{"term.prejudice", "term.prejudice.def", []string{"without prejudice"}},
	{"term.article5", "term.article5.def", []string{"article 5"}},
	{"term.unsc", "term.unsc.def", []string{"security council"}},
	{"term.veto", "term.veto.def", []string{"veto"}},
	{"term.deterrence", "term.deterrence.def", []string{"deter"}},
	{"term.escalation", "term.escalation.def", []string{"escalat"}},
	{"term.ceasefire", "term.ceasefire.def", []string{"ceasefire"}},
	{"term.sovereignty", "term.sovereignty.def", []string{"sovereignty", "territorial integrity"}},
	{"term.reconnaissance", "term.reconnaissance.def", []string{"reconnaissance"}},
	{"term.burden", "term.burden.def", []string{"burden"}},
	{"term.mandate", "term.mandate.def", []string{"mandate"}},
}

// scenarioText is every text of the scenario a player or teacher reads,
// in lower case, for the glossary and the note on who has no seat.
func scenarioText(sc *rules.Scenario) string {
	ps := &sc.PublicScenario
	parts := []string{ps.Title, ps.Summary, ps.Briefing}
	parts = append(parts, ps.Questions...)
	for _, f := range ps.Forms {
		parts = append(parts, f.Name, f.Description)
	}
	for _, a := range ps.Attributes {
		parts = append(parts, a.Name, a.Description)
	}
	for _, d := range ps.Documents {
		parts = append(parts, d.Title, d.Preamble)
	}
	for _, a := range ps.Articles {
		parts = append(parts, a.Title, a.Text)
	}
	for _, s := range ps.Slots {
		parts = append(parts, s.Name, s.Description)
		for _, o := range s.Options {
			parts = append(parts, o.Label, o.Text)
		}
	}
	for _, n := range ps.News {
		parts = append(parts, n.Headline, n.Text)
	}
	for _, n := range ps.RealityNotes {
		parts = append(parts, n.Title, n.Text)
	}
	for _, b := range sc.Briefs {
		parts = append(parts, b.Text)
		parts = append(parts, b.Objectives...)
	}
	return strings.ToLower(strings.Join(parts, "\n"))
}

// glossary is the game's own terms and the scenario's terms it uses.
func glossary(sc *rules.Scenario) []Term {
	text := scenarioText(sc)
	var out []Term
	for _, g := range glossaryTerms {
		used := len(g.stems) == 0
		for _, s := range g.stems {
			used = used || strings.Contains(text, s)
		}
		if used {
			out = append(out, Term{T(g.key), T(g.def)})
		}
	}
	return out
}

// noSeat explains who has no delegation: a general line, then one for
// each actor the scenario's texts name without giving it a seat.
func noSeat(sc *rules.Scenario) []string {
	text := scenarioText(sc)
	seated := func(name string) bool {
		for _, p := range sc.Parties {
			if strings.EqualFold(p.Name, name) || strings.EqualFold(p.ID, name) {
				return true
			}
		}
		return false
	}
	out := []string{T("noseat.intro")}
	// Each actor's line is shown when the texts name it (every stem) and
	// no delegation is it; Russia's speaks of guarantees for Ukraine, so
	// it needs both names.
	for _, a := range []struct {
		name, key string
		stems     []string
	}{
		{"Russia", "noseat.russia", []string{"russia", "ukraine"}},
		{"China", "noseat.china", []string{"china"}},
		{"United Nations", "noseat.un", []string{"security council"}},
		{"NATO", "noseat.nato", []string{"nato"}},
		{"European Union", "noseat.eu", []string{"european union"}},
	} {
		named := !seated(a.name)
		for _, s := range a.stems {
			named = named && strings.Contains(text, s)
		}
		if named {
			out = append(out, T(a.key))
		}
	}
	return out
}

// NewsPaper is a news card as printed: always marked simulated.
type NewsPaper struct {
	Headline, Text string
	From, To       int
	// Round is the round a card is dealt in, 0 for a card drawn at random.
	Round int
}

// newsOnPaper is the scenario's news deck for the teacher's preview.
func newsOnPaper(ps *rules.PublicScenario) []NewsPaper {
	var out []NewsPaper
	for _, n := range ps.News {
		out = append(out, NewsPaper{Headline: n.Headline, Text: n.Text, From: n.FromRound, To: n.ToRound, Round: n.Round})
	}
	return out
}

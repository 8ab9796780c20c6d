package report

import (
	"fmt"
	"slices"
	"strings"

	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// A Handout is one printable file: its file name and its HTML.
type Handout struct {
	// File is the suggested file name, e.g. "brief-us-private.html".
	File string
	// Title says what it is, for a listing.
	Title string
	HTML  []byte
}

// Handouts writes the printed material for a scenario with every
// delegation taking part (what "Host a class" and the new-game screen
// start with); see [HandoutsFor].
func Handouts(sc *rules.Scenario, opt Options) ([]Handout, error) {
	return HandoutsFor(sc, opt, nil)
}

// HandoutsFor writes the printed material for a class in which the
// delegations parties (ids; nil: every delegation) take part: for each
// of them its private brief (to be handed to that team only, the long
// read, for homework) and its one-page summary for the table, then the
// public briefing for everyone and the teacher's guide with the answer
// key. The set is the game's own: [rules.NewGame] decides it, as it does
// for the match a class plays, so the key's figures are the ones that
// class's debrief will show. The error is the game's refusal of the set.
func HandoutsFor(sc *rules.Scenario, opt Options, parties []string) ([]Handout, error) {
	ps := &sc.PublicScenario
	taking, err := TakingPart(sc, parties)
	if err != nil {
		return nil, err
	}
	var out []Handout
	for _, p := range taking {
		b := briefData(sc, p)
		h := briefPage(b, opt, T("brief.private", "party", ps.Parties[p].Name))
		out = append(out, Handout{File: "brief-" + fileID(ps.Parties[p].ID) + "-private.html",
			Title: T("brief.title", "party", ps.Parties[p].Name), HTML: h})
	}
	for _, p := range taking {
		h := summaryPage(summaryData(sc, p), opt, T("brief.private", "party", ps.Parties[p].Name))
		out = append(out, Handout{File: "summary-" + fileID(ps.Parties[p].ID) + "-private.html",
			Title: T("summary.title", "party", ps.Parties[p].Name), HTML: h})
	}
	out = append(out, Handout{File: "briefing.html", Title: T("briefing.title"), HTML: briefingPage(publicData(ps), opt)})
	h := guidePage(guideData(sc, taking), opt, T("guide.header"))
	out = append(out, Handout{File: "teacher-guide.html", Title: T("guide.title"), HTML: h})
	return out, nil
}

// TakingPart is the delegations (indices, in the scenario's order) that
// a game of sc with the delegations ids takes part in (nil: every one):
// the set [rules.NewGame] makes, which the match, its debrief and the
// answer key all use. It refuses what the game refuses (an unknown or
// repeated id, a delegation that must take part left out).
func TakingPart(sc *rules.Scenario, ids []string) ([]int, error) {
	g, _, err := rules.NewGame(sc, rules.Setup{Parties: ids, NoLog: true})
	if err != nil {
		return nil, err
	}
	return g.Parties(), nil
}

// fileID keeps a scenario id safe as part of a file name.
func fileID(id string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '-'
	}, strings.ToLower(id))
}

// Public is the scenario as every player may read it, laid out for print.
type Public struct {
	S         *rules.PublicScenario
	Rules     []string
	Parties   []PublicParty
	Documents []PublicDoc
}

// PublicParty is a delegation's public face: its publics and how it
// ratifies each legal form.
type PublicParty struct {
	Name, Colour string
	Optional     bool
	Publics      []string
	Ratification []string
}

// PublicDoc is a document of the chair's draft.
type PublicDoc struct {
	Title, Preamble, Form string
	Articles              []PublicArticle
}

// PublicArticle is an article of the chair's draft and its disputed
// clauses with every wording on offer.
type PublicArticle struct {
	// Number is the article's number ("5", "V"), empty when it has none.
	Number      string
	Title, Text string
	Slots       []PublicSlot
}

// PublicSlot is one disputed clause and its options.
type PublicSlot struct {
	Name, Description string
	Bracketed         bool
	Options           []PublicOption
}

// PublicOption is one wording and its public attributes.
type PublicOption struct {
	Label, Text string
	Chair       bool
	Attrs       string
}

func publicData(ps *rules.PublicScenario) *Public {
	d := &Public{S: ps, Rules: RulesText(ps)}
	for p := range ps.Parties {
		party := &ps.Parties[p]
		pp := PublicParty{Name: party.Name, Colour: rules.PartyColour(p), Optional: party.Optional}
		for _, pub := range party.Publics {
			pp.Publics = append(pp.Publics, ps.Publics[pub].Name)
		}
		for f, reqs := range party.Ratification {
			var votes []string
			for _, r := range reqs {
				label := r.Label
				if label == "" {
					label = ps.Publics[r.Public].Name
				}
				votes = append(votes, T("rat.vote", "label", label, "public", ps.Publics[r.Public].Name, "value", r.Threshold))
			}
			if len(votes) == 0 {
				votes = []string{T("rat.none")}
			}
			pp.Ratification = append(pp.Ratification, ps.Forms[f].Name+": "+strings.Join(votes, "; "))
		}
		d.Parties = append(d.Parties, pp)
	}
	chair := ps.DefaultText()
	for di := range ps.Documents {
		doc := &ps.Documents[di]
		pd := PublicDoc{Title: doc.Title, Preamble: doc.Preamble, Form: ps.Forms[ps.DocumentForm(di, chair, nil)].Name}
		for _, ai := range doc.Articles {
			a := &ps.Articles[ai]
			pa := PublicArticle{Number: a.Number, Title: a.Title, Text: FillArticle(ps, a, chair, func(s int) bool { return ps.Slots[s].Bracketed })}
			for _, si := range a.Slots {
				s := &ps.Slots[si]
				sl := PublicSlot{Name: s.Name, Description: s.Description, Bracketed: s.Bracketed}
				for oi, o := range s.Options {
					sl.Options = append(sl.Options, PublicOption{Label: o.Label, Text: o.Text, Chair: oi == s.Default, Attrs: attrs(ps, o.Attrs)})
				}
				pa.Slots = append(pa.Slots, sl)
			}
			pd.Articles = append(pd.Articles, pa)
		}
		d.Documents = append(d.Documents, pd)
	}
	return d
}

// attrs lists an option's non-zero public attributes: "Commitment +2,
// Cost −1".
func attrs(ps *rules.PublicScenario, vs []int) string {
	var out []string
	for a, v := range vs {
		if v != 0 {
			out = append(out, fmt.Sprintf("%s %s", ps.Attributes[a].Name, strings.Replace(fmt.Sprintf("%+d", v), "-", "−", 1)))
		}
	}
	return strings.Join(out, ", ")
}

// RulesText is the scenario's rules in a few sentences: the round, the
// adoption and signing rules, ratification.
func RulesText(ps *rules.PublicScenario) []string {
	out := []string{
		T("rules.rounds", "n", ps.Rounds),
		T("rules.news"),
		T("rules.table", "max", rules.MaxPackage),
		T("rules.together"),
		AdoptionText(ps),
		T("rules.press", "reassure", ps.Press.Reassure, "audience", ps.Press.AudienceCost),
		T("rules.polls"),
		T("rules.end"),
		SigningText(ps),
		T("rules.ratify"),
	}
	if e := EntryText(ps); e != "" {
		out = append(out, e)
	}
	return append(out, T("rules.score"))
}

// Brief is one delegation's private brief laid out for print.
type Brief struct {
	S           *rules.PublicScenario
	Party       PublicParty
	Text        string
	Objectives  []string
	Reservation int
	Best        int
	Slots       []BriefSlot
	RedLines    []string
	// Links are the delegation's linkage points in words.
	Links        []string
	PrivateLabel string
	// Words and Minutes are the brief's length and reading time.
	Words, Minutes int
}

// BriefSlot is one clause of a delegation's scoring table.
type BriefSlot struct {
	Article, Name string
	Options       []BriefOption
}

// BriefOption is one wording with the delegation's points for it.
type BriefOption struct {
	Label          string
	Points         int
	Chair, RedLine bool
	Top            bool
}

func briefData(sc *rules.Scenario, p int) *Brief {
	ps := &sc.PublicScenario
	pub := publicData(ps)
	b := &Brief{S: ps, Party: pub.Parties[p], Text: sc.Briefs[p].Text, Objectives: sc.Briefs[p].Objectives,
		Reservation: sc.Briefs[p].Reservation, Best: sc.BestScore(p),
		PrivateLabel: T("brief.private", "party", ps.Parties[p].Name)}
	b.Words = words(append([]string{b.Text}, b.Objectives...)...)
	b.Minutes = readMinutes(b.Words)
	red := map[rules.OptionRef]bool{}
	for _, r := range sc.Briefs[p].RedLines {
		red[r] = true
		b.RedLines = append(b.RedLines, ps.Slots[r.Slot].Name+": “"+ps.Slots[r.Slot].Options[r.Option].Label+"”")
	}
	for _, l := range sc.Briefs[p].Links {
		b.Links = append(b.Links, T("brief.link", "points", signed(l.Points),
			"a", ps.Slots[l.If.Slot].Options[l.If.Option].Label, "aslot", ps.Slots[l.If.Slot].Name,
			"b", ps.Slots[l.And.Slot].Options[l.And.Option].Label, "bslot", ps.Slots[l.And.Slot].Name))
	}
	for si := range ps.Slots {
		s := &ps.Slots[si]
		bs := BriefSlot{Article: narrate.ArticleHeading(ps.Articles[s.Article].Number, ps.Articles[s.Article].Title), Name: s.Name}
		if strings.EqualFold(bs.Article, bs.Name) {
			bs.Article = ""
		}
		top := slices.Max(sc.Briefs[p].Points[si])
		for oi, o := range s.Options {
			pts := sc.Briefs[p].Points[si][oi]
			bs.Options = append(bs.Options, BriefOption{Label: o.Label, Points: pts, Chair: oi == s.Default,
				RedLine: red[rules.OptionRef{Slot: si, Option: oi}], Top: pts == top})
		}
		b.Slots = append(b.Slots, bs)
	}
	return b
}

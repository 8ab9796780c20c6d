package report

import (
	"fmt"
	"slices"
	"strings"

	"bindingwords/game/analysis"
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

// Handouts writes the printed material for a scenario: one private brief
// per delegation (each to be handed to that team only), the public
// briefing for everyone, and the teacher's guide with the answer key.
// The error is always nil; it is kept for callers written when a template
// could fail.
func Handouts(sc *rules.Scenario, opt Options) ([]Handout, error) {
	ps := &sc.PublicScenario
	var out []Handout
	for p := range ps.Parties {
		h := briefPage(briefData(sc, p), opt, T("brief.private", "party", ps.Parties[p].Name))
		out = append(out, Handout{File: "brief-" + fileID(ps.Parties[p].ID) + "-private.html",
			Title: T("brief.title", "party", ps.Parties[p].Name), HTML: h})
	}
	out = append(out, Handout{File: "briefing.html", Title: T("briefing.title"), HTML: briefingPage(publicData(ps), opt)})
	h := guidePage(guideData(sc), opt, T("guide.header"))
	out = append(out, Handout{File: "teacher-guide.html", Title: T("guide.title"), HTML: h})
	return out, nil
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
		pp := PublicParty{Name: party.Name, Colour: party.Colour, Optional: party.Optional}
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
			pa := PublicArticle{Title: a.Title, Text: FillArticle(ps, a, chair, func(s int) bool { return ps.Slots[s].Bracketed })}
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
	names := func(ps []int, all []rules.Party) string {
		var out []string
		for _, p := range ps {
			out = append(out, all[p].Name)
		}
		return strings.Join(out, ", ")
	}
	quota := map[rules.Quota]string{rules.QuotaAll: T("quota.all"), rules.QuotaMajority: T("quota.majority"),
		rules.QuotaTwoThirds: T("quota.twothirds"), rules.QuotaNone: T("quota.none")}[ps.Adoption.Others]
	adoption := T("rules.adoption.all")
	if len(ps.Adoption.MustAgree) > 0 || ps.Adoption.Others != rules.QuotaAll {
		must := T("rules.nobody")
		if len(ps.Adoption.MustAgree) > 0 {
			must = names(ps.Adoption.MustAgree, ps.Parties)
		}
		adoption = T("rules.adoption", "must", must, "quota", quota)
	}
	signing := T("rules.signing.min", "n", ps.Signing.Minimum)
	if len(ps.Signing.Required) > 0 {
		signing = T("rules.signing", "required", names(ps.Signing.Required, ps.Parties), "n", ps.Signing.Minimum)
	}
	return []string{
		T("rules.rounds", "n", ps.Rounds),
		T("rules.news"),
		T("rules.table", "max", rules.MaxPackage),
		T("rules.together"),
		adoption,
		T("rules.press", "reassure", ps.Press.Reassure, "audience", ps.Press.AudienceCost),
		T("rules.polls"),
		T("rules.end"),
		signing,
		T("rules.ratify"),
		T("rules.score"),
	}
}

// Brief is one delegation's private brief laid out for print.
type Brief struct {
	S            *rules.PublicScenario
	Party        PublicParty
	Text         string
	Objectives   []string
	Reservation  int
	Best         int
	Slots        []BriefSlot
	RedLines     []string
	PrivateLabel string
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
	red := map[rules.OptionRef]bool{}
	for _, r := range sc.Briefs[p].RedLines {
		red[r] = true
		b.RedLines = append(b.RedLines, ps.Slots[r.Slot].Name+": “"+ps.Slots[r.Slot].Options[r.Option].Label+"”")
	}
	for si := range ps.Slots {
		s := &ps.Slots[si]
		bs := BriefSlot{Article: ps.Articles[s.Article].Title, Name: s.Name}
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

// Guide is the teacher's guide and answer key.
type Guide struct {
	S     *rules.PublicScenario
	Rules []string
	Plans []Plan
	Key   []KeyParty
	A     *analysis.Analysis
	// Nash, Kalai and MaxJoint list each benchmark text clause by clause.
	Nash, MaxJoint []string
}

// A Plan is a lesson timing plan.
type Plan struct {
	Minutes int
	Steps   []PlanStep
}

// A PlanStep is one block of a lesson.
type PlanStep struct {
	At, Minutes int
	What        string
}

// KeyParty is one delegation's interests for the answer key.
type KeyParty struct {
	Name         string
	Objectives   []string
	Reservation  int
	Best         int
	Nash         int
	MaxJoint     int
	RedLines     []string
	Priorities   []string
	Ratification []string
}

func guideData(sc *rules.Scenario) *Guide {
	ps := &sc.PublicScenario
	a := analysis.Analyze(sc, analysis.Options{})
	pub := publicData(ps)
	g := &Guide{S: ps, Rules: RulesText(ps), A: a, Plans: []Plan{plan(45), plan(90)}}
	text := func(pt *analysis.Point) []string {
		if pt == nil {
			return nil
		}
		var out []string
		for si, oi := range pt.Text {
			out = append(out, ps.Slots[si].Name+": “"+ps.Slots[si].Options[oi].Label+"”")
		}
		return out
	}
	g.Nash, g.MaxJoint = text(a.Nash), text(a.MaxJoint)
	for p := range ps.Parties {
		bd := briefData(sc, p)
		k := KeyParty{Name: ps.Parties[p].Name, Objectives: bd.Objectives, Reservation: bd.Reservation, Best: bd.Best,
			Nash: -1, MaxJoint: -1, RedLines: bd.RedLines, Ratification: pub.Parties[p].Ratification}
		if a.Nash != nil {
			k.Nash, k.MaxJoint = a.Nash.Scores[p], a.MaxJoint.Scores[p]
		}
		k.Priorities = priorities(sc, p)
		g.Key = append(g.Key, k)
	}
	return g
}

// priorities names the three clauses that matter most to party p: those
// with the widest spread of its points, with its favourite wording.
func priorities(sc *rules.Scenario, p int) []string {
	type pr struct{ slot, spread, best int }
	var list []pr
	for si, row := range sc.Briefs[p].Points {
		hi, lo := slices.Max(row), slices.Min(row)
		list = append(list, pr{si, hi - lo, slices.Index(row, hi)})
	}
	slices.SortStableFunc(list, func(a, b pr) int { return b.spread - a.spread })
	var out []string
	for _, x := range list[:min(3, len(list))] {
		s := &sc.Slots[x.slot]
		out = append(out, T("key.priority", "clause", s.Name, "option", s.Options[x.best].Label, "spread", x.spread))
	}
	return out
}

// The lesson plans are measured, not guessed: a scripted class of five
// teams on their own devices, at the together pace, on the real host
// (internal/classsim, `bash scripts/class.sh`; figures and method in
// docs/class-timing.md) took 4.2 minutes a round on average; six rounds
// and the signing 25.7 minutes on average and 29.2 in the worst of 30
// games, ten rounds 42.6 and 47.4 in the worst of 20. A round timer of 5
// minutes caps the play at 30 and 50 minutes and, in those games, cut
// one round in five, mostly its last press statements; at 4 minutes it
// cut more than half the rounds and decided one item in ten by the clock.
const (
	planTimer                  = 5 // minutes a round
	planRounds45, planRounds90 = 6, 10
	planMean45, planWorst45    = 26, 29
	planMean90, planWorst90    = 43, 47
)

// plan divides a 45- or 90-minute lesson into briefing, the game and
// debrief, as the "Host a class" presets play it: 6 rounds for one lesson,
// 10 over two, with a 5-minute round timer.
func plan(minutes int) Plan {
	pl := Plan{Minutes: minutes}
	at := 0
	add := func(m int, what string) {
		pl.Steps = append(pl.Steps, PlanStep{At: at, Minutes: m, What: what})
		at += m
	}
	if minutes >= 90 {
		add(5, T("plan.intro"))
		add(10, T("plan.briefs.long"))
		add(planRounds90*planTimer, T("plan.rounds", "n", planRounds90, "timer", planTimer, "mean", planMean90, "worst", planWorst90))
	} else {
		add(5, T("plan.briefs"))
		add(planRounds45*planTimer, T("plan.rounds", "n", planRounds45, "timer", planTimer, "mean", planMean45, "worst", planWorst45))
	}
	add(minutes-at, T("plan.debrief"))
	return pl
}

// Package report writes what a class takes home from a game: the exported
// debrief (one self-contained, printable HTML file, or Markdown) and the
// printed handouts (each delegation's private brief, the public briefing
// and the teacher's guide).
//
// Everything is built from the rules' public API and the analysis; all
// scenario text is escaped on output, and the English wording is in one
// table (text.go) so that a translation can replace it.
package report

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"bindingwords/game/analysis"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// A Debrief is everything the exported debrief shows, in plain values, so
// that the HTML and Markdown writers only lay it out.
type Debrief struct {
	Title, ScenarioID, Summary string
	// SaveName names the save it was made from, if any.
	SaveName string
	// Unchecked marks a debrief made from a save of an older format,
	// whose reasons and seat kinds no hash covers: the page says they
	// are the file's words, not checked.
	Unchecked bool
	// Earlier marks a game played on an earlier version of its scenario
	// than the current one (the save carries it; issue 14): the page
	// says so, since the handouts of today's version differ.
	Earlier bool
	Seed    uint64
	Rounds  int
	// Round is the last round played; Over says whether the game ended.
	Round int
	Over  bool

	Outcome Outcome
	Parties []PartyResult
	Docs    []DocText
	Publics []PublicChart
	Value   Value
	// Reasons are the AI delegates' explanations, in order of play.
	Reasons   []Reason
	Questions []string
	Reality   []rules.RealityNote
	// Story is the plain summary of what happened, a few short sentences
	// built from the game's events (empty for a game not over).
	Story []string
	// Kept and Broken list the public commitments kept (honoured by the
	// text, or kept by not signing) and those signatories broke.
	Kept, Broken []string
}

// TeacherCopy reports whether the debrief is a teacher's copy: one of a
// game not yet over. It shows every delegation's reservation value and
// what the draft is worth to each while the class is still negotiating,
// so every page of it says so. A finished game's debrief is meant to
// reveal the briefs, and is not marked.
func (d *Debrief) TeacherCopy() bool { return !d.Over }

// Outcome is how the game ended.
type Outcome struct {
	Formed, InForce bool
	// NoText says no text is in force (or the game is not over): the
	// indicators are the values without an agreement, and the bands'
	// readings, written for a text in force, are left out.
	NoText bool
	// Headline is one line ("The agreement is in force."), Narrative the
	// scenario's text for this ending.
	Headline, Narrative string
	Indicators          []Indicator
}

// An Indicator is one outcome measure and the band it fell in.
type Indicator struct {
	Name, Description string
	Value             int
	Band, BandText    string
}

// PartyResult is one delegation's result.
type PartyResult struct {
	Index            int
	ID, Name, Colour string
	// Seat is "human" or "ai:normal"…
	Seat                     string
	Score, Reservation, Best int
	// Advantage is 0 at the reservation, 1 at the best possible text.
	Advantage float64
	// Nash is what the Nash bargain would have given it (-1: no ZOPA).
	Nash             int
	Signed, Ratified bool
}

// DocText is one document of the final text.
type DocText struct {
	Title, Form string
	Articles    []ArticleText
}

// ArticleText is one article of the final text with its clauses' history.
type ArticleText struct {
	// Number is the article's number ("5", "V"), empty when it has none.
	Number string
	Title  string
	// Text is the article as it reads, with [brackets] around clauses
	// still in dispute.
	Text    string
	Dropped bool
	Clauses []Clause
}

// A Clause is one slot of an article: the chair's wording, the final
// wording and every item that tried to change it.
type Clause struct {
	Name         string
	Chair, Final string
	Bracketed    bool
	History      []ItemChange
}

// An ItemChange is one tabled item as it touched one clause.
type ItemChange struct {
	Item, Round int
	Proposer    string
	From, To    string
	// Linked lists the other changes of a package ("Scope: “all territory”").
	Linked  []string
	Votes   []Vote
	Adopted bool
	Reason  string
}

// A Vote is one delegation's vote on an item.
type Vote struct {
	Party string
	Yes   bool
	// Proposer marks the delegation that tabled the item.
	Proposer bool
}

// A PublicChart is one public's support over the game.
type PublicChart struct {
	Name, Party, Colour string
	// Polls is the support at the start and after each round, in tenths.
	Polls []int
	// Thresholds are the votes at home the final text needs from this
	// public, in whole points.
	Thresholds []Threshold
	// Moves explains each round's change.
	Moves []Move
	// Bar is the support the draft needed from this public at each poll,
	// as it then stood: the legal form its documents had then and the
	// threshold as news had moved it (-1: that draft needed no vote of
	// this public). BarForm is the form that set it. The last poll of a
	// finished game is the final text, whose vote was held.
	Bar, BarForm []int
	// Earlier names the bars of forms the draft had and lost before the
	// end, each at the last poll it held: the chart labels them where
	// they stop.
	Earlier []EarlierBar
}

// An EarlierBar is the bar of a legal form the draft had until a poll.
type EarlierBar struct {
	// From and To are the first and last polls the form held (0: the
	// start); First the bar at From and Value the bar at To (news may
	// have moved it in between).
	From, To, First, Value int
	// Form is the form's name, AForm the same in a sentence ("a treaty").
	Form, AForm string
}

// Sentence says in words what the chart draws: "As a treaty the draft
// needed 67% until round 4."
func (e EarlierBar) Sentence() string {
	switch {
	case e.First != e.Value && e.From == 0:
		return T("polls.earlier.moved", "form", e.AForm, "first", e.First, "value", e.Value, "to", e.To)
	case e.First != e.Value:
		return T("polls.earlier.moved.between", "form", e.AForm, "first", e.First, "value", e.Value, "from", e.From, "to", e.To)
	case e.To == 0:
		return T("polls.earlier.start", "form", e.AForm, "value", e.Value)
	case e.From == 0:
		return T("polls.earlier.until", "form", e.AForm, "value", e.Value, "to", e.To)
	}
	return T("polls.earlier.between", "form", e.AForm, "value", e.Value, "from", e.From, "to", e.To)
}

// EarlierBars lists the runs of polls whose bar (from [BarSteps]) was set
// by a form other than the last poll's, and ended with a different bar.
func EarlierBars(ps *rules.PublicScenario, bar, form []int) []EarlierBar {
	var out []EarlierBar
	last := form[len(form)-1]
	for r := 0; r < len(bar); r++ {
		if bar[r] < 0 || form[r] == last {
			continue
		}
		from := r
		for r+1 < len(bar) && bar[r+1] >= 0 && form[r+1] == form[r] {
			r++
		}
		if r+1 < len(bar) && bar[r+1] == bar[r] {
			// The form changed but the bar did not (the Rada votes on
			// both): nothing to tell.
			continue
		}
		out = append(out, EarlierBar{From: from, To: r, First: bar[from], Value: bar[r], Form: ps.Forms[form[r]].Name, AForm: narrate.New(ps).AForm(form[r])})
	}
	return out
}

// A Threshold is one ratification vote's bar.
type Threshold struct {
	Label string
	// Value is the bar at the end; Steps is the bar at each poll (the
	// start and after each round), as news moved it.
	Value int
	Steps []int
}

// Moved reports whether news moved the bar during the game.
func (t Threshold) Moved() bool {
	for _, v := range t.Steps {
		if v != t.Value {
			return true
		}
	}
	return false
}

// ThresholdSteps is party p's bar at public pub for form f (its i-th
// requirement) at each of n polls: the scenario's bar at the start, then
// as the game's threshold events moved it. A poll after round r counts
// the news of round r, which comes first in the round.
func ThresholdSteps(ps *rules.PublicScenario, events []rules.Event, p, f, i, n int) []int {
	req := ps.Parties[p].Ratification[f][i]
	out := make([]int, n)
	v, r := req.Threshold, 0
	for _, e := range events {
		if e.Kind != rules.EvThreshold || e.Party != p || e.Form != f || e.Public != req.Public {
			continue
		}
		for ; r < n && r < e.Round; r++ {
			out[r] = v
		}
		v = e.Value
	}
	for ; r < n; r++ {
		out[r] = v
	}
	return out
}

// A Move is one round's change of a public's support and its main
// reasons, largest first.
type Move struct {
	Round   int
	Delta   int
	Reasons []string
}

// Value is the class's joint gain against what the table allowed.
type Value struct {
	// ZOPA counts the texts every required signatory could sign and ratify.
	ZOPA         int64
	Exact        bool
	JointGain    int
	MaxJointGain int
	// Welfare is JointGain / MaxJointGain; ParetoDistance the distance to
	// the Pareto frontier in advantage units (0: nothing left).
	Welfare, ParetoDistance float64
	// Nash is the Nash bargain's text, clause by clause (nil: no ZOPA).
	Nash []NashClause
}

// A NashClause is a clause where the Nash bargain reads otherwise than the
// final text.
type NashClause struct {
	Clause, Nash, Final string
	// Dropped says the clause's article fell out of the final text: Final
	// is the wording it had when it was still in brackets.
	Dropped bool
}

// A Reason is one AI delegate's explanation of one move.
type Reason struct {
	Round       int
	Party, Text string
}

// Build gathers the debrief of g, played on sc by seats. The game need not
// be over: an unfinished game reports how it stands.
func Build(sc *rules.Scenario, g *rules.Game, seats []rules.Seat) *Debrief {
	ps := &sc.PublicScenario
	v := g.View(rules.Spectator)
	d := &Debrief{Title: ps.Title, ScenarioID: ps.ID, Summary: ps.Summary, Seed: g.Seed(), Rounds: g.Rounds(),
		Round: g.Round(), Over: g.Over(), Questions: ps.Questions, Reality: ps.RealityNotes}
	res := g.Result()
	text, present := v.Text(), v.Present()
	if res != nil {
		text, present = res.Text, res.Present
	}
	d.Outcome = outcome(ps, res)
	a := analysis.Analyze(sc, analysis.Options{Parties: g.Parties()})
	scores := make([]int, len(ps.Parties))
	for _, p := range g.Parties() {
		// An unfinished game is scored as if the draft as it stands
		// entered into force: what the class would take home now.
		scores[p] = sc.Score(p, text, nil)
		if res != nil {
			scores[p] = res.Scores[p]
		}
	}
	m := a.Measure(scores)
	seatOf := map[string]string{}
	for _, s := range seats {
		seatOf[s.Party] = s.Kind
	}
	for _, p := range g.Parties() {
		pr := PartyResult{Index: p, ID: ps.Parties[p].ID, Name: ps.Parties[p].Name, Colour: rules.PartyColour(p),
			Seat: seatOf[ps.Parties[p].ID], Score: scores[p], Reservation: a.Reservation[p], Best: a.Best[p],
			Advantage: m.Advantage[p], Nash: -1}
		if a.Nash != nil {
			pr.Nash = a.Nash.Scores[p]
		}
		if res != nil {
			pr.Signed, pr.Ratified = res.Signed[p], res.Ratify[p] && res.InForce
		}
		d.Parties = append(d.Parties, pr)
	}
	d.Value = Value{ZOPA: a.ZOPA, Exact: a.Exact, JointGain: m.JointGain, MaxJointGain: a.MaxJointGain,
		Welfare: m.Welfare, ParetoDistance: m.ParetoDistance}
	if a.Nash != nil {
		for si := range ps.Slots {
			s := &ps.Slots[si]
			// A clause whose article fell out is not in the final text at
			// all, whatever its wording was: it always differs.
			dropped := present != nil && !present[s.Article]
			if a.Nash.Text[si] != text[si] || dropped {
				d.Value.Nash = append(d.Value.Nash, NashClause{Clause: s.Name, Nash: s.Options[a.Nash.Text[si]].Label,
					Final: s.Options[text[si]].Label, Dropped: dropped})
			}
		}
	}
	d.Docs = docs(ps, g, text, present, res)
	d.Publics = publics(ps, g, text, present)
	d.Reasons = reasons(ps, g, seatOf)
	if res != nil {
		n := narrate.New(ps)
		d.Story = n.Summary(v)
		kept, broken := narrate.Commitments(v)
		for _, c := range kept {
			d.Kept = append(d.Kept, n.Fate(v, c))
		}
		for _, c := range broken {
			d.Broken = append(d.Broken, n.Fate(v, c))
		}
	}
	return d
}

func outcome(ps *rules.PublicScenario, res *rules.Result) Outcome {
	if res == nil {
		return Outcome{Headline: T("outcome.unfinished"), NoText: true}
	}
	o := Outcome{Formed: res.Formed, InForce: res.InForce, NoText: !res.InForce}
	switch {
	case res.InForce:
		o.Headline, o.Narrative = T("outcome.inforce"), ps.Outcomes.InForce
	case res.Formed:
		o.Headline, o.Narrative = T("outcome.notratified"), ps.Outcomes.NotRatified
	default:
		o.Headline, o.Narrative = T("outcome.none"), ps.Outcomes.NoAgreement
	}
	for i, ind := range ps.Indicators {
		x := Indicator{Name: ind.Name, Description: ind.Description, Value: res.Indicators[i]}
		if b := ps.Band(i, x.Value); b != nil {
			x.Band, x.BandText = b.Label, b.Text
			if o.NoText {
				// The bands read a text in force ("cheap to sign");
				// without one, only the label fits.
				x.BandText = ""
			}
		}
		o.Indicators = append(o.Indicators, x)
	}
	return o
}

// FillArticle writes an article with the given wordings, a clause still
// in dispute in [brackets] (bracketed may be nil).
func FillArticle(ps *rules.PublicScenario, a *rules.Article, text []int, bracketed func(slot int) bool) string {
	out := a.Text
	for _, si := range a.Slots {
		w := ps.Slots[si].Options[text[si]].Text
		if bracketed != nil && bracketed(si) {
			// A disputed omission stays visible: "[ ]".
			w = "[" + cmp.Or(w, " ") + "]"
		}
		out = rules.Fill(out, ps.Slots[si].ID, w)
	}
	return out
}

func docs(ps *rules.PublicScenario, g *rules.Game, text []int, present []bool, res *rules.Result) []DocText {
	v := g.View(rules.Spectator)
	items := g.Items()
	var out []DocText
	for di := range ps.Documents {
		doc := &ps.Documents[di]
		form := ps.DocumentForm(di, text, present)
		if res != nil {
			form = res.Forms[di]
		}
		dt := DocText{Title: doc.Title, Form: ps.Forms[form].Name}
		for _, ai := range doc.Articles {
			a := &ps.Articles[ai]
			at := ArticleText{Number: a.Number, Title: a.Title, Text: FillArticle(ps, a, text, v.Bracketed), Dropped: present != nil && !present[ai]}
			for _, si := range a.Slots {
				s := &ps.Slots[si]
				c := Clause{Name: s.Name, Chair: s.Options[s.Default].Label, Final: s.Options[text[si]].Label, Bracketed: v.Bracketed(si)}
				for ii := range items {
					c.History = append(c.History, changesOf(ps, g, ii, &items[ii], si)...)
				}
				at.Clauses = append(at.Clauses, c)
			}
			dt.Articles = append(dt.Articles, at)
		}
		out = append(out, dt)
	}
	return out
}

func changesOf(ps *rules.PublicScenario, g *rules.Game, ii int, it *rules.Item, slot int) []ItemChange {
	var out []ItemChange
	for ci, c := range it.Changes {
		if c.Slot != slot {
			continue
		}
		s := &ps.Slots[slot]
		x := ItemChange{Item: ii + 1, Round: it.Round, Proposer: ps.Parties[it.Party].Name,
			From: s.Options[it.Before[ci]].Label, To: s.Options[c.Option].Label, Adopted: it.Adopted, Reason: it.Reason}
		for cj, o := range it.Changes {
			if cj != ci {
				x.Linked = append(x.Linked, ps.Slots[o.Slot].Name+": “"+ps.Slots[o.Slot].Options[o.Option].Label+"”")
			}
		}
		for _, p := range g.Parties() {
			// A secret ballot stays secret in the debrief: only the
			// proposer's yes is known.
			if ps.Adoption.Secret && p != it.Party {
				continue
			}
			if it.Votes[p] != rules.VoteNone {
				x.Votes = append(x.Votes, Vote{Party: ps.Parties[p].Name, Yes: it.Votes[p] == rules.VoteYes, Proposer: p == it.Party})
			}
		}
		out = append(out, x)
	}
	return out
}

// publics gathers each public's polls, its ratification bars for the
// final text's forms, and the main reasons of each round's move.
func publics(ps *rules.PublicScenario, g *rules.Game, text []int, present []bool) []PublicChart {
	v := g.View(rules.Spectator)
	var out []PublicChart
	for _, p := range g.Parties() {
		for _, pub := range ps.Parties[p].Publics {
			pc := PublicChart{Name: ps.Publics[pub].Name, Party: ps.Parties[p].Name, Colour: rules.PartyColour(p), Polls: v.Polls(pub)}
			seen := map[[2]any]bool{}
			for di := range ps.Documents {
				f := ps.DocumentForm(di, text, present)
				for i, req := range ps.Parties[p].Ratification[f] {
					if req.Public != pub {
						continue
					}
					t := Threshold{Label: req.Label, Value: v.Threshold(p, f, i), Steps: ThresholdSteps(ps, g.Events(), p, f, i, len(pc.Polls))}
					if t.Label == "" {
						t.Label = ps.Forms[f].Name
					}
					k := [2]any{t.Label, t.Value}
					if !seen[k] {
						seen[k] = true
						pc.Thresholds = append(pc.Thresholds, t)
					}
				}
			}
			pc.Bar, pc.BarForm = BarSteps(ps, g.Events(), p, pub, len(pc.Polls), text, present)
			pc.Earlier = EarlierBars(ps, pc.Bar, pc.BarForm)
			pc.Moves = moves(ps, g, pub, pc.Polls)
			out = append(out, pc)
		}
	}
	return out
}

// BarSteps is the support party p's public pub had to give the draft at
// each of n polls, for the draft as it then stood, and the form that set
// it: the draft is replayed from the chair's text through the adopted
// changes, each document's legal form read from it, and each bar taken
// as news had moved it ([ThresholdSteps]). -1 means that draft needed no
// vote of pub. The last poll reads final (the final text, or the draft
// now) with present, the articles still in it, as the vote at home does.
func BarSteps(ps *rules.PublicScenario, events []rules.Event, p, pub, n int, final []int, present []bool) (bar, form []int) {
	text := ps.DefaultText()
	bar, form = make([]int, n), make([]int, n)
	steps := map[[2]int][]int{}
	k := 0
	for r := range n {
		for ; k < len(events) && events[k].Round <= r; k++ {
			if e := events[k]; e.Kind == rules.EvTextChanged {
				text[e.Slot] = e.Option
			}
		}
		at, pres := text, []bool(nil)
		if r == n-1 && final != nil {
			at, pres = final, present
		}
		bar[r], form[r] = -1, -1
		for d := range ps.Documents {
			if !ps.DocumentPresent(d, pres) {
				continue
			}
			f := ps.DocumentForm(d, at, pres)
			for i, req := range ps.Parties[p].Ratification[f] {
				if req.Public != pub {
					continue
				}
				key := [2]int{f, i}
				if steps[key] == nil {
					steps[key] = ThresholdSteps(ps, events, p, f, i, n)
				}
				if v := steps[key][r]; v > bar[r] {
					bar[r], form[r] = v, f
				}
			}
		}
	}
	return bar, form
}

// moves sums each round's support events for pub by cause and keeps the
// three that moved it most. Causes that read the same are one reason: a
// public drifting toward the same wording twice in a round, with
// different weights, moved once for one reason as far as the class can
// tell.
func moves(ps *rules.PublicScenario, g *rules.Game, pub int, polls []int) []Move {
	n := narrate.New(ps)
	type sum struct {
		cause string
		delta int
		first int
	}
	byRound := map[int][]sum{}
	for i, e := range g.Events() {
		if e.Kind != rules.EvSupport || e.Public != pub {
			continue
		}
		c := n.Cause(e.Cause)
		list := byRound[e.Round]
		k := slices.IndexFunc(list, func(s sum) bool { return s.cause == c })
		if k < 0 {
			list = append(list, sum{cause: c, first: i})
			k = len(list) - 1
		}
		list[k].delta += e.Delta
		byRound[e.Round] = list
	}
	var out []Move
	for r := 1; r < len(polls); r++ {
		m := Move{Round: r, Delta: polls[r] - polls[r-1]}
		list := byRound[r]
		sort.SliceStable(list, func(i, j int) bool { return abs(list[i].delta) > abs(list[j].delta) })
		for _, s := range list {
			if len(m.Reasons) == 3 || s.delta == 0 {
				break
			}
			m.Reasons = append(m.Reasons, rules.Tenths(s.delta, true)+" "+s.cause)
		}
		out = append(out, m)
	}
	return out
}

func reasons(ps *rules.PublicScenario, g *rules.Game, seatOf map[string]string) []Reason {
	var out []Reason
	for _, e := range g.Events() {
		if e.Reason == "" || e.Party < 0 || !strings.HasPrefix(seatOf[ps.Parties[e.Party].ID], "ai") {
			continue
		}
		out = append(out, Reason{Round: e.Round, Party: ps.Parties[e.Party].Name, Text: e.Reason})
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

package ui

import (
	"bindingwords/game/i18n"
	"fmt"
	"strings"

	"bindingwords/game/match"
	"bindingwords/game/narrate"
	"bindingwords/game/rules"
)

// projModel is everything the projector shows, copied out of the
// spectator's view on the table's goroutine: plain values the window can
// lay out at leisure without touching the match. It is built only from
// [match.Match.Public] (seat −1), so no brief and no delegation's points
// can reach it.
type projModel struct {
	// sc is the public scenario, for names; it never changes.
	sc            *rules.PublicScenario
	Title         string
	Round, Rounds int
	Phase         rules.Phase
	Over          bool
	Clock         match.Clock
	// Together is the simultaneous pace: delegations choose at once.
	Together bool
	// NewsHeld: the teacher holds the news deck.
	NewsHeld bool
	Docs     []projDoc
	// Item is what is on the table this round: the item being voted on,
	// or the last one decided; nil before anything was tabled.
	Item    *projItem
	Publics []projPublic
	// News is this round's news card, or nil.
	News *projNews
	// Told lists the news cards told so far in this game.
	Told []int
	// Away marks the news cards about a delegation not at the table,
	// which the teacher may not deal (rules.View.NewsAtTable).
	Away []bool
	// Said are this round's press statements, as sentences, once they
	// are public.
	Said []projSaid
	// Seats are the delegations taking part, in turn order, with what the
	// table waits for from each.
	Seats []projSeat
}

// projDoc is one document of the draft.
type projDoc struct {
	Title, Form string
	Articles    []projArticle
}

// projArticle is an article, numbered through the documents, with its
// clauses.
type projArticle struct {
	Number string
	Title  string
	// Fixed is the text of an article without clauses, which nobody
	// negotiates; empty for any other article.
	Fixed   string
	Dropped bool
	Clauses []projClause
}

// projClause is a clause as it reads now.
type projClause struct {
	Slot    int
	Name    string
	Wording string
	// Was is the wording it replaced this round ("" when unchanged).
	Was       string
	Bracketed bool
}

// projItem is an item on the table and its votes, as far as they are
// public.
type projItem struct {
	N       int // from 1
	Party   int
	Reason  string
	Changes []projChange
	// Voted are the delegations that have voted; until the item is
	// decided the projector shows only that, not how.
	Voted   []int
	Decided bool
	Adopted bool
	// Yes and No say who voted how, once the item is decided.
	Yes, No []int
	// Secret is a secret ballot: only the count is known, YesN and NoN.
	Secret    bool
	YesN, NoN int
	// Prev is the item decided just before this one in the round (its
	// number, from 1, and whether it was adopted), or 0: at the together
	// pace the next item follows at once, and the class still wants the
	// last result.
	Prev        int
	PrevAdopted bool
}

// projChange is one change an item makes: the clause (its index and
// name), the wording it had and the one proposed.
type projChange struct {
	SlotIdx        int
	Slot, From, To string
}

// projPublic is one public: support now and the change this round, in
// tenths, and what it must reach to ratify.
type projPublic struct {
	Party, Public int
	Name          string
	Support       int
	Delta         int
	// Threshold is in whole points, or −1 when this public has no vote
	// on the draft as it stands.
	Threshold int
}

// projNews is the news card of the round.
type projNews struct {
	Card           int
	Headline, Text string
}

// projSaid is a delegation's press statement.
type projSaid struct {
	Party int
	Text  string
}

// projSeat is a delegation at the table.
type projSeat struct {
	Party int
	AI    bool
	// Waiting: the table waits for its move. Chosen: in the together
	// pace, it has made its sealed choice for this step.
	Waiting, Chosen bool
}

// buildProjModel copies what the projector shows out of the spectator's
// view v, with the round timer and who sits in each seat. It must run
// where the match may be read (inside [host.Table.Do]).
func buildProjModel(v rules.View, clk match.Clock, kinds []match.SeatKind) projModel {
	if v.Seat() != rules.Spectator {
		// A party's view would carry its brief: the projector never takes
		// one.
		panic(fmt.Sprintf("ui: projector model from seat %d's view", v.Seat()))
	}
	sc := v.Scenario()
	pm := projModel{sc: sc, Title: sc.Title, Round: v.Round(), Rounds: v.Rounds(), Phase: v.Phase(),
		Over: v.Over(), Clock: clk}
	pm.Together, pm.NewsHeld = v.Together(), v.NewsHeld()
	pm.Docs = projDraft(sc, v)
	pm.Item = projItemOf(v)
	pm.Publics = projPublics(sc, v)
	pm.News = projNewsOf(sc, v)
	pm.Away = make([]bool, len(sc.News))
	for c := range sc.News {
		pm.Away[c] = !v.NewsAtTable(c)
	}
	n := narrate.New(sc)
	for _, e := range v.Events() {
		switch {
		case e.Kind == rules.EvNews:
			pm.Told = append(pm.Told, e.Card)
		case e.Kind == rules.EvStatement && e.Round == v.Round():
			pm.Said = append(pm.Said, projSaid{Party: e.Party, Text: n.Event(e)})
		}
	}
	for _, p := range v.Parties() {
		st := projSeat{Party: p, Waiting: v.MustAct(p), Chosen: v.Chosen(p)}
		if p < len(kinds) {
			st.AI = kinds[p].Role == match.AI
		}
		pm.Seats = append(pm.Seats, st)
	}
	return pm
}

// projDraft is the draft as it reads now, with this round's changes.
func projDraft(sc *rules.PublicScenario, v rules.View) []projDoc {
	changed := recentChanges(v, v.Round())
	present := v.Present()
	text := v.Text()
	var docs []projDoc
	for d := range sc.Documents {
		doc := &sc.Documents[d]
		pd := projDoc{Title: doc.Title, Form: sc.Forms[sc.DocumentForm(d, text, present)].Name}
		for _, art := range doc.Articles {
			a := &sc.Articles[art]
			pa := projArticle{Number: a.Number, Title: a.Title, Dropped: present != nil && !present[art]}
			if len(a.Slots) == 0 {
				pa.Fixed = a.Text
			}
			for _, slot := range articleSlots(sc, art) {
				sl := &sc.Slots[slot]
				c := projClause{Slot: slot, Name: sl.Name, Wording: sl.Options[v.Option(slot)].Label, Bracketed: v.Bracketed(slot)}
				if before, ok := changed[slot]; ok {
					c.Was = sl.Options[before].Label
				}
				pa.Clauses = append(pa.Clauses, c)
			}
			pd.Articles = append(pd.Articles, pa)
		}
		docs = append(docs, pd)
	}
	return docs
}

// articleSlots lists the clauses of an article in the order its text
// names them.
func articleSlots(sc *rules.PublicScenario, art int) []int {
	var out []int
	txt := sc.Articles[art].Text
	for {
		i := strings.IndexByte(txt, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(txt[i:], '}')
		if j < 0 {
			return out
		}
		if slot := sc.SlotIndex(txt[i+1 : i+j]); slot >= 0 {
			out = append(out, slot)
		}
		txt = txt[i+j+1:]
	}
}

// projItemOf is the item being voted on, or else the last one tabled this
// round.
func projItemOf(v rules.View) *projItem {
	n := v.NumItems()
	if n == 0 {
		return nil
	}
	it, pending := v.Pending()
	idx := -1
	if pending {
		for i := n - 1; i >= 0; i-- {
			if !v.Item(i).Decided {
				idx = i
				break
			}
		}
	} else {
		it = v.Item(n - 1)
		idx = n - 1
		if it.Round != v.Round() {
			return nil
		}
	}
	sc := v.Scenario()
	pi := &projItem{N: idx + 1, Party: it.Party, Reason: it.Reason, Decided: it.Decided, Adopted: it.Adopted}
	if pending && idx > 0 {
		if prev := v.Item(idx - 1); prev.Decided && prev.Round == v.Round() {
			pi.Prev, pi.PrevAdopted = idx, prev.Adopted
		}
	}
	for i, c := range it.Changes {
		sl := &sc.Slots[c.Slot]
		from := v.Option(c.Slot)
		if i < len(it.Before) {
			from = it.Before[i]
		}
		pi.Changes = append(pi.Changes, projChange{SlotIdx: c.Slot, Slot: sl.Name, From: sl.Options[from].Label, To: sl.Options[c.Option].Label})
	}
	pi.Secret = sc.Adoption.Secret
	for _, p := range v.Parties() {
		vote := it.Votes[p]
		switch {
		case pending:
			// The table waits for exactly those who have not voted: that
			// much is public even in a secret ballot or a sealed vote.
			if !v.MustAct(p) {
				pi.Voted = append(pi.Voted, p)
			}
		case vote == rules.VoteYes:
			pi.Voted, pi.Yes = append(pi.Voted, p), append(pi.Yes, p)
		case vote == rules.VoteNo:
			pi.Voted, pi.No = append(pi.Voted, p), append(pi.No, p)
		}
	}
	if pi.Secret {
		// Nobody may know who voted how: the view hides it; the count is
		// the tally's.
		pi.Yes, pi.No = nil, nil
		for _, e := range v.Events() {
			if e.Kind == rules.EvTally && e.Item == idx {
				pi.YesN, pi.NoN = e.Value, e.Delta
			}
		}
	} else {
		pi.YesN, pi.NoN = len(pi.Yes), len(pi.No)
	}
	return pi
}

// projPublics lists every public of the delegations taking part, with
// its support now and how far it moved since the last round ended.
func projPublics(sc *rules.PublicScenario, v rules.View) []projPublic {
	var out []projPublic
	for _, p := range v.Parties() {
		for _, pub := range sc.Parties[p].Publics {
			polls := v.Polls(pub)
			base := polls[min(max(v.Round()-1, 0), len(polls)-1)]
			now := v.Support(pub)
			out = append(out, projPublic{Party: p, Public: pub, Name: sc.Publics[pub].Name, Support: now,
				Delta: wholePoints(now) - wholePoints(base), Threshold: threshold(sc, v, p, pub)})
		}
	}
	return out
}

// wholePoints rounds tenths of a point to the nearest point.
func wholePoints(tenths int) int {
	if tenths < 0 {
		return -wholePoints(-tenths)
	}
	return (tenths + 5) / 10
}

// projNewsOf is the last news card drawn (or put on the table) this
// round.
func projNewsOf(sc *rules.PublicScenario, v rules.View) *projNews {
	card := -1
	evs := v.Events()
	for i := len(evs) - 1; i >= 0 && evs[i].Round >= v.Round(); i-- {
		if evs[i].Kind == rules.EvNews && evs[i].Round == v.Round() {
			card = evs[i].Card
			break
		}
	}
	if card < 0 || card >= len(sc.News) {
		return nil
	}
	c := &sc.News[card]
	return &projNews{Card: card, Headline: c.Headline, Text: c.Text}
}

// followSlot is the clause the draft scrolls to: the first one the item
// on the table changes, else the first one changed this round, else −1.
func followSlot(pm projModel) int {
	if it := pm.Item; it != nil && len(it.Changes) > 0 {
		return it.Changes[0].SlotIdx
	}
	for _, d := range pm.Docs {
		for _, a := range d.Articles {
			for _, c := range a.Clauses {
				if c.Was != "" {
					return c.Slot
				}
			}
		}
	}
	return -1
}

// followSignature names what the draft follows, so that it scrolls only
// when that changes, not on every clock tick.
func followSignature(pm projModel) string {
	n := 0
	if pm.Item != nil {
		n = pm.Item.N
	}
	return fmt.Sprint(pm.Round, "/", n, "/", followSlot(pm))
}

// told reports whether news card card has been told in this game.
func (pm *projModel) told(card int) bool {
	for _, c := range pm.Told {
		if c == card {
			return true
		}
	}
	return false
}

// projArticleTitle heads an article on the projector: "5. Collective
// defence" (the projector is short of room for "Article"), the title
// alone for an article without a number.
func projArticleTitle(number, title string) string {
	if number == "" {
		return title
	}
	return i18n.T("proj.article", "n", number, "title", title)
}

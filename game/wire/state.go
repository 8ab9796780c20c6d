package wire

import (
	"bindingwords/game/rules"
)

// State is the table as one seat may see it: small enough to send after
// every move. Indexes are into the public scenario's slices; support is in
// tenths of a point, thresholds in whole points.
type State struct {
	Round  int    `json:"round"`
	Rounds int    `json:"rounds"`
	Phase  string `json:"phase"`
	// ToAct lists the delegations the table waits for, in turn order.
	ToAct []int `json:"toAct"`
	// Proposer is the delegation whose turn it is to table, or -1.
	Proposer  int    `json:"proposer"`
	Text      []int  `json:"text"`
	Bracketed []bool `json:"bracketed"`
	// Present says, once signing has begun, which articles are still in
	// the text.
	Present []bool `json:"present,omitempty"`
	Support []int  `json:"support"`
	// Polls is each public's support at the start and after each poll.
	Polls [][]int `json:"polls"`
	// Thresholds[party][form][i] is the support (whole points) the
	// party's i-th ratification vote needs for a document of that form.
	Thresholds  [][][]int    `json:"thresholds"`
	Trust       []int        `json:"trust"`
	Calls       []bool       `json:"calls"`
	Tabled      []bool       `json:"tabled"`
	Spoke       []bool       `json:"spoke"`
	Decisions   []string     `json:"decisions"`
	Commitments []Commitment `json:"commitments"`
	// Pending is the item being voted on, if any.
	Pending *Item `json:"pending,omitempty"`
	// News is the card drawn in each round so far (-1 for none).
	News  []int `json:"news"`
	Clock Clock `json:"clock"`
	// Over says the game has ended; Result and Final are then set.
	Over   bool                `json:"over"`
	Result *rules.PublicResult `json:"result,omitempty"`
	// Final is every delegation's final figures, public once the game is
	// over.
	Final []rules.FinalScore `json:"final,omitempty"`
	// Entry, once an agreement has formed under a scenario's own
	// entry-into-force rule, says what the rule asked and how many
	// ratifications came in: the window's ratification screen and debrief
	// say it, and a team's page must too, or "signed, but not ratified at
	// home" leaves a class guessing why a text most signatories ratified
	// is not in force. The host sets it (narrate.EntryRule): the wire
	// types lean on the rules alone.
	Entry string `json:"entry,omitempty"`

	// Mine is the seat's own figures; nil for a spectator.
	Mine *Mine `json:"mine,omitempty"`

	// Lobby says the teacher has not started the game yet: teams are
	// still joining, and no move is taken.
	Lobby bool `json:"lobby,omitempty"`
	// Together says the game is played at the simultaneous pace: every
	// delegation in ToAct chooses at once, sealed until all are in.
	Together bool `json:"together,omitempty"`
	// Chosen, at the together pace, says which delegations have made
	// their sealed choice in the current step (that they have, never
	// what): every device may know who the table still waits for.
	Chosen []bool `json:"chosen,omitempty"`
	// NewsHeld says the chair holds the news: no card at the start of
	// the next rounds.
	NewsHeld bool `json:"newsHeld,omitempty"`
}

// Mine is a seat's own figures, computed by the host from its brief.
type Mine struct {
	// MustAct says the table waits for this seat.
	MustAct bool `json:"mustAct"`
	// Score is what the draft as it stands is worth to the seat; Best the
	// most any text could be; Reservation its score with no agreement.
	Score       int `json:"score"`
	Best        int `json:"best"`
	Reservation int `json:"reservation"`
	// RedLine says the draft now crosses one of the seat's red lines.
	RedLine bool `json:"redLine"`
	// CanSign says the seat may sign the final text (signing phase only).
	CanSign bool `json:"canSign"`
	// PressEffects[pub] is the change, in tenths of a point, a statement
	// to public pub would make now: a reassurance for the seat's own
	// publics, a case made for the others' (rules.View.PressEffect; it
	// rests on public knowledge: the statements made so far and trust).
	// It is sent in the press phase only, where the team page shows it.
	PressEffects []int `json:"pressEffects,omitempty"`
	// AI says the teacher has handed the seat to an AI delegate for now:
	// the seat's devices follow the game, and their moves are refused.
	AI bool `json:"ai,omitempty"`
}

// Clock is the round timer: Minutes a round (0 for none), Left seconds of
// this round, and whether the teacher has paused the game.
type Clock struct {
	Minutes int  `json:"minutes"`
	Left    int  `json:"left"`
	Paused  bool `json:"paused"`
}

// Item is an amendment or package before the table.
type Item struct {
	Party   int      `json:"party"`
	Changes []Change `json:"changes"`
	// Votes holds each delegation's vote so far: "", "yes" or "no".
	Votes  []string `json:"votes"`
	Reason string   `json:"reason,omitempty"`
}

// Commitment is a public commitment: "we will never sign" (reject) or "we
// will not sign without" (insist) one wording.
type Commitment struct {
	Party  int    `json:"party"`
	Slot   int    `json:"slot"`
	Option int    `json:"option"`
	Stance string `json:"stance"`
	Round  int    `json:"round"`
}

// Brief is a delegation's private brief, sent to its own seat only.
type Brief struct {
	Text       string   `json:"text"`
	Objectives []string `json:"objectives"`
	// Points[slot][option] is what the delegation scores for each wording.
	Points      [][]int  `json:"points"`
	Reservation int      `json:"reservation"`
	RedLines    []Change `json:"redLines"`
	// Links are the delegation's linkage points (none for most): Points
	// more when the wordings If and And are both in the text.
	Links []Link `json:"links,omitempty"`
}

// Link is one linkage point of a delegation's brief.
type Link struct {
	If     Change `json:"if"`
	And    Change `json:"and"`
	Points int    `json:"points"`
}

// StateOf is the state of the table as view sees it, with the round timer.
func StateOf(v rules.View, c Clock) State {
	sc := v.Scenario()
	s := State{Round: v.Round(), Rounds: v.Rounds(), Phase: v.Phase().String(), ToAct: v.ToAct(),
		Proposer: v.Proposer(), Text: v.Text(), Present: v.Present(), News: v.News(), Clock: c, Over: v.Over()}
	if s.ToAct == nil {
		s.ToAct = []int{}
	}
	np := len(sc.Parties)
	s.Bracketed = make([]bool, len(sc.Slots))
	for i := range s.Bracketed {
		s.Bracketed[i] = v.Bracketed(i)
	}
	s.Support = make([]int, len(sc.Publics))
	s.Polls = make([][]int, len(sc.Publics))
	for i := range sc.Publics {
		s.Support[i] = v.Support(i)
		s.Polls[i] = v.Polls(i)
	}
	s.Thresholds = make([][][]int, np)
	s.Trust = make([]int, np)
	s.Calls = make([]bool, np)
	s.Tabled = make([]bool, np)
	s.Spoke = make([]bool, np)
	s.Decisions = make([]string, np)
	for p := range np {
		s.Thresholds[p] = make([][]int, len(sc.Forms))
		for f := range sc.Forms {
			reqs := sc.Parties[p].Ratification
			if f >= len(reqs) {
				continue
			}
			s.Thresholds[p][f] = make([]int, len(reqs[f]))
			for i := range reqs[f] {
				s.Thresholds[p][f][i] = v.Threshold(p, f, i)
			}
		}
		s.Trust[p] = v.Trust(p)
		s.Calls[p] = v.Calling(p)
		s.Tabled[p] = v.Tabled(p)
		s.Spoke[p] = v.Spoke(p)
		s.Decisions[p] = voteName(v.Decision(p))
	}
	s.Together, s.NewsHeld = v.Together(), v.NewsHeld()
	if s.Together {
		s.Chosen = make([]bool, np)
		for p := range np {
			s.Chosen[p] = v.Chosen(p)
		}
	}
	s.Commitments = []Commitment{}
	for i := range v.NumCommitments() {
		c := v.Commitment(i)
		s.Commitments = append(s.Commitments, Commitment{Party: c.Party, Slot: c.Slot, Option: c.Option,
			Stance: stanceNames[c.Stance], Round: c.Round})
	}
	if it, ok := v.Pending(); ok {
		w := &Item{Party: it.Party, Changes: changesOf(it.Changes), Votes: make([]string, len(it.Votes)), Reason: it.Reason}
		for p, vote := range it.Votes {
			w.Votes[p] = voteName(vote)
		}
		s.Pending = w
	}
	s.Result = v.Result()
	s.Final = v.FinalScores()
	if v.Seat() >= 0 {
		_, red := v.Scores(v.Text())
		s.Mine = &Mine{MustAct: v.MustAct(v.Seat()), Score: v.DraftScore(), Best: v.BestScore(),
			Reservation: v.Brief().Reservation, RedLine: red, CanSign: v.CanSign()}
		if v.Phase() == rules.PhasePress {
			s.Mine.PressEffects = pressEffects(v, sc)
		}
	}
	return s
}

// pressEffects is, for each public, what the seat's statement to it would
// do now; only the press step shows it, so only that phase sends it.
func pressEffects(v rules.View, sc *rules.PublicScenario) []int {
	out := make([]int, len(sc.Publics))
	for pub := range sc.Publics {
		kind := rules.Address
		if sc.Publics[pub].Party == v.Seat() {
			kind = rules.Reassure
		}
		out[pub] = v.PressEffect(v.Seat(), rules.Press{Kind: kind, Public: pub})
	}
	return out
}

// BriefOf is the wire form of the seat's own brief, or nil for a
// spectator's view.
func BriefOf(v rules.View) *Brief {
	b := v.Brief()
	if b == nil {
		return nil
	}
	w := &Brief{Text: b.Text, Objectives: append([]string{}, b.Objectives...), Reservation: b.Reservation,
		Points: make([][]int, len(b.Points)), RedLines: []Change{}}
	for i, row := range b.Points {
		w.Points[i] = append([]int(nil), row...)
	}
	for _, r := range b.RedLines {
		w.RedLines = append(w.RedLines, Change{Slot: r.Slot, Option: r.Option})
	}
	for _, l := range b.Links {
		w.Links = append(w.Links, Link{If: Change{Slot: l.If.Slot, Option: l.If.Option},
			And: Change{Slot: l.And.Slot, Option: l.And.Option}, Points: l.Points})
	}
	return w
}

func voteName(v rules.VoteValue) string {
	switch v {
	case rules.VoteYes:
		return "yes"
	case rules.VoteNo:
		return "no"
	}
	return ""
}

var stanceNames = map[rules.Stance]string{rules.Reject: "reject", rules.Insist: "insist"}

func changesOf(cs []rules.Change) []Change {
	out := make([]Change, len(cs))
	for i, c := range cs {
		out[i] = Change{Slot: c.Slot, Option: c.Option}
	}
	return out
}

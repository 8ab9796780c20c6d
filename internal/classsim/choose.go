package classsim

import (
	"math/rand/v2"

	"bindingwords/game/host/client"
	"bindingwords/game/wire"
)

// Span is a range of class seconds a decision takes, drawn uniformly.
type Span struct{ Min, Max float64 }

func (s Span) draw(r *rand.Rand) float64 { return s.Min + (s.Max-s.Min)*r.Float64() }

// Times are how long a team takes over each decision, in class seconds.
type Times struct {
	Vote, Table, Pass, Press, Sign Span
	// TableChance is the range of each team's chance of tabling in a
	// round's window (drawn once a team, from the seed).
	TableChance Span
	// Handover is added to every decision: on one shared screen a team
	// comes to the keyboard, the "pass the device" screen is cleared and
	// the team finds its place before it can choose (zero on devices of
	// their own).
	Handover Span
}

// IssueTimes are the issue's: 20–40 s to vote, 60–120 s to table an
// amendment and 20–40 s to decide to pass instead, 30–60 s for a press
// statement, 20–40 s to sign or decline; a team tables in 50–60 % of
// windows.
func IssueTimes() Times {
	return Times{Vote: Span{20, 40}, Table: Span{60, 120}, Pass: Span{20, 40}, Press: Span{30, 60},
		Sign: Span{20, 40}, TableChance: Span{0.5, 0.6}}
}

// Slower is t with every decision time multiplied by f: a slower (f > 1)
// or quicker class. The chance of tabling stays, and so does the
// handover: walking to a shared keyboard is not thinking.
func (t Times) Slower(f float64) Times {
	for _, s := range []*Span{&t.Vote, &t.Table, &t.Pass, &t.Press, &t.Sign} {
		s.Min, s.Max = s.Min*f, s.Max*f
	}
	return t
}

// decision is a team's choice for one step and the class seconds it
// takes to make it.
type decision struct {
	act   wire.Action
	what  string // "table", "pass", "yes", "no", "reassure", "address", "sign", "decline"
	think float64
}

// decide is team's choice in step k as its device shows the table: table
// a single amendment with the team's chance (one that helps it if there
// is one, else any legal one), else pass; vote yes four times in five,
// a little over half the time when the item costs the team points; reassure one of its
// own publics (two in three) or address another delegation's; sign when
// the text allows it, else decline.
func (t *team) decide(k StepKey, st *wire.State) decision {
	d := t.choose(k, st)
	if h := t.times.Handover; h.Max > 0 {
		d.think += h.draw(t.rng)
	}
	return d
}

// choose is decide without the handover.
func (t *team) choose(k StepKey, st *wire.State) decision {
	r, tm := t.rng, t.times
	switch k.Kind {
	case Window:
		if r.Float64() < t.tableChance {
			if ch, ok := t.amendment(st); ok {
				return decision{wire.Action{Kind: "table", Changes: []wire.Change{ch}}, "table", tm.Table.draw(r)}
			}
		}
		return decision{wire.Action{Kind: "pass"}, "pass", tm.Pass.draw(r)}
	case Vote:
		p := 0.8
		if client.Gain(t.brief, st.Text, st.Pending.Changes) < 0 {
			p = 0.55
		}
		yes := r.Float64() < p
		what := "no"
		if yes {
			what = "yes"
		}
		return decision{wire.Action{Kind: "vote", Yes: yes}, what, tm.Vote.draw(r)}
	case Press:
		return t.statement(r)
	default:
		if st.Mine != nil && st.Mine.CanSign {
			return decision{wire.Action{Kind: "sign"}, "sign", tm.Sign.draw(r)}
		}
		return decision{wire.Action{Kind: "decline"}, "decline", tm.Sign.draw(r)}
	}
}

// amendment is a random legal single change, among those that raise the
// team's points if any do: what a team that has read its brief tables.
func (t *team) amendment(st *wire.State) (wire.Change, bool) {
	var good, legal []wire.Change
	for s, slot := range t.sc.Slots {
		if s >= len(st.Text) || s >= len(st.Bracketed) {
			break
		}
		for o := range slot.Options {
			if st.Text[s] == o && !st.Bracketed[s] {
				continue // the rules refuse a change to what the draft reads
			}
			c := wire.Change{Slot: s, Option: o}
			legal = append(legal, c)
			if client.Gain(t.brief, st.Text, []wire.Change{c}) > 0 {
				good = append(good, c)
			}
		}
	}
	if len(good) > 0 {
		return good[t.rng.IntN(len(good))], true
	}
	if len(legal) > 0 {
		return legal[t.rng.IntN(len(legal))], true
	}
	return wire.Change{}, false
}

// statement is a press statement to one of the team's own publics or to
// another playing delegation's.
func (t *team) statement(r *rand.Rand) decision {
	var own, others []int
	for i, pub := range t.sc.Publics {
		switch {
		case pub.Party == t.party:
			own = append(own, i)
		case t.playing[pub.Party]:
			others = append(others, i)
		}
	}
	think := t.times.Press.draw(r)
	if len(own) > 0 && (len(others) == 0 || r.IntN(3) < 2) {
		return decision{wire.Action{Kind: "statement", Press: &wire.Press{Kind: "reassure", Public: own[r.IntN(len(own))]}}, "reassure", think}
	}
	if len(others) > 0 {
		return decision{wire.Action{Kind: "statement", Press: &wire.Press{Kind: "address", Public: others[r.IntN(len(others))]}}, "address", think}
	}
	return decision{wire.Action{Kind: "statement", Press: &wire.Press{Kind: "none"}}, "none", think}
}

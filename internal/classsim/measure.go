package classsim

import (
	"time"
)

// Timing is one game turned back into class time: the wall clock of the
// run divided by the scale. Every figure is measured from the projector's
// and the teams' clocks, never added up from the drawn times.
type Timing struct {
	Seed uint64
	// Rounds is each round's class seconds: from the round's tabling
	// window opening (the game's start for the first) to the next round's
	// (or the signing's) opening.
	Rounds []float64
	// Signing is the signing's class seconds; Total the whole game's.
	Signing, Total float64
	Steps          []StepTiming
	Agreement      bool
	InForce        bool
}

// StepTiming is one step in class seconds, next to the slowest drawn
// decision in it: what a step would take if the host and the network
// took no time at all.
type StepTiming struct {
	Key StepKey
	// Start is the class seconds from the game's start to the step's.
	Start, Secs float64
	// Slowest is the longest decision drawn for it; Teams how many teams
	// chose in it; Cut how many the step moved on without.
	Slowest float64
	Teams   int
	Cut     int
	// choices are the step's, and sent[i] the class seconds from the
	// game's start to choice i's send (-1 if cut): for [capAt].
	choices []Choice
	sent    []float64
}

// timing is g in class time at scale (the wall time of a class second).
func timing(g *Game, scale time.Duration) Timing {
	cs := func(d time.Duration) float64 { return d.Seconds() / scale.Seconds() }
	t := Timing{Seed: g.Seed, Total: cs(g.End.Sub(g.Start)), Agreement: g.Agreement, InForce: g.InForce}
	roundStart := map[int]float64{}
	signing := -1.0
	for _, s := range g.Steps {
		st := StepTiming{Key: s.Key, Start: cs(s.Start.Sub(g.Start)), Secs: cs(s.End.Sub(s.Start)), choices: s.Choices}
		for _, ch := range s.Choices {
			st.Teams++
			st.Slowest = max(st.Slowest, ch.Think)
			if ch.Cut {
				st.Cut++
				st.sent = append(st.sent, -1)
			} else {
				st.sent = append(st.sent, cs(ch.Sent.Sub(g.Start)))
			}
		}
		t.Steps = append(t.Steps, st)
		if s.Key.Kind == Signing {
			if signing < 0 {
				signing = st.Start
			}
			continue
		}
		if _, ok := roundStart[s.Key.Round]; !ok {
			roundStart[s.Key.Round] = st.Start
		}
	}
	for r := 1; ; r++ {
		start, ok := roundStart[r]
		if !ok {
			break
		}
		end, ok := roundStart[r+1]
		if !ok {
			end = signing
			if end < 0 {
				end = t.Total
			}
		}
		t.Rounds = append(t.Rounds, end-start)
	}
	if signing >= 0 {
		t.Signing = t.Total - signing
	}
	return t
}

// Cap is what a round timer of Minutes would have done to a game: the
// round timer runs from a round's opening, and at zero the chair's move
// makes every team still choosing pass, vote no or say nothing, step after
// step, to the round's end (the signing waits for answers).
type Cap struct {
	Minutes int
	// Total is the game's class seconds with every round cut at the
	// timer; RoundsCut how many rounds the timer would have ended.
	Total     float64
	RoundsCut int
	// Tablings is the amendments teams were still writing when the timer
	// ran out; Votes the items put to the vote that the timer would have
	// decided (at least one vote made "no" for the team, or never held);
	// Statements the press statements not made.
	Tablings, Votes, Statements int
}

// capAt is what a round timer of minutes would have done to t. It takes
// each round as played: after a cut round the real game would go on from
// another text, which this cannot know.
func capAt(t Timing, minutes int) Cap {
	c := Cap{Minutes: minutes, Total: t.Signing}
	limit := float64(minutes * 60)
	for r, secs := range t.Rounds {
		c.Total += min(secs, limit)
		if secs <= limit {
			continue
		}
		c.RoundsCut++
		start := -1.0
		for _, s := range t.Steps {
			if s.Key.Round == r+1 && s.Key.Kind != Signing && start < 0 {
				start = s.Start
			}
		}
		deadline := start + limit
		for _, s := range t.Steps {
			if s.Key.Round != r+1 || s.Key.Kind == Signing {
				continue
			}
			lostVote := false
			for i, ch := range s.choices {
				if s.sent[i] >= 0 && s.sent[i] <= deadline {
					continue
				}
				switch s.Key.Kind {
				case Window:
					if ch.What == "table" {
						c.Tablings++
					}
				case Vote:
					lostVote = true
				case Press:
					c.Statements++
				}
			}
			if lostVote {
				c.Votes++
			}
		}
	}
	return c
}

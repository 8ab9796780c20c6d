package rules

// This file holds the figures the screens need beyond what view.go has
// always offered: the seat's own ceiling and its score for the draft as it
// will be signed, and every delegation's final figures once the game is
// over. Each follows the rule of the View: a seat's private numbers reach
// that seat only, until the end makes them public.

// Over reports whether the game has ended.
func (v View) Over() bool { return v.g.Over() }

// BestScore is the highest score the seat could reach with any complete
// text, the ceiling of its brief; 0 for a spectator.
func (v View) BestScore() int {
	if v.seat < 0 {
		return 0
	}
	return v.g.sc.BestScore(v.seat)
}

// DraftScore is the seat's own score for the current draft if it came
// into force as it stands: once signing has begun, only the articles
// still in the text count (see [View.Present]). A spectator gets 0.
func (v View) DraftScore() int {
	if v.seat < 0 {
		return 0
	}
	return v.g.sc.Score(v.seat, v.g.text, v.g.present)
}

// A FinalScore is one delegation's figures at the end of a game, made
// public for the debrief.
type FinalScore struct {
	Party int
	// Score is what the delegation scored: its points for the final text
	// if the agreement is in force for it, else its reservation value.
	Score int
	// Reservation is its score with no agreement, its BATNA.
	Reservation int
	// Best is the highest score any complete text could have given it.
	Best int
}

// FinalScores returns every delegation's final figures, in the order of
// [View.Parties], once the game is over, whatever the seat; nil before
// the end, when they are private to each delegation.
func (v View) FinalScores() []FinalScore {
	r := v.g.result
	if r == nil {
		return nil
	}
	out := make([]FinalScore, 0, len(v.g.order))
	for _, p := range v.g.order {
		out = append(out, FinalScore{Party: p, Score: r.Scores[p],
			Reservation: v.g.sc.Briefs[p].Reservation, Best: v.g.sc.BestScore(p)})
	}
	return out
}

package rules

// A Snapshot is a self-contained copy of a [View], ready to be serialised
// (for the network, a save preview or a test). Like the view it was taken
// from, it holds the seat's own brief and nothing private of anyone else.
type Snapshot struct {
	Seat        int
	Scenario    *PublicScenario
	Brief       *Brief `json:",omitempty"`
	Round       int
	Rounds      int
	Phase       Phase
	Parties     []int
	ToAct       []int
	Text        []int
	Bracketed   []bool
	Present     []bool `json:",omitempty"`
	Support     []int
	Polls       [][]int
	Weights     [][]int
	Thresholds  [][][]int
	Trust       []int
	Commitments []Commitment
	Calls       []bool
	Items       []Item
	News        []int
	Events      []Event
	Result      *PublicResult `json:",omitempty"`
}

// Snapshot copies everything the view can see.
func (v View) Snapshot() Snapshot {
	g := v.g
	s := Snapshot{Seat: v.seat, Scenario: v.Scenario(), Brief: v.Brief(), Round: g.round, Rounds: g.rounds,
		Phase: g.phase, Parties: v.Parties(), ToAct: v.ToAct(), Text: v.Text(), Present: v.Present(),
		Commitments: v.Commitments(), Items: v.Items(), News: v.News(), Result: v.Result()}
	s.Bracketed = append([]bool(nil), g.bracketed...)
	s.Support = append([]int(nil), g.support...)
	s.Trust = append([]int(nil), g.trust...)
	s.Calls = append([]bool(nil), g.calls...)
	s.Events = append([]Event(nil), g.events...)
	s.Polls = make([][]int, len(g.polls))
	s.Weights = make([][]int, len(g.weights))
	for i := range g.polls {
		s.Polls[i] = append([]int(nil), g.polls[i]...)
		s.Weights[i] = append([]int(nil), g.weights[i]...)
	}
	s.Thresholds = make([][][]int, len(g.threshold))
	for p, forms := range g.threshold {
		s.Thresholds[p] = make([][]int, len(forms))
		for f, t := range forms {
			s.Thresholds[p][f] = append([]int(nil), t...)
		}
	}
	return s
}

package analysis

import (
	"slices"

	"bindingwords/game/rules"
)

// search walks every complete text depth-first, pruning a branch as soon as
// some required signatory can no longer reach its reservation value or a
// red line of one is chosen. For a narrow zone of agreement this visits a
// small part of the space.
type search struct {
	a        *Analysis
	sc       *rules.Scenario
	op       *Opinion
	maxNodes int64

	nslots  int
	active  []int
	redLine [][]bool // [slot][option]: a red line of some required signatory
	remMax  [][]int  // [depth][k]: the most party Parties[k] can add from slot depth on
	partial []int    // current score per k
	text    []int
	totals  []int
	req     []bool // per k: Parties[k] is a required signatory
	weights [][]int

	// pass 1 collects ideals, the Nash point and the best joint gain;
	// pass 2 the Kalai point.
	pass   int
	ideal  []int
	kalaiN int64 // best min share, as a fraction kalaiN/kalaiD
	kalaiD int64
}

func newSearch(a *Analysis, op *Opinion, maxNodes int64) *search {
	sc := a.sc
	s := &search{a: a, sc: sc, op: op, maxNodes: maxNodes, nslots: len(sc.Slots), active: a.Parties}
	s.redLine = make([][]bool, len(sc.Slots))
	for si := range sc.Slots {
		s.redLine[si] = make([]bool, len(sc.Slots[si].Options))
	}
	for _, p := range a.Required {
		for _, r := range sc.Briefs[p].RedLines {
			s.redLine[r.Slot][r.Option] = true
		}
	}
	d := len(a.Parties)
	s.remMax = make([][]int, len(sc.Slots)+1)
	s.remMax[len(sc.Slots)] = make([]int, d)
	for si := len(sc.Slots) - 1; si >= 0; si-- {
		s.remMax[si] = make([]int, d)
		for k, p := range a.Parties {
			// Links whose later slot is si or after are not yet counted.
			s.remMax[si][k] = s.remMax[si+1][k] + slices.Max(sc.Briefs[p].Points[si]) -
				rules.LinkBound(sc.Briefs[p].Links, si+1) + rules.LinkBound(sc.Briefs[p].Links, si)
		}
	}
	s.partial = make([]int, d)
	s.req = make([]bool, d)
	for k, p := range a.Parties {
		s.req[k] = slices.Contains(a.Required, p)
	}
	s.text = make([]int, len(sc.Slots))
	s.totals = make([]int, len(sc.Attributes))
	s.weights = op.Weights
	if s.weights == nil {
		s.weights = make([][]int, len(sc.Publics))
		for i := range sc.Publics {
			s.weights[i] = sc.Publics[i].Weights
		}
	}
	s.ideal = make([]int, len(sc.Parties))
	for _, p := range a.Required {
		s.ideal[p] = -1 << 31
	}
	return s
}

func (s *search) run() {
	s.pass = 1
	s.walk(0)
	if s.a.ZOPA == 0 || !s.a.Exact {
		if s.a.ZOPA > 0 {
			s.kalaiFallback()
		}
		return
	}
	s.pass = 2
	s.kalaiN, s.kalaiD = -1, 1
	s.walk(0)
}

func (s *search) walk(depth int) {
	if s.a.Nodes >= s.maxNodes {
		s.a.Exact = false
		return
	}
	s.a.Nodes++
	if depth == s.nslots {
		s.leaf()
		return
	}
	pts := s.sc.Briefs
	for oi := range s.sc.Slots[depth].Options {
		if s.redLine[depth][oi] {
			continue
		}
		ok := true
		s.text[depth] = oi
		for k, p := range s.active {
			s.partial[k] += pts[p].Points[depth][oi]
			if len(pts[p].Links) > 0 {
				s.partial[k] += rules.LinkAt(pts[p].Links, depth, s.text)
			}
			if ok && s.req[k] && s.partial[k]+s.remMax[depth+1][k] < s.a.Reservation[p] {
				ok = false
			}
		}
		if ok {
			s.walk(depth + 1)
		}
		for k, p := range s.active {
			s.partial[k] -= pts[p].Points[depth][oi]
			if len(pts[p].Links) > 0 {
				s.partial[k] -= rules.LinkAt(pts[p].Links, depth, s.text)
			}
		}
	}
}

// leaf judges a complete text that every required signatory can sign.
func (s *search) leaf() {
	if !s.ratifies(s.text) {
		return
	}
	a := s.a
	scores := make([]int, len(s.sc.Parties))
	for k, p := range s.active {
		scores[p] = s.partial[k]
	}
	if s.pass == 2 {
		// Kalai: the smallest share of the possible gain, compared as fractions.
		var bn, bd int64 = -1, 1
		for _, p := range a.Required {
			n, d := int64(scores[p]-a.Reservation[p]), int64(s.ideal[p]-a.Reservation[p])
			if d <= 0 {
				n, d = 1, 1
			}
			if bn < 0 || n*bd < bn*d {
				bn, bd = n, d
			}
		}
		// A tie goes to a text that dominates the one found so far: see
		// dominates.
		if s.kalaiN < 0 || bn*s.kalaiD > s.kalaiN*bd || (bn*s.kalaiD == s.kalaiN*bd && s.dominates(scores, a.Kalai.Scores)) {
			s.kalaiN, s.kalaiD = bn, bd
			a.Kalai = s.point(scores)
		}
		return
	}
	a.ZOPA++
	for _, p := range a.Required {
		s.ideal[p] = max(s.ideal[p], scores[p])
	}
	gain := 0
	for k, p := range a.Parties {
		if s.req[k] || !s.sc.CrossesRedLine(p, s.text, nil) {
			gain += max(0, scores[p]-a.Reservation[p])
		}
	}
	if a.MaxJoint == nil || gain > a.MaxJointGain || (gain == a.MaxJointGain && s.dominates(scores, a.MaxJoint.Scores)) {
		a.MaxJointGain = gain
		a.MaxJoint = s.point(scores)
	}
	prod := 1.0
	for _, p := range a.Required {
		prod *= float64(scores[p] - a.Reservation[p])
	}
	if a.Nash == nil || prod > a.NashProduct || (prod == a.NashProduct && s.dominates(scores, a.Nash.Scores)) {
		a.NashProduct = prod
		a.Nash = s.point(scores)
	}
}

// dominates reports whether scores x Pareto-dominate y over the parties
// taking part: at least as good for each, better for one. The points
// replace a tied point only with one that dominates it, so none of them
// is ever dominated by a text of the ZOPA, whatever the order of the
// wordings in the file: a text that dominates the point found would score
// at least as well on its criterion (a larger smallest share, product or
// joint gain would have been chosen instead), so it ties, and whether it
// comes before or after, the chain of replacements ends on it or on one
// that dominates it. Among tied texts none dominates, the first found
// stays.
func (s *search) dominates(x, y []int) bool {
	better := false
	for _, p := range s.active {
		if x[p] < y[p] {
			return false
		}
		better = better || x[p] > y[p]
	}
	return better
}

func (s *search) point(scores []int) *Point {
	return &Point{Text: slices.Clone(s.text), Scores: scores}
}

// kalaiFallback picks the Kalai point among the points already found when
// the second pass cannot be afforded.
func (s *search) kalaiFallback() {
	s.a.Kalai = s.a.Nash
}

// ratifies reports whether every required signatory would ratify text
// under the analysis's opinion.
func (s *search) ratifies(text []int) bool {
	sc := s.sc
	have := false
	for d := range sc.Documents {
		f := sc.DocumentForm(d, text, nil)
		for _, p := range s.a.Required {
			for i, req := range sc.Parties[p].Ratification[f] {
				if !have {
					sc.AttrTotals(s.totals, text, nil)
					have = true
				}
				thr := req.Threshold
				if s.op.Thresholds != nil {
					thr = s.op.Thresholds[p][f][i]
				}
				if s.support(req.Public) < thr*10 {
					return false
				}
			}
		}
	}
	return true
}

// support predicts a public's support at the votes: from the opinion's
// support, drifting toward the verdict on the text for the opinion's polls.
func (s *search) support(pub int) int {
	return supportAt(s.sc, s.op, pub, rules.VerdictOf(s.sc.Publics[pub].Base, s.weights[pub], s.totals))
}

// supportAt is a public's support at the votes when its verdict on the
// text is verdict (whole points): the opinion's support drifting toward it
// for the opinion's polls. Analysis and balance both judge through it.
func supportAt(sc *rules.Scenario, op *Opinion, pub, verdict int) int {
	v := verdict * 10
	sup := sc.Publics[pub].Support
	if op.Support != nil {
		sup = op.Support[pub]
	}
	for i := 0; i < op.Polls; i++ {
		sup += (v - sup) * sc.Publics[pub].Drift / 100
	}
	return sup
}

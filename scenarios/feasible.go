package scenarios

import (
	"sort"

	"bindingwords/game/rules"
)

// maxWork bounds the feasibility search, in units of work (roughly one
// per party, public or vote looked at). A scenario with 14 slots of 3
// options has about 4.8 million complete texts; pruning usually finds an
// acceptable one within a few hundred partial texts, and a scenario that
// needs more than this (about half a second) is reported as undecided rather
// than slowing every load down.
const maxWork = 100_000_000

// A search looks for one complete text (an option for every slot) that
// every party in parties accepts and that at least minimum parties accept
// in all. A party accepts a text when it crosses none of its red lines,
// scores at least its reservation value and ratifies every document in the
// form the text gives it, with each public's support taken at the better
// of its starting value and its verdict on the text: the most a game could
// bring it to without news or press.
//
// The search is depth-first over the slots, form slots first (so that the
// ratification votes a text needs are known early), options best-first,
// and prunes a partial text as soon as some party's best reachable score
// falls below its reservation value or some vote it needs can no longer
// reach its threshold.
type search struct {
	s       *rules.Scenario
	parties []int
	minimum int
	budget  int

	order []int   // slots in search order
	opts  [][]int // per depth: options of order[k] no party in parties forbids
	// remPts[i][k] is the most parties[i] can add from depth k on.
	remPts [][]int
	// votes[d][f] are the votes of parties that document d in form f
	// needs and that starting support alone does not win.
	votes [][][]vote
	// relevant lists the publics of those votes. For each,
	// contrib[pub][slot][opt] is what an option adds to its verdict and
	// remV[pub][k] the most the slots from depth k on can add.
	relevant []int
	contrib  [][][]int
	remV     [][]int
	// formKnown[doc] is the depth from which the document's form is set.
	formKnown []int
	// nodeCost and leafCost are the work of one visit.
	nodeCost, leafCost int

	text  []int
	score []int // per parties[i]
	vsum  []int // per public: verdict contributions of the chosen options

	work   int
	nodes  int
	capped bool
}

// A vote is one ratification requirement a text must win on its merits.
type vote struct{ public, threshold int }

func newSearch(s *rules.Scenario, parties []int, minimum, budget int) *search {
	sr := &search{s: s, parties: parties, minimum: minimum, budget: budget}
	nslots := len(s.Slots)
	isForm := make([]bool, nslots)
	for _, doc := range s.Documents {
		if doc.FormSlot >= 0 {
			isForm[doc.FormSlot] = true
		}
	}
	for _, form := range []bool{true, false} {
		for si := range s.Slots {
			if isForm[si] == form {
				sr.order = append(sr.order, si)
			}
		}
	}
	depth := make([]int, nslots)
	for k, si := range sr.order {
		depth[si] = k
	}
	sr.formKnown = make([]int, len(s.Documents))
	for d, doc := range s.Documents {
		if doc.FormSlot >= 0 {
			sr.formKnown[d] = depth[doc.FormSlot] + 1
		}
	}

	forbidden := func(si, o int) bool {
		for _, p := range parties {
			for _, r := range s.Briefs[p].RedLines {
				if r.Slot == si && r.Option == o {
					return true
				}
			}
		}
		return false
	}
	gain := func(si, o int) int {
		g := 0
		for _, p := range parties {
			g += s.Briefs[p].Points[si][o]
		}
		return g
	}
	sr.opts = make([][]int, nslots)
	for k, si := range sr.order {
		var allowed []int
		for o := range s.Slots[si].Options {
			if !forbidden(si, o) {
				allowed = append(allowed, o)
			}
		}
		sort.SliceStable(allowed, func(a, b int) bool { return gain(si, allowed[a]) > gain(si, allowed[b]) })
		sr.opts[k] = allowed
	}
	sr.remPts = make([][]int, len(parties))
	for i, p := range parties {
		sr.remPts[i] = sr.remaining(func(si, o int) int { return s.Briefs[p].Points[si][o] })
		// score leaves out link points, which acceptable counts: the
		// bound adds every positive link, whatever the depth.
		if up := rules.LinkBound(s.Briefs[p].Links, 0); up > 0 {
			for k := range sr.remPts[i] {
				sr.remPts[i][k] += up
			}
		}
	}

	isRelevant := make([]bool, len(s.Publics))
	sr.votes = make([][][]vote, len(s.Documents))
	nvotes := 0
	for d := range s.Documents {
		sr.votes[d] = make([][]vote, len(s.Forms))
		for f := range s.Forms {
			for _, p := range parties {
				for _, r := range s.Parties[p].Ratification[f] {
					if s.Publics[r.Public].Support < r.Threshold*10 {
						sr.votes[d][f] = append(sr.votes[d][f], vote{r.Public, r.Threshold})
						isRelevant[r.Public] = true
						nvotes++
					}
				}
			}
		}
	}
	sr.contrib = make([][][]int, len(s.Publics))
	sr.remV = make([][]int, len(s.Publics))
	for pub := range s.Publics {
		if !isRelevant[pub] {
			continue
		}
		sr.relevant = append(sr.relevant, pub)
		w := s.Publics[pub].Weights
		c := make([][]int, nslots)
		for si := range s.Slots {
			c[si] = make([]int, len(s.Slots[si].Options))
			for o, opt := range s.Slots[si].Options {
				for a, v := range opt.Attrs {
					c[si][o] += w[a] * v
				}
			}
		}
		sr.contrib[pub] = c
		sr.remV[pub] = sr.remaining(func(si, o int) int { return c[si][o] })
	}

	sr.nodeCost = 1 + len(parties) + len(sr.relevant) + nvotes
	checked := len(parties)
	if minimum > len(parties) {
		checked += len(s.Parties)
	}
	reqs := 0
	for p := range s.Parties {
		for _, rs := range s.Parties[p].Ratification {
			reqs += len(rs)
		}
	}
	sr.leafCost = checked * (nslots + len(s.Documents) + reqs*nslots*max(1, len(s.Attributes)))
	sr.text = make([]int, nslots)
	sr.score = make([]int, len(parties))
	sr.vsum = make([]int, len(s.Publics))
	return sr
}

// remaining returns, for each depth k, the most the slots from k on can
// add to a sum of value(slot, option) over the allowed options.
func (sr *search) remaining(value func(si, o int) int) []int {
	rem := make([]int, len(sr.order)+1)
	for k := len(sr.order) - 1; k >= 0; k-- {
		best := 0
		for i, o := range sr.opts[k] {
			if v := value(sr.order[k], o); i == 0 || v > best {
				best = v
			}
		}
		rem[k] = rem[k+1] + best
	}
	return rem
}

// run reports whether an acceptable text exists; when the search ran out
// of budget, found is false and capped true.
func (sr *search) run() (found, capped bool) {
	found = sr.dfs(0)
	return found, sr.capped
}

func (sr *search) dfs(k int) bool {
	sr.nodes++
	sr.work += sr.nodeCost
	if sr.work > sr.budget {
		sr.capped = true
		return false
	}
	if !sr.hopeful(k) {
		return false
	}
	if k == len(sr.order) {
		sr.work += sr.leafCost
		return sr.acceptable()
	}
	si := sr.order[k]
	for _, o := range sr.opts[k] {
		sr.choose(si, o, 1)
		if sr.dfs(k + 1) {
			return true
		}
		sr.choose(si, o, -1)
		if sr.capped {
			return false
		}
	}
	return false
}

// choose adds (sign 1) or removes (sign -1) option o of slot si.
func (sr *search) choose(si, o, sign int) {
	sr.text[si] = o
	for i, p := range sr.parties {
		sr.score[i] += sign * sr.s.Briefs[p].Points[si][o]
	}
	for _, pub := range sr.relevant {
		sr.vsum[pub] += sign * sr.contrib[pub][si][o]
	}
}

// hopeful reports whether a text completing the first k choices could
// still satisfy every party in parties.
func (sr *search) hopeful(k int) bool {
	s := sr.s
	for i, p := range sr.parties {
		if sr.score[i]+sr.remPts[i][k] < s.Briefs[p].Reservation {
			return false
		}
	}
	for d, doc := range s.Documents {
		if k < sr.formKnown[d] {
			continue
		}
		form := doc.Form
		if doc.FormSlot >= 0 {
			form = s.Slots[doc.FormSlot].Options[sr.text[doc.FormSlot]].Form
		}
		for _, v := range sr.votes[d][form] {
			// The verdict is clamped to 0–100 and thresholds are at
			// most 100, so the unclamped bound decides.
			if s.Publics[v.public].Base+sr.vsum[v.public]+sr.remV[v.public][k] < v.threshold {
				return false
			}
		}
	}
	return true
}

// acceptable checks a complete text with the engine's own functions, so
// that the pruning above can be wrong only by being too hopeful.
func (sr *search) acceptable() bool {
	for _, p := range sr.parties {
		if !accepts(sr.s, p, sr.text) {
			return false
		}
	}
	if sr.minimum <= len(sr.parties) {
		return true
	}
	n := 0
	for p := range sr.s.Parties {
		if accepts(sr.s, p, sr.text) {
			n++
		}
	}
	return n >= sr.minimum
}

// accepts reports whether party p can sign and ratify a complete text.
func accepts(s *rules.Scenario, p int, text []int) bool {
	if s.CrossesRedLine(p, text, nil) || s.Score(p, text, nil) < s.Briefs[p].Reservation {
		return false
	}
	for d := range s.Documents {
		form := s.DocumentForm(d, text, nil)
		for _, r := range s.Parties[p].Ratification[form] {
			support := max(s.Publics[r.Public].Support, s.Verdict(r.Public, text)*10)
			if support < r.Threshold*10 {
				return false
			}
		}
	}
	return true
}

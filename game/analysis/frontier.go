package analysis

import (
	"slices"

	"bindingwords/game/rules"
)

// frontier computes the Pareto frontier over all complete texts exactly:
// one text per distinct score vector on it, and how many complete texts
// lie on it. Scores are additive over slots, so a text on the frontier is
// made of choices that are on the frontier of every prefix of slots: the
// frontier of the first k slots is the Pareto filter of the frontier of
// the first k−1 slots combined with every option of slot k. The
// intermediate frontiers stay small even when the texts number in the
// millions. Each vector kept carries the number of prefixes that reach
// it (a prefix with a dominated part is dominated, so none is lost).
func frontier(sc *rules.Scenario, parties []int) ([]Point, float64) {
	d := len(parties)
	type node struct {
		parent int32
		option int8
	}
	// Each level holds the frontier of the first k slots: score vectors in
	// one flat slice (d per entry) and back pointers to rebuild texts.
	var levels [][]node
	cur := []int32{}
	cur = append(cur, make([]int32, d)...)
	count := []float64{1}
	levels = append(levels, []node{{parent: -1, option: -1}})
	for si := range sc.Slots {
		opts := sc.Slots[si].Options
		n := len(cur) / d
		cand := make([]int32, 0, n*len(opts)*d)
		back := make([]node, 0, n*len(opts))
		for i := 0; i < n; i++ {
			for oi := range opts {
				for k, p := range parties {
					cand = append(cand, cur[i*d+k]+int32(sc.Briefs[p].Points[si][oi]))
				}
				back = append(back, node{parent: int32(i), option: int8(oi)})
			}
		}
		keep, same := paretoFilter(cand, d)
		next := make([]int32, 0, len(keep)*d)
		lvl := make([]node, 0, len(keep))
		slot := make([]int, n*len(opts)) // candidate → its place in keep
		for k, i := range keep {
			next = append(next, cand[i*d:(i+1)*d]...)
			lvl = append(lvl, back[i])
			slot[i] = k
		}
		counts := make([]float64, len(keep))
		for i, j := range same {
			if j >= 0 {
				counts[slot[j]] += count[back[i].parent]
			}
		}
		cur, count = next, counts
		levels = append(levels, lvl)
	}
	n := len(cur) / d
	out := make([]Point, n)
	for i := 0; i < n; i++ {
		text := make([]int, len(sc.Slots))
		idx := int32(i)
		for k := len(sc.Slots); k >= 1; k-- {
			nd := levels[k][idx]
			text[k-1] = int(nd.option)
			idx = nd.parent
		}
		scores := make([]int, len(sc.Parties))
		for k, p := range parties {
			scores[p] = int(cur[i*d+k])
		}
		out[i] = Point{Text: text, Scores: scores}
	}
	// A stable order (by the first party's score, then the text) keeps
	// reports reproducible.
	slices.SortFunc(out, func(x, y Point) int {
		for _, p := range parties {
			if x.Scores[p] != y.Scores[p] {
				return y.Scores[p] - x.Scores[p]
			}
		}
		return slices.Compare(x.Text, y.Text)
	})
	texts := 0.0
	for _, c := range count {
		texts += c
	}
	return out, texts
}

// paretoFilter returns the indexes of the vectors (d values each, flat)
// that no other vector dominates, one of each set of equal vectors, and
// for every vector the index of the kept one it equals (itself if kept),
// or -1 if it is dominated. Sorting by sum first means a vector can only
// be dominated by one before it.
func paretoFilter(vs []int32, d int) (keep, same []int) {
	n := len(vs) / d
	order := make([]int, n)
	sums := make([]int64, n)
	for i := range order {
		order[i] = i
		for k := 0; k < d; k++ {
			sums[i] += int64(vs[i*d+k])
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case sums[a] > sums[b]:
			return -1
		case sums[a] < sums[b]:
			return 1
		}
		return 0
	})
	same = make([]int, n)
	for _, i := range order {
		v := vs[i*d : (i+1)*d]
		same[i] = i
		for _, j := range keep {
			w := vs[j*d : (j+1)*d]
			if weaklyDominates(w, v) {
				same[i] = -1
				if slices.Equal(w, v) {
					same[i] = j
				}
				break
			}
		}
		if same[i] == i {
			keep = append(keep, i)
		}
	}
	return keep, same
}

// weaklyDominates reports whether a is at least b everywhere.
func weaklyDominates(a, b []int32) bool {
	for k := range a {
		if a[k] < b[k] {
			return false
		}
	}
	return true
}

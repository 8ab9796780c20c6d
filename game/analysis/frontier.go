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
//
// Links (points for two wordings together) break that additivity only
// until their later slot is chosen: a prefix is compared only with
// prefixes that chose the same option for every slot an open link still
// reads. Those options ride along as extra entries of the vector (e of
// them), which the Pareto filter requires to be equal, and are cleared
// once no link reads them any more so that the prefixes merge again.
func frontier(sc *rules.Scenario, parties []int) ([]Point, float64) {
	d := len(parties)
	type linkOf struct {
		k int // the party's place in parties
		l rules.Link
	}
	var links []linkOf
	at := make([]int, len(sc.Slots)) // slot → its extra entry, or -1
	for i := range at {
		at[i] = -1
	}
	release := make([][]int, len(sc.Slots))
	e := 0
	lastUse := map[int]int{}
	for k, p := range parties {
		for _, l := range sc.Briefs[p].Links {
			links = append(links, linkOf{k, l})
			for _, r := range []rules.OptionRef{l.If, l.And} {
				if r.Slot == l.Later() {
					continue
				}
				if at[r.Slot] < 0 {
					at[r.Slot] = e
					e++
				}
				lastUse[r.Slot] = max(lastUse[r.Slot], l.Later())
			}
		}
	}
	for ls, last := range lastUse {
		release[last] = append(release[last], at[ls])
	}
	optionOf := func(v []int32, r rules.OptionRef, si, oi int) int {
		if r.Slot == si {
			return oi
		}
		return int(v[d+at[r.Slot]])
	}
	w := d + e
	type node struct {
		parent int32
		option int8
	}
	// Each level holds the frontier of the first k slots: score vectors in
	// one flat slice (d per entry) and back pointers to rebuild texts.
	var levels [][]node
	cur := []int32{}
	cur = append(cur, make([]int32, w)...)
	count := []float64{1}
	levels = append(levels, []node{{parent: -1, option: -1}})
	for si := range sc.Slots {
		opts := sc.Slots[si].Options
		n := len(cur) / w
		cand := make([]int32, 0, n*len(opts)*w)
		back := make([]node, 0, n*len(opts))
		for i := 0; i < n; i++ {
			prev := cur[i*w : (i+1)*w]
			for oi := range opts {
				base := len(cand)
				for k, p := range parties {
					cand = append(cand, prev[k]+int32(sc.Briefs[p].Points[si][oi]))
				}
				cand = append(cand, prev[d:]...)
				v := cand[base:]
				for _, lk := range links {
					if lk.l.Later() == si && optionOf(v, lk.l.If, si, oi) == lk.l.If.Option && optionOf(v, lk.l.And, si, oi) == lk.l.And.Option {
						v[lk.k] += int32(lk.l.Points)
					}
				}
				if at[si] >= 0 {
					v[d+at[si]] = int32(oi)
				}
				for _, x := range release[si] {
					v[d+x] = 0 // no open link reads it any more
				}
				back = append(back, node{parent: int32(i), option: int8(oi)})
			}
		}
		keep, same := paretoFilter(cand, d, w)
		next := make([]int32, 0, len(keep)*w)
		lvl := make([]node, 0, len(keep))
		slot := make([]int, n*len(opts)) // candidate → its place in keep
		for k, i := range keep {
			next = append(next, cand[i*w:(i+1)*w]...)
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
	n := len(cur) / w
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
			scores[p] = int(cur[i*w+k])
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

// paretoFilter returns the indexes of the vectors (w values each, flat:
// d scores, then entries that must be equal for one vector to dominate
// another) that no other vector dominates, one of each set of equal
// vectors, and for every vector the index of the kept one it equals
// (itself if kept), or -1 if it is dominated. Sorting by the scores' sum
// first means a vector can only be dominated by one before it.
func paretoFilter(vs []int32, d, w int) (keep, same []int) {
	n := len(vs) / w
	order := make([]int, n)
	sums := make([]int64, n)
	for i := range order {
		order[i] = i
		for k := 0; k < d; k++ {
			sums[i] += int64(vs[i*w+k])
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
		v := vs[i*w : (i+1)*w]
		same[i] = i
		for _, j := range keep {
			u := vs[j*w : (j+1)*w]
			if slices.Equal(u[d:], v[d:]) && weaklyDominates(u[:d], v[:d]) {
				same[i] = -1
				if slices.Equal(u, v) {
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

package analysis

import (
	"math"
	"slices"

	"bindingwords/game/rules"
)

// acceptance counts exactly the texts party p accepts, by dynamic
// programming over the slots. Whether p accepts a text depends only on
// its score, whether it crosses a red line of p, the weighted attribute
// total of each public that votes for p (its verdict), and the option of
// each slot that decides a document's form. So the texts are grouped by
// that state, slot after slot: a text with a red line of p is dropped at
// once. The groups stay few (thousands) where the texts number in the
// millions. Every score is kept (not only those reaching the
// reservation), so the count for any other reservation is known too
// (see [Balance.SuggestReservation]).
// A state has one score, one total per voting public and one option per
// form slot; when they do not fit in stateDims, the texts are counted one
// by one instead, if there are at most MaxBalanceNodes of them, and
// otherwise both counts are NaN (unknown). It returns the texts p accepts and the texts it can
// sign on points and red lines alone.
func (w *balanceWalk) acceptance(p int) (accept, canSign float64) {
	sc := w.sc
	var pubs, formSlots []int
	for _, vt := range w.b.Votes {
		if vt.Party == p {
			pubs = append(pubs, vt.Public)
		}
	}
	for d := range sc.Documents {
		if fs := sc.Documents[d].FormSlot; fs >= 0 && !slices.Contains(formSlots, fs) {
			formSlots = append(formSlots, fs)
		}
	}
	// A link's points are known once its later slot is chosen: the option
	// of its earlier slot is kept in the state until then (tracked, after
	// the form slots; a form slot's option is there already).
	links := sc.Briefs[p].Links
	at := make([]int, len(sc.Slots)) // slot → its place in the state, or 0
	for i, fs := range formSlots {
		at[fs] = 1 + len(pubs) + i
	}
	release := make([][]int, len(sc.Slots)) // slot → state places read for the last time
	next := 1 + len(pubs) + len(formSlots)
	lastUse := map[int]int{} // tracked link slot → the last slot whose links read it
	for _, l := range links {
		for _, r := range []rules.OptionRef{l.If, l.And} {
			if r.Slot == l.Later() {
				continue
			}
			if at[r.Slot] == 0 {
				at[r.Slot] = next
				next++
			}
			if !slices.Contains(formSlots, r.Slot) {
				lastUse[r.Slot] = max(lastUse[r.Slot], l.Later())
			}
		}
	}
	for ls, last := range lastUse {
		release[last] = append(release[last], at[ls])
	}
	if next > stateDims {
		if w.b.Texts > MaxBalanceNodes {
			// Too wide for the programme and too many to count one by
			// one: unknown.
			return math.NaN(), math.NaN()
		}
		return w.acceptanceByText(p)
	}
	red := make([][]bool, len(sc.Slots))
	for si := range sc.Slots {
		red[si] = make([]bool, len(sc.Slots[si].Options))
	}
	for _, r := range sc.Briefs[p].RedLines {
		red[r.Slot][r.Option] = true
	}
	res := sc.Briefs[p].Reservation
	cur := map[state]float64{{}: 1}
	for si := range sc.Slots {
		nextStates := make(map[state]float64, len(cur)*2)
		for st, n := range cur {
			for oi := range sc.Slots[si].Options {
				if red[si][oi] {
					continue
				}
				t := st
				t[0] += int32(sc.Briefs[p].Points[si][oi])
				for i, pub := range pubs {
					t[1+i] += int32(w.linAdd[si][oi][pub])
				}
				// A form slot's place is set in at too (above).
				if i := at[si]; i > 0 {
					t[i] = int32(oi)
				}
				for _, l := range links {
					if l.Later() == si && optionIn(t, at, l.If, si, oi) && optionIn(t, at, l.And, si, oi) {
						t[0] += int32(l.Points)
					}
				}
				for _, i := range release[si] {
					t[i] = 0 // no longer read: merge the states
				}
				nextStates[t] += n
			}
		}
		cur = nextStates
	}
	hist := map[int]float64{}
	for st, n := range cur {
		ok := w.ratifiesState(p, st, pubs, formSlots)
		if ok {
			hist[int(st[0])] += n
		}
		if int(st[0]) < res {
			continue
		}
		canSign += n
		if ok {
			accept += n
		}
	}
	w.b.ratified[p] = hist
	return accept, canSign
}

// optionIn reports whether the wording r is in the text of state t, whose
// slot si has just been given option oi.
func optionIn(t state, at []int, r rules.OptionRef, si, oi int) bool {
	if r.Slot == si {
		return r.Option == oi
	}
	return int(t[at[r.Slot]]) == r.Option
}

// stateDims is the size of a dynamic-programming state.
const stateDims = 8

type state [stateDims]int32

// ratifiesState reports whether every vote of p passes for a group of
// texts: each public's verdict from its weighted total, and each
// document's form from its form slot's option.
func (w *balanceWalk) ratifiesState(p int, st state, pubs, formSlots []int) bool {
	sc := w.sc
	i := 0
	for v, vt := range w.b.Votes {
		if vt.Party != p {
			continue
		}
		x := min(max(sc.Publics[vt.Public].Base+int(st[1+i]), 0), 100)
		i++
		for d := range sc.Documents {
			f := sc.Documents[d].Form
			if fs := sc.Documents[d].FormSlot; fs >= 0 {
				for j, s := range formSlots {
					if s == fs {
						f = sc.Slots[fs].Options[st[1+len(pubs)+j]].Form
					}
				}
			}
			if !w.pass[v][f][x] {
				return false
			}
		}
	}
	return true
}

// acceptanceByText counts the texts p accepts one by one, for a scenario
// whose states are too wide for the dynamic programme.
func (w *balanceWalk) acceptanceByText(p int) (accept, canSign float64) {
	var visit func(depth int)
	visit = func(depth int) {
		if depth == len(w.text) {
			if w.red[p] == 0 && w.score[p] >= w.sc.Briefs[p].Reservation {
				canSign++
				if w.b.accepts(w.key(), p) {
					accept++
				}
			}
			return
		}
		for oi := range w.sc.Slots[depth].Options {
			w.text[depth] = oi
			w.add(depth, oi, 1)
			if w.red[p] == 0 && w.score[p]+w.remMax[depth+1][p] >= w.sc.Briefs[p].Reservation {
				visit(depth + 1)
			}
			w.add(depth, oi, -1)
		}
	}
	visit(0)
	return accept, canSign
}

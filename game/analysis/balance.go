package analysis

import (
	"slices"

	"bindingwords/game/rules"
)

// This file counts, over every complete text, which delegations would
// accept it and which ratification votes it passes, so an author can see
// each delegation's acceptance share, what each vote at home removes from
// the ZOPA and what each optional delegation does to agreement.
//
// Each delegation's acceptance is counted exactly by dynamic programming
// over the slots (see acceptance.go): millions of texts collapse into a
// few thousand states of score, weighted attribute totals and form.
//
// The joint figures come from one walk over the texts that every core
// (non-optional) required signatory or must-agree party can sign on
// points and red lines — every text of a ZOPA or agreement zone is among
// them, whichever optional parties take part. Each text gets a key: bit p
// set when party p "can sign" it (no red line of its own, score at least
// its reservation), and bit len(Parties)+v set when vote v fails. Every
// joint figure is a sum over the keys, so they agree with each other and
// with the ZOPA by construction.

// MaxBalanceNodes bounds the walk behind the joint figures; past it they
// count only the texts found so far and Balance.Exact is false.
const MaxBalanceNodes = 40_000_000

// A Vote is one vote at home: a party's public that must approve at least
// one legal form a document can take.
type Vote struct {
	Party, Public int
	// Label names the vote as the scenario does ("two-thirds of the Senate").
	Label string
}

// Balance holds the counts behind the balancing figures.
type Balance struct {
	sc *rules.Scenario
	// Texts is the number of complete texts.
	Texts float64
	// Accept is, per party, how many texts it accepts (see Acceptance);
	// CanSign how many it can sign on points and red lines alone, before
	// its votes at home. Both are NaN when they could not be counted (a
	// party with more voting publics and form clauses than the counting
	// handles, in a scenario of more than MaxBalanceNodes texts).
	Accept, CanSign []float64
	// Exact is false when the walk behind the joint figures (ZOPA, Zone)
	// hit MaxBalanceNodes, or was not made (more than 64 parties and votes
	// together); they are then lower bounds.
	Exact bool
	// Votes lists every vote at home, party by party.
	Votes []Vote
	keys  map[uint64]float64
	// ratified[p] counts, per score, the texts without a red line of p
	// that pass every vote of p (nil when counted text by text).
	ratified []map[int]float64
	nodes    int64
}

// Accepts reports whether a key's text is accepted by party p: it can sign
// it and every vote of p passes. This is the analysis's acceptance, the
// one the ZOPA asks of every required signatory.
func (b *Balance) accepts(key uint64, p int) bool {
	if key&(1<<p) == 0 {
		return false
	}
	for v, vt := range b.Votes {
		if vt.Party == p && key&b.voteBit(v) != 0 {
			return false
		}
	}
	return true
}

func (b *Balance) voteBit(v int) uint64 { return 1 << (len(b.sc.Parties) + v) }

// Count sums the texts whose key satisfies keep.
func (b *Balance) Count(keep func(key uint64) bool) float64 {
	n := 0.0
	for k, c := range b.keys {
		if keep(k) {
			n += c
		}
	}
	return n
}

// Acceptance is the number of texts party p accepts: no red line of its
// own, a score of at least its reservation, and every vote it holds at
// home passes for the legal form each document takes (under the opinion
// of the analysis: starting support drifting toward the verdict for the
// scenario's rounds).
func (b *Balance) Acceptance(p int) float64 {
	return b.Accept[p]
}

// SuggestReservation is the highest reservation at which party p would
// accept at least the given share of all texts (0 < share ≤ 1), or false
// when no reservation reaches it (its red lines and votes at home rule out
// too many) or the counts per score are not known.
func (b *Balance) SuggestReservation(p int, share float64) (int, bool) {
	h := b.ratified[p]
	if h == nil {
		return 0, false
	}
	scores := make([]int, 0, len(h))
	for s := range h {
		scores = append(scores, s)
	}
	slices.Sort(scores)
	n := 0.0
	for i := len(scores) - 1; i >= 0; i-- {
		n += h[scores[i]]
		if n >= share*b.Texts {
			return scores[i], true
		}
	}
	return 0, false
}

// ZOPA counts the texts every party in required accepts, as
// [Analysis.ZOPA] does; a vote v ≥ 0 is left out (passed whatever the
// text), to show what it removes.
func (b *Balance) ZOPA(required []int, without int) float64 {
	return b.Count(func(k uint64) bool {
		if without >= 0 {
			k &^= b.voteBit(without)
		}
		for _, p := range required {
			if !b.accepts(k, p) {
				return false
			}
		}
		return true
	})
}

// Zone counts the texts that could become the agreement with the given
// parties taking part, each voting for the texts it accepts: the required
// signatories taking part accept it, the adoption rule passes it (every
// must-agree party taking part accepts it, and the other parties meet the
// quota) and enough parties accept it to meet the signing minimum. It is
// the ZOPA narrowed by the table's rules, which is where an optional
// delegation matters: it is never required, but it counts among the
// others and toward the minimum.
func (b *Balance) Zone(parties []int) float64 {
	sc := b.sc
	return b.Count(func(k uint64) bool {
		yes, n, others := 0, 0, 0
		for _, p := range parties {
			ok := b.accepts(k, p)
			if ok {
				yes++
			}
			must := slices.Contains(sc.Adoption.MustAgree, p)
			if (must || slices.Contains(sc.Signing.Required, p)) && !ok {
				return false
			}
			if !must {
				n++
				if ok {
					others++
				}
			}
		}
		return yes >= sc.Signing.Minimum && others >= sc.Adoption.Others.Needs(n)
	})
}

// NewBalance counts the texts of sc under the opinion given (nil: the
// scenario's starting support, drifting for its rounds, as [Analyze]).
func NewBalance(sc *rules.Scenario, op *Opinion) *Balance {
	if op == nil {
		op = &Opinion{Polls: sc.Rounds}
	}
	b := &Balance{sc: sc, Texts: 1, keys: map[uint64]float64{}, Exact: true}
	for _, s := range sc.Slots {
		b.Texts *= float64(len(s.Options))
	}
	w := newBalanceWalk(b, op)
	b.ratified = make([]map[int]float64, len(sc.Parties))
	for p := range sc.Parties {
		acc, can := w.acceptance(p)
		b.Accept = append(b.Accept, acc)
		b.CanSign = append(b.CanSign, can)
	}
	if len(sc.Parties)+len(b.Votes) <= 64 {
		w.walk(0)
	} else {
		b.Exact = false // a key holds 64 bits: no joint figures
	}
	for k, c := range w.counts {
		if c > 0 {
			b.keys[uint64(k)] = float64(c)
		}
	}
	for k, c := range w.big {
		b.keys[k] = float64(c)
	}
	return b
}

// balanceWalk enumerates texts keeping running sums: each party's score
// and red lines crossed, and each public's weighted attribute total.
type balanceWalk struct {
	b      *Balance
	sc     *rules.Scenario
	op     *Opinion
	text   []int
	score  []int
	red    []int
	lin    []int
	linAdd [][][]int // [slot][option][public]
	redAt  [][][]int // [slot][option]: parties with a red line there
	pass   [][][]bool
	formOf []int // per document: its form slot, or -1
	// counts is indexed by key while keys fit in 22 bits (a flat slice is
	// many times faster than a map at millions of leaves); big holds them
	// otherwise.
	counts  []int64
	big     map[uint64]int64
	verdict []int
	forms   []int
	gate    []int   // core parties every zone needs: required or must agree
	remMax  [][]int // [depth][party]: the most it can add from slot depth on
}

func newBalanceWalk(b *Balance, op *Opinion) *balanceWalk {
	sc := b.sc
	w := &balanceWalk{b: b, sc: sc, op: op, text: make([]int, len(sc.Slots)), score: make([]int, len(sc.Parties)),
		red: make([]int, len(sc.Parties)), lin: make([]int, len(sc.Publics)),
		verdict: make([]int, len(sc.Publics)), forms: make([]int, len(sc.Documents))}
	weights := op.Weights
	if weights == nil {
		for i := range sc.Publics {
			weights = append(weights, sc.Publics[i].Weights)
		}
	}
	w.linAdd = make([][][]int, len(sc.Slots))
	w.redAt = make([][][]int, len(sc.Slots))
	for si, s := range sc.Slots {
		w.linAdd[si] = make([][]int, len(s.Options))
		w.redAt[si] = make([][]int, len(s.Options))
		for oi, o := range s.Options {
			w.linAdd[si][oi] = make([]int, len(sc.Publics))
			for pub := range sc.Publics {
				for a, x := range o.Attrs {
					w.linAdd[si][oi][pub] += weights[pub][a] * x
				}
			}
		}
	}
	for p := range sc.Parties {
		for _, r := range sc.Briefs[p].RedLines {
			w.redAt[r.Slot][r.Option] = append(w.redAt[r.Slot][r.Option], p)
		}
	}
	for d := range sc.Documents {
		w.formOf = append(w.formOf, sc.Documents[d].FormSlot)
	}
	// Each vote at home is one (party, public) pair; pass[v][form][verdict]
	// says whether it passes a document of that form when the public's
	// verdict on the text is verdict.
	for p := range sc.Parties {
		seen := map[int]int{}
		for f, reqs := range sc.Parties[p].Ratification {
			for i, req := range reqs {
				v, ok := seen[req.Public]
				if !ok {
					v = len(b.Votes)
					seen[req.Public] = v
					b.Votes = append(b.Votes, Vote{Party: p, Public: req.Public, Label: req.Label})
					w.pass = append(w.pass, make([][]bool, len(sc.Forms)))
					for g := range sc.Forms {
						w.pass[v][g] = make([]bool, 101)
						for x := range w.pass[v][g] {
							w.pass[v][g][x] = true
						}
					}
				}
				thr := req.Threshold
				if op.Thresholds != nil {
					thr = op.Thresholds[p][f][i]
				}
				for x := 0; x <= 100; x++ {
					if supportAt(sc, op, req.Public, x) < thr*10 {
						w.pass[v][f][x] = false
					}
				}
			}
		}
	}
	for p := range sc.Parties {
		if !sc.Parties[p].Optional && (slices.Contains(sc.Signing.Required, p) || slices.Contains(sc.Adoption.MustAgree, p)) {
			w.gate = append(w.gate, p)
		}
	}
	w.remMax = make([][]int, len(sc.Slots)+1)
	w.remMax[len(sc.Slots)] = make([]int, len(sc.Parties))
	for si := len(sc.Slots) - 1; si >= 0; si-- {
		w.remMax[si] = make([]int, len(sc.Parties))
		for p := range sc.Parties {
			// Links whose later slot is si or after are not yet counted.
			w.remMax[si][p] = w.remMax[si+1][p] + slices.Max(sc.Briefs[p].Points[si]) -
				rules.LinkBound(sc.Briefs[p].Links, si+1) + rules.LinkBound(sc.Briefs[p].Links, si)
		}
	}
	if bits := len(sc.Parties) + len(b.Votes); bits <= 22 {
		w.counts = make([]int64, 1<<bits)
	} else {
		w.big = map[uint64]int64{}
	}
	return w
}

// walk visits the texts every gate party can sign, pruning a branch as
// soon as one crosses a red line or can no longer reach its reservation.
func (w *balanceWalk) walk(depth int) {
	if w.b.nodes >= MaxBalanceNodes {
		w.b.Exact = false
		return
	}
	w.b.nodes++
	if depth == len(w.text) {
		w.leaf(1)
		return
	}
	for oi := range w.sc.Slots[depth].Options {
		w.text[depth] = oi
		w.add(depth, oi, 1)
		ok := true
		for _, p := range w.gate {
			if w.red[p] > 0 || w.score[p]+w.remMax[depth+1][p] < w.sc.Briefs[p].Reservation {
				ok = false
				break
			}
		}
		if ok {
			w.walk(depth + 1)
		}
		w.add(depth, oi, -1)
	}
}

func (w *balanceWalk) add(si, oi, sign int) {
	for p := range w.score {
		w.score[p] += sign * w.sc.Briefs[p].Points[si][oi]
		if links := w.sc.Briefs[p].Links; len(links) > 0 {
			// w.text holds the options of slots 0…si, oi among them.
			w.score[p] += sign * rules.LinkAt(links, si, w.text)
		}
	}
	for _, p := range w.redAt[si][oi] {
		w.red[p] += sign
	}
	for pub, x := range w.linAdd[si][oi] {
		w.lin[pub] += sign * x
	}
}

func (w *balanceWalk) leaf(n int64) {
	key := w.key()
	if w.counts != nil {
		w.counts[key] += n
	} else {
		w.big[key] += n
	}
}

// key is the current text's key: who can sign it, which votes it fails.
func (w *balanceWalk) key() uint64 {
	sc := w.sc
	var key uint64
	for p := range w.score {
		if w.red[p] == 0 && w.score[p] >= sc.Briefs[p].Reservation {
			key |= 1 << p
		}
	}
	for pub := range w.verdict {
		w.verdict[pub] = min(max(sc.Publics[pub].Base+w.lin[pub], 0), 100)
	}
	for d, fs := range w.formOf {
		w.forms[d] = sc.Documents[d].Form
		if fs >= 0 {
			w.forms[d] = sc.Slots[fs].Options[w.text[fs]].Form
		}
	}
	for v, vt := range w.b.Votes {
		x := w.verdict[vt.Public]
		for _, f := range w.forms {
			if !w.pass[v][f][x] {
				key |= w.b.voteBit(v)
				break
			}
		}
	}
	return key
}

package rules

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
)

// Hash is a canonical fingerprint of the game state: two games with the
// same hash will play on identically. It covers everything that decides
// what happens next (text, brackets, opinion, weights, thresholds, trust,
// commitments, calls, votes, turn, the generator's state) and the
// scenario's content hash, but not the words of the seats' reasons.
func (g *Game) Hash() string {
	b := make([]byte, 0, 1024)
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	num := func(v int) { b = binary.AppendVarint(b, int64(v)) }
	nums := func(vs []int) {
		num(len(vs))
		for _, v := range vs {
			num(v)
		}
	}
	flags := func(vs []bool) {
		num(len(vs))
		for _, v := range vs {
			num(b2i(v))
		}
	}
	votes := func(vs []VoteValue) {
		num(len(vs))
		for _, v := range vs {
			num(int(v))
		}
	}
	str("bindingwords-state-1")
	str(g.sc.ID)
	str(g.sc.Hash)
	num(g.rounds)
	flags(g.active)
	rng, _ := g.pcg.MarshalBinary() // a PCG always marshals
	b = append(b, rng...)
	num(g.round)
	num(int(g.phase))
	num(g.turn)
	num(g.item)
	nums(g.text)
	flags(g.bracketed)
	flags(g.present)
	nums(g.support)
	for _, w := range g.weights {
		nums(w)
	}
	for _, forms := range g.threshold {
		for _, t := range forms {
			nums(t)
		}
	}
	nums(g.trust)
	nums(g.reassured)
	for _, a := range g.addressed {
		nums(a)
	}
	num(len(g.commitments))
	for _, c := range g.commitments {
		nums([]int{c.Party, c.Slot, c.Option, int(c.Stance), c.Round})
	}
	flags(g.calls)
	flags(g.tabled)
	flags(g.spoke)
	votes(g.decision)
	flags(g.drawn)
	nums(g.newsByRound)
	num(len(g.items))
	for _, it := range g.items {
		nums([]int{it.Party, it.Round, b2i(it.Adopted), b2i(it.Decided)})
		for _, c := range it.Changes {
			nums([]int{c.Slot, c.Option})
		}
		votes(it.Votes)
	}
	for _, p := range g.polls {
		nums(p)
	}
	// The together pace and the chair's hold came later: a game that uses
	// neither hashes as it always did, so older records still replay.
	if g.together || g.newsHeld {
		str("pace-1")
		flags([]bool{g.together, g.window, g.newsHeld})
		flags(g.chosen)
		action := func(a Action) {
			nums([]int{a.Party, int(a.Kind), b2i(a.Yes), int(a.Press.Kind), a.Press.Public, a.Press.Slot, a.Press.Option, int(a.Press.Stance)})
			num(len(a.Changes))
			for _, c := range a.Changes {
				nums([]int{c.Slot, c.Option})
			}
		}
		for _, a := range g.sealed {
			action(a)
		}
		num(len(g.queue))
		for _, a := range g.queue {
			action(a)
		}
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

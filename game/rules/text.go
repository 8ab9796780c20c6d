package rules

// This file evaluates a text (one option index per slot) without a game:
// what each party scores, how each public judges it and which legal form
// each document takes. The engine uses the same functions, with the
// weights a game has drifted to, so analysis and play can never disagree.

// DefaultText returns the chair's opening text: the default option of every slot.
func (s *PublicScenario) DefaultText() []int {
	t := make([]int, len(s.Slots))
	for i := range s.Slots {
		t[i] = s.Slots[i].Default
	}
	return t
}

// DocumentPresent reports whether document d still has an article in the
// text (present, per article; nil means every article is in): a document
// whose articles all fell out is not signed or ratified.
func (s *PublicScenario) DocumentPresent(d int, present []bool) bool {
	if present == nil {
		return true
	}
	for _, a := range s.Documents[d].Articles {
		if present[a] {
			return true
		}
	}
	return false
}

// AttrTotals adds up each attribute over the options of text. Slots whose
// article is not in the text (present[article] false) are skipped; a nil
// present means every article is in. The result is written to dst, which
// must have one entry per attribute, and returned.
func (s *PublicScenario) AttrTotals(dst []int, text []int, present []bool) []int {
	for a := range dst {
		dst[a] = 0
	}
	for si := range s.Slots {
		if present != nil && !present[s.Slots[si].Article] {
			continue
		}
		for a, v := range s.Slots[si].Options[text[si]].Attrs {
			dst[a] += v
		}
	}
	return dst
}

// VerdictOf is a public's verdict (whole points, 0–100) on a text whose
// attribute totals are given, with the given weights.
func VerdictOf(base int, weights, totals []int) int {
	v := base
	for a, w := range weights {
		v += w * totals[a]
	}
	return clamp(v, 0, 100)
}

// Verdict is public p's verdict (whole points) on a complete text, with the
// scenario's starting weights.
func (s *PublicScenario) Verdict(p int, text []int) int {
	totals := s.AttrTotals(make([]int, len(s.Attributes)), text, nil)
	return VerdictOf(s.Publics[p].Base, s.Publics[p].Weights, totals)
}

// DocumentForm is the legal form document d takes in text. When the
// document's form slot is not in the text, the least binding form applies.
func (s *PublicScenario) DocumentForm(d int, text []int, present []bool) int {
	doc := &s.Documents[d]
	if doc.FormSlot < 0 {
		return doc.Form
	}
	slot := &s.Slots[doc.FormSlot]
	if present != nil && !present[slot.Article] {
		return len(s.Forms) - 1
	}
	return slot.Options[text[doc.FormSlot]].Form
}

// Score is what party scores for text if the agreement is in force for it:
// the points of the chosen options of every slot still in the text, and
// of every link of the party whose two options are both in it (see
// links.go). It is the one definition of a text's score; [BriefScore] is
// the same for a seat that holds only its own brief.
func (s *Scenario) Score(party int, text []int, present []bool) int {
	return s.BriefScore(&s.Briefs[party], text, present)
}

// BriefScore is what the party whose brief b is scores for text (see
// [Scenario.Score]).
func (s *PublicScenario) BriefScore(b *Brief, text []int, present []bool) int {
	pts := b.Points
	sum := 0
	for si := range s.Slots {
		if present != nil && !present[s.Slots[si].Article] {
			continue
		}
		sum += pts[si][text[si]]
	}
	if len(b.Links) > 0 {
		sum += s.LinkPoints(b.Links, text, present)
	}
	return sum
}

// CrossesRedLine reports whether text, with the given articles present,
// contains one of party's red lines.
func (s *Scenario) CrossesRedLine(party int, text []int, present []bool) bool {
	for _, r := range s.Briefs[party].RedLines {
		if present != nil && !present[s.Slots[r.Slot].Article] {
			continue
		}
		if text[r.Slot] == r.Option {
			return true
		}
	}
	return false
}

// BestScore is the highest score party can reach with any complete text,
// its links included.
func (s *Scenario) BestScore(party int) int {
	return s.PublicScenario.BestScore(&s.Briefs[party])
}

// BestScore is the highest score the party whose brief b is can reach with
// any complete text (see [Scenario.BestScore]).
func (s *PublicScenario) BestScore(b *Brief) int {
	return bestScore(b.Points, b.Links)
}

// BestSignable is the highest score of a complete text that crosses none
// of the brief's red lines (0 if every text crosses one), its links
// included.
func (s *PublicScenario) BestSignable(b *Brief) int {
	const never = -1 << 40
	pts := make([][]int, len(b.Points))
	for si, row := range b.Points {
		pts[si] = append([]int(nil), row...)
	}
	for _, r := range b.RedLines {
		pts[r.Slot][r.Option] = never
	}
	best := bestScore(pts, b.Links)
	if best < never/2 {
		return 0
	}
	return best
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

package scenarios

import (
	"fmt"
	"slices"
	"strings"

	"bindingwords/game/rules"
)

// lint warns about things a valid scenario probably did not mean. It runs
// only on a file without errors, so every index is sound.
func (d *decoder) lint() {
	s := d.s
	for i := range s.Parties {
		if !d.objectives[i] {
			d.warnf(d.partyAt[i], "party %q has no objectives; a few short objectives tell a delegation what to aim for", s.Parties[i].ID)
		}
	}
	for si := range s.Slots {
		if d.pointless(si) {
			d.warnf(d.slotAt[si], "every option of slot %q gives every party the same points and has the same attributes and form, so the choice cannot matter; make the options differ", s.Slots[si].ID)
		}
	}
	for si := range s.Slots {
		for _, o := range s.Slots[si].Options {
			if strings.ContainsAny(o.Label, "\"“”") {
				d.warnf(d.slotAt[si], "the label %q of slot %q has double quotation marks; the game already sets a label in “double” ones, so quote inside it with ‘single’ ones", o.Label, s.Slots[si].ID)
			}
		}
	}
	for i, n := range s.News {
		switch {
		case n.ToRound > 0 && n.ToRound < n.FromRound:
			d.warnf(d.newsAt[i], "news card %q can never be drawn: to_round %d is before from_round %d", n.ID, n.ToRound, n.FromRound)
		case n.Round > s.Rounds:
			d.warnf(d.newsAt[i], "news card %q is dealt in round %d, but a game has %d rounds unless the teacher sets more", n.ID, n.Round, s.Rounds)
		case n.Round > 0:
		case n.FromRound > s.Rounds:
			d.warnf(d.newsAt[i], "news card %q can never be drawn in a game of %d rounds: from_round is %d", n.ID, s.Rounds, n.FromRound)
		}
	}
	d.lintLinks()
	d.lintInForce()
	d.screenLengths()
	d.feasibility()
}

// pointless reports whether every option of a slot is the same for
// everyone: points of every party, attributes and form.
func (d *decoder) pointless(si int) bool {
	s := d.s
	if d.linked(si) {
		return false
	}
	opts := s.Slots[si].Options
	for o := 1; o < len(opts); o++ {
		if opts[o].Form != opts[0].Form || !slices.Equal(opts[o].Attrs, opts[0].Attrs) {
			return false
		}
		for p := range s.Briefs {
			if s.Briefs[p].Points[si][o] != s.Briefs[p].Points[si][0] {
				return false
			}
		}
	}
	return true
}

// feasibility warns when no complete text can be signed and ratified by
// the parties the signing rule requires (see [search]), and then says
// which of them cannot accept any text even on its own.
func (d *decoder) feasibility() {
	s := d.s
	req := s.Signing.Required
	sr := newSearch(s, req, s.Signing.Minimum, maxWork)
	found, capped := sr.run()
	if found {
		return
	}
	who := partyIDs(d.s, req)
	if s.Signing.Minimum > len(req) {
		if len(req) > 0 {
			who += fmt.Sprintf(" and by at least %d parties in all", s.Signing.Minimum)
		} else {
			who = fmt.Sprintf("at least %d parties", s.Signing.Minimum)
		}
	}
	if capped {
		d.warnf(d.partiesAt, "could not tell whether any complete text can be signed and ratified by %s: the check gave up after trying %d partial texts, so this scenario may be unplayable; fewer slots or options make it checkable", who, sr.nodes)
		return
	}
	var alone []int
	for _, p := range req {
		if f, c := newSearch(s, []int{p}, 0, maxWork/10).run(); !f && !c {
			alone = append(alone, p)
		}
	}
	why := ""
	if len(alone) > 0 {
		why = fmt.Sprintf("; %s cannot accept any text even on its own", partyIDs(d.s, alone))
	}
	d.warnf(d.partiesAt, "no complete text can be signed and ratified by %s: every text crosses a red line, scores below a reservation value or fails a ratification vote (even with each public's support at the better of its starting value and its verdict on the text)%s", who, why)
}

// partyIDs lists parties by their ids as a message says them: "nobody",
// "us", "us and ukraine", "us, ukraine and germany".
func partyIDs(sc *rules.Scenario, parties []int) string {
	var ids []string
	for _, p := range parties {
		ids = append(ids, sc.Parties[p].ID)
	}
	switch len(ids) {
	case 0:
		return "nobody"
	case 1:
		return ids[0]
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " and " + ids[len(ids)-1]
}

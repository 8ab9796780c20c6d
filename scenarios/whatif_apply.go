package scenarios

import (
	"fmt"
	"strings"

	"bindingwords/game/rules"
)

// apply makes one change to sc, which cloneForWhatIf has copied. The
// setting (the second part of the path) says what kind of thing the first
// part names, so a party and a slot may share an id; the ranges are the
// loader's for the same field.
func (c Change) apply(sc *rules.Scenario) error {
	path := c.Path
	if len(path) == 1 && path[0] == "rounds" {
		if err := inRange("rounds", c.Value, 1, rules.MaxRounds); err != nil {
			return err
		}
		sc.Rounds = c.Value
		return nil
	}
	if len(path) < 2 {
		return fmt.Errorf("%q names no setting; want NAME.SETTING, where SETTING is one of: %s", strings.Join(path, "."), settings)
	}
	name, setting, rest := path[0], path[1], path[2:]
	arity := func(n int, shape string) error {
		if len(rest) != n {
			return fmt.Errorf("%s: want %s", strings.Join(path, "."), shape)
		}
		return nil
	}
	if setting != "default" && c.Option != "" {
		return fmt.Errorf("%s takes a number", strings.Join(path, "."))
	}
	switch setting {
	case "reservation", "points":
		p := sc.PartyIndex(name)
		if p < 0 {
			return unknown("party", name, ids(len(sc.Parties), func(i int) string { return sc.Parties[i].ID }))
		}
		b := &sc.Briefs[p]
		if setting == "reservation" {
			if err := arity(0, name+".reservation=N"); err != nil {
				return err
			}
			b.Reservation = c.Value
			return nil
		}
		if err := arity(2, name+".points.SLOT.OPTION=N"); err != nil {
			return err
		}
		si, oi, err := slotOption(sc, rest[0], rest[1])
		if err != nil {
			return err
		}
		b.Points[si][oi] = c.Value
		return nil
	case "threshold", "support", "base", "drift", "weights":
		pi := sc.PublicIndex(name)
		if pi < 0 {
			return unknown("public", name, ids(len(sc.Publics), func(i int) string { return sc.Publics[i].ID }))
		}
		return setPublic(sc, pi, setting, rest, c.Value)
	case "effect", "weight":
		ni := newsIndex(sc, name)
		if ni < 0 {
			return unknown("news card", name, ids(len(sc.News), func(i int) string { return sc.News[i].ID }))
		}
		return setNews(sc, ni, setting, rest, c.Value)
	case "default":
		si := sc.SlotIndex(name)
		if si < 0 {
			return unknown("slot", name, ids(len(sc.Slots), func(i int) string { return sc.Slots[i].ID }))
		}
		if err := arity(0, name+".default=OPTION"); err != nil {
			return err
		}
		oi := sc.OptionIndex(si, c.Option)
		if oi < 0 {
			return unknown("option of slot "+name, c.Option, ids(len(sc.Slots[si].Options), func(i int) string { return sc.Slots[si].Options[i].ID }))
		}
		sc.Slots[si].Default = oi
		return nil
	}
	return fmt.Errorf("unknown setting %q; want one of: %s", setting, settings)
}

// setPublic changes one of public pi's numbers. A threshold belongs to
// the ratification votes held at the public: every one of them (one per
// form that needs that vote) takes the new value.
func setPublic(sc *rules.Scenario, pi int, setting string, rest []string, v int) error {
	pub := &sc.Publics[pi]
	if setting != "weights" && len(rest) > 0 {
		return fmt.Errorf("%s.%s takes no further name", pub.ID, setting)
	}
	switch setting {
	case "threshold":
		if err := inRange("threshold", v, 1, 100); err != nil {
			return err
		}
		n := 0
		for p := range sc.Parties {
			for _, reqs := range sc.Parties[p].Ratification {
				for k := range reqs {
					if reqs[k].Public == pi {
						reqs[k].Threshold = v
						n++
					}
				}
			}
		}
		if n == 0 {
			return fmt.Errorf("public %q holds no ratification vote, so it has no threshold", pub.ID)
		}
	case "support":
		if err := inRange("support", v, 0, 100); err != nil {
			return err
		}
		pub.Support = v * 10
	case "base":
		pub.Base = v
	case "drift":
		if err := inRange("drift", v, 0, 100); err != nil {
			return err
		}
		pub.Drift = v
	case "weights":
		if len(rest) != 1 {
			return fmt.Errorf("%s.weights: want %s.weights.ATTRIBUTE=N", pub.ID, pub.ID)
		}
		a := -1
		for i := range sc.Attributes {
			if sc.Attributes[i].ID == rest[0] {
				a = i
			}
		}
		if a < 0 {
			return unknown("attribute", rest[0], ids(len(sc.Attributes), func(i int) string { return sc.Attributes[i].ID }))
		}
		pub.Weights[a] = v
	}
	return nil
}

// setNews changes a news card's weight or the change one of its effects
// makes (its support, weight, threshold or trust change: the loader's
// "change:").
func setNews(sc *rules.Scenario, ni int, setting string, rest []string, v int) error {
	card := &sc.News[ni]
	if setting == "weight" {
		if len(rest) > 0 {
			return fmt.Errorf("%s.weight takes no further name", card.ID)
		}
		if card.Round > 0 {
			return fmt.Errorf("news card %q is dealt in round %d, not drawn, so it has no weight", card.ID, card.Round)
		}
		if err := inRange("weight", v, 1, limit); err != nil {
			return err
		}
		card.Weight = v
		return nil
	}
	k := 1
	switch {
	case len(rest) == 1:
		n, err := wholeNumber(rest[0])
		if err != nil || n < 1 || n > len(card.Effects) {
			return fmt.Errorf("news card %q has %d effects; want %s.effect.N with N from 1 to %d", card.ID, len(card.Effects), card.ID, len(card.Effects))
		}
		k = n
	case len(rest) > 1:
		return fmt.Errorf("want %s.effect=N or %s.effect.N=N", card.ID, card.ID)
	case len(card.Effects) != 1:
		return fmt.Errorf("news card %q has %d effects; name one, as in %s.effect.1=N", card.ID, len(card.Effects), card.ID)
	}
	if err := inRange("effect", v, -100, 100); err != nil {
		return err
	}
	card.Effects[k-1].Delta = v
	return nil
}

func slotOption(sc *rules.Scenario, slot, option string) (int, int, error) {
	si := sc.SlotIndex(slot)
	if si < 0 {
		return 0, 0, unknown("slot", slot, ids(len(sc.Slots), func(i int) string { return sc.Slots[i].ID }))
	}
	oi := sc.OptionIndex(si, option)
	if oi < 0 {
		return 0, 0, unknown("option of slot "+slot, option, ids(len(sc.Slots[si].Options), func(i int) string { return sc.Slots[si].Options[i].ID }))
	}
	return si, oi, nil
}

func newsIndex(sc *rules.Scenario, id string) int {
	for i := range sc.News {
		if sc.News[i].ID == id {
			return i
		}
	}
	return -1
}

func inRange(what string, v, lo, hi int) error {
	if v < lo || v > hi {
		return fmt.Errorf("%s %d: want a whole number from %d to %d", what, v, lo, hi)
	}
	return nil
}

func ids(n int, id func(int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = id(i)
	}
	return out
}

// unknown says that name is no kind of the scenario's, and which are.
func unknown(kind, name string, have []string) error {
	if len(have) == 0 {
		return fmt.Errorf("no %s %q: the scenario has none", kind, name)
	}
	return fmt.Errorf("no %s %q; want one of %s", kind, name, strings.Join(have, ", "))
}

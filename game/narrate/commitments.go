package narrate

import (
	"slices"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
)

// Commitments splits a finished game's public commitments into those kept
// and those broken, in the order they were made. A commitment is broken
// when its delegation signed a text that breaks it (the rules' own
// reckoning, which its publics punished); it is kept when the final text
// honours it, or when the delegation refused to sign a text that did not.
func Commitments(v rules.View) (kept, broken []rules.Commitment) {
	res := v.Result()
	if res == nil {
		return nil, nil
	}
	for _, c := range v.Commitments() {
		if slices.Contains(res.Broken, c) {
			broken = append(broken, c)
		} else {
			kept = append(kept, c)
		}
	}
	return kept, broken
}

// Fate says in one sentence what became of commitment c at the end of
// the game: honoured by the text, kept by not signing, or broken by
// signing.
func (n Narrator) Fate(v rules.View, c rules.Commitment) string {
	res := v.Result()
	sl := &n.sc.Slots[c.Slot]
	args := []any{"party", n.Subject(c.Party), "option", sl.Options[c.Option].Label, "slot", sl.Name, "round", c.Round}
	insist := c.Stance == rules.Insist
	switch {
	case res != nil && slices.Contains(res.Broken, c) && insist:
		return i18n.T("fate.broken.insist", args...)
	case res != nil && slices.Contains(res.Broken, c):
		return i18n.T("fate.broken.reject", args...)
	case res != nil && c.Broken(n.sc, res.Text, res.Present) && insist:
		return i18n.T("fate.refused.insist", args...)
	case res != nil && c.Broken(n.sc, res.Text, res.Present):
		return i18n.T("fate.refused.reject", args...)
	case insist:
		return i18n.T("fate.kept.insist", args...)
	}
	return i18n.T("fate.kept.reject", args...)
}

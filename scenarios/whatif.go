package scenarios

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"bindingwords/game/rules"
)

// What-if variants let an author try a change to a scenario without
// editing the file: "aster.reservation=24" names one number of the parsed
// scenario and the value it takes in the variant. Balancing a case is a
// search over a handful of numbers (reservations, thresholds, a public's
// base or starting support, a few points), and until issue 14 authors did
// that search with copies of the file and scripts of their own; the sim
// command now plays each variant on the same seeds as the file.
//
// A variant changes a [rules.Scenario] copy, never the YAML text, so what
// it changes is exactly the number it names and the loader's own checks
// of that number (its range) apply.

// MaxWhatIfs bounds how many variants one --try may expand to (a range,
// or ranges in one combination, multiply): each is a full run of games.
const MaxWhatIfs = 40

// A WhatIf is one variant of a scenario: one or more changes applied
// together.
type WhatIf struct {
	// Label is the variant as the author would write it with single
	// values: "aster.reservation=24" or "aster.reservation=24,senate.base=90".
	Label   string
	Changes []Change
}

// A Change sets one setting of a scenario. Path is the setting split at
// its dots ("aster", "points", "costs", "own"); Value is the new number,
// or for a slot's default, Option the id of its new option.
type Change struct {
	Path   []string
	Value  int
	Option string
}

func (c Change) String() string {
	v := c.Option
	if v == "" {
		v = strconv.Itoa(c.Value)
	}
	return strings.Join(c.Path, ".") + "=" + v
}

// WhatIfSyntax is the grammar of a --try, for messages and help.
const WhatIfSyntax = `NAME.SETTING=VALUE, as in aster.reservation=24; VALUE may be a range FROM..TO or FROM..TO/STEP (one variant per value); join changes with commas to try them together`

// settings lists what a variant may change, by the kind of thing it names.
const settings = `rounds; a party's reservation or points.SLOT.OPTION; a public's threshold, support, base, drift or weights.ATTRIBUTE; a news card's effect (effect.N when it has several) or weight; a slot's default (an option id)`

// ParseWhatIf reads one --try: changes joined by commas, each
// PATH=VALUE, where VALUE is a whole number, a range FROM..TO with an
// optional /STEP (default 1), or for a default an option id. Ranges
// expand to one variant per value, several ranges in one --try to every
// combination. Names are not resolved here: [WhatIf.Apply] does that
// against the scenario.
func ParseWhatIf(s string) ([]WhatIf, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("--try %q: %s", s, fmt.Sprintf(format, args...))
	}
	if strings.TrimSpace(s) == "" {
		return nil, bad("empty; want %s", WhatIfSyntax)
	}
	out := []WhatIf{{}}
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		key, val, ok := strings.Cut(part, "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok || key == "" || val == "" {
			return nil, bad("%q is not a change; want %s", part, WhatIfSyntax)
		}
		path := strings.Split(key, ".")
		for _, seg := range path {
			if seg == "" || strings.ContainsAny(seg, " \t") {
				return nil, bad("%q is not a setting's name; want %s", key, WhatIfSyntax)
			}
		}
		var alts []Change
		if path[len(path)-1] == "default" {
			if strings.Contains(val, "..") || strings.ContainsAny(val, " \t/") {
				return nil, bad("%s takes one option id, not %q", key, val)
			}
			alts = []Change{{Path: path, Option: val}}
		} else {
			values, err := parseValues(val)
			if err != nil {
				return nil, bad("%s: %v", key, err)
			}
			for _, v := range values {
				alts = append(alts, Change{Path: path, Value: v})
			}
		}
		if len(out)*len(alts) > MaxWhatIfs {
			return nil, bad("expands to more than %d variants; use a coarser step or fewer ranges", MaxWhatIfs)
		}
		var next []WhatIf
		for _, w := range out {
			for _, c := range alts {
				next = append(next, WhatIf{Changes: append(append([]Change(nil), w.Changes...), c)})
			}
		}
		out = next
	}
	for i := range out {
		var labels []string
		for _, c := range out[i].Changes {
			labels = append(labels, c.String())
		}
		out[i].Label = strings.Join(labels, ",")
	}
	return out, nil
}

// parseValues reads N, FROM..TO or FROM..TO/STEP.
func parseValues(val string) ([]int, error) {
	from, to, isRange := strings.Cut(val, "..")
	if !isRange {
		n, err := wholeNumber(val)
		if err != nil {
			return nil, err
		}
		return []int{n}, nil
	}
	step := 1
	if t, st, ok := strings.Cut(to, "/"); ok {
		to = t
		var err error
		if step, err = wholeNumber(st); err != nil {
			return nil, fmt.Errorf("step: %v", err)
		}
		if step < 1 {
			return nil, fmt.Errorf("step %d: want at least 1", step)
		}
	}
	lo, err := wholeNumber(from)
	if err != nil {
		return nil, err
	}
	hi, err := wholeNumber(to)
	if err != nil {
		return nil, err
	}
	if hi < lo {
		return nil, fmt.Errorf("range %d..%d goes down; write the smaller number first", lo, hi)
	}
	if (hi-lo)/step+1 > MaxWhatIfs {
		return nil, fmt.Errorf("range %s gives more than %d values; use a step, as in %d..%d/%d", val, MaxWhatIfs, lo, hi, max(1, (hi-lo)/10))
	}
	var out []int
	for v := lo; v <= hi; v += step {
		out = append(out, v)
	}
	return out, nil
}

// wholeNumber reads a whole number within the loader's limits.
func wholeNumber(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < -limit || n > limit {
		return 0, fmt.Errorf("%q is not a whole number (from %d to %d)", s, -limit, limit)
	}
	return n, nil
}

// Apply returns a copy of sc with w's changes made, checked as the engine
// checks a scenario before a game; sc is not changed. An unknown name is
// an error listing the names that exist. Warnings are what check would say
// of the result that the file did not have to say (that no complete text
// can be signed), and a variant that changes nothing.
func (w WhatIf) Apply(sc *rules.Scenario) (*rules.Scenario, []string, error) {
	if len(w.Changes) == 0 {
		return nil, nil, errors.New("a variant with no change")
	}
	out := cloneForWhatIf(sc)
	for _, c := range w.Changes {
		if err := c.apply(out); err != nil {
			return nil, nil, fmt.Errorf("--try %s: %w", c, err)
		}
	}
	if _, _, err := rules.NewGame(out, rules.Setup{NoLog: true}); err != nil {
		return nil, nil, fmt.Errorf("--try %s: %w", w.Label, err)
	}
	var warnings []string
	if reflect.DeepEqual(out, sc) {
		warnings = append(warnings, "changes nothing: the file already says so")
	}
	req := out.Signing.Required
	if found, capped := newSearch(out, req, out.Signing.Minimum, maxWork).run(); !found && !capped {
		if f0, c0 := newSearch(sc, req, sc.Signing.Minimum, maxWork).run(); f0 || c0 {
			warnings = append(warnings, "no complete text can be signed and ratified by "+partyIDs(out, req)+" (check's warning)")
		}
	}
	return out, warnings, nil
}

// cloneForWhatIf copies every part of sc a change may write to, down to
// the numbers, so that the variant shares nothing it changes with sc.
func cloneForWhatIf(sc *rules.Scenario) *rules.Scenario {
	out := *sc
	out.Parties = append([]rules.Party(nil), sc.Parties...)
	for p := range out.Parties {
		rat := make([][]rules.Requirement, len(sc.Parties[p].Ratification))
		for f, reqs := range sc.Parties[p].Ratification {
			rat[f] = append([]rules.Requirement(nil), reqs...)
		}
		out.Parties[p].Ratification = rat
	}
	out.Briefs = append([]rules.Brief(nil), sc.Briefs...)
	for p := range out.Briefs {
		pts := make([][]int, len(sc.Briefs[p].Points))
		for si, row := range sc.Briefs[p].Points {
			pts[si] = append([]int(nil), row...)
		}
		out.Briefs[p].Points = pts
	}
	out.Publics = append([]rules.Public(nil), sc.Publics...)
	for i := range out.Publics {
		out.Publics[i].Weights = append([]int(nil), sc.Publics[i].Weights...)
	}
	out.News = append([]rules.NewsCard(nil), sc.News...)
	for i := range out.News {
		out.News[i].Effects = append([]rules.Effect(nil), sc.News[i].Effects...)
	}
	out.Slots = append([]rules.Slot(nil), sc.Slots...)
	return &out
}

package bots

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"bindingwords/game/rules"
	"bindingwords/game/scengen"
)

// Reasons are shown to every seat, on the projector and in saves, so a
// reason may speak of its own delegation's public stand only. These tests
// play many all-AI games on scenarios whose private briefs are made of
// canaries and read every reason given, hidden ballots' included.

// Canary marks, as in the host's view privacy test: points keep their
// order (so the game plays much as before) but carry a mark no public
// figure comes near, and a reservation becomes such a number too.
const (
	canaryPointScale  = 150_000
	canaryPointMark   = 70_000
	canaryReservation = 8_765_400
)

func canaryTag(id string, p int) string { return fmt.Sprintf("CANARY-%s-%d-b07e", id, p) }

// canaried copies sc with every brief's text and objectives made of
// distinctive strings and its points and reservation of distinctive
// numbers; it returns the canaries, as text, of each delegation.
func canaried(sc *rules.Scenario) (*rules.Scenario, [][]string) {
	out := *sc
	out.Briefs = make([]rules.Brief, len(sc.Briefs))
	secrets := make([][]string, len(sc.Briefs))
	for p, ob := range sc.Briefs {
		tag := canaryTag(sc.Parties[p].ID, p)
		b := rules.Brief{Text: tag + "-text", RedLines: ob.RedLines}
		// Keep the reservation's share of the best score, so delegates
		// bargain as they did.
		b.Reservation = ob.Reservation*canaryPointScale + canaryReservation + p
		secrets[p] = append(secrets[p], tag, strconv.Itoa(b.Reservation))
		for i := range ob.Objectives {
			b.Objectives = append(b.Objectives, fmt.Sprintf("%s-objective-%d", tag, i))
		}
		for s, row := range ob.Points {
			pts := make([]int, len(row))
			for o, x := range row {
				pts[o] = x*canaryPointScale + canaryPointMark + 1000*p + 10*s + o
				secrets[p] = append(secrets[p], strconv.Itoa(pts[o]))
			}
			b.Points = append(b.Points, pts)
		}
		out.Briefs[p] = b
	}
	return &out, secrets
}

// privateTalk is what no reason may speak of, for anyone: how a text
// compares with a delegation's reservation value (its alternative to an
// agreement), its points, or its red lines, which a delegation announces
// only by a public commitment (and a reason then says "in public").
var privateTalk = regexp.MustCompile(`(?i)reservation|alternative|batna|walk.?away|bottom line|\bworth|\bpoints?\b|no (agreement|deal)|(better|worse) (for [a-z]+ )?than|red.?line|cannot accept|can't accept|can not accept|below what|above what|what (it|we) can accept|minimum`)

var quoted = regexp.MustCompile(`“[^”]*”`)

// a leak is one reason that said too much, and why it is one.
type leak struct{ kind, reason string }

// reasonCheck reads the reasons of one game as they are given.
type reasonCheck struct {
	sc      *rules.Scenario
	secrets [][]string
	leaks   []leak
	n       int
}

// check looks at one reason given by seat p with the commitments made in
// public so far.
func (rc *reasonCheck) check(p int, reason string, commits []rules.Commitment) {
	if reason == "" {
		return
	}
	rc.n++
	if m := privateTalk.FindString(reason); m != "" {
		rc.leaks = append(rc.leaks, leak{"speaks of private values (" + m + ")", reason})
	}
	for q, ss := range rc.secrets {
		for _, s := range ss {
			if strings.Contains(reason, s) {
				rc.leaks = append(rc.leaks, leak{fmt.Sprintf("carries %s's canary %s", rc.sc.Parties[q].ID, s), reason})
			}
		}
	}
	// A delegation's name inside a quoted wording or a public's name
	// ("the territory of Ukraine", "Ukrainian public") names no one.
	bare := quoted.ReplaceAllString(reason, "“…”")
	for _, pub := range rc.sc.Publics {
		bare = strings.ReplaceAll(bare, pub.Name, "…")
	}
	for q := range rc.sc.Parties {
		if q == p || !mentions(bare, rc.sc.Parties[q].Name) {
			continue
		}
		// Another delegation may be named only with a stand it took in
		// public: a commitment whose clause or wording the reason names.
		public := false
		for _, c := range commits {
			if c.Party == q && (strings.Contains(reason, rules.InSentence(rc.sc.Slots[c.Slot].Name)) ||
				strings.Contains(reason, rc.sc.Slots[c.Slot].Options[c.Option].Label)) {
				public = true
			}
		}
		if public {
			continue
		}
		kind := "names " + rc.sc.Parties[q].ID + " beyond its public stand"
		for _, r := range rc.sc.Briefs[q].RedLines {
			if strings.Contains(reason, rules.InSentence(rc.sc.Slots[r.Slot].Name)) || strings.Contains(reason, rc.sc.Slots[r.Slot].Options[r.Option].Label) {
				kind = "names " + rc.sc.Parties[q].ID + " with a clause of its unannounced red line"
			}
		}
		rc.leaks = append(rc.leaks, leak{kind, reason})
	}
}

// mentions reports whether name stands in s as a whole word.
func mentions(s, name string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], name)
		if j < 0 {
			return false
		}
		end := i + j + len(name)
		if end == len(s) || !isWordByte(s[end]) {
			if i+j == 0 || !isWordByte(s[i+j-1]) {
				return true
			}
		}
		i += j + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// playAndRead plays one game with the players mk makes and checks every
// reason given, a secret ballot's too (the record keeps it).
func (rc *reasonCheck) playAndRead(t *testing.T, setup rules.Setup, mk func(seat int) Player) {
	t.Helper()
	playWatched(t, rc.sc, setup, mk, func(g *rules.Game, p int, _ Player, a rules.Action) {
		rc.check(p, a.Reason, g.View(p).Commitments())
	})
}

// report fails the test with the number of leaks of each kind and a few
// examples.
func (rc *reasonCheck) report(t *testing.T, games int) {
	t.Helper()
	if len(rc.leaks) == 0 {
		t.Logf("%d games, %d reasons, none says anything private", games, rc.n)
		return
	}
	kinds := map[string]int{}
	var order []string
	for _, l := range rc.leaks {
		if kinds[l.kind] == 0 {
			order = append(order, l.kind)
		}
		kinds[l.kind]++
	}
	var b strings.Builder
	for _, k := range order {
		fmt.Fprintf(&b, "\n  %4d × %s", kinds[k], k)
		for _, l := range rc.leaks {
			if l.kind == k {
				fmt.Fprintf(&b, ", e.g. %q", l.reason)
				break
			}
		}
	}
	t.Errorf("%d games, %d reasons: %d say something private:%s", games, rc.n, len(rc.leaks), b.String())
}

// The tester's case: in 30 games 53 reasons named another delegation's
// true red line ("Ukraine offers … to meet Germany's concerns") and 104
// said whether the text beat a delegation's reservation value ("the text
// is worse for it than no agreement").
func TestReasonsSayNothingPrivate(t *testing.T) {
	orig, parties := berlin(t)
	seeds := uint64(12)
	if testing.Short() {
		seeds = 4
	}
	// The canaries change the numbers, and with them some choices, so the
	// real briefs are played too: there delegates make the concessions
	// that once named whom they helped.
	canary, secrets := canaried(orig)
	for _, c := range []struct {
		name string
		rc   *reasonCheck
	}{{"berlin", &reasonCheck{sc: orig}}, {"berlin with canaries", &reasonCheck{sc: canary, secrets: secrets}}} {
		t.Run(c.name, func(t *testing.T) {
			games := 0
			for _, lvl := range Levels {
				for seed := range seeds {
					setup := rules.Setup{Seed: seed, Parties: parties}
					if seed%2 == 1 {
						setup.Parties = nil // with the optional delegations
					}
					c.rc.playAndRead(t, setup, func(p int) Player { return New(lvl, p, seed) })
					games++
				}
			}
			for i, kind := range []string{Pushover, Hardliner, Boulware, Conceder} {
				seed := uint64(i)
				c.rc.playAndRead(t, rules.Setup{Seed: seed, Parties: parties}, func(p int) Player {
					if p%2 == 0 {
						b, _ := NewBaseline(kind, p)
						return b
					}
					return New(Hard, p, seed)
				})
				games++
			}
			c.rc.report(t, games)
		})
	}
}

// A generated scenario has other names, clauses and red lines.
func TestReasonsSayNothingPrivateOnGeneratedScenarios(t *testing.T) {
	n, games := uint64(4), 0
	if testing.Short() {
		n = 2
	}
	all := &reasonCheck{}
	for seed := range n {
		gen := scengen.Generate(seed, scengen.Narrow)
		canary, secrets := canaried(gen)
		for _, rc := range []*reasonCheck{{sc: gen}, {sc: canary, secrets: secrets}} {
			for _, lvl := range Levels {
				rc.playAndRead(t, rules.Setup{Seed: seed}, func(p int) Player { return New(lvl, p, seed) })
				games++
			}
			all.leaks, all.n = append(all.leaks, rc.leaks...), all.n+rc.n
		}
	}
	all.report(t, games)
}

// The checker must catch what it is for: each kind of leak, written as a
// delegate once wrote it, is found; a reason about a public stand is not.
func TestReasonCheckFindsLeaks(t *testing.T) {
	orig, _ := berlin(t)
	sc, secrets := canaried(orig)
	us, germany := sc.PartyIndex("us"), sc.PartyIndex("germany")
	red := sc.Briefs[germany].RedLines[0]
	slot, label := rules.InSentence(sc.Slots[red.Slot].Name), sc.Slots[red.Slot].Options[red.Option].Label
	commit := []rules.Commitment{{Party: germany, Slot: red.Slot, Option: red.Option, Stance: rules.Reject}}
	for _, c := range []struct {
		name, reason string
		commits      []rules.Commitment
		leaks        bool
	}{
		{"another's red line by name", fmt.Sprintf("United States offers “x” on %s to meet Germany's concerns.", slot), nil, true},
		{"another's red line, announced", fmt.Sprintf("United States drops “%s” on %s: Germany has ruled it out in public.", label, slot), commit, false},
		{"worse than no agreement", "United States declines: the text is worse for it than no agreement.", nil, true},
		{"better than no agreement", "United States signs: the text is better for it than no agreement.", nil, true},
		{"below what it can accept", "United States declines: below what it can accept.", nil, true},
		{"own red line", "United States objects: “x” crosses its red line.", nil, true},
		{"worse than the alternative", "the text is worse than our alternative", nil, true},
		{"a canary", "United States wants " + secrets[us][0], nil, true},
		{"a reservation's number", "United States asks for " + secrets[germany][1], nil, true},
		{"a public's vote", "United States declines: the US Senate would not ratify it.", nil, false},
	} {
		rc := &reasonCheck{sc: sc, secrets: secrets}
		rc.check(us, c.reason, c.commits)
		if got := len(rc.leaks) > 0; got != c.leaks {
			t.Errorf("%s: %q: leak found %v, want %v (%v)", c.name, c.reason, got, c.leaks, rc.leaks)
		}
	}
}

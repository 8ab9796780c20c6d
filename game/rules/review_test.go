package rules

// A second pair of eyes on the together pace, the chair's moves and the
// secret ballot: each test tries to break one promise those changes make
// (sealed means sealed, arrival order never matters, records round-trip,
// refusals change nothing). Tests that found a real bug are skipped with
// "BUG:" so the branch stays green; remove the skip to see them fail.

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// cloneGame rebuilds g from its setup and its actions: an independent
// copy to try moves on.
func cloneGame(t *testing.T, g *Game) *Game {
	t.Helper()
	c, _, err := NewGame(g.sc, g.Setup())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range g.Actions() {
		if _, err := c.Apply(a); err != nil {
			t.Fatalf("clone: %s refused: %v", g.sc.FormatAction(a), err)
		}
	}
	return c
}

// observed is everything seat may learn from its view, serialised, so two
// games a seat must not tell apart can be compared in one string.
func observed(t *testing.T, g *Game, seat int) string {
	t.Helper()
	v := g.View(seat)
	var b strings.Builder
	snap, err := json.Marshal(v.Snapshot())
	if err != nil {
		t.Fatal(err)
	}
	b.Write(snap)
	for p := range g.sc.Parties {
		fmt.Fprintf(&b, "|p%d tabled=%v spoke=%v decision=%d calling=%v chosen=%v must=%v",
			p, v.Tabled(p), v.Spoke(p), v.Decision(p), v.Calling(p), v.Chosen(p), v.MustAct(p))
	}
	it, ok := v.Pending()
	fmt.Fprintf(&b, "|pending=%v %+v proposer=%d together=%v held=%v", ok, it, v.Proposer(), v.Together(), v.NewsHeld())
	legal, _ := json.Marshal(v.Legal())
	b.Write(legal)
	for i := range v.NumItems() {
		for p := range g.sc.Parties {
			fmt.Fprintf(&b, "%d", v.ItemVote(i, p))
		}
	}
	return b.String()
}

// TestReviewSealedChoiceIsIndistinguishable plays random together games
// (with and without a secret ballot) and, at every step, tries every legal
// choice of each delegation that is not the last to choose, each with a
// reason of its own: the other seats and the spectator must see exactly
// the same whatever it chose, since nothing is revealed before the last.
func TestReviewSealedChoiceIsIndistinguishable(t *testing.T) {
	for seed := uint64(1); seed <= 12; seed++ {
		sc := fixture()
		sc.Adoption.Secret = seed%2 == 0
		g, _, err := NewGame(sc, Setup{Seed: seed, Rounds: 2 + int(seed%2), Together: true})
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(seed, 3))
		for steps := 0; !g.Over(); steps++ {
			if steps > 500 {
				t.Fatalf("seed %d: the game did not end", seed)
			}
			to := g.ToAct()
			if len(to) > 1 {
				p := to[r.IntN(len(to))]
				var want map[int]string
				for i, a := range g.Legal(p) {
					if a.Kind == Call {
						continue
					}
					a.Reason = fmt.Sprintf("private reason %d of %d", i, p)
					c := cloneGame(t, g)
					if _, err := c.Apply(a); err != nil {
						t.Fatalf("seed %d: legal %s refused: %v", seed, sc.FormatAction(a), err)
					}
					got := map[int]string{}
					for seat := -1; seat < len(sc.Parties); seat++ {
						if seat != p {
							got[seat] = observed(t, c, seat)
						}
					}
					if want == nil {
						want = got
						continue
					}
					for seat, s := range got {
						if s != want[seat] {
							t.Fatalf("seed %d phase %d: seat %d can tell %s's sealed choice %s from another:\n%s\n%s",
								seed, g.Phase(), seat, sc.Parties[p].ID, sc.FormatAction(a), want[seat], s)
						}
					}
				}
			}
			// Move on with a random legal choice of a random waiting party.
			p := to[r.IntN(len(to))]
			var moves []Action
			for _, a := range g.Legal(p) {
				if a.Kind != Call {
					moves = append(moves, a)
				}
			}
			if _, err := g.Apply(moves[r.IntN(len(moves))]); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestReviewSecretBallotReasonsStaySecret checks that a secret ballot's
// votes cannot be read from the reasons the delegations give with them: an
// AI delegate always gives one ("South objects: …"), and the vote events
// carry it to every seat and the projector.
func TestReviewSecretBallotReasonsStaySecret(t *testing.T) {
	for _, together := range []bool{false, true} {
		sc := fixture()
		sc.Adoption.Secret = true
		g, _, _ := NewGame(sc, Setup{Seed: 2, Together: together})
		if together {
			play(t, g, "north table aid=large", "south pass", "east pass")
		} else {
			for g.Proposer() != 0 {
				play(t, g, sc.Parties[g.Proposer()].ID+" pass")
			}
			play(t, g, "north table aid=large")
		}
		play(t, g, `south vote no "South objects: it cannot accept large aid."`, `east vote yes "East goes along with it."`)
		for _, seat := range []int{Spectator, 0} {
			for _, e := range g.View(seat).Events() {
				if e.Kind == EvVoted && e.Reason != "" {
					t.Fatalf("together=%v: seat %d reads party %d's secret vote from its reason %q", together, seat, e.Party, e.Reason)
				}
			}
		}
	}
}

// TestReviewChairMoveWithPartyNamedChair records a chair's move in a
// scenario whose delegation has the id "chair": the record must still
// parse and replay.
func TestReviewChairMoveWithPartyNamedChair(t *testing.T) {
	sc := fixture()
	sc.Parties[2].ID = "chair"
	g, _, err := NewGame(sc, Setup{Seed: 4, Together: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Apply(Action{Kind: ChairMove, Party: ChairParty, Chair: ChairHold, Yes: true}); err != nil {
		t.Fatal(err)
	}
	play(t, g, "chair pass", "north pass", "south pass")
	if _, err := g.Apply(Action{Kind: ChairMove, Party: ChairParty, Chair: ChairAdvance}); err != nil {
		t.Fatal(err)
	}
	rec, err := RecordOf(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := rec.MarshalText()
	back, err := ParseRecord(text)
	if err != nil {
		t.Fatalf("the record does not parse: %v\n%s", err, text)
	}
	r, err := Replay(sc, back)
	if err != nil || r.Hash() != g.Hash() {
		t.Fatalf("the record does not replay: %v\n%s", err, text)
	}
}

// immediate are the moves that take effect at once at the together pace
// and may arrive at any point of a step: calls for signature and the
// chair's hold and news. They are chosen from the state at the start of
// the step so that each stays legal wherever it lands.
func immediate(g *Game, r *rand.Rand) []Action {
	if g.phase != PhaseTable && g.phase != PhasePress {
		return nil
	}
	var out []Action
	for _, p := range g.order {
		if r.IntN(3) == 0 {
			out = append(out, Action{Party: p, Kind: Call, Yes: !g.calls[p]})
		}
	}
	if r.IntN(3) == 0 {
		out = append(out, Action{Party: ChairParty, Kind: ChairMove, Chair: ChairHold, Yes: !g.newsHeld})
	}
	if r.IntN(3) == 0 {
		c := r.IntN(len(g.sc.News))
		if !g.drawn[c] || g.sc.News[c].Repeatable {
			out = append(out, Action{Party: ChairParty, Kind: ChairMove, Chair: ChairNews, Card: c})
		}
	}
	return out
}

// TestReviewArrivalOrderWithCallsAndChairMoves checks that calls for
// signature and the chair's hold and news, which take effect at once, may
// arrive anywhere among a step's sealed choices without changing the state
// once the step is complete, and that the whole game's record replays.
func TestReviewArrivalOrderWithCallsAndChairMoves(t *testing.T) {
	for seed := uint64(1); seed <= 200; seed++ {
		parties := []string{"north", "south", "east"}
		if seed%3 == 0 {
			parties = parties[:2]
		}
		setup := Setup{Seed: seed, Parties: parties, Rounds: 1 + int(seed%4), Together: true}
		a, _, err := NewGame(fixture(), setup)
		if err != nil {
			t.Fatal(err)
		}
		b, _, _ := NewGame(fixture(), setup)
		rs := make([]*rand.Rand, 3)
		for p := range rs {
			rs[p] = rand.New(rand.NewPCG(seed, uint64(p)))
		}
		r := rand.New(rand.NewPCG(seed, 11))
		for steps := 0; !a.Over(); steps++ {
			if steps > 1000 {
				t.Fatalf("seed %d: the game did not end", seed)
			}
			choices := stepChoices(a, rs)
			extra := immediate(a, r)
			// a: the immediate moves first, then the choices in turn order.
			for _, x := range append(slices.Clone(extra), choices...) {
				if _, err := a.Apply(x); err != nil {
					t.Fatalf("seed %d: %s refused: %v", seed, a.sc.FormatAction(x), err)
				}
			}
			// b: the choices shuffled, each immediate move slipped in
			// before the last choice (after it, the step is over).
			perm := slices.Clone(choices)
			r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			order := perm[: len(perm)-1 : len(perm)-1]
			for _, x := range extra {
				i := r.IntN(len(order) + 1)
				order = slices.Insert(order, i, x)
			}
			order = append(order, perm[len(perm)-1])
			for _, x := range order {
				if _, err := b.Apply(x); err != nil {
					t.Fatalf("seed %d: in another order %s refused: %v", seed, b.sc.FormatAction(x), err)
				}
			}
			if a.Hash() != b.Hash() {
				var la, lb []string
				for _, x := range append(slices.Clone(extra), choices...) {
					la = append(la, a.sc.FormatAction(x))
				}
				for _, x := range order {
					lb = append(lb, b.sc.FormatAction(x))
				}
				t.Fatalf("seed %d step %d: arrival order changed the state:\n%v\n%v", seed, steps, la, lb)
			}
		}
		replays(t, a)
		replays(t, b)
	}
}

// replays checks that g's record survives MarshalText, ParseRecord and
// Replay with every step's hash.
func replays(t *testing.T, g *Game) {
	t.Helper()
	rec, err := RecordOf(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	text, err := rec.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseRecord(text)
	if err != nil {
		t.Fatalf("the record does not parse: %v\n%s", err, text)
	}
	r, err := Replay(g.sc, back)
	if err != nil {
		t.Fatalf("the record does not replay: %v\n%s", err, text)
	}
	if r.Hash() != g.Hash() {
		t.Fatalf("the replay ends at %s, the game at %s", r.Hash(), g.Hash())
	}
}

// candidates is every move worth trying for party p, legal or not: the
// rules must refuse the illegal ones without a trace.
func candidates(g *Game, p int) []Action {
	none := Press{Kind: NoComment, Public: -1, Slot: -1, Option: -1}
	out := []Action{{Party: p, Kind: Pass}, {Party: p, Kind: Vote, Yes: true}, {Party: p, Kind: Vote},
		{Party: p, Kind: Call, Yes: true}, {Party: p, Kind: Call}, {Party: p, Kind: Statement, Press: none},
		{Party: p, Kind: Statement, Press: Press{Kind: Leak, Public: -1, Slot: -1, Option: -1}},
		{Party: p, Kind: Sign}, {Party: p, Kind: Decline}}
	for si := range g.sc.Slots {
		for oi := range g.sc.Slots[si].Options {
			out = append(out, Action{Party: p, Kind: Table, Changes: []Change{{si, oi}}})
			out = append(out, Action{Party: p, Kind: Statement, Press: Press{Kind: Commit, Public: -1, Slot: si, Option: oi, Stance: Insist}})
		}
	}
	for pub := range g.sc.Publics {
		out = append(out, Action{Party: p, Kind: Statement, Press: Press{Kind: Reassure, Public: pub, Slot: -1, Option: -1}})
		out = append(out, Action{Party: p, Kind: Statement, Press: Press{Kind: Address, Public: pub, Slot: -1, Option: -1}})
	}
	return out
}

func chairCandidates(g *Game) []Action {
	out := []Action{{Chair: ChairAdvance}, {Chair: ChairHold, Yes: true}, {Chair: ChairHold}, {Chair: ChairClose}, {Chair: 99}}
	for c := -1; c <= len(g.sc.News); c++ {
		out = append(out, Action{Chair: ChairNews, Card: c})
	}
	for i := range out {
		out[i].Kind, out[i].Party = ChairMove, ChairParty
	}
	return out
}

// TestReviewLegalMatchesApplyTogether fuzzes together games with the
// chair's moves mixed in: at every state, for every party, a move is in
// Legal exactly when Apply takes it (tried on a copy), every refusal
// leaves the hash as it was, the game waits only for parties with a move
// to make, and the record replays at the end.
func TestReviewLegalMatchesApplyTogether(t *testing.T) {
	for seed := uint64(1); seed <= 25; seed++ {
		sc := fixture()
		sc.Adoption.Secret = seed%2 == 0
		parties := []string{"north", "south", "east"}
		if seed%3 == 0 {
			parties = parties[:2]
		}
		g, _, err := NewGame(sc, Setup{Seed: seed, Parties: parties, Rounds: 1 + int(seed%4), Together: seed%5 != 0})
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(seed, 5))
		for steps := 0; !g.Over(); steps++ {
			if steps > 2000 {
				t.Fatalf("seed %d: the game did not end", seed)
			}
			var accepted []Action
			for p := -1; p <= len(sc.Parties); p++ {
				var cands []Action
				if p == -1 {
					cands = chairCandidates(g)
				} else {
					cands = candidates(g, p)
				}
				legal := g.Legal(p)
				for _, a := range cands {
					before := g.Hash()
					ok := g.check(a) == nil
					if g.Hash() != before {
						t.Fatalf("seed %d: checking %s changed the state", seed, sc.FormatAction(a))
					}
					listed := slices.ContainsFunc(legal, func(l Action) bool {
						return l.Kind == a.Kind && l.Yes == a.Yes && l.Press == a.Press && slices.Equal(l.Changes, a.Changes)
					})
					if p >= 0 && ok != listed {
						t.Fatalf("seed %d phase %d: %s allowed=%v but listed=%v", seed, g.phase, sc.FormatAction(a), ok, listed)
					}
					if !ok {
						if _, err := g.Apply(a); err == nil {
							t.Fatalf("seed %d: %s was refused by check but applied", seed, sc.FormatAction(a))
						}
						if g.Hash() != before {
							t.Fatalf("seed %d: refused %s changed the state", seed, sc.FormatAction(a))
						}
						continue
					}
					accepted = append(accepted, a)
				}
				if p >= 0 {
					hasMove := slices.ContainsFunc(legal, func(l Action) bool { return l.Kind != Call })
					if hasMove != g.MustAct(p) {
						t.Fatalf("seed %d phase %d: party %d must act=%v but has a move=%v (%v)", seed, g.phase, p, g.MustAct(p), hasMove, legal)
					}
				}
			}
			// Favour the delegations' moves; the chair moves now and then.
			var pick Action
			for {
				pick = accepted[r.IntN(len(accepted))]
				if pick.Kind != ChairMove || r.IntN(8) == 0 {
					break
				}
			}
			if pick.Kind == ChairMove && pick.Chair == ChairClose && r.IntN(3) != 0 {
				continue
			}
			if _, err := g.Apply(pick); err != nil {
				t.Fatalf("seed %d: %s refused after check allowed it: %v", seed, sc.FormatAction(pick), err)
			}
		}
		replays(t, g)
	}
}

// TestReviewChairAdvanceWhenSomeHaveChosen checks that the chair's advance
// mid-step gives the same state whoever chose before it.
func TestReviewChairAdvanceWhenSomeHaveChosen(t *testing.T) {
	mk := func(lines ...string) *Game {
		g, _, _ := NewGame(fixture(), Setup{Seed: 9, Together: true})
		play(t, g, lines...)
		return g
	}
	a := mk("north table aid=large", "south pass", "chair advance")
	b := mk("south pass", "north table aid=large", "chair advance")
	c := mk("north table aid=large", "south pass", "east pass")
	if a.Hash() != b.Hash() || a.Hash() != c.Hash() {
		t.Fatalf("the advance depends on who chose first: %s %s %s", a.Hash(), b.Hash(), c.Hash())
	}
	// The vote: the advance counts east as no, as east's own no would.
	play(t, a, "south vote yes", "chair advance")
	play(t, c, "south vote yes", "east vote no")
	if a.Hash() != c.Hash() {
		t.Fatal("advance on a vote differs from the silent voting no")
	}
}

// TestReviewChairCloseDropsThePendingStep checks that closing the
// negotiation with a vote under way and proposals queued leaves no sealed
// choice behind: every delegation can then decide on signing.
func TestReviewChairCloseDropsThePendingStep(t *testing.T) {
	g, _, _ := NewGame(fixture(), Setup{Seed: 1, Together: true})
	play(t, g, "north table response=act", "south table aid=large", "east pass", "south vote yes", "chair close")
	if g.Phase() != PhaseSigning || len(g.ToAct()) != 3 {
		t.Fatalf("after close: phase %d, waiting for %v", g.Phase(), g.ToAct())
	}
	for p := range 3 {
		if g.Chosen(p) {
			t.Fatalf("party %d still has a sealed choice after the close", p)
		}
	}
	if g.text[0] == 0 || g.text[2] == 0 {
		t.Fatal("a proposal that was never adopted changed the text")
	}
	play(t, g, "north decline", "south sign", "east sign")
	if !g.Over() {
		t.Fatal("the game should be over")
	}
	replays(t, g)
}

// TestReviewTurnPaceHoldRoundTrips: a game at the turn pace that holds the
// news and lets it go again replays, hashes included.
func TestReviewTurnPaceHoldRoundTrips(t *testing.T) {
	g := newGame(t, 6)
	if _, err := g.Apply(Action{Kind: ChairMove, Party: ChairParty, Chair: ChairHold, Yes: true}); err != nil {
		t.Fatal(err)
	}
	passRound(t, g)
	play(t, g, "chair hold off", "chair news budget")
	passRound(t, g)
	play(t, g, "chair close", "chair advance")
	if !g.Over() {
		t.Fatal("advance in signing should end the game")
	}
	replays(t, g)
}

// TestReviewReadyToSignTogether: every delegation calls for signature
// while the press statements are sealed; whatever order the calls and
// statements arrive in, the negotiation ends after the round's polls
// with the same state.
func TestReviewReadyToSignTogether(t *testing.T) {
	orders := [][]string{
		{"north call on", "south call on", "east call on", "north say none", "south say reassure south_public", "east say none"},
		{"east say none", "north call on", "south say reassure south_public", "east call on", "south call on", "north say none"},
		{"south say reassure south_public", "east call on", "north say none", "south call on", "north call on", "east say none"},
	}
	var want string
	for i, o := range orders {
		g, _, _ := NewGame(fixture(), Setup{Seed: 3, Together: true})
		play(t, g, "north pass", "south pass", "east pass")
		play(t, g, o...)
		if g.Phase() != PhaseSigning || g.Round() != 1 {
			t.Fatalf("order %d: all calling should end the negotiation after round 1: round %d phase %d", i, g.Round(), g.Phase())
		}
		if i == 0 {
			want = g.Hash()
		} else if g.Hash() != want {
			t.Fatalf("order %d changed the state", i)
		}
		play(t, g, "north sign", "south sign", "east sign")
		replays(t, g)
	}
}

// TestReviewChairMovesKeepTheirReasons: the chair's moves with the
// teacher's reason survive the record, word for word.
func TestReviewChairMovesKeepTheirReasons(t *testing.T) {
	g, _, _ := NewGame(fixture(), Setup{Seed: 2, Together: true})
	play(t, g, `chair hold on "a quiet round"`, `chair advance "time is up"`, `chair hold off "news again"`,
		`chair news budget "a budget row, now"`, `chair close "the bell rang"`, `chair advance "time is up"`)
	rec, err := RecordOf(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := rec.MarshalText()
	back, err := ParseRecord(text)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Replay(fixture(), back)
	if err != nil || r.Hash() != g.Hash() {
		t.Fatalf("%v\n%s", err, text)
	}
	for i, a := range r.Actions() {
		if b := g.Actions()[i]; g.sc.FormatAction(a) != g.sc.FormatAction(b) || a.Reason != b.Reason {
			t.Fatalf("step %d: %+v came back as %+v", i+1, g.Actions()[i], a)
		}
	}
	if !strings.Contains(string(text), `chair close "the bell rang"`) {
		t.Fatalf("the record lost the chair's reason:\n%s", text)
	}
}

// TestReviewLapseOnlyWhenNothingChanges: EvLapsed says a queued proposal
// "no longer changes the draft". A package of which one clause was
// settled by an earlier item still changes the other clause, yet it
// lapses whole.
func TestReviewLapseOnlyWhenNothingChanges(t *testing.T) {
	g, _, _ := NewGame(fixture(), Setup{Seed: 1, Together: true})
	play(t, g, "north table response=act", "south table response=act form=treaty", "east pass")
	evs := play(t, g, "south vote yes", "east vote yes")
	if has(evs, EvAdopted) == nil {
		t.Fatal("north's item should pass")
	}
	if e := has(evs, EvLapsed); e != nil {
		t.Fatalf("south's package still changes the legal form, yet it lapsed: %+v", e)
	}
}

// TestReviewChairNewsShowsTheChairsCard: news the chair puts on the table
// after the round's draw is the round's card in News() (what the teams'
// pages show), and the event log still tells both cards.
func TestReviewChairNewsShowsTheChairsCard(t *testing.T) {
	for seed := uint64(1); seed < 50; seed++ {
		g, _, _ := NewGame(fixture(), Setup{Seed: seed, Together: true})
		play(t, g, "chair advance", "chair advance")
		if g.Round() != 2 || g.View(Spectator).News()[1] < 0 {
			continue // no card drawn in round 2 with this seed
		}
		drawn := g.View(Spectator).News()[1]
		play(t, g, "chair news budget")
		if got := g.View(Spectator).News()[1]; got != 1 {
			t.Fatalf("News() shows card %d for round 2, want the chair's card 1", got)
		}
		told := 0
		for _, e := range g.Events() {
			if e.Kind == EvNews && e.Round == 2 && (e.Card == drawn || e.Card == 1) {
				told++
			}
		}
		if told != 2 {
			t.Fatalf("the log tells %d of round 2's two cards", told)
		}
		return
	}
	t.Fatal("no seed drew a card in round 2")
}

package host_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
)

// The privacy promise: in a scenario whose private data is made of
// canaries, no device ever receives another delegation's brief, points,
// reservation value, red lines or private reasoning, over whole random
// games; and changing one delegation's private data changes nothing any
// other device receives.

func TestPrivacyRandomGamesLeakNoBrief(t *testing.T) {
	tests := []struct {
		name    string
		seed    uint64
		ai, out []string
		perSeat int
	}{
		{"seven delegations of people", 11, nil, nil, 3},
		{"five delegations of people", 12, nil, []string{"uk", "italy"}, 2},
		{"people and AI delegates", 13, []string{"germany", "poland", "italy"}, nil, 2},
		{"seven delegations of people, another seed", 14, nil, nil, 2},
		{"AI delegates and people, another seed", 15, []string{"us", "ukraine", "uk"}, nil, 3},
	}
	var games, devices, msgs, size int
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
			defer cancel()
			sc := canaryScenario(t, -1)
			kinds := seatKinds(sc, tt.ai, tt.out)
			s := serveMatch(t, sc, kinds, tt.seed, generous())
			checkPublicEndpoints(ctx, t, s)
			devs := joinAll(ctx, t, s, kinds, tt.perSeat, 2)
			playRandomly(ctx, t, devs, sc, tt.seed)
			if r := s.record(t); !r.over {
				t.Fatal("the game is not over on the host")
			}
			reasons := 0
			for _, d := range devs {
				n := checkPrivate(t, sc, d)
				msgs += n
				size += d.rec.Len()
				for _, l := range d.c.Lines {
					if l.Reason != "" {
						reasons++
					}
				}
			}
			// AI delegates give every move a reason, in public: they went
			// through the checks above.
			if len(tt.ai) > 0 && reasons == 0 {
				t.Error("no AI delegate's reason reached a device")
			}
			games++
			devices += len(devs)
			t.Logf("%d moves played by %d devices", s.record(t).steps, len(devs))
		})
	}
	t.Logf("%d random games, %d devices, %d messages, %d bytes recorded and checked", games, devices, msgs, size)
}

// playRandomly has every device play at once, each with its own
// generator: whoever must act acts with a random move (a simple one after
// a refusal), devices of one seat race each other, and now and then a
// device calls for signature or withdraws its call out of turn.
func playRandomly(ctx context.Context, t *testing.T, devs []*dev, sc *rules.Scenario, seed uint64) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(devs))
	for i, d := range devs {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		wg.Go(func() { errs[i] = d.playRandomly(ctx, r, &sc.PublicScenario) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func (d *dev) playRandomly(ctx context.Context, r *rand.Rand, pub *rules.PublicScenario) error {
	var mine string
	refused := false
	// The first turn is played on what the device already read while it
	// joined: the table may have nothing more to say until someone moves.
	for first := true; !d.c.State.Over || d.c.Pending(); first = false {
		if !first {
			if !d.c.Connected() {
				d.reconnects++
				if err := d.c.Connect(ctx); err != nil {
					return fmt.Errorf("%s: %w", d.name, err)
				}
			}
			out, _, err := d.c.Next(ctx)
			if errors.Is(err, client.ErrDisconnected) {
				continue
			}
			if err != nil {
				return fmt.Errorf("%s: %w", d.name, err)
			}
			if out.T == wire.TError {
				return fmt.Errorf("%s: the host answered with an error: %s", d.name, out.Reason)
			}
			if out.ID == mine && (out.T == wire.TAck || out.T == wire.TRefused) {
				refused = out.T == wire.TRefused
			}
		}
		st := d.c.State
		if d.seat < 0 || d.c.Pending() || st.Over || st.Mine == nil {
			continue
		}
		var a wire.Action
		switch {
		case st.Mine.MustAct && refused:
			a = simpleMove(st, r.IntN(2) == 0)
		case st.Mine.MustAct:
			a = randomMove(r, pub, st, d.seat)
		case (st.Phase == "table" || st.Phase == "press") && r.IntN(200) == 0:
			a = wire.Action{Kind: "call", Yes: !st.Calls[d.seat]}
		default:
			continue
		}
		refused = false
		var err error
		if mine, err = d.c.Act(ctx, a); err != nil && d.c.Connected() {
			d.c.Drop()
		}
	}
	return nil
}

// checkPublicEndpoints fetches what the host serves every device over
// HTTP before it joins — the room, the public scenario, the page — and
// checks none of it carries a canary.
func checkPublicEndpoints(ctx context.Context, t *testing.T, s *server) {
	t.Helper()
	var all []string
	for _, b := range s.sc.Briefs {
		all = append(all, secretsOf(b).strs...)
	}
	for _, path := range []string{wire.RoomPath + "?room=" + s.room, wire.ScenarioPath + "?room=" + s.room, "/", "/app.js"} {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.base+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %v %s", path, err, resp.Status)
		}
		if leaks := hasAny(data, all); len(leaks) > 0 {
			t.Errorf("GET %s serves private briefs: %q", path, leaks)
		}
		if path == wire.ScenarioPath+"?room="+s.room && !bytes.Contains(data, []byte(s.sc.Parties[0].Name)) {
			t.Errorf("GET %s does not serve the public scenario", path)
		}
	}
}

// checkPrivate reads everything d received, message by message, and
// reports what it should not have had; it returns the number of messages.
//
// Strings are looked for in the bytes as they came. Numbers are checked
// by structure: the host's figures for a seat (its brief, its score, best
// and reservation, its own result) must be its own, recomputed here from
// its brief, and every delegation's final figures may come only once the
// game is over; with those taken out, no other delegation's point or
// reservation value may be written anywhere in the message.
func checkPrivate(t *testing.T, sc *rules.Scenario, d *dev) int {
	t.Helper()
	var otherStrs []string
	otherNums := map[string]int{}
	for p, b := range sc.Briefs {
		if p == d.seat {
			continue
		}
		s := secretsOf(b)
		otherStrs = append(otherStrs, s.strs...)
		for n := range s.nums {
			otherNums[n] = p
		}
	}
	var own secrets
	if d.seat >= 0 {
		own = secretsOf(sc.Briefs[d.seat])
	}
	sawOwn := map[string]bool{}
	msgs := d.messages()
	fails := 0
	fail := func(i int, format string, args ...any) {
		fails++
		if fails <= 5 {
			t.Errorf("%s, message %d: %s\n%s", d.name, i, fmt.Sprintf(format, args...), short(string(msgs[i])))
		}
	}
	for i, raw := range msgs {
		if leaks := hasAny(raw, otherStrs); len(leaks) > 0 {
			fail(i, "another delegation's brief: %q", leaks)
		}
		for _, s := range hasAny(raw, own.strs) {
			sawOwn[s] = true
		}
		var out wire.Out
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&out); err != nil {
			// A field the test does not know could carry anything.
			fail(i, "not a message this test can check: %v", err)
			continue
		}
		for _, why := range ownFigures(sc, d.seat, &out) {
			fail(i, "%s", why)
		}
		// What is left is what every seat may see.
		strip(&out)
		for _, n := range digitRuns(encodeOut(t, out)) {
			if p, ok := otherNums[n]; ok {
				fail(i, "the number %s, private to delegation %d", n, p)
			}
		}
	}
	if fails > 5 {
		t.Errorf("%s: %d failures in all", d.name, fails)
	}
	if len(sawOwn) != len(own.strs) {
		t.Errorf("%s never received its own brief: the test sees %d of its %d canaries", d.name, len(sawOwn), len(own.strs))
	}
	return len(msgs)
}

// ownFigures checks that the private figures in out are seat's own (none
// for a spectator) and lists what is wrong.
func ownFigures(sc *rules.Scenario, seat int, out *wire.Out) []string {
	var bad []string
	if f := out.Full; f != nil {
		if f.Seat != seat {
			bad = append(bad, fmt.Sprintf("full view of seat %d", f.Seat))
		}
		switch {
		case seat < 0 && f.Brief != nil:
			bad = append(bad, "a brief sent to a spectator")
		case seat >= 0 && !reflect.DeepEqual(f.Brief, wireBrief(sc.Briefs[seat])):
			bad = append(bad, "a brief that is not the seat's own")
		}
		bad = append(bad, stateFigures(sc, seat, &f.State)...)
	}
	if u := out.Update; u != nil && u.State != nil {
		bad = append(bad, stateFigures(sc, seat, u.State)...)
	}
	return bad
}

func stateFigures(sc *rules.Scenario, seat int, st *wire.State) []string {
	var bad []string
	if st.Final != nil && !st.Over {
		bad = append(bad, "final figures before the end")
	}
	if st.Result != nil && !st.Over {
		bad = append(bad, "a result before the end")
	}
	if seat < 0 {
		if st.Mine != nil {
			bad = append(bad, "a seat's own figures sent to a spectator")
		}
		if st.Result != nil && st.Result.Score != -1 {
			bad = append(bad, fmt.Sprintf("a spectator's result with a score, %d", st.Result.Score))
		}
		return bad
	}
	b := &sc.Briefs[seat]
	mustAct := false
	for _, p := range st.ToAct {
		mustAct = mustAct || p == seat
	}
	want := wire.Mine{MustAct: mustAct, Score: sc.Score(seat, st.Text, st.Present), Best: sc.BestScore(seat),
		Reservation: b.Reservation, RedLine: sc.CrossesRedLine(seat, st.Text, nil),
		CanSign: st.Phase == "signing" && !sc.CrossesRedLine(seat, st.Text, st.Present)}
	if st.Mine == nil {
		return append(bad, "no own figures for a seat")
	}
	// A statement's effect rests on public knowledge (the statements so
	// far, trust): one for each public in the press phase (none in the
	// others), never more than the scenario's biggest statement.
	got := *st.Mine
	effects := got.PressEffects
	got.PressEffects = nil
	if !reflect.DeepEqual(got, want) {
		bad = append(bad, fmt.Sprintf("own figures %+v, want %+v", got, want))
	}
	most := 10 * max(sc.Press.Reassure, sc.Press.Address)
	switch {
	case st.Phase == rules.PhasePress.String() && len(effects) != len(sc.Publics):
		bad = append(bad, fmt.Sprintf("%d press effects for %d publics", len(effects), len(sc.Publics)))
	case st.Phase != rules.PhasePress.String() && effects != nil:
		bad = append(bad, fmt.Sprintf("press effects sent in the %s phase", st.Phase))
	}
	for pub, e := range effects {
		if e < 0 || e > most {
			bad = append(bad, fmt.Sprintf("a statement to public %d would move it %d tenths", pub, e))
		}
	}
	if st.Result != nil {
		score := -2
		for _, f := range st.Final {
			if f.Party == seat {
				score = f.Score
			}
		}
		if st.Result.Score != score {
			bad = append(bad, fmt.Sprintf("own result %d, want %d", st.Result.Score, score))
		}
	}
	for _, f := range st.Final {
		if f.Reservation != sc.Briefs[f.Party].Reservation || f.Best != sc.BestScore(f.Party) {
			bad = append(bad, fmt.Sprintf("final figures %+v are not delegation %d's", f, f.Party))
		}
	}
	return bad
}

// strip takes out of out the figures [ownFigures] has checked.
func strip(out *wire.Out) {
	var states []*wire.State
	if out.Full != nil {
		out.Full.Brief = nil
		states = append(states, &out.Full.State)
	}
	if out.Update != nil && out.Update.State != nil {
		states = append(states, out.Update.State)
	}
	for _, st := range states {
		st.Mine, st.Final = nil, nil
		if st.Result != nil {
			st.Result.Score = 0
		}
	}
}

func encodeOut(t *testing.T, out wire.Out) []byte {
	data, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// wireBrief is b as the wire writes a brief.
func wireBrief(b rules.Brief) *wire.Brief {
	w := &wire.Brief{Text: b.Text, Objectives: b.Objectives, Reservation: b.Reservation, Points: b.Points, RedLines: []wire.Change{}}
	for _, r := range b.RedLines {
		w.RedLines = append(w.RedLines, wire.Change{Slot: r.Slot, Option: r.Option})
	}
	return w
}

// TestPrivacyChangingOneBriefChangesNothingElsewhere plays one game twice,
// step by step, the second time with another brief for one delegation
// played by people — other text, objectives, points and reservation, the
// same red lines — whose moves depend on public information only. Every
// device not on that seat must receive the same bytes, but for the room's
// code and, once the game is over, that delegation's own final figures,
// which the end makes public.
func TestPrivacyChangingOneBriefChangesNothingElsewhere(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	const seed = 21
	x := partyIndex(t, berlin(t), "germany")
	type run struct {
		s    *server
		devs []*dev
	}
	play := func(alt int) run {
		sc := canaryScenario(t, alt)
		kinds := seatKinds(sc, []string{"poland", "italy"}, nil)
		s := serveMatch(t, sc, kinds, seed, generous())
		devs := joinAll(ctx, t, s, kinds, 2, 2)
		public := rand.New(rand.NewPCG(seed, 99))
		others := scripted(&sc.PublicScenario, seed)
		move := func(p int, st wire.State, brief *wire.Brief, refused bool) wire.Action {
			if p == x {
				return simpleMove(st, public.IntN(3) > 0)
			}
			return others(p, st, brief, refused)
		}
		newStepper(devs, move, nil).play(ctx, t, 5000)
		for _, d := range devs {
			checkPrivate(t, sc, d)
		}
		return run{s, devs}
	}
	base, alt := play(-1), play(x)
	rb, ra := base.s.record(t), alt.s.record(t)
	if !rb.over || rb.hash != ra.hash {
		t.Fatalf("the two games differ: over %v, hashes %s and %s", rb.over, rb.hash, ra.hash)
	}
	compared, size, devices, finals := 0, 0, 0, 0
	for i, db := range base.devs {
		da := alt.devs[i]
		mb, ma := db.messages(), da.messages()
		if db.seat == x {
			if bytes.Equal(db.rec.Bytes(), da.rec.Bytes()) {
				t.Errorf("%s received the same bytes with another brief", db.name)
			}
			continue
		}
		devices++
		size += db.rec.Len()
		if len(mb) != len(ma) {
			t.Errorf("%s: %d messages, %d with delegation %d's other brief", db.name, len(mb), len(ma), x)
		}
		// Sequence numbers are counted from the device's first message:
		// how many team lists the host sent while the devices were
		// joining, before any of them connected, depends on where its
		// 100 ms ticks fell, and a loaded machine once made one run's
		// first message number 12 where the other's was 11.
		if len(mb) == 0 || len(ma) == 0 {
			t.Errorf("%s received no message", db.name)
			continue
		}
		sb, sa := seqOf(t, mb[0]), seqOf(t, ma[0])
		for j := range min(len(mb), len(ma)) {
			nb, fb := normalise(t, mb[j], base.s.room, x, sb)
			na, fa := normalise(t, ma[j], alt.s.room, x, sa)
			if !bytes.Equal(nb, na) {
				t.Errorf("%s, message %d differs with delegation %d's other brief:\n%s\n%s", db.name, j, x, short(string(mb[j])), short(string(ma[j])))
				break
			}
			if fb != nil && reflect.DeepEqual(fb, fa) {
				t.Errorf("%s, message %d: delegation %d's final figures %+v are the same with another brief", db.name, j, x, fb)
			}
			if fb != nil {
				finals++
			}
			compared++
		}
	}
	if finals == 0 {
		t.Error("no device saw the final figures")
	}
	t.Logf("%d moves; %d messages (%d bytes) compared over the %d devices not on delegation %d's seat",
		rb.steps, compared, size, devices, x)
}

// normalise is a message with what differs between two hosts and two
// sets of clients written the same — the room code, the client ids the
// devices chose (numbered from a counter the test process shares), the
// sequence number (counted from seq0, the device's first) — and
// delegation x's final figures zeroed; it also returns those figures,
// if the message has them.
func normalise(t *testing.T, msg []byte, room string, x int, seq0 int) ([]byte, *rules.FinalScore) {
	msg = bytes.ReplaceAll(msg, []byte(`"room":"`+room+`"`), []byte(`"room":"ROOM"`))
	msg = seqField.ReplaceAllFunc(msg, func(s []byte) []byte {
		n, _ := strconv.Atoi(string(seqField.FindSubmatch(s)[1]))
		return fmt.Appendf(nil, `"seq":%d`, n-seq0)
	})
	msg = clientID.ReplaceAllFunc(msg, func(id []byte) []byte {
		n, _ := strconv.Atoi(string(clientID.FindSubmatch(id)[1]))
		return fmt.Appendf(nil, `"id":"m%d"`, n%1_000_000)
	})
	if !bytes.Contains(msg, []byte(`"final":`)) {
		return msg, nil
	}
	var out wire.Out
	dec := json.NewDecoder(bytes.NewReader(msg))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatal(err)
	}
	var st *wire.State
	switch {
	case out.Full != nil:
		st = &out.Full.State
	case out.Update != nil && out.Update.State != nil:
		st = out.Update.State
	default:
		return msg, nil
	}
	var fx *rules.FinalScore
	for i := range st.Final {
		if st.Final[i].Party == x {
			f := st.Final[i]
			fx = &f
			st.Final[i] = rules.FinalScore{Party: x}
		}
	}
	return encodeOut(t, out), fx
}

// clientID is a client id as package client writes it: m and a number
// whose last six digits count the device's moves.
var clientID = regexp.MustCompile(`"id":"m([0-9]+)"`)

// seqField is a message's sequence number.
var seqField = regexp.MustCompile(`"seq":([0-9]+)`)

// seqOf is the sequence number of a message (0 if it has none).
func seqOf(t *testing.T, msg []byte) int {
	t.Helper()
	m := seqField.FindSubmatch(msg)
	if m == nil {
		return 0
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

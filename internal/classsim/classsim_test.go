package classsim

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary be the host process too, as the command
// is: Run starts os.Executable with the serve flag.
func TestMain(m *testing.M) {
	ServeIfAsked()
	os.Exit(m.Run())
}

// A tiny class (a class second is a millisecond, two rounds, two games at
// once) plays to the end on the real host: five teams choose in parallel
// in every step, nothing is refused or cut, and the class minutes come
// from the wall clock.
func TestTinyClassPlaysToTheEndInParallel(t *testing.T) {
	scale := time.Millisecond
	if raceOn {
		scale = 10 * time.Millisecond
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	r, err := Run(ctx, Config{Games: 2, Seed: 7, Rounds: 2, Scale: scale, Parallel: 2, Caps: []int{3}})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	r.Print(&out)
	r.PrintGames(&out)
	t.Logf("\n%s", out.String())

	// The host's latency is real and does not scale: on a loaded machine
	// (or under the race detector) a device may read a step a good part of
	// a class second late. Every timing check allows twice the slowest
	// answer the teams had from the host.
	sum0 := r.Summarize()
	slack := 2*sum0.Answer.Max.Seconds()/scale.Seconds() + 1
	if len(r.Games) != 2 || len(r.Timings) != 2 {
		t.Fatalf("%d games, %d timings; want 2", len(r.Games), len(r.Timings))
	}
	for gi, g := range r.Games {
		tm := r.Timings[gi]
		if !g.End.After(g.Start) {
			t.Fatalf("seed %d: the game never ended (start %v, end %v)", g.Seed, g.Start, g.End)
		}
		if len(tm.Rounds) != 2 || tm.Signing <= 0 {
			t.Fatalf("seed %d: %d rounds and %.1f s of signing; want 2 rounds and a signing", g.Seed, len(tm.Rounds), tm.Signing)
		}
		// The class minutes are the wall clock divided by the scale.
		wall := g.End.Sub(g.Start).Seconds() / scale.Seconds()
		if math.Abs(tm.Total-wall) > 1e-9 {
			t.Errorf("seed %d: game of %.3f class s, but the wall clock says %.3f", g.Seed, tm.Total, wall)
		}
		parts := tm.Signing
		for _, x := range tm.Rounds {
			parts += x
		}
		if math.Abs(parts-tm.Total) > 1e-6 {
			t.Errorf("seed %d: rounds and signing add up to %.2f class s, the game took %.2f", g.Seed, parts, tm.Total)
		}
		drawn, thinking := 0.0, 0.0
		kinds := map[StepKind]int{}
		for si, s := range g.Steps {
			st := tm.Steps[si]
			kinds[s.Key.Kind]++
			want := 5
			if s.Key.Kind == Vote {
				want = 4 // the author's vote counts as yes
			}
			if len(s.Choices) != want || s.ToAct != want {
				t.Errorf("seed %d, %v: %d choices, %d teams waited for; want %d", g.Seed, s.Key, len(s.Choices), s.ToAct, want)
			}
			sum := 0.0
			var lastSeen, firstSent time.Time
			for _, ch := range s.Choices {
				if ch.Seen.After(lastSeen) {
					lastSeen = ch.Seen
				}
				if firstSent.IsZero() || ch.Sent.Before(firstSent) {
					firstSent = ch.Sent
				}
				if ch.Cut || ch.Refused != "" {
					t.Errorf("seed %d, %v: %s's choice cut or refused (%q)", g.Seed, s.Key, ch.What, ch.Refused)
				}
				sum += ch.Think
			}
			// In parallel: every team of a step thinks at the same time
			// (the last to see the step saw it before the first sent its
			// choice), no step is faster than its slowest team, and each is
			// far faster than its teams one after another.
			if lastSeen.Sub(firstSent).Seconds()/scale.Seconds() > slack {
				t.Errorf("seed %d, %v: a team saw the step only after another had chosen", g.Seed, s.Key)
			}
			if st.Secs < st.Slowest-1e-3 || st.Secs > st.Slowest+(sum-st.Slowest)/2+slack {
				t.Errorf("seed %d, %v: %.1f class s for decisions of %.1f s at most, %.1f s in all (leeway %.1f s)", g.Seed, s.Key, st.Secs, st.Slowest, sum, slack)
			}
			drawn += st.Slowest
			thinking += sum
		}
		if kinds[Window] != 2 || kinds[Press] != 2 || kinds[Signing] != 1 {
			t.Errorf("seed %d: steps %v; want 2 windows, 2 press steps and a signing", g.Seed, kinds)
		}
		if tm.Total < drawn {
			t.Errorf("seed %d: the game took %.1f class s, less than its slowest decisions (%.1f s)", g.Seed, tm.Total, drawn)
		}
		// One team after another would take all the thinking there was.
		if tm.Total > thinking/2 {
			t.Errorf("seed %d: the game took %.1f class s, more than half its %.1f s of thinking: not in parallel", g.Seed, tm.Total, thinking)
		}
	}
	s := sum0
	if want := fmt.Sprintf("whole game            %4.1f   %5.1f", s.Game.Mean, s.Game.Worst); !strings.Contains(out.String(), want) {
		t.Errorf("the report lacks %q", want)
	}
	if s.Game.Mean < 2*100.0/60 {
		t.Errorf("two rounds in %.1f class minutes: faster than any team can decide", s.Game.Mean)
	}
	if s.Answer.N == 0 || s.Answer.Max <= 0 {
		t.Errorf("no host latency measured: %+v", s.Answer)
	}
}

// A round timer cuts a round at its length: the choices made after it
// are lost, those made before it stand.
func TestCapCutsRoundsAtTheTimer(t *testing.T) {
	choice := func(what string) Choice { return Choice{What: what} }
	tm := Timing{Rounds: []float64{100, 300}, Signing: 30, Total: 430, Steps: []StepTiming{
		{Key: StepKey{1, Window, -1}, Start: 0, choices: []Choice{choice("table"), choice("pass")}, sent: []float64{60, 30}},
		{Key: StepKey{1, Press, -1}, Start: 60, choices: []Choice{choice("reassure")}, sent: []float64{100}},
		{Key: StepKey{2, Window, -1}, Start: 100, choices: []Choice{choice("table"), choice("table")}, sent: []float64{150, 230}},
		{Key: StepKey{2, Vote, 0}, Start: 230, choices: []Choice{choice("yes"), choice("no")}, sent: []float64{250, 300}},
		{Key: StepKey{2, Vote, 1}, Start: 300, choices: []Choice{choice("yes")}, sent: []float64{330}},
		{Key: StepKey{2, Press, -1}, Start: 330, choices: []Choice{choice("reassure"), choice("address")}, sent: []float64{360, 400}},
		{Key: StepKey{2, Signing, -1}, Start: 400, choices: []Choice{choice("sign")}, sent: []float64{430}},
	}}
	c := capAt(tm, 2) // 120 s: round 2 ends at 220
	if c.RoundsCut != 1 || c.Total != 100+120+30 {
		t.Errorf("cut %d rounds, %v s in all; want 1 and 250", c.RoundsCut, c.Total)
	}
	if c.Tablings != 1 || c.Votes != 2 || c.Statements != 2 {
		t.Errorf("lost %d tablings, %d votes, %d statements; want 1, 2, 2", c.Tablings, c.Votes, c.Statements)
	}
	if c := capAt(tm, 5); c.RoundsCut != 0 || c.Total != tm.Total {
		t.Errorf("a 5-minute timer: %+v", c)
	}
}

func TestHostTimerNeedsWholeMinutes(t *testing.T) {
	if m, err := hostTimer(Config{TimerMinutes: 4, Scale: 250 * time.Millisecond}); err != nil || m != 1 {
		t.Errorf("4 class minutes at 250ms: %d real minutes, %v", m, err)
	}
	if _, err := hostTimer(Config{TimerMinutes: 4, Scale: 25 * time.Millisecond}); err == nil {
		t.Error("4 class minutes at 25ms (6 s of wall time) accepted")
	}
}

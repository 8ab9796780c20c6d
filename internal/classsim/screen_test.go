package classsim

import (
	"context"
	"testing"
	"time"
)

// On one shared screen (hot-seat) the teams decide one after another:
// no two decisions overlap, every one waits for the handover, and the
// game takes at least all its thinking, where devices of their own take
// well under half of it (TestTinyClassPlaysToTheEndInParallel). AI
// delegates fill the other seats and never wait for the screen.
func TestSharedScreenDecidesOneAfterAnother(t *testing.T) {
	scale := time.Millisecond
	if raceOn {
		scale = 10 * time.Millisecond
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	times := IssueTimes()
	times.Handover = Span{10, 20}
	r, err := Run(ctx, Config{Games: 2, Seed: 11, Rounds: 2, Scale: scale, Parallel: 2, Turns: true,
		Parties: []string{"us", "ukraine", "germany"}, AI: []string{"france", "poland"}, Times: times})
	if err != nil {
		t.Fatal(err)
	}
	// The host's real latency does not scale (see the parallel test).
	slack := 2*r.Summarize().Answer.Max.Seconds()/scale.Seconds() + 1
	for gi, g := range r.Games {
		var thinking float64
		var all []Choice
		for _, s := range g.Steps {
			for _, ch := range s.Choices {
				if ch.Cut || ch.Refused != "" {
					t.Errorf("seed %d, %v: %s's choice cut or refused (%q)", g.Seed, s.Key, ch.What, ch.Refused)
				}
				if ch.Think < times.Handover.Min {
					t.Errorf("seed %d, %v: a decision of %.1f class s, less than the handover", g.Seed, s.Key, ch.Think)
				}
				thinking += ch.Think
				all = append(all, ch)
			}
		}
		if len(all) == 0 {
			t.Fatalf("seed %d: no choices", g.Seed)
		}
		if total := r.Timings[gi].Total; total < thinking*0.99 {
			t.Errorf("seed %d: the game took %.1f class s, less than its %.1f s of thinking one after another", g.Seed, total, thinking)
		}
		// One screen: a decision is sent no sooner than its own thinking
		// after the one sent before it.
		for i := range all {
			for j := range all {
				if i == j || all[j].Sent.Before(all[i].Sent) {
					continue
				}
				gap := all[j].Sent.Sub(all[i].Sent).Seconds() / scale.Seconds()
				if gap < all[j].Think-slack && all[j].Seen.Before(all[i].Sent) {
					t.Errorf("seed %d: two decisions overlap on one screen (%.1f s apart, the second took %.1f s)", g.Seed, gap, all[j].Think)
				}
			}
		}
	}
}

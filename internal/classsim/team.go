package classsim

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
)

// Choice is one team's decision in one step, as it played out on the
// wall clock.
type Choice struct {
	Step  StepKey
	Party int
	// What the team chose: "table", "pass", "yes", "no", "reassure",
	// "address", "sign" or "decline".
	What string
	// Think is the class seconds drawn for the decision.
	Think float64
	// Seen is when the team's device showed the step; Sent when the team
	// sent its choice (Seen + Think, scaled); Answered when the host's
	// acknowledgement or refusal arrived.
	Seen, Sent, Answered time.Time
	// Cut says the step moved on before the team sent its choice (a round
	// timer ran out): the host made the do-nothing move for it.
	Cut bool
	// Refused is the host's reason when it refused the choice.
	Refused string
}

// team is one delegation played by people, on one device: it sees a step
// open, thinks for its drawn time (scaled to the wall clock), and sends
// its choice, while its device keeps reading what the host sends.
type team struct {
	c           *client.Client
	party       int
	sc          *rules.PublicScenario
	playing     map[int]bool
	brief       *wire.Brief
	rng         *rand.Rand
	times       Times
	tableChance float64
	scale       time.Duration // wall time of one class second
	choices     []Choice
	// screen, when set, is the one screen the teams share: a team can
	// only choose once the team before it has finished.
	screen *screen
}

// screen is one shared screen and keyboard (hot-seat or solo): decisions
// are made one after another, in the order the teams come to it.
type screen struct {
	mu   sync.Mutex
	free time.Time
}

// book reserves the screen for think, from now or from when the team
// before has finished, and says when the decision is made.
func (s *screen) book(now time.Time, think time.Duration) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	at := now
	if s.free.After(now) {
		at = s.free
	}
	at = at.Add(think)
	s.free = at
	return at
}

func newTeam(c *client.Client, party int, sc *rules.PublicScenario, playing map[int]bool, seed uint64, times Times, scale time.Duration) *team {
	r := rand.New(rand.NewPCG(seed, uint64(party)+1))
	return &team{c: c, party: party, sc: sc, playing: playing, rng: r, times: times,
		tableChance: times.TableChance.draw(r), scale: scale}
}

// wall is class seconds as wall time.
func (t *team) wall(classSeconds float64) time.Duration {
	return time.Duration(classSeconds * float64(t.scale))
}

// plan is a decision under way: to be sent at at.
type plan struct {
	key  StepKey
	d    decision
	seen time.Time
	at   time.Time
	id   string
	sent time.Time
}

// play reads the host's messages until the game is over, making the
// team's choice in every step that waits for it. The first message (the
// full view) is read before ready is told; choices start at begin.
func (t *team) play(ctx context.Context, ready func(), begin <-chan struct{}) error {
	out, _, err := t.c.Next(ctx)
	if err != nil {
		return err
	}
	if out.T != wire.TFull {
		return fmt.Errorf("first message is %q, not a full view", out.T)
	}
	t.brief = t.c.Brief
	ready()
	select {
	case <-begin:
	case <-ctx.Done():
		return ctx.Err()
	}
	var (
		cur  *plan
		done = StepKey{Round: -1}
	)
	for {
		st := &t.c.State
		if st.Over && !t.c.Pending() {
			return nil
		}
		now := time.Now()
		key, inStep := keyOf(st)
		mustAct := st.Mine != nil && st.Mine.MustAct
		if cur != nil && cur.sent.IsZero() && (!inStep || key != cur.key || !mustAct) {
			// The step moved on without the team: the round timer's (or
			// the chair's) do-nothing move.
			t.choices = append(t.choices, Choice{Step: cur.key, Party: t.party, What: cur.d.what, Think: cur.d.think, Seen: cur.seen, Cut: true})
			done, cur = cur.key, nil
		}
		if cur == nil && inStep && mustAct && key != done && !t.c.Pending() {
			d := t.decide(key, st)
			at := now.Add(t.wall(d.think))
			if t.screen != nil {
				at = t.screen.book(now, t.wall(d.think))
			}
			cur = &plan{key: key, d: d, seen: now, at: at}
		}
		rctx, cancel := ctx, context.CancelFunc(nil)
		if cur != nil && cur.sent.IsZero() {
			if !now.Before(cur.at) {
				id, err := t.c.Act(ctx, cur.d.act)
				if err != nil {
					return err
				}
				cur.id, cur.sent = id, time.Now()
				continue
			}
			rctx, cancel = context.WithDeadline(ctx, cur.at)
		}
		out, dup, err := t.c.Next(rctx)
		if cancel != nil {
			cancel()
		}
		if err != nil {
			if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
				continue // time to send
			}
			return err
		}
		if dup {
			return fmt.Errorf("message %d twice without reconnecting", out.Seq)
		}
		switch out.T {
		case wire.TError:
			if err := t.c.Resend(ctx); err != nil {
				return err
			}
		case wire.TFull:
			return errors.New("a full view in the middle of the game")
		case wire.TAck, wire.TRefused:
			if cur == nil || out.ID != cur.id {
				break
			}
			ch := Choice{Step: cur.key, Party: t.party, What: cur.d.what, Think: cur.d.think, Seen: cur.seen, Sent: cur.sent, Answered: time.Now()}
			if out.T == wire.TRefused {
				ch.Refused = out.Reason
			}
			t.choices = append(t.choices, ch)
			done, cur = cur.key, nil
			if k, ok := keyOf(&t.c.State); ok && ch.Refused != "" && k == ch.Step && ch.What == "table" {
				// The amendment was refused: the team passes at once
				// rather than sit the window out.
				d := decision{wire.Action{Kind: "pass"}, "pass", 0}
				cur = &plan{key: ch.Step, d: d, seen: ch.Answered, at: ch.Answered}
			}
		}
	}
}

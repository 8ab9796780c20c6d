package classsim

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/rules"
	"bindingwords/game/wire"
)

// Step is one step of a game as the devices showed it: open from Start
// (the first device, the projector's or a team's, to show it) until the
// next step opened (or the projector showed the game over), with every
// team's choice in it.
type Step struct {
	Key        StepKey
	Start, End time.Time
	// ToAct is how many teams the step waited for when it opened.
	ToAct   int
	Choices []Choice
}

// Game is one whole game played by the class.
type Game struct {
	Seed uint64
	Room string
	// Start is when every device had its view and the teams began to
	// think; End when the projector showed the game over.
	Start, End time.Time
	Steps      []Step
	// Agreement and InForce are the outcome the projector showed.
	Agreement, InForce bool
}

// observer is the projector: a spectator's device that notes when each
// step opens.
type observer struct {
	c     *client.Client
	steps []Step
	end   time.Time
	res   *rules.PublicResult
}

func (o *observer) watch(ctx context.Context, ready func(), begin <-chan struct{}) error {
	out, _, err := o.c.Next(ctx)
	if err != nil {
		return err
	}
	if out.T != wire.TFull {
		return fmt.Errorf("projector: first message is %q, not a full view", out.T)
	}
	ready()
	select {
	case <-begin:
	case <-ctx.Done():
		return ctx.Err()
	}
	o.note(time.Now())
	for {
		out, _, err := o.c.Next(ctx)
		if err != nil {
			return fmt.Errorf("projector: %w", err)
		}
		if out.T != wire.TUpdate || out.Update.State == nil {
			continue
		}
		now := time.Now()
		if o.c.State.Over {
			o.end, o.res = now, o.c.State.Result
			return nil
		}
		o.note(now)
	}
}

// note marks a new step if the table has moved to one.
func (o *observer) note(at time.Time) {
	k, ok := keyOf(&o.c.State)
	if !ok || (len(o.steps) > 0 && o.steps[len(o.steps)-1].Key == k) {
		return
	}
	o.steps = append(o.steps, Step{Key: k, Start: at, ToAct: len(o.c.State.ToAct)})
}

// publicScenario fetches the room's public scenario as a device does.
func publicScenario(ctx context.Context, base, room string) (*rules.PublicScenario, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+wire.ScenarioPath+"?room="+url.QueryEscape(room), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("the scenario of room %s: %s", room, resp.Status)
	}
	var sc rules.PublicScenario
	if err := json.NewDecoder(io.LimitReader(resp.Body, 8<<20)).Decode(&sc); err != nil {
		return nil, err
	}
	return &sc, nil
}

// playGame plays one game at room: a device for each team and one for
// the projector, every team choosing in its own goroutine; with shared,
// the teams share one screen and choose one after another.
func playGame(ctx context.Context, base, room string, parties, ai []string, shared bool, seed uint64, times Times, scale time.Duration) (*Game, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sc, err := publicScenario(ctx, base, room)
	if err != nil {
		return nil, err
	}
	playing := map[int]bool{}
	for _, id := range append(slices.Clone(parties), ai...) {
		playing[sc.PartyIndex(id)] = true
	}
	var (
		teams   []*team
		clients []*client.Client
		scr     *screen
	)
	if shared {
		scr = &screen{}
	}
	defer func() {
		for _, c := range clients {
			c.Close()
		}
	}()
	for _, id := range parties {
		c, err := client.Join(ctx, base, room, id, "Team "+id)
		if err != nil {
			return nil, err
		}
		clients = append(clients, c)
		if err := c.Connect(ctx); err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		tm := newTeam(c, c.Seat, sc, playing, seed, times, scale)
		tm.screen = scr
		teams = append(teams, tm)
	}
	pc, err := client.Join(ctx, base, room, "", "Projector")
	if err != nil {
		return nil, err
	}
	clients = append(clients, pc)
	if err := pc.Connect(ctx); err != nil {
		return nil, fmt.Errorf("projector: %w", err)
	}
	obs := &observer{c: pc}

	// The teams start thinking together, once every device has its view.
	var ready sync.WaitGroup
	ready.Add(len(teams) + 1)
	begin := make(chan struct{})
	var start time.Time
	go func() {
		ready.Wait()
		start = time.Now()
		close(begin)
	}()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	fail := func(who string, err error) {
		mu.Lock()
		defer mu.Unlock()
		if first == nil && !errors.Is(err, context.Canceled) {
			first = fmt.Errorf("room %s, %s: %w", room, who, err)
		}
		cancel()
	}
	for i, t := range teams {
		wg.Go(func() {
			once := sync.OnceFunc(ready.Done)
			if err := t.play(ctx, once, begin); err != nil {
				once()
				fail(parties[i], err)
			}
		})
	}
	wg.Go(func() {
		once := sync.OnceFunc(ready.Done)
		if err := obs.watch(ctx, once, begin); err != nil {
			once()
			fail("projector", err)
		}
	})
	wg.Wait()
	if first != nil {
		return nil, first
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	g := &Game{Seed: seed, Room: room, Start: start, End: obs.end, Steps: obs.steps}
	if r := obs.res; r != nil {
		g.Agreement, g.InForce = r.Formed, r.InForce
	}
	if len(g.Steps) > 0 {
		g.Steps[0].Start = start
	}
	for _, t := range teams {
		for _, ch := range t.choices {
			s := g.step(ch.Step)
			if s == nil {
				return nil, fmt.Errorf("room %s: %s chose in %v, a step the projector never showed", room, sc.Parties[ch.Party].ID, ch.Step)
			}
			s.Choices = append(s.Choices, ch)
			// A step opens when the first device shows it: the projector
			// is not always first to read the host's update.
			if ch.Seen.Before(s.Start) {
				s.Start = ch.Seen
			}
		}
	}
	for i := range g.Steps {
		if i+1 < len(g.Steps) {
			g.Steps[i].End = g.Steps[i+1].Start
		} else {
			g.Steps[i].End = g.End
		}
	}
	return g, nil
}

// step is the game's step with key k, or nil.
func (g *Game) step(k StepKey) *Step {
	for i := range g.Steps {
		if g.Steps[i].Key == k {
			return &g.Steps[i]
		}
	}
	return nil
}

package host_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"bindingwords/game/host"
	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/wire"
	"bindingwords/scenarios"
)

// serve starts a host on loopback with one table of berlin whose seats
// are kinds, and returns its address, room code and host.
func serve(t *testing.T, kinds []match.SeatKind, seed uint64) (string, string, *host.Host) {
	t.Helper()
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := match.New(match.Config{Scenario: sc, Seed: seed, Seats: kinds})
	if err != nil {
		t.Fatal(err)
	}
	h := host.New(host.Config{Logf: t.Logf})
	tab, err := h.AddTable(m, host.TableOptions{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Handler())
	t.Cleanup(func() { h.Close(); srv.Close() })
	return srv.URL, tab.Code(), h
}

func TestTwoTeamsPlayAGameToTheEnd(t *testing.T) {
	kinds := []match.SeatKind{match.HumanSeat(), match.HumanSeat(), match.AISeat("normal"), match.AISeat("normal"),
		match.AISeat("normal"), match.OutSeat(), match.OutSeat()}
	base, room, _ := serve(t, kinds, 7)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var cs []*client.Client
	for _, id := range []string{"us", "ukraine"} {
		c, err := client.Join(ctx, base, room, id, "Team "+id)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Connect(ctx); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	// Each device reads in turn; whoever must act, acts.
	for step := 0; ; step++ {
		if step > 5000 {
			t.Fatal("the game did not end")
		}
		done := true
		for _, c := range cs {
			if !c.State.Over {
				done = false
			}
		}
		if done {
			break
		}
		for _, c := range cs {
			rctx, rcancel := context.WithTimeout(ctx, 50*time.Millisecond)
			for {
				_, _, err := c.Next(rctx)
				if errors.Is(err, client.ErrProtocol) {
					t.Fatal(err)
				}
				if err != nil {
					break
				}
			}
			rcancel()
			if !c.Connected() {
				if err := c.Connect(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if a, ok := client.PlainMove(c.State); ok && !c.Pending() {
				if _, err := c.Act(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	for _, c := range cs {
		if c.Brief == nil || c.State.Final == nil || c.Dups != 0 {
			t.Errorf("seat %d: brief %v, final %v, dups %d", c.Seat, c.Brief != nil, c.State.Final, c.Dups)
		}
		for id, a := range c.Answers {
			if a.T != wire.TAck {
				t.Errorf("seat %d: move %s refused: %s", c.Seat, id, a.Reason)
			}
		}
	}
}

// TestWrongRoomCodesAreSlowed: a device that tries room codes one after
// another is told to wait after 20 wrong ones, so that it cannot find a
// room by trying all 130,321 codes; a student's few typos are answered as
// before.
func TestWrongRoomCodesAreSlowed(t *testing.T) {
	base, room, _ := serve(t, nil, 1)
	get := func(code string) int {
		resp, err := http.Get(base + wire.RoomPath + "?room=" + code)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := get(room); got != http.StatusOK {
		t.Fatalf("the right code: %d", got)
	}
	wrong := "BBBB"
	if room == wrong {
		wrong = "CCCC"
	}
	for i := range 20 {
		if got := get(wrong); got != http.StatusNotFound {
			t.Fatalf("wrong code %d: %d, want 404", i+1, got)
		}
	}
	if got := get(wrong); got != http.StatusTooManyRequests {
		t.Fatalf("the 21st wrong code: %d, want 429", got)
	}
	if got := get(room); got != http.StatusTooManyRequests {
		t.Fatalf("the right code after 21 wrong ones: %d, want 429 until the device waits", got)
	}
}

// TestATokenThatReconnectsInALoopIsRefused: a lid closed and opened costs
// one hello; a device that reconnects faster than Hellos allows is told to
// wait, so that it cannot make its table hear of it thousands of times a
// second.
func TestATokenThatReconnectsInALoopIsRefused(t *testing.T) {
	sc, err := scenarios.Find("berlin")
	if err != nil {
		t.Fatal(err)
	}
	m, err := match.New(match.Config{Scenario: sc, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	lim := host.DefaultLimits()
	lim.Hellos, lim.HelloRate = 3, 0.001
	h := host.New(host.Config{Limits: lim, Logf: t.Logf})
	tab, err := h.AddTable(m, host.TableOptions{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Handler())
	t.Cleanup(func() { h.Close(); srv.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := client.Join(ctx, srv.URL, tab.Code(), "us", "")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		if err := c.Connect(ctx); err != nil {
			t.Fatal(err)
		}
		out, _, err := c.Next(ctx)
		switch {
		case i < 3 && (err != nil || out.T == wire.TError):
			t.Fatalf("hello %d: %v %+v, want to be brought up to date", i+1, err, out)
		case i == 3 && (out.T != wire.TError || !strings.Contains(out.Reason, "reconnects too often")):
			t.Fatalf("hello %d: %v %+v, want to be told to wait", i+1, err, out)
		}
		c.Drop()
	}
}

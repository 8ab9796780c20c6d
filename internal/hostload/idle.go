package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"bindingwords/game/host/client"
	"bindingwords/game/wire"
)

// idleDevices are devices that joined, said hello, read their full view
// and now only read what comes (the table's news of who joins) and answer
// the host's pings, as a phone left open on a desk does.
type idleDevices struct {
	cs     []*client.Client
	cancel context.CancelFunc
	wg     sync.WaitGroup
	errs   atomic.Int64
	first  atomic.Pointer[error]
}

// openIdle connects n idle devices to rooms, perRoom to a room: the
// scenario's seats filled in turn up to perSeat each, then spectators.
// It returns once every one has its full view.
func openIdle(ctx context.Context, base string, rooms, parties []string, n, perRoom, perSeat, workers int) (*idleDevices, error) {
	rctx, cancel := context.WithCancel(context.Background())
	d := &idleDevices{cs: make([]*client.Client, n), cancel: cancel}
	var next atomic.Int64
	var wg sync.WaitGroup
	var setup atomic.Pointer[error]
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || setup.Load() != nil {
					return
				}
				room, j := rooms[i/perRoom], i%perRoom
				party := ""
				if j < len(parties)*perSeat {
					party = parties[j%len(parties)]
				}
				c, err := connectIdle(ctx, base, room, party)
				if err != nil {
					err = fmt.Errorf("idle device %d (room %s, %q): %w", i, room, party, err)
					setup.CompareAndSwap(nil, &err)
					return
				}
				d.cs[i] = c
				d.wg.Go(func() { d.read(rctx, c) })
			}
		})
	}
	wg.Wait()
	if e := setup.Load(); e != nil {
		d.close(false)
		return nil, *e
	}
	return d, nil
}

func connectIdle(ctx context.Context, base, room, party string) (*client.Client, error) {
	c, err := client.Join(ctx, base, room, party, "")
	if err != nil {
		return nil, err
	}
	if err := c.Connect(ctx); err != nil {
		return nil, err
	}
	fctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, _, err := c.Next(fctx)
	if err == nil && out.T != wire.TFull {
		err = fmt.Errorf("%w: first message is %q, not a full view", errProtocol, out.T)
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// read reads a device's messages until ctx ends; any error before is a
// failure (a dropped device, a broken promise).
func (d *idleDevices) read(ctx context.Context, c *client.Client) {
	for {
		out, dup, err := c.Next(ctx)
		if ctx.Err() != nil {
			return
		}
		if err == nil && (dup || out.T == wire.TError || out.T == wire.TFull) {
			err = fmt.Errorf("%w: unexpected %s message %d (dup %v): %s", errProtocol, out.T, out.Seq, dup, out.Reason)
		}
		if err != nil {
			if !errors.Is(err, errProtocol) {
				err = fmt.Errorf("%w: %v", errProtocol, err)
			}
			d.errs.Add(1)
			d.first.CompareAndSwap(nil, &err)
			return
		}
	}
}

// err is the first failure of an idle device, if any.
func (d *idleDevices) err() error {
	if e := d.first.Load(); e != nil {
		return *e
	}
	return nil
}

// close stops the readers and closes every socket, politely or at once.
func (d *idleDevices) close(polite bool) {
	d.cancel()
	d.wg.Wait()
	closeAll(d.cs, polite)
}

// closeAll closes sockets, a few at a time: politely (a close handshake)
// or at once, as after a failure, when the host may not answer.
func closeAll(cs []*client.Client, polite bool) {
	var wg sync.WaitGroup
	work := make(chan *client.Client)
	for range 64 {
		wg.Go(func() {
			for c := range work {
				if polite {
					c.Close()
				} else {
					c.Drop()
				}
			}
		})
	}
	for _, c := range cs {
		if c != nil {
			work <- c
		}
	}
	close(work)
	wg.Wait()
}

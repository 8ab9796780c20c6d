package ui

// This file stands in for the lobby helper's class.go until it reaches
// main, so that the projector builds on its own branch. It is deleted at
// the merge.

import (
	"bindingwords/game/host"
	"bindingwords/game/rules"
)

// class is a class hosted from this window: the host, its server, the
// table the class plays at and how devices reach it.
type class struct {
	h    *host.Host
	srv  *host.Server
	t    *host.Table
	sc   *rules.Scenario
	urls []string
	code string
}

// Close stops serving the class.
func (c *class) Close() {
	if c.srv != nil {
		_ = c.srv.Close()
	}
	if c.h != nil {
		c.h.Close()
	}
}

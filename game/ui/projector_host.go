package ui

import (
	"time"

	"bindingwords/game/host"
)

// tableVersion is the table's version: it goes up whenever something the
// projector shows changes.
func tableVersion(t *host.Table) uint64 {
	// TODO(merge host): t.Version(). Until then the projector reads the
	// table once a second.
	return uint64(time.Now().Unix())
}

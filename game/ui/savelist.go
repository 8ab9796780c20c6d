package ui

import "bindingwords/game/save"

// savesList reads the saves folder in the background. [save.Store.List]
// replays every save to say where its game stands, which takes a moment
// per save, and one damaged or hostile file must never freeze the
// window: the drawing thread only ever polls for the result.
type savesList struct {
	done    chan savesResult
	entries []save.Entry
	err     error
	ready   bool
	// unseen: the list arrived through wait and poll has not told yet.
	unseen bool
}

type savesResult struct {
	entries []save.Entry
	err     error
}

// listSaves starts reading store's list. A nil store (no saves folder) is
// an empty list at once.
func listSaves(store *save.Store) *savesList {
	l := &savesList{done: make(chan savesResult, 1)}
	if store == nil {
		l.ready = true
		return l
	}
	go func() {
		entries, err := store.List()
		l.done <- savesResult{entries, err}
	}()
	return l
}

// poll picks up the list if it has arrived. It reports true once, on
// the call that sees it arrive, so that the caller takes it in once.
func (l *savesList) poll() (arrived bool) {
	if l.unseen {
		l.unseen = false
		return true
	}
	if l.ready {
		return false
	}
	select {
	case r := <-l.done:
		l.entries, l.err, l.ready = r.entries, r.err, true
		return true
	default:
		return false
	}
}

// wait blocks until the list has arrived: for tests, and for a caller
// that cannot go on without it.
func (l *savesList) wait() {
	if !l.ready {
		r := <-l.done
		l.entries, l.err, l.ready, l.unseen = r.entries, r.err, true, true
	}
}

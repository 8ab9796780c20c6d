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

// wait blocks until the list has arrived, for tests; it leaves the list
// for the next poll to take, as a scene's Update does.
func (l *savesList) wait() {
	if !l.ready {
		r := <-l.done
		l.done <- r
	}
}

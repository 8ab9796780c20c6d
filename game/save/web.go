//go:build js

package save

import (
	"fmt"
	"io/fs"
	"strings"
	"syscall/js"
)

// Dir is the prefix of the browser storage keys saves are kept under.
func Dir() (string, error) { return "bindingwords/saves/", nil }

// Open opens the store kept in the browser's localStorage under the key
// prefix dir. Each setItem is atomic, so a closed tab never leaves half a
// save.
func Open(dir string) (*Store, error) {
	ls := js.Global().Get("localStorage")
	if ls.IsUndefined() || ls.IsNull() {
		return nil, fmt.Errorf("this browser keeps no local storage, so games cannot be saved")
	}
	return newStore(webBackend{prefix: dir, ls: ls}), nil
}

type webBackend struct {
	prefix string
	ls     js.Value
}

func (w webBackend) where(file string) string { return "browser storage: " + file }

func (w webBackend) read(file string) (data []byte, err error) {
	defer catch(&err)
	v := w.ls.Call("getItem", w.prefix+file)
	if v.IsNull() || v.IsUndefined() {
		return nil, fs.ErrNotExist
	}
	return []byte(v.String()), nil
}

func (w webBackend) write(file string, data []byte) (err error) {
	defer catch(&err)
	w.ls.Call("setItem", w.prefix+file, string(data))
	return nil
}

// rotate copies the current autosave to the previous one before
// replacing it: both writes are atomic, so each key always holds a
// complete save.
func (w webBackend) rotate(file, prev string, data []byte) (err error) {
	defer catch(&err)
	if old := w.ls.Call("getItem", w.prefix+file); !old.IsNull() && !old.IsUndefined() {
		w.ls.Call("setItem", w.prefix+prev, old)
	}
	w.ls.Call("setItem", w.prefix+file, string(data))
	return nil
}

func (w webBackend) rename(from, to string) (err error) {
	defer catch(&err)
	v := w.ls.Call("getItem", w.prefix+from)
	if v.IsNull() || v.IsUndefined() {
		return fs.ErrNotExist
	}
	w.ls.Call("setItem", w.prefix+to, v)
	w.ls.Call("removeItem", w.prefix+from)
	return nil
}

func (w webBackend) remove(file string) (err error) {
	defer catch(&err)
	w.ls.Call("removeItem", w.prefix+file)
	return nil
}

func (w webBackend) list() (out []string, err error) {
	defer catch(&err)
	n := w.ls.Get("length").Int()
	for i := 0; i < n; i++ {
		k := w.ls.Call("key", i)
		if k.IsNull() {
			continue
		}
		if f, ok := strings.CutPrefix(k.String(), w.prefix); ok && validName(f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// catch turns a JavaScript exception (a full storage quota, storage
// disabled by the user) into an error.
func catch(err *error) {
	if p := recover(); p != nil {
		if e, ok := p.(js.Error); ok {
			*err = fmt.Errorf("browser storage: %s", e.Error())
			return
		}
		panic(p)
	}
}

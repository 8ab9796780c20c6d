//go:build js

package prefs

import (
	"fmt"
	"syscall/js"
)

// key is the localStorage key the browser build keeps its settings under.
const key = "bindingwords/settings"

// Default is the browser's localStorage.
func Default() (Store, error) {
	ls := js.Global().Get("localStorage")
	if ls.IsUndefined() || ls.IsNull() {
		return nil, fmt.Errorf("this browser keeps no local storage")
	}
	return webStore{ls}, nil
}

type webStore struct{ ls js.Value }

func (w webStore) Where() string { return "browser storage: " + key }

func (w webStore) Load() (p Prefs, err error) {
	defer catch(&err)
	v := w.ls.Call("getItem", key)
	if v.IsNull() || v.IsUndefined() {
		return Prefs{}, nil
	}
	return Decode([]byte(v.String()))
}

// Save is atomic: setItem replaces the whole value or fails.
func (w webStore) Save(p Prefs) (err error) {
	defer catch(&err)
	w.ls.Call("setItem", key, string(Encode(p)))
	return nil
}

// catch turns a JavaScript exception (a full or disabled storage) into an
// error.
func catch(err *error) {
	if r := recover(); r != nil {
		if e, ok := r.(js.Error); ok {
			*err = fmt.Errorf("browser storage: %s", e.Error())
			return
		}
		panic(r)
	}
}

//go:build js

package ui

import (
	"syscall/js"

	"bindingwords/game/i18n"
)

// deliver hands the HTML file to the browser as a download: a Blob, an
// object URL and a click on a hidden link. (Two downloads at once would
// make browsers ask for permission, so the browser build offers the HTML
// file only; it prints, and opens anywhere.)
func (e *export) deliver() (msg string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = jsError(r)
		}
	}()
	doc := js.Global().Get("document")
	data := js.Global().Get("Uint8Array").New(len(e.html))
	js.CopyBytesToJS(data, e.html)
	blob := js.Global().Get("Blob").New([]any{data}, map[string]any{"type": "text/html;charset=utf-8"})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", e.htmlName)
	a.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoke later: the download reads the URL after this returns.
	var revoke js.Func
	revoke = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	js.Global().Call("setTimeout", revoke, 60000)
	return i18n.T("export.downloaded", "file", e.htmlName), nil
}

type jsErr struct{ msg string }

func (e jsErr) Error() string { return e.msg }

func jsError(r any) error {
	if e, ok := r.(js.Error); ok {
		return jsErr{e.Error()}
	}
	return jsErr{"the browser refused the download"}
}

// saveWhere says where a save is kept: the browser's own storage.
func saveWhere(file string) string { return i18n.T("save.where.browser", "file", file) }

// savesFolder says where saves are kept: the browser's own storage.
func savesFolder() string { return i18n.T("save.folder.browser") }

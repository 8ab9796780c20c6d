//go:build js

package ui

import (
	"fmt"
	"syscall/js"

	"bindingwords/game/save"
)

// pickerInBrowser is true in the browser: "Open a scenario file…" opens
// the browser's own file chooser.
const pickerInBrowser = true

// browseScenarioFile opens the browser's file chooser for a scenario file
// and calls done with its name and bytes, or errPickCancelled when the
// chooser is closed without one. It makes a hidden <input type=file> and
// clicks it: the browser allows that for a short while after a key press
// or a click, which is what opened it. done runs on the browser's event
// loop, so it must only hand the answer over.
func browseScenarioFile(done func(name string, data []byte, err error)) {
	defer func() {
		if r := recover(); r != nil {
			done("", nil, jsError(r))
		}
	}()
	doc := js.Global().Get("document")
	in := doc.Call("createElement", "input")
	in.Set("type", "file")
	in.Set("accept", ".yaml,.yml,text/yaml,application/yaml,application/x-yaml")
	in.Set("id", "bw-scenario-file")
	in.Get("style").Set("display", "none")
	doc.Get("body").Call("appendChild", in)
	var onChange, onCancel js.Func
	finish := func(name string, data []byte, err error) {
		onChange.Release()
		onCancel.Release()
		in.Call("remove")
		done(name, data, err)
	}
	onChange = js.FuncOf(func(js.Value, []js.Value) any {
		files := in.Get("files")
		if files.IsNull() || files.Length() == 0 {
			finish("", nil, errPickCancelled)
			return nil
		}
		file := files.Index(0)
		name := file.Get("name").String()
		if size := file.Get("size").Int(); size > save.MaxScenarioSize {
			finish(name, nil, fmt.Errorf("%s is %d bytes; a scenario file may have at most %d", name, size, save.MaxScenarioSize))
			return nil
		}
		var ok, bad js.Func
		ok = js.FuncOf(func(_ js.Value, args []js.Value) any {
			arr := js.Global().Get("Uint8Array").New(args[0])
			data := make([]byte, arr.Get("length").Int())
			js.CopyBytesToGo(data, arr)
			ok.Release()
			bad.Release()
			finish(name, data, nil)
			return nil
		})
		bad = js.FuncOf(func(_ js.Value, args []js.Value) any {
			msg := "the browser could not read the file"
			if len(args) > 0 && args[0].Truthy() {
				msg = args[0].Call("toString").String()
			}
			ok.Release()
			bad.Release()
			finish(name, nil, fmt.Errorf("%s: %s", name, msg))
			return nil
		})
		file.Call("arrayBuffer").Call("then", ok, bad)
		return nil
	})
	onCancel = js.FuncOf(func(js.Value, []js.Value) any {
		finish("", nil, errPickCancelled)
		return nil
	})
	in.Call("addEventListener", "change", onChange)
	in.Call("addEventListener", "cancel", onCancel)
	in.Call("click")
}

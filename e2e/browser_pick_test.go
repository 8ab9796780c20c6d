package e2e

import (
	"bytes"
	"context"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"bindingwords/internal/browsertest"
	"bindingwords/scenarios"
)

// TestBrowserBuildOpensAScenarioFile builds the wasm version and, in
// headless Chromium, opens scenario files with the New game screen's
// picker by the keyboard: "Open a scenario file" opens the browser's own
// file chooser (intercepted here, and given a file as a person would pick
// one); a broken file shows check's messages (the vermillion error bars),
// "Choose another file" opens the chooser again, and a good file becomes
// the choice and plays: Start reaches its table.
func TestBrowserBuildOpensAScenarioFile(t *testing.T) {
	exe := browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("builds the wasm version")
	}
	bad, _ := filepath.Abs("../scenarios/testdata/bad/bad_ids.yaml")
	good, _ := filepath.Abs("../scenarios/testdata/good/minimal.yaml")
	dir := t.TempDir()
	build := exec.Command("bash", "scripts/build-web.sh", dir)
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build-web.sh: %v\n%s", err, out)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.WindowSize(1280, 720),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("ignore-gpu-blocklist", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()

	choosers := make(chan cdp.BackendNodeID, 4)
	var jsErrors []string
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *page.EventFileChooserOpened:
			choosers <- e.BackendNodeID
		case *runtime.EventExceptionThrown:
			jsErrors = append(jsErrors, e.ExceptionDetails.Error())
		}
	})
	pause := chromedp.Sleep(900 * time.Millisecond)
	key := func(k string) chromedp.Tasks { return chromedp.Tasks{chromedp.KeyEvent(k), pause} }
	click := func(x, y float64) chromedp.Tasks {
		return chromedp.Tasks{
			chromedp.MouseEvent(input.MouseMoved, x, y), chromedp.Sleep(100 * time.Millisecond),
			chromedp.MouseEvent(input.MousePressed, x, y, chromedp.Button("left"), chromedp.ClickCount(1)), chromedp.Sleep(100 * time.Millisecond),
			chromedp.MouseEvent(input.MouseReleased, x, y, chromedp.Button("left"), chromedp.ClickCount(1)), pause,
		}
	}
	// pick waits for the file chooser the game opened and gives it file.
	var shot func(name string) []byte
	pick := func(file string) {
		t.Helper()
		select {
		case node := <-choosers:
			if err := chromedp.Run(ctx, dom.SetFileInputFiles([]string{file}).WithBackendNodeID(node), chromedp.Sleep(2*time.Second)); err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			shot("browser-pick-nochooser.png")
			var inputs int
			_ = chromedp.Run(ctx, chromedp.Evaluate(`document.querySelectorAll("input[type=file]").length`, &inputs))
			t.Fatalf("the game did not open the browser's file chooser (%d file inputs in the page)", inputs)
		}
	}
	shot = func(name string) []byte {
		t.Helper()
		var b []byte
		if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&b)); err != nil {
			t.Fatal(err)
		}
		_ = os.WriteFile(filepath.Join(shotsDir(t), name), b, 0o644)
		return b
	}
	var started bool
	if err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 720),
		page.SetInterceptFileChooserDialog(true),
		chromedp.Navigate(srv.URL+"/index.html"),
		chromedp.Poll(`document.querySelector("canvas") !== null && document.getElementById("loading") === null`, &started,
			chromedp.WithPollingTimeout(3*time.Minute)),
		chromedp.Sleep(2*time.Second),
		// Focus the page; Enter opens New game, whose scenario row has
		// the focus; Enter opens the list.
		click(640, 600),
		key(kb.Enter), key(kb.Enter),
	); err != nil {
		t.Fatal(err)
	}
	// A screenshot between key presses also gives the headless page a
	// frame to draw: without one, a key press could fall between two of
	// the game's ticks.
	shot("browser-pick-list.png")
	// Down is held for a moment, as a hand does: a press and release
	// sent at once can fall between two of the game's ticks, and the
	// game never sees the key down (Enter also types a character, which
	// the game reads from the browser's queue).
	down := chromedp.Tasks{
		input.DispatchKeyEvent(input.KeyRawDown).WithKey("ArrowDown").WithCode("ArrowDown").WithWindowsVirtualKeyCode(40),
		chromedp.Sleep(150 * time.Millisecond),
		input.DispatchKeyEvent(input.KeyUp).WithKey("ArrowDown").WithCode("ArrowDown").WithWindowsVirtualKeyCode(40),
		pause,
	}
	// Past every built-in scenario to "Open a scenario file", the last
	// entry.
	for range scenarios.Builtin() {
		if err := chromedp.Run(ctx, down); err != nil {
			t.Fatal(err)
		}
		shot("browser-pick-list-file.png")
	}
	// Enter opens the file chooser.
	if err := chromedp.Run(ctx, key(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	pick(bad)
	img, err := png.Decode(bytes.NewReader(shot("browser-pick-broken.png")))
	if err != nil {
		t.Fatal(err)
	}
	// Check's messages, each error marked with a vermillion bar.
	if s := share(img, 0.02, 0.3, 0.06, 0.8, color.RGBA{0xe8, 0x76, 0x3a, 0xff}); s < 0.02 {
		t.Errorf("no error bars on the broken file's report (share %.3f)", s)
	}
	// "Choose another file" has the focus: Enter opens the chooser again.
	if err := chromedp.Run(ctx, key(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	pick(good)
	shot("browser-pick-opened.png")
	var left bool
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`document.getElementById("bw-scenario-file") !== null`, &left),
		// Start, bottom right, then through the briefing and the brief to
		// the table (one human delegation, so no pass screens).
		click(1280-32-130, 720-32-26),
		key(kb.Enter), key(kb.Enter), key(kb.Enter), key(kb.Enter),
		chromedp.Sleep(2*time.Second),
	); err != nil {
		t.Fatal(err)
	}
	if left {
		t.Error("the file input is still in the page after the file was read")
	}
	img, err = png.Decode(bytes.NewReader(shot("browser-pick-table.png")))
	if err != nil {
		t.Fatal(err)
	}
	if s := share(img, 0.35, 0.3, 0.6, 0.8, color.RGBA{0xfa, 0xf6, 0xec, 0xff}); s < 0.45 {
		t.Errorf("the opened file's game did not reach the table (paper share %.2f)", s)
	}
	for _, e := range jsErrors {
		t.Errorf("script error: %s", e)
	}
}

package e2e

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"bindingwords/internal/browsertest"
)

// TestBrowserBuildReachesTheTable builds the wasm version, loads it in
// headless Chromium and clicks and types through to the table, then
// checks the draft is on screen; then it reloads the page and checks
// Continue brings the game back from localStorage.
func TestBrowserBuildReachesTheTable(t *testing.T) {
	exe := browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("builds the wasm version")
	}
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
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	defer cancel()

	pause := chromedp.Sleep(900 * time.Millisecond)
	// click moves, presses and releases the mouse a moment apart, as a
	// hand does, so the game sees the button down for a frame.
	click := func(x, y float64) chromedp.Tasks {
		return chromedp.Tasks{
			chromedp.MouseEvent(input.MouseMoved, x, y), chromedp.Sleep(100 * time.Millisecond),
			chromedp.MouseEvent(input.MousePressed, x, y, chromedp.Button("left"), chromedp.ClickCount(1)), chromedp.Sleep(100 * time.Millisecond),
			chromedp.MouseEvent(input.MouseReleased, x, y, chromedp.Button("left"), chromedp.ClickCount(1)), pause,
		}
	}
	key := func(k string) chromedp.Tasks {
		return chromedp.Tasks{chromedp.KeyEvent(k), pause}
	}
	var started bool
	if err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 720),
		chromedp.Navigate(srv.URL+"/index.html"),
		chromedp.Poll(`document.querySelector("canvas") !== null && document.getElementById("loading") === null`, &started,
			chromedp.WithPollingTimeout(3*time.Minute)),
		chromedp.Sleep(2*time.Second),
		// Focus the page, then: Enter opens New game; a click on Start
		// (bottom right) starts with the default seats (the United States
		// human, the rest AI); Enter reads the briefing, Enter takes the
		// device for the US brief, Enter hides it, Enter takes the device
		// for the US turn at the table.
		click(640, 600),
		key(kb.Enter),
		click(1280-32-130, 720-32-26),
		key(kb.Enter), key(kb.Enter), key(kb.Enter), key(kb.Enter),
		chromedp.Sleep(2*time.Second),
	); err != nil {
		t.Fatal(err)
	}
	var shot []byte
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&shot)); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(shotsDir(t), "browser-table.png")
	_ = os.WriteFile(out, shot, 0o644)
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	// The table shows the draft on paper in the middle of the screen.
	if s := share(img, 0.35, 0.3, 0.6, 0.8, color.RGBA{0xfa, 0xf6, 0xec, 0xff}); s < 0.45 {
		t.Fatalf("the table's draft is not on screen (paper share %.2f); see %s", s, out)
	}

	// The game was autosaved in the browser's localStorage: reload the
	// page, as a closed tab or a new lesson would, and Continue (the
	// title's default with an autosave: Enter) takes the class back to the
	// table, behind the pass screen of the delegation whose turn it is.
	var saved bool
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`localStorage.getItem("bindingwords/saves/autosave.bws") !== null`, &saved),
	); err != nil {
		t.Fatal(err)
	}
	if !saved {
		t.Fatal("no autosave in localStorage after the game started")
	}
	if err := chromedp.Run(ctx,
		chromedp.Reload(),
		chromedp.Poll(`document.querySelector("canvas") !== null && document.getElementById("loading") === null`, &started,
			chromedp.WithPollingTimeout(3*time.Minute)),
		chromedp.Sleep(2*time.Second),
		click(1270, 360),
		key(kb.Enter), key(kb.Enter),
		chromedp.Sleep(2*time.Second),
		chromedp.CaptureScreenshot(&shot),
	); err != nil {
		t.Fatal(err)
	}
	out = filepath.Join(shotsDir(t), "browser-continue.png")
	_ = os.WriteFile(out, shot, 0o644)
	img, err = png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	if s := share(img, 0.35, 0.3, 0.6, 0.8, color.RGBA{0xfa, 0xf6, 0xec, 0xff}); s < 0.45 {
		t.Fatalf("after a reload, Continue did not bring back the table (paper share %.2f); see %s", s, out)
	}
}

// share is the fraction of pixels near c in a box given as fractions of
// the image's size.
func share(img image.Image, x0, y0, x1, y1 float64, c color.RGBA) float64 {
	b := img.Bounds()
	n, hit := 0, 0
	for y := int(y0 * float64(b.Dy())); y < int(y1*float64(b.Dy())); y += 3 {
		for x := int(x0 * float64(b.Dx())); x < int(x1*float64(b.Dx())); x += 3 {
			r, g, bb, _ := img.At(x, y).RGBA()
			n++
			if absDiff(r>>8, c.R) <= 6 && absDiff(g>>8, c.G) <= 6 && absDiff(bb>>8, c.B) <= 6 {
				hit++
			}
		}
	}
	return float64(hit) / float64(max(n, 1))
}

func absDiff(a uint32, b uint8) int { return max(int(a)-int(b), int(b)-int(a)) }

package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"bindingwords/internal/browsertest"
	"bindingwords/web/serve"
)

// TestBrowserBuildServedCompressed builds the browser version as a teacher
// would (scripts/build-web.sh) and serves it the ways a class may meet
// it: with serve-web (the precompressed copy, Content-Encoding: gzip),
// with a static server that sends it as it is (python3 -m http.server),
// and with one that compresses on the fly (a web server with gzip on).
// It checks the headers and the bytes that cross the wire, that the same
// index.html starts the game in every case, that the loading page shows
// its bar and the bytes so far on a slow network, and that it says
// plainly what is wrong when the browser lacks WebAssembly or the game
// is missing. It logs the bytes each device downloads and the time to the
// first frame, and saves screenshots of the loading page, the first
// frame and the failure page.
func TestBrowserBuildServedCompressed(t *testing.T) {
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
	plain, gz, err := serve.Sizes(dir, "bindingwords.wasm")
	if err != nil || gz == 0 {
		t.Fatalf("build-web.sh wrote no gzip copy of the game: %v", err)
	}
	t.Logf("bindingwords.wasm: %d bytes, %d gzipped (%.0f%%)", plain, gz, 100*float64(gz)/float64(plain))

	h, err := serve.Handler(dir)
	if err != nil {
		t.Fatal(err)
	}
	var wire, wireStatic, wireOnTheFly atomic.Int64
	compressed := httptest.NewServer(counting(h, &wire))
	defer compressed.Close()
	static := httptest.NewServer(counting(http.FileServer(http.Dir(dir)), &wireStatic))
	defer static.Close()
	onTheFly := httptest.NewServer(counting(gzipOnTheFly(http.FileServer(http.Dir(dir))), &wireOnTheFly))
	defer onTheFly.Close()

	t.Run("headers", func(t *testing.T) {
		resp := get(t, compressed.URL+"/bindingwords.wasm", "gzip, deflate, br")
		if resp.Header.Get("Content-Encoding") != "gzip" || resp.Header.Get("Content-Type") != "application/wasm" ||
			resp.Header.Get("Content-Length") != strconv.FormatInt(gz, 10) || !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Fatalf("the game is not sent compressed: %v", resp.Header)
		}
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		want, _ := os.ReadFile(filepath.Join(dir, "bindingwords.wasm"))
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("the compressed copy does not unpack to the game (%d bytes, want %d): %v", len(got), len(want), err)
		}
		resp = get(t, compressed.URL+"/bindingwords.wasm", "identity")
		if resp.Header.Get("Content-Encoding") != "" || resp.Header.Get("Content-Length") != strconv.FormatInt(plain, 10) {
			t.Fatalf("a browser without gzip does not get the plain game: %v", resp.Header)
		}
	})

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
	browser, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	if err := chromedp.Run(browser); err != nil {
		t.Fatal(err)
	}
	shots := shotsDir(t)

	// tab opens a fresh tab with the cache off, so every load downloads.
	// Closing it (close, also called when the test ends) stops its game,
	// which would take the machine's time from the next measurement.
	tabClose := func(t *testing.T, w, h int64) (ctx context.Context, close func()) {
		ctx, closeTab := chromedp.NewContext(browser)
		t.Cleanup(closeTab)
		ctx, cancel := context.WithTimeout(ctx, 4*time.Minute)
		t.Cleanup(cancel)
		if err := chromedp.Run(ctx, network.Enable(), network.SetCacheDisabled(true), chromedp.EmulateViewport(w, h)); err != nil {
			t.Fatal(err)
		}
		return ctx, closeTab
	}
	tab := func(t *testing.T, w, h int64) context.Context {
		ctx, _ := tabClose(t, w, h)
		return ctx
	}
	// firstFrame loads url and returns the milliseconds from navigation to
	// the second animation frame after the game's canvas replaced the
	// loading page: by then the game has drawn its first frame.
	firstFrame := func(t *testing.T, ctx context.Context, url string) float64 {
		var ms float64
		if err := chromedp.Run(ctx,
			chromedp.Navigate(url),
			chromedp.Evaluate(`new Promise((done) => {
				const wait = () => {
					if (document.querySelector("canvas") && !document.getElementById("loading"))
						requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
					else if (!document.getElementById("failure").hidden) done(-1);
					else setTimeout(wait, 10);
				};
				wait();
			})`, &ms, awaitPromise),
		); err != nil {
			t.Fatal(err)
		}
		var shown bool
		if err := chromedp.Run(ctx, chromedp.Evaluate(`getComputedStyle(document.getElementById("failure")).display !== "none"`, &shown)); err != nil {
			t.Fatal(err)
		}
		if shown && ms >= 0 {
			t.Fatal("the hidden failure page is drawn over the game")
		}
		if ms < 0 {
			var msg string
			_ = chromedp.Run(ctx, chromedp.Text("#failure", &msg, chromedp.ByQuery))
			t.Fatalf("the game did not start from %s: %s", url, msg)
		}
		return ms
	}
	marks := func(t *testing.T, ctx context.Context) string {
		var s string
		if err := chromedp.Run(ctx, chromedp.Evaluate(`performance.getEntriesByType("mark").map((m) => m.name.replace("bw-", "") + " " + Math.round(m.startTime) + " ms").join(", ")`, &s)); err != nil {
			t.Fatal(err)
		}
		return s
	}

	for _, c := range []struct {
		name string
		url  string
		wire *atomic.Int64
	}{
		{"serve-web (precompressed)", compressed.URL, &wire},
		{"static server, no compression", static.URL, &wireStatic},
		{"server compressing on the fly", onTheFly.URL, &wireOnTheFly},
	} {
		t.Run("loads/"+c.name, func(t *testing.T) {
			ctx, closeTab := tabClose(t, 1280, 720)
			c.wire.Store(0)
			ms := firstFrame(t, ctx, c.url+"/")
			t.Logf("%s: %d bytes over the wire, first frame after %.0f ms on loopback (%s)", c.name, c.wire.Load(), ms, marks(t, ctx))
			if c.wire == &wire && c.wire.Load() > gz+64<<10 {
				t.Fatalf("serve-web sent %d bytes for a %d-byte compressed game", c.wire.Load(), gz)
			}
			if c.wire == &wire {
				var shot []byte
				if err := chromedp.Run(ctx, chromedp.Sleep(time.Second), chromedp.CaptureScreenshot(&shot)); err != nil {
					t.Fatal(err)
				}
				// Before another tab opens: a tab in the background draws no
				// frames to capture.
				_ = os.WriteFile(filepath.Join(shots, "browser-first-frame.png"), shot, 0o644)
			}
			closeTab()
			if c.wire != &wireOnTheFly {
				// The same at 2 MB/s (16 Mbit/s), a device's share of
				// a school Wi-Fi when the class opens the game at once.
				slow := tab(t, 1280, 720)
				if err := chromedp.Run(slow, network.EmulateNetworkConditions(false, 20, 2e6, 1e6)); err != nil {
					t.Fatal(err)
				}
				t.Logf("%s at 2 MB/s: first frame after %.0f ms", c.name, firstFrame(t, slow, c.url+"/"))
			}
		})
	}

	// On a slow network (2 MB/s, a device's share of a busy school Wi-Fi)
	// the loading page shows the bar, the megabytes so far of the total
	// and what is happening, at a phone's size and a projector's.
	for _, size := range []struct {
		name string
		w, h int64
	}{{"projector", 1280, 720}, {"phone", 390, 844}} {
		t.Run("progress/"+size.name, func(t *testing.T) {
			ctx := tab(t, size.w, size.h)
			var value float64
			var stage, amount string
			if err := chromedp.Run(ctx,
				network.EmulateNetworkConditions(false, 20, 2e6, 1e6),
				chromedp.Navigate(compressed.URL+"/"),
				chromedp.Poll(`document.getElementById("bar") && document.getElementById("bar").value > 0.25`, nil,
					chromedp.WithPollingTimeout(time.Minute)),
				chromedp.Evaluate(`document.getElementById("bar").value`, &value),
				chromedp.Text("#stage", &stage, chromedp.ByQuery),
				chromedp.Text("#amount", &amount, chromedp.ByQuery),
			); err != nil {
				t.Fatal(err)
			}
			var shot []byte
			if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&shot)); err != nil {
				t.Fatal(err)
			}
			_ = os.WriteFile(filepath.Join(shots, "browser-loading-"+size.name+".png"), shot, 0o644)
			total := strconv.FormatFloat(float64(gz)/1e6, 'f', 1, 64)
			if stage != "Downloading the game…" || !regexp.MustCompile(`^\d+\.\d of `+regexp.QuoteMeta(total)+` MB \(\d+%\)$`).MatchString(amount) || value >= 1 {
				t.Fatalf("the loading page reads %q / %q at %.2f; want the download, its megabytes of %s and a share", stage, amount, value, total)
			}
			t.Logf("loading page at %.0f%%: %q, %q", value*100, stage, amount)
			// Once downloaded, the page says the game is starting, and
			// stays until the game's canvas is there: no blank seconds.
			var order string
			if err := chromedp.Run(ctx,
				chromedp.Poll(`document.querySelector("canvas") !== null && document.getElementById("loading") === null`, nil,
					chromedp.WithPollingTimeout(2*time.Minute)),
				chromedp.Evaluate(`performance.getEntriesByType("mark").map((m) => m.name.replace("bw-", "")).join(",")`, &order),
			); err != nil {
				t.Fatal(err)
			}
			if order != "start,response,downloaded,compiled,starting,run,canvas" {
				t.Fatalf("the loading page went through %s", order)
			}
		})
	}

	// failure loads url in a fresh tab (with script run before the page's
	// own) and returns the failure page's title and text.
	failure := func(t *testing.T, url, script, shot string) (title, text string) {
		ctx := tab(t, 1280, 720)
		var png []byte
		var hidden bool
		if err := chromedp.Run(ctx,
			chromedp.ActionFunc(func(ctx context.Context) error {
				if script == "" {
					return nil
				}
				_, err := page.AddScriptToEvaluateOnNewDocument(script).Do(ctx)
				return err
			}),
			chromedp.Navigate(url),
			chromedp.Poll(`!document.getElementById("failure").hidden`, nil, chromedp.WithPollingTimeout(time.Minute)),
			chromedp.Text("#failure-title", &title, chromedp.ByQuery),
			chromedp.Text("#failure-text", &text, chromedp.ByQuery),
			chromedp.Evaluate(`document.getElementById("loading") !== null`, &hidden),
			chromedp.CaptureScreenshot(&png),
		); err != nil {
			t.Fatal(err)
		}
		if hidden {
			t.Fatal("the loading page stays under the failure message")
		}
		_ = os.WriteFile(filepath.Join(shots, shot), png, 0o644)
		return title, text
	}
	t.Run("no WebAssembly", func(t *testing.T) {
		title, text := failure(t, compressed.URL+"/", "delete window.WebAssembly;", "browser-no-wasm.png")
		if title != "This browser cannot run the game" || !strings.Contains(text, "WebAssembly") {
			t.Fatalf("without WebAssembly the page says %q: %q", title, text)
		}
	})
	t.Run("game missing", func(t *testing.T) {
		missing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, ".wasm") {
				http.NotFound(w, r)
				return
			}
			h.ServeHTTP(w, r)
		}))
		defer missing.Close()
		title, text := failure(t, missing.URL+"/", "", "browser-missing.png")
		if title != "The game is not on this server" || !strings.Contains(text, "build-web.sh") {
			t.Fatalf("with the game missing the page says %q: %q", title, text)
		}
	})
}

var awaitPromise = func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// get fetches url asking for the encodings accept, as a browser would.
func get(t *testing.T, url, accept string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", accept)
	// The transport must not ask for gzip and unpack it on its own.
	resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %s", url, resp.Status)
	}
	return resp
}

// counting adds the bytes of every answer's body to n: what crossed the
// wire, compressed or not (headers aside).
func counting(h http.Handler, n *atomic.Int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(&countingWriter{ResponseWriter: w, n: n}, r)
	})
}

type countingWriter struct {
	http.ResponseWriter
	n *atomic.Int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.ResponseWriter.Write(b)
	c.n.Add(int64(n))
	return n, err
}

// gzipOnTheFly compresses every answer as it goes, as a web server with
// gzip switched on does: no Content-Length, the length unknown until the
// end.
func gzipOnTheFly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !serve.AcceptsGzip(r.Header.Get("Accept-Encoding")) {
			h.ServeHTTP(w, r)
			return
		}
		r.Header.Del("Range")
		w.Header().Set("Content-Encoding", "gzip")
		zw, _ := gzip.NewWriterLevel(w, gzip.DefaultCompression)
		defer zw.Close()
		h.ServeHTTP(&gzipWriter{ResponseWriter: w, zw: zw}, r)
	})
}

type gzipWriter struct {
	http.ResponseWriter
	zw *gzip.Writer
}

func (g *gzipWriter) WriteHeader(code int) {
	g.Header().Del("Content-Length")
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	g.Header().Del("Content-Length")
	return g.zw.Write(b)
}

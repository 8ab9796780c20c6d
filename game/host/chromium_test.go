package host_test

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bindingwords/internal/browsertest"
)

// startChromium starts the headless Chromium at exe that a team page test
// opens its pages in, with a profile folder of its own, and returns the
// browser's context, bounded by within. The browser closes when the test
// ends, after the test's own deferred calls and before its profile folder
// and host (made earlier) are removed and closed.
func startChromium(t *testing.T, exe string, within time.Duration) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		// Several tabs play at once; none may be slowed for being behind.
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.UserDataDir(browsertest.Profile(t)),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(actx)
	browser, cancelTime := context.WithTimeout(browser, within)
	t.Cleanup(func() {
		cancelTime()
		cancelBrowser()
		cancelAlloc()
	})
	if err := chromedp.Run(browser); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return browser
}

package report

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"bindingwords/internal/browsertest"
)

// The paper sizes the files must print on, in inches.
var papers = []struct {
	name          string
	width, height float64
}{{"A4", 8.27, 11.69}, {"Letter", 8.5, 11}}

var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// TestPrintInChromium opens the exported debrief and every handout in
// headless Chromium from file:// URLs, fails on any request other than
// the file itself, checks the page rendered its heading, and prints it to
// PDF on A4 and Letter with a sane number of pages. With -keep DIR the
// PDFs are kept to look at (pdftoppm -png -r 60 turns them into images).
func TestPrintInChromium(t *testing.T) {
	exe := browsertest.Chromium(t)
	dir := t.TempDir()
	type doc struct {
		file     string
		heading  string
		maxPages int
	}
	var docs []doc
	write := func(name string, data []byte, heading string, maxPages int) {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{path, heading, maxPages})
	}
	l := loadFixture(t, "v2/berlin-over.bws")
	d := Build(l.Scenario, l.Game, l.Seats)
	h, err := HTML(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	write("debrief.html", h, d.Title, 40)
	hs, err := Handouts(l.Scenario, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := len(l.Scenario.Parties)
	for i, x := range hs {
		heading, pages := l.Scenario.Title, 12
		switch {
		case i < n:
			heading = l.Scenario.Parties[i].Name
		case i < 2*n:
			// The summary for the table is one page, as it promises.
			heading, pages = l.Scenario.Parties[i-n].Name, 1
		case x.File == "teacher-guide.html":
			pages = 24
		}
		write(x.File, x.HTML, heading, pages)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.Headless,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(browsertest.Profile(t)),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 3*time.Minute)
	defer cancel()
	if err := chromedp.Run(bctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	// A canary that does reach out shows the listener would catch it.
	canary := filepath.Join(dir, "canary.html")
	os.WriteFile(canary, []byte(`<!DOCTYPE html><h1>canary</h1><img src="http://127.0.0.1:9/x.png">`), 0o644)
	docs = append(docs, doc{canary, "canary", 1})
	for _, dc := range docs {
		t.Run(filepath.Base(dc.file), func(t *testing.T) {
			ctx, cancel := chromedp.NewContext(bctx)
			defer cancel()
			url := "file://" + dc.file
			var mu sync.Mutex
			var requests []string
			chromedp.ListenTarget(ctx, func(ev any) {
				if e, ok := ev.(*network.EventRequestWillBeSent); ok {
					mu.Lock()
					requests = append(requests, e.Request.URL)
					mu.Unlock()
				}
			})
			var heading string
			if err := chromedp.Run(ctx,
				network.Enable(),
				chromedp.Navigate(url),
				chromedp.WaitReady("body"),
				chromedp.Text("h1", &heading, chromedp.ByQuery),
			); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(heading, dc.heading) {
				t.Errorf("the heading reads %q, want %q", heading, dc.heading)
			}
			for _, p := range papers {
				var pdf []byte
				if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
					var err error
					pdf, _, err = page.PrintToPDF().WithPaperWidth(p.width).WithPaperHeight(p.height).Do(ctx)
					return err
				})); err != nil {
					t.Fatal(err)
				}
				n := len(pdfPage.FindAll(pdf, -1))
				if n < 1 || n > dc.maxPages {
					t.Errorf("%s: %d pages, want 1 to %d", p.name, n, dc.maxPages)
				}
				t.Logf("%s: %d pages", p.name, n)
				if *keep != "" {
					name := strings.TrimSuffix(filepath.Base(dc.file), ".html") + "-" + p.name + ".pdf"
					if err := os.WriteFile(filepath.Join(*keep, name), pdf, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			mu.Lock()
			defer mu.Unlock()
			if dc.file == canary {
				if !slices.Contains(requests, "http://127.0.0.1:9/x.png") {
					t.Errorf("the listener missed the canary's request: %v", requests)
				}
				return
			}
			for _, r := range requests {
				if r != url && !strings.HasPrefix(r, "data:") {
					t.Errorf("the page requested %s: an exported file must need nothing outside itself", r)
				}
			}
			if len(requests) == 0 {
				t.Error("no request seen at all: is the network listener working?")
			}
		})
	}
}

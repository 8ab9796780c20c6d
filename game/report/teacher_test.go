package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"bindingwords/internal/browsertest"
)

// A report of a game not yet over shows every delegation's reservation
// and what the draft is worth to each: it is a teacher's copy, and says
// so in every output; a finished game's debrief is not marked.
func TestTeacherCopyIsMarked(t *testing.T) {
	notice := T("teacher.notice")
	for _, c := range []struct {
		fixture string
		marked  bool
	}{{"v2/berlin-round3.bws", true}, {"v2/berlin-over.bws", false}} {
		l := loadFixture(t, c.fixture)
		d := Build(l.Scenario, l.Game, l.Seats)
		if d.TeacherCopy() != c.marked {
			t.Fatalf("%s: TeacherCopy() = %v", c.fixture, d.TeacherCopy())
		}
		h, _ := HTML(d, Options{})
		md := Markdown(d)
		for _, o := range []struct {
			name    string
			data    []byte
			marks   []string
			atLeast int
		}{
			{"HTML", h, []string{esc(notice), "@top-center", cssString(T("teacher.header")), "<title>Teacher&#39;s copy"}, 2},
			{"Markdown", md, []string{"> **" + mdText(notice) + "**", "# " + mdText(T("teacher.title", "title", ""))}, 3},
		} {
			for _, m := range o.marks {
				if got := bytes.Contains(o.data, []byte(m)); got != c.marked {
					t.Errorf("%s, %s: has %q: %v, want %v", c.fixture, o.name, m, got, c.marked)
				}
			}
			if n := bytes.Count(o.data, []byte(mdText(notice))) + bytes.Count(o.data, []byte(esc(notice))); c.marked && n < o.atLeast {
				t.Errorf("%s, %s: the notice is there %d times, want at least %d (start, end)", c.fixture, o.name, n, o.atLeast)
			}
		}
	}
}

// TestTeacherCopyPrintsItsWarningOnEveryPage prints the teacher's copy
// in headless Chromium on A4 and Letter and reads each page's text back
// (pdftotext): every page carries the warning in its top margin. The
// finished game's debrief, printed the same way, carries it on none,
// which shows the check can fail. With -keep DIR the PDFs are kept
// (pdftoppm -png -r 60 -f 2 -l 2 turns a page into an image).
func TestTeacherCopyPrintsItsWarningOnEveryPage(t *testing.T) {
	exe := browsertest.Chromium(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("no pdftotext (poppler-utils) to read the printed pages back")
	}
	dir := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(browsertest.Profile(t)))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 2*time.Minute)
	defer cancel()
	header := "TEACHER'S COPY"
	for _, c := range []struct {
		fixture string
		marked  bool
	}{{"v2/berlin-round3.bws", true}, {"v2/berlin-over.bws", false}} {
		l := loadFixture(t, c.fixture)
		h, _ := HTML(Build(l.Scenario, l.Game, l.Seats), Options{})
		name := strings.TrimSuffix(filepath.Base(c.fixture), ".bws")
		file := filepath.Join(dir, name+".html")
		if err := os.WriteFile(file, h, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, p := range papers {
			var pdf []byte
			if err := chromedp.Run(bctx, chromedp.Navigate("file://"+file), chromedp.WaitReady("body"),
				chromedp.ActionFunc(func(ctx context.Context) error {
					var err error
					pdf, _, err = page.PrintToPDF().WithPaperWidth(p.width).WithPaperHeight(p.height).Do(ctx)
					return err
				})); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, name+"-"+p.name+".pdf")
			if *keep != "" {
				path = filepath.Join(*keep, name+"-"+p.name+".pdf")
			}
			if err := os.WriteFile(path, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			n := len(pdfPage.FindAll(pdf, -1))
			if n < 2 {
				t.Fatalf("%s, %s: %d pages: too few to show the warning repeats", name, p.name, n)
			}
			for i := 1; i <= n; i++ {
				out, err := exec.Command("pdftotext", "-layout", "-f", strconv.Itoa(i), "-l", strconv.Itoa(i), path, "-").Output()
				if err != nil {
					t.Fatalf("pdftotext: %v", err)
				}
				// pdftotext may give the apostrophe as typeset.
				text := strings.ReplaceAll(string(out), "’", "'")
				if got := strings.Contains(text, header); got != c.marked {
					t.Errorf("%s, %s, page %d of %d: the warning is there: %v, want %v", name, p.name, i, n, got, c.marked)
				}
			}
			t.Logf("%s, %s: %d pages checked", name, p.name, n)
		}
	}
}

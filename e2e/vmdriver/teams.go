package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// teams are the class's devices in the class run: one headless Chromium,
// a browser profile for each team (its own storage, as on its own
// device), each on the team page the host serves.
type teams struct {
	cancel  []context.CancelFunc
	browser context.Context
	pages   []*team
	profile string
}

// A team is one team's browser tab.
type team struct {
	name  string
	party string
	tab   context.Context
}

// openTeams starts Chromium. The class run needs it as the e2e test does;
// scripts/test.sh installs it.
func openTeams() (*teams, error) {
	exe := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		return nil, errors.New("no Chromium to play the teams: install it (scripts/test.sh does)")
	}
	dir, err := os.MkdirTemp("", "bindingwords-class-chromium-")
	if err != nil {
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
		chromedp.UserDataDir(dir))
	ts := &teams{profile: dir}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ts.cancel = append(ts.cancel, cancel)
	b, cancel := chromedp.NewContext(actx)
	ts.cancel = append(ts.cancel, cancel)
	b, cancel = context.WithTimeout(b, 10*time.Minute)
	ts.cancel = append(ts.cancel, cancel)
	ts.browser = b
	if err := chromedp.Run(b); err != nil {
		ts.close()
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	return ts, nil
}

func (ts *teams) close() {
	for i := len(ts.cancel) - 1; i >= 0; i-- {
		ts.cancel[i]()
	}
	for range 50 {
		if os.RemoveAll(ts.profile) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// join opens the address a team read off the projector in a profile of
// its own, picks a delegation and types the team's name.
func (ts *teams) join(url, party, name string) (*team, error) {
	var id cdp.BrowserContextID
	err := chromedp.Run(ts.browser, chromedp.ActionFunc(func(ctx context.Context) error {
		exec := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
		var err error
		if id, err = target.CreateBrowserContext().Do(exec); err != nil {
			return err
		}
		_, err = target.CreateTarget("about:blank").WithBrowserContextID(id).WithNewWindow(true).Do(exec)
		return err
	}))
	if err != nil {
		return nil, fmt.Errorf("a browser profile for %s: %w", name, err)
	}
	tab, cancel := chromedp.NewContext(ts.browser, chromedp.WithExistingBrowserContext(id))
	ts.cancel = append(ts.cancel, cancel)
	t := &team{name: name, party: party, tab: tab}
	// The first run on the tab's own context opens the tab; one on a
	// context with a deadline would close it again when cancelled.
	if err := chromedp.Run(tab); err != nil {
		return nil, fmt.Errorf("a tab for %s: %w", name, err)
	}
	ctx, cancel := context.WithTimeout(tab, 30*time.Second)
	defer cancel()
	err = chromedp.Run(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(url),
		chromedp.WaitVisible(`button[data-party="`+party+`"]`, chromedp.ByQuery),
		chromedp.Click(`button[data-party="`+party+`"]`, chromedp.ByQuery),
		chromedp.SendKeys(`#team`, name, chromedp.ByID),
		chromedp.Click(`#j-go`, chromedp.ByID),
		chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
	if err != nil {
		return nil, fmt.Errorf("%s joining as %s: %w", name, party, err)
	}
	ts.pages = append(ts.pages, t)
	return t, nil
}

func (t *team) eval(js string, out any) error {
	ctx, cancel := context.WithTimeout(t.tab, 10*time.Second)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate(js, out))
}

// teamMove names the control the team's simple policy clicks now, "over"
// at the end, or "" while the table waits for someone else: vote yes,
// pass at the table, no comment, sign when it may and decline otherwise.
const teamMove = `(function () {
  var r = document.getElementById('result');
  if (r && !r.hidden) return 'over';
  function on(id) { var e = document.getElementById(id); return e && !e.disabled && e.offsetParent !== null ? id : ''; }
  return on('vote-yes') || on('pass') || on('press-go') || on('sign') || on('decline') || '';
})()`

// move makes the team's next move by its simple policy and reports what
// it clicked ("" when it had nothing to do).
func (t *team) move() (string, error) {
	var ctl string
	if err := t.eval(teamMove, &ctl); err != nil {
		return "", fmt.Errorf("%s: %w", t.name, err)
	}
	if ctl == "" || ctl == "over" {
		return ctl, nil
	}
	var ok bool
	err := t.eval(`(function(){var e=document.getElementById('`+ctl+`'); if(!e||e.disabled) return false; e.click(); return true;})()`, &ok)
	if err != nil {
		return "", fmt.Errorf("%s clicking %s: %w", t.name, ctl, err)
	}
	if !ok {
		return "", nil
	}
	return ctl, nil
}

// table proposes new wording for the first clause the team may change,
// with the page's own controls, and tables it.
func (t *team) table() error {
	var ok bool
	err := t.eval(`(function(){
	  var sel = document.getElementById('clause'); if (!sel) return false;
	  for (var i = 0; i < sel.options.length; i++) {
	    if (+sel.options[i].value < 0) continue;
	    sel.value = sel.options[i].value; sel.dispatchEvent(new Event('change'));
	    var r = document.querySelector('#m-opts .opt:not(.cur) input[type=radio]:not([disabled])');
	    if (r) { r.click(); r.dispatchEvent(new Event('change')); break; }
	  }
	  var b = document.getElementById('table'); if (!b || b.disabled) return false;
	  b.click(); return true;
	})()`, &ok)
	if err != nil {
		return fmt.Errorf("%s tabling: %w", t.name, err)
	}
	if !ok {
		return fmt.Errorf("%s could not table an amendment: no clause to change, or no Table button", t.name)
	}
	return nil
}

// text is what the team's page says, folded to single spaces.
func (t *team) text() string {
	var s string
	if t.eval(`document.body.innerText`, &s) != nil {
		return ""
	}
	return strings.Join(strings.Fields(s), " ")
}

// shot saves what the team's phone shows.
func (t *team) shot(name string) error {
	var png []byte
	ctx, cancel := context.WithTimeout(t.tab, 10*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx, chromedp.CaptureScreenshot(&png)); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(*outDir, *prefix+name+".png"), png, 0o644)
}

package host_test

import (
	"bytes"
	"compress/flate"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/internal/browsertest"
	"bindingwords/scenarios"
)

var shots = flag.String("shots", "", "write the team page's screenshots (team-*.png, 390×844 and 1366×768) into this folder")

// pageBudget is the most a team device may download on joining (the
// design's quality bar): page, script, style, scenario and first view.
const pageBudget = 150 << 10

// A teamPage is one team's browser: its own profile (a browser context,
// so its own localStorage) and the tab it plays in, which the test may
// close and open again.
type teamPage struct {
	id    string
	party int
	w, h  int64
	// browser is Chromium; profile the team's browser context, which a
	// window of its own keeps open while the playing tab is closed; tab
	// is the playing tab.
	browser context.Context
	profile cdp.BrowserContextID
	tab     context.Context
	close   context.CancelFunc

	mu     sync.Mutex
	errors []string
	// Transfer, measured on the first tab only.
	bytes    float64
	requests int
	urls     []string
	full     string
	deflate  string // the socket's compression, as negotiated
}

// goodScenario loads a scenario file of scenarios/testdata/good.
func goodScenario(t *testing.T, name string) *rules.Scenario {
	t.Helper()
	sc, _, err := scenarios.Open("../../scenarios/testdata/good/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// phonePage opens the room of srv in a new Chromium profile at a phone's
// size (390×844), as the device of delegation id (party; -1 and any id
// for a spectator) before it joins.
func phonePage(t *testing.T, exe string, srv *server, id string, party int) *teamPage {
	t.Helper()
	browser := startChromium(t, exe, 2*time.Minute)
	p := &teamPage{id: id, party: party, w: 390, h: 844, browser: browser, profile: newProfile(t, browser)}
	p.open(t, srv.base+"/?room="+strings.ToLower(srv.room), false)
	return p
}

// noPageErrors fails the test if a script error was thrown on the page.
func (p *teamPage) noPageErrors(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.errors) > 0 {
		t.Errorf("page errors: %v", p.errors)
	}
}

func (p *teamPage) open(t *testing.T, url string, measure bool) {
	t.Helper()
	p.tab, p.close = chromedp.NewContext(p.browser, chromedp.WithExistingBrowserContext(p.profile))
	chromedp.ListenTarget(p.tab, func(ev any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			p.errors = append(p.errors, e.ExceptionDetails.Error())
		case *network.EventResponseReceived:
			p.urls = append(p.urls, e.Response.URL)
		case *network.EventLoadingFinished:
			p.bytes += e.EncodedDataLength
			p.requests++
		case *network.EventWebSocketHandshakeResponseReceived:
			for k, v := range e.Response.Headers {
				if strings.EqualFold(k, "Sec-WebSocket-Extensions") {
					p.deflate = fmt.Sprint(v)
				}
			}
		case *network.EventWebSocketFrameReceived:
			if p.full == "" && strings.Contains(e.Response.PayloadData, `"t":"full"`) {
				p.full = e.Response.PayloadData
			}
		}
	})
	acts := []chromedp.Action{chromedp.EmulateViewport(p.w, p.h)}
	if measure {
		acts = append(acts, network.Enable(), network.SetCacheDisabled(true))
	}
	acts = append(acts, chromedp.Navigate(url))
	if err := chromedp.Run(p.tab, acts...); err != nil {
		t.Fatalf("%s: opening the page: %v", p.id, err)
	}
}

func (p *teamPage) run(t *testing.T, acts ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(p.tab, acts...); err != nil {
		t.Fatalf("%s: %v", p.id, err)
	}
}

func (p *teamPage) eval(t *testing.T, js string, out any) {
	t.Helper()
	p.run(t, chromedp.Evaluate(js, out))
}

// text is the whole text of the page, hidden parts included, with its
// white space folded.
func (p *teamPage) text(t *testing.T) string {
	var s string
	p.eval(t, `document.documentElement.textContent`, &s)
	return strings.Join(strings.Fields(s), " ")
}

// nextMove names the control the test's simple policy clicks now, "over"
// at the end, or "" when the table waits for someone else: vote yes,
// pass at the table, no comment, sign when allowed and decline otherwise.
const nextMove = `(function () {
  if (!document.getElementById('result').hidden) return 'over';
  function on(id) { var e = document.getElementById(id); return e && !e.disabled ? id : ''; }
  return on('vote-yes') || on('pass') || on('press-go') || on('sign') || on('decline') || '';
})()`

// shot saves what a phone and a Chromebook show of the page, scrolled to
// the element sel, as docs/screenshots/team-NAME-WIDTH.png.
func (p *teamPage) shot(t *testing.T, name, sel string) {
	if *shots == "" {
		return
	}
	for _, size := range [][2]int64{{390, 844}, {1366, 768}} {
		var png []byte
		p.run(t, chromedp.EmulateViewport(size[0], size[1]),
			chromedp.Evaluate(`(function(){var e=document.querySelector(`+jsString(sel)+`); if(e) e.scrollIntoView(); window.scrollBy(0, -70);})()`, nil),
			chromedp.Sleep(150*time.Millisecond),
			chromedp.CaptureScreenshot(&png))
		file := filepath.Join(*shots, fmt.Sprintf("team-%s-%d.png", name, size[0]))
		if err := os.WriteFile(file, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p.run(t, chromedp.EmulateViewport(p.w, p.h))
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// TestTeamPageInChromium plays a whole game of the Berlin scenario from
// five team pages in Chromium, by clicking their controls: five human
// delegations, one AI, one left out. On the way it closes one team's tab
// mid-round and opens the page again, which must keep the seat and catch
// up; it checks no page ever shows another delegation's brief, that the
// teacher's pause shows, and that joining stays within the transfer
// budget. With -shots DIR it saves the screenshots of docs/team-page.md.
func TestTeamPageInChromium(t *testing.T) {
	exe := browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("plays a whole game in a browser")
	}
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	humans := []string{"us", "ukraine", "germany", "france", "poland"}
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p := range kinds {
		switch sc.Parties[p].ID {
		case "uk":
			kinds[p] = match.AISeat(match.DefaultLevel)
		case "italy":
			kinds[p] = match.OutSeat()
		default:
			kinds[p] = match.HumanSeat()
		}
	}
	addr, code, h := serve(t, kinds, 11)
	table, _ := h.Table(code)
	// A round timer, so that the pages count down.
	if err := table.Do(func(m *match.Match) { m.SetClock(match.Clock{Minutes: 8}) }); err != nil {
		t.Fatal(err)
	}
	url := addr + "/?room=" + strings.ToLower(code)

	browser := startChromium(t, exe, 5*time.Minute)

	// Join: each team in its own browser profile, two on phones.
	pages := make([]*teamPage, len(humans))
	for i, id := range humans {
		p := &teamPage{id: id, party: sc.PartyIndex(id), w: 1366, h: 768}
		if i%2 == 1 {
			p.w, p.h = 390, 844
		}
		p.browser = browser
		p.profile = newProfile(t, browser)
		p.open(t, url, i == 0)
		p.run(t, chromedp.WaitVisible(`button[data-party="`+id+`"]`, chromedp.ByQuery))
		if i == 0 {
			p.shot(t, "join", "#join")
		}
		name := "Team " + strings.ToUpper(id[:1]) + id[1:]
		if i == len(humans)-1 {
			// The last team joins by keyboard alone: Tab to its delegation,
			// Enter, which takes it to the name; type; Enter joins.
			tabTo(t, p, `document.activeElement.getAttribute('data-party') === '`+id+`'`)
			p.run(t, chromedp.KeyEvent("\r"))
			waitFor(t, p, `document.activeElement.id === 'team'`, "the name field focused")
			p.run(t, chromedp.KeyEvent(name+"\r"))
		} else {
			p.run(t, chromedp.Click(`button[data-party="`+id+`"]`, chromedp.ByQuery),
				chromedp.SendKeys(`#team`, name, chromedp.ByID),
				chromedp.Click(`#j-go`, chromedp.ByID))
		}
		p.run(t, chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
		pages[i] = p
	}
	measureJoin(t, pages[0])

	// private checks a page shows its own brief (none for a spectator)
	// and nothing of another delegation's: its text or its objectives.
	private := func(p *teamPage) {
		t.Helper()
		text := p.text(t)
		for q := range sc.Parties {
			secrets := append([]string{firstWords(sc.Briefs[q].Text, 12)}, sc.Briefs[q].Objectives...)
			for _, secret := range secrets {
				shown := strings.Contains(text, strings.Join(strings.Fields(secret), " "))
				if q == p.party && !shown {
					t.Errorf("%s: the page does not show its own brief (%q)", p.id, secret)
				}
				if q != p.party && shown && !ownSecret(sc.Briefs, p.party, secret) {
					t.Errorf("%s: the page shows %s's brief (%q)", p.id, sc.Parties[q].ID, secret)
				}
			}
		}
	}
	for _, p := range pages {
		private(p)
	}
	// A spectator, on the projector's side: no brief, no moves.
	watcher := &teamPage{id: "spectator", party: -1, w: 1366, h: 768, browser: browser, profile: newProfile(t, browser)}
	watcher.open(t, url, false)
	watcher.run(t, chromedp.WaitVisible(`#j-watch`, chromedp.ByID), chromedp.Click(`#j-watch`, chromedp.ByID),
		chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
	waitFor(t, watcher, `document.getElementById('brief').hidden && !document.getElementById('vote-yes') && !document.getElementById('pass')`, "a spectator without brief or moves")
	private(watcher)

	// Play to the end.
	var (
		seen               = map[string]bool{}
		reopened, paused   bool
		keyVoted           bool
		kill               = pages[2] // germany, on a Chromebook
		killed             bool
		moves, idle, round int
	)
	for {
		over := 0
		acted := false
		for i, p := range pages {
			if killed && p == kill {
				continue
			}
			var ctl string
			p.eval(t, nextMove, &ctl)
			if ctl == "over" {
				over++
				continue
			}
			if ctl == "" {
				continue
			}
			if i == 0 && !seen[ctl] {
				seen[ctl] = true
				shootMove(t, p, ctl)
				if ctl == "press-go" {
					// Each public to speak to says what the statement
					// would do, as the window's press step does.
					var opt string
					p.eval(t, `document.querySelector('#p-own option').textContent`, &opt)
					if !regexp.MustCompile(`^\+\d+\.\d: \S`).MatchString(opt) {
						t.Errorf("the press step offers %q, with no effect in the polls", opt)
					}
				}
			}
			if i == len(pages)-1 && ctl == "vote-yes" && !keyVoted {
				// The keyboard team votes by keyboard too.
				tabTo(t, p, `document.activeElement.id === 'vote-yes'`)
				p.run(t, chromedp.KeyEvent("\r"))
				keyVoted = true
			} else {
				p.run(t, chromedp.Click("#"+ctl, chromedp.ByID))
			}
			waitGone(t, p, ctl)
			moves++
			acted = true
		}
		if over == len(pages) {
			break
		}
		p0 := pages[0]
		p0.eval(t, `+(/Round (\d+)/.exec(document.getElementById('b-round').textContent)||[0,0])[1]`, &round)
		switch {
		case round == 2 && !killed && !reopened:
			// A lid closes mid-round: the tab goes, the others carry on.
			kill.close()
			killed = true
			waitFor(t, p0, `document.getElementById('p-body').textContent.indexOf('Team Germany (away)') >= 0`, "Germany shown away")
		case killed && (!acted || round == 3):
			// The lid opens again: the same profile, the same address.
			kill.open(t, url, false)
			kill.run(t, chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
			var joinHidden bool
			kill.eval(t, `document.getElementById('join').hidden`, &joinHidden)
			if !joinHidden {
				t.Fatal("germany: the reopened page asks to join again instead of keeping its seat")
			}
			waitFor(t, kill, `document.getElementById('m-who').textContent === 'Germany'`, "the seat kept")
			var want int
			p0.eval(t, `document.querySelectorAll('#l-body li').length`, &want)
			waitFor(t, kill, fmt.Sprintf(`document.querySelectorAll('#l-body li').length >= %d`, want), "the log caught up")
			private(kill)
			killed, reopened = false, true
		case round == 3 && !paused:
			if err := table.Do(func(m *match.Match) { m.Pause() }); err != nil {
				t.Fatal(err)
			}
			waitFor(t, pages[1], bannerSays("Paused by your teacher"), "the pause shown")
			if err := table.Do(func(m *match.Match) { m.Resume() }); err != nil {
				t.Fatal(err)
			}
			waitFor(t, pages[1], `document.getElementById('b-banner').hidden`, "the pause lifted")
			paused = true
		}
		if acted {
			idle = 0
			continue
		}
		if idle++; idle > 200 {
			t.Fatalf("nothing to click for 20 s at round %d; moves so far %d", round, moves)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !keyVoted {
		t.Error("the keyboard team never voted")
	}
	if !reopened || !paused {
		t.Errorf("the game ended before the reconnection (%v) or the pause (%v) were tried", reopened, paused)
	}
	pages[0].shot(t, "result", "#result")
	// The live region told a screen reader the result (and only new lines).
	waitFor(t, pages[0], `/agreement/i.test(document.getElementById('live').textContent)`, "the result announced")
	var over bool
	if err := table.Do(func(m *match.Match) { over = m.Over() }); err != nil || !over {
		t.Fatalf("the pages show the end, but the table's game is not over (%v)", err)
	}
	t.Logf("%d moves clicked; controls seen: %v", moves, seen)
	// A device that reloads at the end gets the whole game in one full view.
	kill.close()
	kill.mu.Lock()
	kill.full, kill.bytes, kill.requests, kill.urls = "", 0, 0, nil
	kill.mu.Unlock()
	kill.open(t, url, true)
	kill.run(t, chromedp.WaitVisible(`#result`, chromedp.ByID))
	kill.mu.Lock()
	t.Logf("reloading at the end: %d HTTP responses %.0f bytes on the wire (cache disabled); full view %d bytes, %d deflated",
		kill.requests, kill.bytes, len(kill.full), deflated(kill.full))
	kill.mu.Unlock()
	private(watcher)
	for _, p := range append(pages, watcher) {
		private(p)
		var heads string
		p.eval(t, `document.getElementById('r-body').textContent`, &heads)
		if !strings.Contains(heads, "Final scores") {
			t.Errorf("%s: the result shows no final scores", p.id)
		}
		p.mu.Lock()
		for _, e := range p.errors {
			t.Errorf("%s: script error: %s", p.id, e)
		}
		p.mu.Unlock()
	}
	for _, ctl := range []string{"vote-yes", "pass", "press-go"} {
		if !seen[ctl] {
			t.Errorf("the first team never saw the %q control", ctl)
		}
	}
	if !seen["sign"] && !seen["decline"] {
		t.Error("the first team never saw the signing")
	}
}

// newProfile makes a browser context (a profile of its own, as on
// another device) with a window in it. The window matters: new headless
// Chromium opens a tab only in a context that has one, and chromedp asks
// for tabs, not windows.
func newProfile(t *testing.T, browser context.Context) cdp.BrowserContextID {
	t.Helper()
	var id cdp.BrowserContextID
	err := chromedp.Run(browser, chromedp.ActionFunc(func(ctx context.Context) error {
		exec := cdp.WithExecutor(ctx, chromedp.FromContext(ctx).Browser)
		var err error
		if id, err = target.CreateBrowserContext().Do(exec); err != nil {
			return err
		}
		_, err = target.CreateTarget("about:blank").WithBrowserContextID(id).WithNewWindow(true).Do(exec)
		return err
	}))
	if err != nil {
		t.Fatalf("making a browser profile: %v", err)
	}
	return id
}

// shootMove saves the screenshots of a kind of move, the first time the
// first team meets it. At the table it first prepares an amendment with
// the page's own controls, to show what it is worth.
func shootMove(t *testing.T, p *teamPage, ctl string) {
	if *shots == "" {
		return
	}
	switch ctl {
	case "pass":
		p.run(t, chromedp.SetValue(`#clause`, "5", chromedp.ByID),
			chromedp.Evaluate(`document.getElementById('clause').dispatchEvent(new Event('change'))`, nil),
			chromedp.Click(`#m-body .opt:has(.up) input`, chromedp.ByQuery),
			chromedp.SetValue(`#clause`, "1", chromedp.ByID),
			chromedp.Evaluate(`document.getElementById('clause').dispatchEvent(new Event('change'))`, nil))
		p.shot(t, "table", "#moves")
	case "vote-yes":
		p.shot(t, "vote", "#moves")
	case "press-go":
		p.run(t, chromedp.Click(`#pk-reassure`, chromedp.ByID))
		p.shot(t, "press", "#moves")
		p.run(t, chromedp.Click(`#pk-none`, chromedp.ByID))
	case "sign", "decline":
		p.shot(t, "signing", "#moves")
		p.shot(t, "draft", "#draft")
		p.shot(t, "polls", "#polls")
		p.shot(t, "brief", "#brief")
	}
}

// waitGone waits until the control just clicked has gone (the host
// played the move and the page shows the new state), and fails if the
// host refused it.
func waitGone(t *testing.T, p *teamPage, ctl string) {
	t.Helper()
	for range 100 {
		var state string
		p.eval(t, `(function(){var a=document.querySelector('#m-body [role=alert]'); if(a) return 'refused: '+a.textContent;
			var e=document.getElementById(`+jsString(ctl)+`); return e && !e.disabled ? 'there' : (e ? 'sending' : 'gone');})()`, &state)
		if strings.HasPrefix(state, "refused") {
			t.Fatalf("%s: %s after %s", p.id, state, ctl)
		}
		if state == "gone" {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s: %s still shown 10 s after clicking it", p.id, ctl)
}

// tabTo presses Tab until cond holds on the page, as a keyboard user
// moves through it.
func tabTo(t *testing.T, p *teamPage, cond string) {
	t.Helper()
	for range 80 {
		var ok bool
		p.run(t, chromedp.KeyEvent("\t"), chromedp.Evaluate(cond, &ok))
		if ok {
			return
		}
	}
	t.Fatalf("%s: 80 presses of Tab never reached %s", p.id, cond)
}

// waitFor waits up to 10 s for a condition on the page.
func waitFor(t *testing.T, p *teamPage, cond, what string) {
	t.Helper()
	for range 100 {
		var ok bool
		p.eval(t, cond, &ok)
		if ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s: waited 10 s for %s", p.id, what)
}

// measureJoin checks what the first team's device downloaded to join:
// the HTTP responses as they crossed the wire (gzip), and the first full
// view as the socket sends it (deflated per message).
func measureJoin(t *testing.T, p *teamPage) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.full == "" || p.requests == 0 {
		t.Fatalf("the transfer was not measured (%d requests, full view %d bytes)", p.requests, len(p.full))
	}
	if !strings.Contains(p.deflate, "permessage-deflate") {
		t.Errorf("the socket is not compressed (extensions %q)", p.deflate)
	}
	z := deflated(p.full)
	total := int(p.bytes) + z
	t.Logf("joining: %d HTTP responses %.0f bytes on the wire (%s); first full view %d bytes, %d deflated; in all %d bytes (%.1f KB)",
		p.requests, p.bytes, strings.Join(p.urls, " "), len(p.full), z, total, float64(total)/1024)
	if total > pageBudget {
		t.Errorf("joining transfers %d bytes, more than the %d the design allows", total, pageBudget)
	}
}

// ownSecret reports whether a secret of another delegation's brief is
// also in party's own (two briefs may share an objective).
func ownSecret(briefs []rules.Brief, party int, secret string) bool {
	if party < 0 {
		return false
	}
	b := briefs[party]
	return strings.Contains(b.Text, secret) || slices.Contains(b.Objectives, secret)
}

// deflated is the size of a socket message compressed as the host's
// per-message deflate sends it.
func deflated(msg string) int {
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.DefaultCompression)
	w.Write([]byte(msg))
	w.Close()
	return z.Len()
}

// firstWords is the start of a text, enough to recognise it on a page.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

package host_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bindingwords/game/host"
	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/wire"
	"bindingwords/internal/browsertest"
	"bindingwords/scenarios"
)

// TestTeamPageTogetherInChromium plays the together pace from two team
// pages in Chromium, opened at the room's own address as its QR code
// gives it: the lobby until the teacher starts, every team at the table
// at once, two pages voting at the same time (each sees its vote is in
// and how many delegations the table still waits for, then the result),
// statements revealed together, the round's countdown, and the teacher's
// pause. With -shots DIR it saves team-together-*.png.
func TestTeamPageTogetherInChromium(t *testing.T) {
	exe := browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("plays in a browser")
	}
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	// Two teams on pages, a third (Germany) on a Go device that tables
	// an amendment the two pages then vote on at once; AI delegates play
	// the rest.
	humans := []string{"us", "ukraine"}
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p := range kinds {
		kinds[p] = match.AISeat(match.DefaultLevel)
		if id := sc.Parties[p].ID; id == "us" || id == "ukraine" || id == "germany" {
			kinds[p] = match.HumanSeat()
		}
	}
	s := serveTable(t, match.Config{Scenario: sc, Seed: 4, Seats: kinds, Together: true, TimerMinutes: 6},
		host.TableOptions{Lobby: true})
	table := s.tab
	// The QR code's address, upper case, as a phone opens it.
	url := s.base + "/" + host.JoinURL(s.base, s.room)[len(s.base)+1:]

	browser := startChromium(t, exe, 3*time.Minute)

	pages := make([]*teamPage, len(humans))
	for i, id := range humans {
		p := &teamPage{id: id, party: sc.PartyIndex(id), w: 390, h: 844, browser: browser, profile: newProfile(t, browser)}
		if i == 1 {
			p.w, p.h = 1366, 768
		}
		p.open(t, url, false)
		// The room's code is filled in from the address.
		p.run(t, chromedp.WaitVisible(`button[data-party="`+id+`"]`, chromedp.ByQuery))
		var code string
		p.eval(t, `document.getElementById('room').value`, &code)
		if code != s.room {
			t.Errorf("%s: the room field says %q, want %q", id, code, s.room)
		}
		p.run(t, chromedp.Click(`button[data-party="`+id+`"]`, chromedp.ByQuery),
			chromedp.SendKeys(`#team`, "Team "+id, chromedp.ByID),
			chromedp.Click(`#j-go`, chromedp.ByID),
			chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
		pages[i] = p
	}
	a, b := pages[0], pages[1]
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	germany := joinDev(ctx, t, s, "germany", "Team germany")
	played := make(chan struct{})
	go func() {
		defer close(played)
		playGermany(ctx, germany)
	}()
	defer func() { stop(); <-played }()
	// The lobby: the teams wait for the teacher.
	for _, p := range pages {
		waitFor(t, p, bannerSays("Waiting for your teacher to start"), "the lobby's banner")
	}
	a.shot(t, "together-lobby", "#bar")
	if err := table.Start(); err != nil {
		t.Fatal(err)
	}
	// The tabling window: both teams may table at once.
	for _, p := range pages {
		waitFor(t, p, `!!document.getElementById('pass') && !document.getElementById('pass').disabled`, "the tabling window")
		waitFor(t, p, `/still choosing/.test(document.getElementById('b-who').textContent)`, "how many still choose")
		waitFor(t, p, `/^\d+:\d\d$/.test(document.getElementById('b-clock').textContent)`, "the countdown")
	}
	// The first team tables an amendment worth something to it; the
	// other passes.
	a.run(t, chromedp.SetValue(`#clause`, "5", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById('clause').dispatchEvent(new Event('change'))`, nil),
		chromedp.Click(`#m-body .opt:has(.up) input`, chromedp.ByQuery))
	a.shot(t, "together-table", "#moves")
	a.run(t, chromedp.Click(`#table`, chromedp.ByID))
	waitFor(t, a, `/Your choice is in \u2014 waiting for [12] delegations?\b/.test(document.getElementById('m-body').textContent)`, "the choice in, waiting for the other team")
	a.shot(t, "together-chosen", "#moves")
	b.run(t, chromedp.Click(`#pass`, chromedp.ByID))

	// Every vote: both pages see the buttons at once; one votes, sees its
	// vote is in and waits for the other; then both see the result.
	votes := 0
	for step := 0; votes < 2 && step < 40; step++ {
		var phase string
		a.eval(t, `document.getElementById('b-phase').textContent`, &phase)
		if phase != "Table" {
			break
		}
		if !bothHave(t, pages, "vote-yes") {
			// An item one of the pages proposed: only the other votes.
			for _, p := range pages {
				var ctl string
				p.eval(t, nextMove, &ctl)
				if ctl == "vote-yes" {
					p.run(t, chromedp.Click("#vote-yes", chromedp.ByID))
					// Answered: the button goes, or comes back for the
					// next item.
					waitFor(t, p, `(function(){var e=document.getElementById('vote-yes'); return !e || !e.disabled;})()`, "the vote answered")
				}
			}
			time.Sleep(100 * time.Millisecond)
			continue
		}
		first, second := pages[votes%2], pages[(votes+1)%2]
		var logLen int
		first.eval(t, `document.querySelectorAll('#l-body li').length`, &logLen)
		// The second team is about to vote no, by the keyboard: its
		// button must stay the same button, focused, while the first
		// team's vote comes in (a button rebuilt under a finger or the
		// focus loses the tap or the key).
		var marked bool
		second.eval(t, `(function(){var e=document.getElementById('vote-no'); e.dataset.held='1'; e.focus(); return document.activeElement === e;})()`, &marked)
		if !marked {
			t.Fatal("the second team's Vote no cannot take the focus")
		}
		first.run(t, chromedp.Click(`#vote-yes`, chromedp.ByID))
		waitFor(t, first, `/Your vote is in \u2014 waiting for [12] delegations?\b/.test(document.getElementById('m-body').textContent)`, "the vote in, waiting for one")
		var still bool
		second.eval(t, `!!document.getElementById('vote-yes')`, &still)
		if !still {
			t.Fatal("the second team's vote buttons went when the first voted")
		}
		// The second team sees that the first has voted, not how, and
		// that the table waits for it.
		firstName := sc.Parties[first.party].Name
		waitFor(t, second, `(function(){var v=document.querySelector('#m-body ul.votes').textContent; return v.indexOf(`+jsString(firstName+": has voted")+`) >= 0;})() && /1 delegation still choosing/.test(document.getElementById('b-who').textContent)`, "the first team's vote sealed, and one still choosing")
		var held string
		second.eval(t, `(function(){var e=document.activeElement; return e.id + (e.dataset.held ? ' (the same button)' : ' (a new button)');})()`, &held)
		if held != "vote-no (the same button)" {
			t.Errorf("vote %d: when the first team's vote came in, the second team's focus moved to %q, not its own Vote no", votes, held)
		}
		if votes == 0 {
			first.shot(t, "together-voted", "#moves")
		}
		second.run(t, chromedp.Click(`#vote-no`, chromedp.ByID))
		for _, p := range pages {
			waitFor(t, p, `Array.prototype.some.call(document.querySelectorAll('#l-body li'), function (li) { return /k-(adopted|rejected)/.test(li.className); }) && document.querySelectorAll('#l-body li').length > `+strconv.Itoa(logLen), "the vote's result")
		}
		votes++
	}
	if votes == 0 {
		for _, p := range pages {
			var who, body string
			p.eval(t, `document.getElementById('b-line').textContent + ' | ' + document.getElementById('b-who').textContent`, &who)
			p.eval(t, `document.getElementById('m-body').textContent + ' | ' + Array.prototype.map.call(document.querySelectorAll('#l-body li'), function (l) { return l.textContent; }).slice(0, 12).join(' / ')`, &body)
			t.Logf("%s: %s\n%s", p.id, who, body)
		}
		t.Fatal("the table never voted")
	}
	// On to the press: both teams choose at once, revealed together.
	for step := 0; step < 100 && !bothHave(t, pages, "press-go"); step++ {
		for _, p := range pages {
			var ctl string
			p.eval(t, nextMove, &ctl)
			if ctl == "vote-yes" || ctl == "pass" {
				p.run(t, chromedp.Click("#"+ctl, chromedp.ByID))
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !bothHave(t, pages, "press-go") {
		t.Fatal("the press never opened for both teams at once")
	}
	waitFor(t, b, `/revealed together/.test(document.getElementById('m-body').textContent)`, "the press revealed together")
	b.run(t, chromedp.Click(`#press-go`, chromedp.ByID))
	waitFor(t, b, `/Your statement is in \u2014 waiting for [12] delegations?\b/.test(document.getElementById('m-body').textContent)`, "the statement in")
	b.shot(t, "together-press", "#moves")

	// The teacher pauses: both pages say so at once, and no move goes.
	if err := table.Do(func(m *match.Match) { m.Pause() }); err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		waitFor(t, p, bannerSays("Paused by your teacher"), "the paused banner")
	}
	var disabled bool
	a.eval(t, `document.getElementById('press-go').disabled`, &disabled)
	if !disabled {
		t.Error("the statement can be sent while paused")
	}
	a.shot(t, "together-paused", "#bar")
	if err := table.Do(func(m *match.Match) { m.Resume() }); err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		waitFor(t, p, `document.getElementById('b-banner').hidden`, "the pause lifted")
	}
	a.run(t, chromedp.Click(`#press-go`, chromedp.ByID))
	waitFor(t, a, `!document.getElementById('press-go')`, "the statements revealed")

	// The teacher moves the US team to Germany's seat: its page shows
	// Germany's brief and no longer the US one.
	l := table.Lobby()
	us, ger := sc.PartyIndex("us"), sc.PartyIndex("germany")
	if len(l.Seats[us].Devices) != 1 {
		t.Fatalf("the lobby lists %+v for the US", l.Seats[us].Devices)
	}
	if err := table.MoveDevice(l.Seats[us].Devices[0].Handle, ger); err != nil {
		t.Fatal(err)
	}
	waitFor(t, a, `document.getElementById('m-who').textContent === 'Germany'`, "the page on its new seat")
	brief := func(p int) string { return jsString(firstWords(sc.Briefs[p].Text, 12)) }
	waitFor(t, a, `(function(){var b=document.getElementById('br-body').textContent.replace(/\s+/g,' '); return b.indexOf(`+brief(ger)+`) >= 0 && b.indexOf(`+brief(us)+`) < 0;})()`, "Germany's brief, not the US one")
	waitFor(t, a, `/moved your team/.test(document.getElementById('live').textContent)`, "the move announced")
	// The teacher removes the Ukrainian device: its page says so and
	// offers to join again.
	if err := table.RemoveDevice(table.Lobby().Seats[sc.PartyIndex("ukraine")].Devices[0].Handle); err != nil {
		t.Fatal(err)
	}
	waitFor(t, b, `!document.getElementById('join').hidden && !document.getElementById('j-why').hidden && document.getElementById('j-why').textContent.indexOf('Your teacher removed this device') >= 0`, "the removal shown")
	b.shot(t, "together-removed", "#join")

	for _, p := range pages {
		p.mu.Lock()
		for _, e := range p.errors {
			t.Errorf("%s: script error: %s", p.id, e)
		}
		p.mu.Unlock()
	}
}

// playGermany plays the Go device's seat until ctx ends: first it tables
// a change of the fifth clause, then it makes the plain move whenever the
// table waits for it.
func playGermany(ctx context.Context, d *dev) {
	tabled := false
	for ctx.Err() == nil {
		st := d.c.State
		var a wire.Action
		ok := false
		switch {
		case !tabled && st.Phase == "table" && st.Pending == nil && st.Mine != nil && st.Mine.MustAct && !st.Lobby && !st.Clock.Paused:
			a, ok = wire.Action{Kind: "table", Changes: []wire.Change{{Slot: 5, Option: (st.Text[5] + 1) % 2}}}, true
			tabled = true
		case tabled && !st.Lobby && !st.Clock.Paused:
			a, ok = client.PlainMove(st)
		}
		if ok && !d.c.Pending() {
			if _, err := d.c.Act(ctx, a); err != nil {
				return
			}
		}
		rctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
		_, _, err := d.c.Next(rctx)
		cancel()
		if err != nil && ctx.Err() == nil && !d.c.Connected() {
			_ = d.c.Connect(ctx)
		}
	}
}

// bannerSays is a condition: the page's banner is shown and says what.
func bannerSays(what string) string {
	return `(function(){var b=document.getElementById('b-banner'); return !b.hidden && b.textContent.indexOf(` + jsString(what) + `) >= 0;})()`
}

// bothHave reports whether every page shows the enabled control id now.
func bothHave(t *testing.T, pages []*teamPage, id string) bool {
	t.Helper()
	for _, p := range pages {
		var ok bool
		p.eval(t, `(function(){var e=document.getElementById(`+jsString(id)+`); return !!e && !e.disabled;})()`, &ok)
		if !ok {
			return false
		}
	}
	return true
}

package host_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/internal/browsertest"
	"bindingwords/scenarios"
)

// TestEveryScenarioOnTheTeamPage plays a game of every built-in scenario
// to its result from team pages in Chromium, by clicking their controls
// as TestTeamPageInChromium does for Berlin (which also tries a closed
// tab, the teacher's pause and the transfer budget): the first two
// delegations that must take part on pages, a phone and a Chromebook, the
// others AI, the optional ones left out. Each page shows its own brief
// and no other delegation's, from joining to the result, which shows the
// final scores; no page has a script error.
func TestEveryScenarioOnTheTeamPage(t *testing.T) {
	exe := browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("plays a game of every scenario in a browser")
	}
	for _, id := range scenarios.Builtin() {
		t.Run(id, func(t *testing.T) { teamPagesPlay(t, exe, id) })
	}
}

func teamPagesPlay(t *testing.T, exe, id string) {
	sc, err := scenarios.LoadBuiltin(id)
	if err != nil {
		t.Fatal(err)
	}
	var humans []string
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p, party := range sc.Parties {
		switch {
		case party.Optional:
			kinds[p] = match.OutSeat()
		case len(humans) < 2:
			kinds[p] = match.HumanSeat()
			humans = append(humans, party.ID)
		default:
			kinds[p] = match.AISeat(match.DefaultLevel)
		}
	}
	s := serveMatch(t, sc, kinds, 7, host.DefaultLimits())
	url := s.base + "/?room=" + strings.ToLower(s.room)
	browser := startChromium(t, exe, 4*time.Minute)

	pages := make([]*teamPage, len(humans))
	for i, pid := range humans {
		p := &teamPage{id: pid, party: sc.PartyIndex(pid), w: 390, h: 844, browser: browser, profile: newProfile(t, browser)}
		if i == 1 {
			p.w, p.h = 1366, 768
		}
		p.open(t, url, false)
		p.run(t, chromedp.WaitVisible(`button[data-party="`+pid+`"]`, chromedp.ByQuery),
			chromedp.Click(`button[data-party="`+pid+`"]`, chromedp.ByQuery),
			chromedp.SendKeys(`#team`, "Team "+pid, chromedp.ByID),
			chromedp.Click(`#j-go`, chromedp.ByID),
			chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
		pages[i] = p
	}
	// private checks a page shows its own brief and nothing of another
	// delegation's.
	private := func(p *teamPage) {
		t.Helper()
		text := p.text(t)
		for q := range sc.Parties {
			for _, secret := range append([]string{firstWords(sc.Briefs[q].Text, 12)}, sc.Briefs[q].Objectives...) {
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
	seen := map[string]bool{}
	moves, idle := 0, 0
	for {
		over, acted := 0, false
		for _, p := range pages {
			var ctl string
			p.eval(t, nextMove, &ctl)
			switch ctl {
			case "over":
				over++
				continue
			case "":
				continue
			}
			seen[ctl] = true
			p.run(t, chromedp.Click("#"+ctl, chromedp.ByID))
			// A click may land while the page redraws its moves for
			// another move that came in (the table or the press, where
			// the controls are rebuilt); the other page then gets its
			// turn and this one tries again, rather than a failure here.
			if settled(t, p, ctl) {
				moves++
				acted = true
			}
		}
		if over == len(pages) {
			break
		}
		if acted {
			idle = 0
			continue
		}
		if idle++; idle > 200 {
			t.Fatalf("nothing to click for 20 s; %d moves so far", moves)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if r := s.record(t); !r.over {
		t.Fatal("the pages show the end, but the table's game is not over")
	}
	t.Logf("%s: %d moves clicked; controls seen: %v", id, moves, seen)
	for _, ctl := range []string{"vote-yes", "pass", "press-go"} {
		if !seen[ctl] {
			t.Errorf("no page ever saw the %q control", ctl)
		}
	}
	for _, p := range pages {
		private(p)
		var result string
		p.eval(t, `document.getElementById('r-body').textContent`, &result)
		if !strings.Contains(result, "Final scores") {
			t.Errorf("%s: the result shows no final scores", p.id)
		}
		p.shot(t, "scenario-"+id+"-result", "#result")
		p.mu.Lock()
		for _, e := range p.errors {
			t.Errorf("%s: script error: %s", p.id, e)
		}
		p.mu.Unlock()
	}
}

// settled waits up to 3 s for the control just clicked to go, as waitGone
// does, and reports whether it went; it fails if the host refused the move.
func settled(t *testing.T, p *teamPage, ctl string) bool {
	t.Helper()
	for range 30 {
		var state string
		p.eval(t, `(function(){var a=document.querySelector('#m-body [role=alert]'); if(a) return 'refused: '+a.textContent;
			var e=document.getElementById(`+jsString(ctl)+`); return e && !e.disabled ? 'there' : (e ? 'sending' : 'gone');})()`, &state)
		if strings.HasPrefix(state, "refused") {
			t.Fatalf("%s: %s after %s", p.id, state, ctl)
		}
		if state == "gone" {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}

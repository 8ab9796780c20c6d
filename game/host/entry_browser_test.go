package host_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/internal/browsertest"
)

// A team's page says what a scenario's own entry-into-force rule asked
// of the signed agreement and how many ratifications came in, under the
// result's headline, as the window's debrief does. Every seat here is an
// AI delegate, so the game is over when the page opens; the page watches.
func TestTeamPageSaysTheEntryRule(t *testing.T) {
	exe := browsertest.Chromium(t)
	sc := goodScenario(t, "inforce.yaml")
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p := range kinds {
		kinds[p] = match.AISeat(match.DefaultLevel)
	}
	srv := serveMatch(t, sc, kinds, 1, host.Limits{})
	// The AI delegates play at once; the page has something to say only
	// if they formed an agreement (seed 1 does: see the wire test).
	deadline := time.Now().Add(30 * time.Second)
	for !srv.record(t).over {
		if time.Now().After(deadline) {
			t.Fatal("the all-AI game did not end in 30 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	formed := false
	if err := srv.tab.Do(func(m *match.Match) { formed = m.Game().Result().Formed }); err != nil {
		t.Fatal(err)
	}
	if !formed {
		t.Fatal("seed 1 formed no agreement: pick a seed that does")
	}
	p := phonePage(t, exe, srv, "watch", -1)
	p.run(t, chromedp.WaitVisible(`#j-watch`, chromedp.ByID),
		chromedp.Click(`#j-watch`, chromedp.ByID),
		chromedp.WaitVisible(`#r-body .entry`, chromedp.ByQuery))
	var head, entry string
	p.eval(t, `document.querySelector('#r-body .headline').textContent`, &head)
	p.eval(t, `document.querySelector('#r-body .entry').textContent`, &entry)
	want := "By its own rule the agreement needed 2 ratifications, including those of Northland;"
	if !strings.Contains(entry, want) {
		t.Errorf("the result says %q under %q, want a sentence with %q", entry, head, want)
	}
	p.shot(t, "entry-rule-result", "#result")
	p.noPageErrors(t)
}

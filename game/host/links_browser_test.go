package host_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/internal/browsertest"
)

// TestTeamPageShowsLinks opens Southland's team page for the scenario
// with linkage points (scenarios/testdata/good/linked.yaml) in Chromium:
// its brief lists its link in words, under its red lines. With -shots
// DIR it saves team-links-brief-*.png.
func TestTeamPageShowsLinks(t *testing.T) {
	exe := browsertest.Chromium(t)
	sc := goodScenario(t, "linked.yaml")
	kinds := []match.SeatKind{match.AISeat(match.DefaultLevel), match.HumanSeat(), match.AISeat(match.DefaultLevel)}
	srv := serveMatch(t, sc, kinds, 3, host.Limits{})
	p := phonePage(t, exe, srv, "south", 1)
	p.run(t, chromedp.WaitVisible(`button[data-party="south"]`, chromedp.ByQuery),
		chromedp.Click(`button[data-party="south"]`, chromedp.ByQuery),
		chromedp.SendKeys(`#team`, "Team South", chromedp.ByID),
		chromedp.Click(`#j-go`, chromedp.ByID),
		chromedp.WaitVisible(`#br-body h3`, chromedp.ByQuery))
	var brief string
	p.eval(t, `document.getElementById('br-body').textContent`, &brief)
	want := "+4 if “shall act” (Response to an attack) and “patrol together” (Patrols) are both in the text"
	if !strings.Contains(brief, "Linked wordings") || !strings.Contains(brief, want) {
		t.Errorf("Southland's brief does not list its link %q:\n%s", want, brief)
	}
	p.shot(t, "links-brief", "#br-body")
	p.noPageErrors(t)
}

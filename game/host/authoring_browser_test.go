package host_test

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"bindingwords/game/host"
	"bindingwords/game/match"
	"bindingwords/internal/browsertest"
)

// TestTeamPageShowsAuthorsNumbers opens the team page of the scenario that
// uses the format's newer features (issue 14, item 2) in Chromium: the
// draft heads articles as the window and the handouts do — the author's
// own numbers ("Article V."), none for the articles the author left
// unnumbered — and shows a fixed article's text, with no page error
// (a fixed article has an empty list of slots), and an option that
// leaves a phrase out by its label in parentheses. With -shots DIR it saves
// team-authoring-draft-*.png.
func TestTeamPageShowsAuthorsNumbers(t *testing.T) {
	exe := browsertest.Chromium(t)
	sc := goodScenario(t, "authoring.yaml")
	kinds := []match.SeatKind{match.HumanSeat(), match.AISeat(match.DefaultLevel), match.AISeat(match.DefaultLevel)}
	srv := serveMatch(t, sc, kinds, 3, host.Limits{})
	p := phonePage(t, exe, srv, "north", 0)
	p.run(t, chromedp.WaitVisible(`button[data-party="north"]`, chromedp.ByQuery),
		chromedp.Click(`button[data-party="north"]`, chromedp.ByQuery),
		chromedp.SendKeys(`#team`, "Team North", chromedp.ByID),
		chromedp.Click(`#j-go`, chromedp.ByID),
		chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
	var heads []string
	p.eval(t, `Array.from(document.querySelectorAll('#d-body h4')).map(function (h) { return h.textContent; })`, &heads)
	want := []string{"The Parties", "Article 5. Response to an attack", "Article V. Legal form", "The harbour stays open", "Article A.2. Joint patrols"}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("the draft's headings %q, want %q", heads, want)
	}
	if text := p.text(t); !strings.Contains(text, "Ships of both Parties may use the harbour in peace, as they have since 1900.") {
		t.Error("the draft lacks the fixed article's text")
	}
	// An option that leaves a phrase out shows by its label, as in the window.
	if text := p.text(t); !strings.Contains(text, "may patrol together when both agree (nothing said on arms) in the harbour.") {
		t.Error("the draft does not show the omitted phrase's label")
	}
	p.shot(t, "authoring-draft", "#d-body")
	p.noPageErrors(t)
}

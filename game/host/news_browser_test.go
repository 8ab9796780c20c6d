package host_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bindingwords/game/match"
	"bindingwords/internal/browsertest"
	"bindingwords/scenarios"
)

// TestTeamPageNewsMarkedSimulated opens a team page on a phone-sized
// screen after the teacher has put a news card on the table, and checks
// that the card itself, not only its section, carries the label
// "Simulated news" (issue 13): every scenario's news is invented, and a
// card read or photographed on its own must not pass for a real report.
// With -shots DIR it saves team-news-390.png and team-news-1366.png.
func TestTeamPageNewsMarkedSimulated(t *testing.T) {
	exe := browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("opens a team page in a browser")
	}
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	kinds := make([]match.SeatKind, len(sc.Parties))
	for p := range kinds {
		kinds[p] = match.AISeat(match.DefaultLevel)
		if sc.Parties[p].Optional {
			kinds[p] = match.OutSeat()
		}
	}
	kinds[sc.PartyIndex("us")] = match.HumanSeat()
	addr, code, h := serve(t, kinds, 11)
	table, _ := h.Table(code)
	card := -1
	for i, c := range sc.News {
		if c.ID == "fr_election" {
			card = i
		}
	}
	if card < 0 {
		t.Fatal("berlin has no card fr_election")
	}
	if err := table.Do(func(m *match.Match) {
		if err := m.InjectNews(card); err != nil {
			t.Errorf("inject: %v", err)
		}
	}); err != nil {
		t.Fatal(err)
	}

	browser := startChromium(t, exe, 2*time.Minute)
	p := &teamPage{id: "us", party: sc.PartyIndex("us"), w: 390, h: 844, browser: browser, profile: newProfile(t, browser)}
	p.open(t, addr+"/?room="+strings.ToLower(code), false)
	p.run(t, chromedp.EmulateViewport(p.w, p.h),
		chromedp.WaitVisible(`button[data-party="us"]`, chromedp.ByQuery),
		chromedp.Click(`button[data-party="us"]`, chromedp.ByQuery),
		chromedp.SendKeys(`#team`, "Team Us", chromedp.ByID),
		chromedp.Click(`#j-go`, chromedp.ByID),
		chromedp.WaitVisible(`#d-body h3`, chromedp.ByQuery))
	headline := strings.Join(strings.Fields(sc.News[card].Headline), " ")
	waitFor(t, p, `document.getElementById('n-body').textContent.indexOf(`+jsString(headline)+`) >= 0`, "the injected card in the news")

	// Every article that shows a card has its own visible tag.
	var unmarked []string
	p.eval(t, `Array.from(document.querySelectorAll('#n-body article.news')).filter(function (a) {
	  if (!a.querySelector('h3') || /No news this round/.test(a.querySelector('h3').textContent)) return false;
	  var tag = a.querySelector('.simtag');
	  return !tag || tag.textContent !== 'Simulated news' || tag.getBoundingClientRect().width === 0 && a.closest('details') === null;
	}).map(function (a) { return a.textContent; })`, &unmarked)
	if len(unmarked) > 0 {
		t.Errorf("news cards without a visible \"Simulated news\" tag: %q", unmarked)
	}
	var section string
	p.eval(t, `document.getElementById('h-news').textContent`, &section)
	if section != "Simulated news" {
		t.Errorf("the news section is headed %q, want \"Simulated news\"", section)
	}
	p.shot(t, "news", "#news")

	// The brief's "what you want" list: each bullet its own paragraph, as
	// the scenario writes it (issue 13, item 3).
	var bullets int
	p.eval(t, `Array.from(document.querySelectorAll('#br-text p')).filter(function (e) { return e.textContent.indexOf('\u2022 ') === 0; }).length`, &bullets)
	if bullets < 3 {
		t.Errorf("the brief shows %d bullet paragraphs, want the \"what you want\" list as bullets", bullets)
	}
	if *shots != "" {
		p.run(t, chromedp.Evaluate(`document.getElementById('br-text').open = true`, nil))
		p.shot(t, "brief-bullets", "#br-text")
	}
}

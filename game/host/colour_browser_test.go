package host_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"bindingwords/game/match"
	"bindingwords/game/report"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/internal/browsertest"
	"bindingwords/scenarios"
)

// TestOneColourPerDelegation gives each Berlin delegation's colour as
// every front end draws it — the team page in Chromium (the computed
// colour of its chip on the join screen), the window's palette in both
// themes, the exported report and the printed handouts (the chips in their
// HTML) — and wants one hex value per delegation, the one
// [rules.PartyColour] decides (issue 14, item 3: a delegation was orange
// on the projector and blue in the handouts). It also wants the seven
// colours distinct.
func TestOneColourPerDelegation(t *testing.T) {
	exe := browsertest.Chromium(t)
	if testing.Short() {
		t.Skip("opens a team page in a browser")
	}
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		t.Fatal(err)
	}
	np := len(sc.Parties)
	paths := map[string][]string{} // front end -> hex per party

	hexOf := func(r, g, b uint8) string { return fmt.Sprintf("#%02x%02x%02x", r, g, b) }
	for name, th := range map[string]*theme.Theme{"window": theme.Standard(), "window, high contrast": theme.HighContrast()} {
		for p := range np {
			c := th.Party(p)
			paths[name] = append(paths[name], hexOf(c.R, c.G, c.B))
		}
	}

	chipBefore := func(html []byte, what string, name string) string {
		re := regexp.MustCompile(`<span class="chip[^"]*" style="background:(#[0-9a-f]{6})"></span>(?:<strong>)?` + regexp.QuoteMeta(name) + `<`)
		m := re.FindSubmatch(html)
		if m == nil {
			t.Errorf("%s: no chip before %q", what, name)
			return ""
		}
		return string(m[1])
	}
	hs, err := report.Handouts(sc, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		if strings.Contains(h.File, "briefing") {
			for p := range np {
				paths["handouts (public briefing)"] = append(paths["handouts (public briefing)"], chipBefore(h.HTML, h.File, sc.Parties[p].Name))
			}
		}
		for p := range np {
			if h.File == "brief-"+sc.Parties[p].ID+"-private.html" {
				paths["handouts (own brief)"] = append(paths["handouts (own brief)"], chipBefore(h.HTML, h.File, sc.Parties[p].Name))
			}
		}
	}

	kinds := make([]match.SeatKind, np)
	for p := range kinds {
		kinds[p] = match.AISeat(match.DefaultLevel)
	}
	kinds[0] = match.HumanSeat()
	m, err := match.New(match.Config{Scenario: sc, Seed: 5, Seats: kinds})
	if err != nil {
		t.Fatal(err)
	}
	html, err := report.HTML(report.Build(sc, m.Game(), m.RecordSeats()), report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for p := range np {
		paths["report"] = append(paths["report"], chipBefore(html, "report", sc.Parties[p].Name))
	}

	// The team page, as a phone shows it.
	seats := make([]match.SeatKind, np)
	for p := range seats {
		seats[p] = match.HumanSeat()
	}
	addr, code, _ := serve(t, seats, 5)
	browser := startChromium(t, exe, 2*time.Minute)
	page := &teamPage{id: "us", party: 0, w: 390, h: 844, browser: browser, profile: newProfile(t, browser)}
	page.open(t, addr+"/?room="+strings.ToLower(code), false)
	page.run(t, chromedp.EmulateViewport(page.w, page.h), chromedp.WaitVisible(`button[data-party="us"]`, chromedp.ByQuery))
	for p := range np {
		var rgb string
		page.eval(t, `getComputedStyle(document.querySelector('button[data-party="`+sc.Parties[p].ID+`"] .chip')).backgroundColor`, &rgb)
		var r, g, b uint8
		if _, err := fmt.Sscanf(rgb, "rgb(%d, %d, %d)", &r, &g, &b); err != nil {
			t.Fatalf("team page: chip of %s has colour %q", sc.Parties[p].ID, rgb)
		}
		paths["team page"] = append(paths["team page"], hexOf(r, g, b))
	}
	// With -shots DIR: team-colours-join-390.png and -1366.png, every
	// delegation's chip on the join screen.
	page.shot(t, "colours-join", "#j-parties")

	seen := map[string]string{}
	for p := range np {
		want := rules.PartyColour(p)
		for name, hexes := range paths {
			if p >= len(hexes) || hexes[p] != want {
				got := "nothing"
				if p < len(hexes) {
					got = hexes[p]
				}
				t.Errorf("%s: %s is %s, want %s (rules.PartyColour)", name, sc.Parties[p].Name, got, want)
			}
		}
		if other, ok := seen[want]; ok {
			t.Errorf("%s and %s share the colour %s", other, sc.Parties[p].Name, want)
		}
		seen[want] = sc.Parties[p].Name
	}
	if len(paths) != 6 {
		t.Errorf("checked %d front ends, want 6", len(paths))
	}
}

package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"bindingwords/game/i18n"
)

// The screens reach the game only through session_view.go: no other file
// of the package reads the live game or the private scenario. session.go
// and seats.go, which run the game, are the exceptions.
func TestScreensReadViewsOnly(t *testing.T) {
	reach := regexp.MustCompile(`\.G\.|Sc\.Briefs|\.Sc\.`)
	allowed := []string{"session.go", "seats.go", "session_view.go"}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || slices.Contains(allowed, f) {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if reach.MatchString(line) {
				t.Errorf("%s:%d reaches past the views: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}

// Own is the view of the delegation that has the device, and nobody's
// when the table is locked.
func TestOwnIsTheUnlockedDelegation(t *testing.T) {
	_, s := testApp(t)
	if v, ok := s.Own(); ok || v.Seat() >= 0 || v.Brief() != nil {
		t.Fatalf("locked: Own gives seat %d, %v", v.Seat(), ok)
	}
	for _, p := range s.Humans() {
		s.Unlock(p)
		if v, ok := s.Own(); !ok || v.Seat() != p {
			t.Fatalf("unlocked for %d: Own gives seat %d, %v", p, v.Seat(), ok)
		}
	}
	if s.Public().Seat() >= 0 {
		t.Fatal("the public view belongs to a seat")
	}
}

// A brief opens only for the delegation its pass screen unlocked; any
// other way in leads to that pass screen, with nothing private drawn.
// Opened, it shows the delegation's own figures, and stays open if the
// table locks while it is read.
func TestBriefOpensOnlyBehindItsPassScreen(t *testing.T) {
	a, s := testApp(t)
	// The opening words of a delegation's private brief text.
	brief := func(p int) string { return s.m.Scenario().Briefs[p].Text[:30] }
	for _, tc := range []struct {
		unlocked int
		initial  bool
		purpose  passPurpose
	}{{-1, true, passForBrief}, {1, false, passForReview}} {
		s.Unlock(tc.unlocked)
		out, text := frame(a, newBrief(a, s, 0, tc.initial))
		text = strings.ReplaceAll(text, "\n", " ")
		if out.To != ToPass || out.Party != 0 || out.Purpose != tc.purpose {
			t.Errorf("brief of 0 with %d unlocked: want its pass screen, got %+v", tc.unlocked, out)
		}
		if strings.Contains(text, brief(0)) || strings.Contains(text, brief(1)) {
			t.Errorf("brief of 0 with %d unlocked shows a brief:\n%s", tc.unlocked, text)
		}
	}
	s.Unlock(0)
	b := newBrief(a, s, 0, false)
	s.Lock() // the round timer moved the delegation on meanwhile
	out, text := frame(a, b)
	if out.To != Stay {
		t.Fatalf("open brief: want it to stay, got %+v", out)
	}
	text = strings.ReplaceAll(text, "\n", " ")
	cur, _ := s.m.Game().View(0).Scores(s.m.Game().View(0).Text())
	for _, want := range []string{brief(0),
		i18n.T("brief.best", "best", s.m.Scenario().BestScore(0), "now", cur),
		i18n.T("brief.reservation", "n", s.m.Scenario().Briefs[0].Reservation)} {
		if !strings.Contains(text, want) {
			t.Errorf("the brief of 0 does not show %q", want)
		}
	}
	if strings.Contains(text, brief(1)) {
		t.Error("the brief of 0 shows the brief of 1")
	}
}

// Once the game is over the debrief shows every delegation's score, its
// reservation value and its best possible score.
func TestDebriefShowsEveryDelegationsFigures(t *testing.T) {
	a := storeApp(t, t.TempDir(), nil)
	s := startGame(t, a)
	for playMove(t, a) {
	}
	a.route(goTo(ToDebrief))
	d := a.debrief
	d.tab = 1
	_, text := frame(a, d)
	lines := strings.Split(text, "\n")
	for _, p := range s.m.Game().Parties() {
		i := slices.Index(lines, s.m.Scenario().Parties[p].Name)
		want := []string{strconv.Itoa(s.m.Game().Result().Scores[p]), strconv.Itoa(s.m.Scenario().Briefs[p].Reservation), strconv.Itoa(s.m.Scenario().BestScore(p))}
		if i < 0 || i+3 >= len(lines) || !slices.Equal(lines[i+1:i+4], want) {
			t.Errorf("%s: want score, BATNA and best %v in the scores tab:\n%s", s.m.Scenario().Parties[p].Name, want, text)
		}
	}
}

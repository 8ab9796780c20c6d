package ui

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// logicalSize is the logical canvas of a window of w×h at interface size
// scale, as App.logical works it out.
func logicalSize(w, h int, scale float64) (float64, float64) {
	s := math.Min(float64(w)/BaseW, float64(h)/BaseH) * scale
	return float64(w) / s, float64(h) / s
}

// cutText lists the text of the last frame that is cut: shortened with
// an ellipsis, or cut at its side by the clip it is drawn in. Text cut
// at the top or bottom of a scroll pane is not: the pane scrolls.
func cutText(a *App) []string {
	var out []string
	for _, b := range a.ui.TextBoxes() {
		s := strings.TrimSpace(b.S)
		if s == "…" || s == "" {
			continue // a delegation's "waiting" mark
		}
		if strings.HasSuffix(s, "…") {
			out = append(out, fmt.Sprintf("%q shortened", s))
			continue
		}
		if b.R.W+1 < b.Full {
			out = append(out, fmt.Sprintf("%q cut at its side (%.0f of %.0f px)", s, b.R.W, b.Full))
		}
	}
	return out
}

// layouts are the windows, interface sizes and text sizes the table must
// fit without cutting a word.
func layouts() []struct {
	name       string
	w, h       float64
	scale, txt float64
} {
	var out []struct {
		name       string
		w, h       float64
		scale, txt float64
	}
	for _, win := range [][2]int{{1024, 768}, {1280, 720}, {1920, 1080}} {
		for _, sc := range uiScales {
			for _, tx := range textSizes {
				w, h := logicalSize(win[0], win[1], sc)
				out = append(out, struct {
					name       string
					w, h       float64
					scale, txt float64
				}{fmt.Sprintf("%dx%d ui %.0f%% text %.0f%%", win[0], win[1], sc*100, tx*100), w, h, sc, tx})
			}
		}
	}
	return out
}

// At every window size, interface size and text size the table (a vote,
// the press, a package being put together), the polls, the settings, a
// round's news card and a vote's public screen (with the round timer)
// reflow instead of cutting text: no label is shortened with "…" or cut
// at its side, read from the display list.
func TestNothingCutAtAnySize(t *testing.T) {
	vote := soloTurn(t, true, rules.PhaseTable)
	if it, _ := vote.session.Public().Pending(); len(it.Changes) < 3 {
		t.Fatalf("the item voted on has %d changes: the item's height check wants a long one", len(it.Changes))
	}
	press := soloTurn(t, false, rules.PhasePress)
	polls := seatedApp(t, 0)
	playOn(t, polls, func() bool { return sceneName(polls) == "polls" }, plainTurn(polls))
	settings := storeApp(t, t.TempDir(), nil)
	settings.route(goTo(ToSettings))
	news := seatedApp(t, 0)
	playOn(t, news, func() bool { _, ok := news.scene.(*newsScene); return ok }, plainTurn(news))
	timed := timedApp(t)
	playOn(t, timed, func() bool {
		ps, ok := timed.scene.(*passScene)
		return ok && ps.purpose == passForItem
	}, plainTurn(timed))
	pkg := soloTurn(t, false, rules.PhaseTable)
	for _, in := range []rune{'2', '\n', '2', '\n'} {
		if in == '\n' {
			tick(pkg, kEnter)
			continue
		}
		tick(pkg, kChar(in))
	}
	if len(pkg.table.pkg) < 2 {
		t.Fatalf("the package screen holds %d changes, want 2", len(pkg.table.pkg))
	}
	screens := map[string]*App{"vote": vote, "press": press, "package": pkg, "polls": polls, "settings": settings, "news": news, "item": timed}
	for _, lay := range layouts() {
		for name, a := range screens {
			a.set.TextSize = lay.txt
			a.applySettings()
			a.frame(kNone, lay.w, lay.h)
			a.frame(kNone, lay.w, lay.h)
			if name == "settings" {
				// Nothing under the Done button (it was drawn over the
				// Language row at 150%).
				done := a.ui.TextBoxes()
				var btn widget.Rect
				for _, b := range done {
					if b.S == i18n.T("common.done") {
						btn = b.R
					}
				}
				if btn.W == 0 {
					t.Errorf("settings at %s: no Done button", lay.name)
				}
				for _, b := range done {
					if in := b.R.Intersect(btn.Inset(-8)); b.S != i18n.T("common.done") && in.W > 1 && in.H > 1 {
						t.Errorf("settings at %s: %q is under Done", lay.name, b.S)
					}
				}
			}
			if name == "vote" {
				// The draft's column holds its longest word: no word is
				// broken in two ("Guarantee / s" at 150%).
				_, doc, _, _ := tableColumns(a.ui, widget.R(0, 0, lay.w-24, lay.h), 12)
				if long := longestWord(a); doc.W-2*26-widget.ScrollbarW < a.ui.Measure(long, widget.SerifBold, a.ui.Size(20)) {
					t.Errorf("vote at %s: the draft (%.0f px) is narrower than %q", lay.name, doc.W, long)
				}
			}
			if name == "vote" {
				// The item being voted on gets a readable height: five
				// lines of it at least show whole (the package voted on
				// here has more), not one line in a slit of a scroll
				// pane (as at interface 150%).
				if shown := itemLinesShown(a); shown < 5 {
					t.Errorf("vote at %s: %d lines of the item show whole, want 5 or more", lay.name, shown)
				}
			}
			if cut := cutText(a); len(cut) > 0 {
				t.Errorf("%s at %s: %d cut, e.g. %s", name, lay.name, len(cut), strings.Join(cut[:min(4, len(cut))], "; "))
			}
		}
	}
}

// longestWord is the widest word of the draft's wordings.
func longestWord(a *App) string {
	sc := a.session.Scenario()
	long := ""
	for _, sl := range sc.Slots {
		for _, o := range sl.Options {
			for _, w := range strings.Fields(o.Text) {
				if a.ui.Measure(w, widget.SerifBold, 20) > a.ui.Measure(long, widget.SerifBold, 20) {
					long = w
				}
			}
		}
	}
	return long
}

// itemLinesShown counts the lines of the item on the table (its heading,
// its changes, its reason and its points, drawn in that order before the
// ballots) that show whole in the last frame, read from the display list.
func itemLinesShown(a *App) int {
	v := a.session.Public()
	it, ok := v.Pending()
	if !ok {
		return 0
	}
	head := i18n.T("act.item", "n", v.NumItems(), "party", a.session.Scenario().Parties[it.Party].Name)
	yes := strings.SplitN(i18n.T("act.vote.yes.pts", "delta", "±0"), "(", 2)[0]
	full := widget.LineHeight(a.ui.Size(theme.Small)) - 1
	shown, in := 0, false
	for _, b := range a.ui.TextBoxes() {
		if !in && strings.HasPrefix(head, b.S) {
			in = true
		}
		if in && strings.HasPrefix(b.S, yes) {
			break
		}
		if in && b.R.H >= full {
			shown++
		}
	}
	return shown
}

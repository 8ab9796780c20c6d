package ui

import (
	"strconv"

	"bindingwords/game/i18n"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// chooserScene lets any human delegation open its private brief again,
// at any moment of the game: it picks its name here, and the brief opens
// behind its own pass-the-device screen (at once for the delegation that
// already has the device).
type chooserScene struct {
	a *App
	s *Session
}

func newChooser(a *App, s *Session) *chooserScene { return &chooserScene{a: a, s: s} }

func (c *chooserScene) Busy() bool { return false }

func (c *chooserScene) Update(u *widget.UI) Outcome {
	th := u.Th
	s := c.s
	body := screenFrame(u, i18n.T("chooser.title"), i18n.T("chooser.sub"))
	w := min(620, body.W)
	x := body.X + (body.W-w)/2
	y := body.Y + 16
	var out Outcome
	humans := s.Humans()
	if len(humans) > 0 {
		u.DefaultFocus("chooser." + strconv.Itoa(humans[0]))
	}
	for _, p := range humans {
		label := s.Scenario().Parties[p].Name
		if p == s.Unlocked() {
			label = i18n.T("chooser.open", "party", label)
		}
		if u.Button("chooser."+strconv.Itoa(p), widget.R(x, y, w, 58), label, widget.ButtonStyle{Chip: partyColour(u, p)}) {
			out = Outcome{To: ToBrief, Party: p}
		}
		y += 70
	}
	if len(humans) == 0 {
		y += u.Para(x, y, w, i18n.T("chooser.none"), widget.Sans, u.Size(theme.Body), th.TextMuted)
	}
	btn := footerButtons(body, 220)
	if u.Button("chooser.back", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) || u.In.Back {
		return goTo(ToTable)
	}
	return out
}

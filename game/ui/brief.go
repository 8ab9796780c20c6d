package ui

import (
	"strings"

	"bindingwords/game/i18n"
	"bindingwords/game/rules"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// briefScene shows one delegation's private brief: objectives, its own
// points for every wording, its reservation value and red lines. It is
// reached only through the pass-the-device screen.
type briefScene struct {
	a       *App
	s       *Session
	party   int
	initial bool // read at the start of the game, before the table opens
	// v is the delegation's own view, taken when its pass screen opened
	// the brief; open says it was. The brief keeps it while it is read,
	// even if the round timer locks the table meanwhile.
	v    rules.View
	open bool
}

func newBrief(a *App, s *Session, party int, initial bool) *briefScene {
	v, ok := s.Own()
	return &briefScene{a: a, s: s, party: party, initial: initial, v: v, open: ok && v.Seat() == party}
}

func (b *briefScene) Busy() bool { return false }

func (b *briefScene) Update(u *widget.UI) Outcome {
	th := u.Th
	if !b.open {
		// Not this delegation's device: nothing private is shown without
		// its pass screen (the flow always unlocks before a brief).
		purpose := passForReview
		if b.initial {
			purpose = passForBrief
		}
		return Outcome{To: ToPass, Party: b.party, Purpose: purpose}
	}
	u.DefaultFocus("brief.done")
	sc, v := b.s.Scenario(), b.v
	brief := v.Brief()
	party := &sc.Parties[b.party]
	body := screenFrame(u, i18n.T("brief.title", "party", party.Name), i18n.T("brief.sub"))
	u.Fill(widget.R(0, 0, u.W, 8), th.Party(b.party))
	size, small := u.Size(theme.Body), u.Size(theme.Small)
	colW := body.W * 0.46
	left := widget.R(body.X, body.Y, colW, body.H-70)
	right := widget.R(body.X+colW+28, body.Y, body.W-colW-28, body.H-70)

	y := u.BeginScroll("brief.text", left)
	w := left.W - widget.ScrollbarW - 8
	u.Text(left.X, y, i18n.T("brief.objectives"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	for _, o := range brief.Objectives {
		y += bullet(u, left.X, y, w, o, widget.Sans, size, th.Text) + 6
	}
	y += 10
	best := v.BestScore()
	cur, _ := v.Scores(v.Text())
	y += u.Para(left.X, y, w, i18n.T("brief.reservation", "n", brief.Reservation), widget.SansBold, size, th.Warn) + 4
	y += u.Para(left.X, y, w, i18n.T("brief.best", "best", best, "now", cur), widget.Sans, size, th.Text) + 14
	for _, para := range strings.Split(brief.Text, "\n") {
		if strings.TrimSpace(para) != "" {
			y += u.Para(left.X, y, w, para, widget.Serif, size, th.Text) + 10
		}
	}
	u.EndScroll(y)

	y = u.BeginScroll("brief.points", right)
	w = right.W - widget.ScrollbarW - 8
	u.Text(right.X, y, i18n.T("brief.points"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 4
	red := map[[2]int]bool{}
	for _, r := range brief.RedLines {
		red[[2]int{r.Slot, r.Option}] = true
	}
	for si := range sc.Slots {
		slot := &sc.Slots[si]
		u.TextFit(right.X, y, w, slot.Name, widget.SansBold, size, th.Text)
		y += widget.LineHeight(size)
		for oi, o := range slot.Options {
			pts := itoa(brief.Points[si][oi])
			mark := ""
			col := th.Text
			if red[[2]int{si, oi}] {
				mark = "  ✗ " + i18n.T("brief.redline")
				col = th.Bad
			}
			if v.Option(si) == oi {
				u.Fill(widget.R(right.X, y+2, w, widget.LineHeight(small)-2), th.SurfaceAlt)
			}
			u.TextRight(right.X+44, y, pts, widget.SansBold, small, col)
			u.TextFit(right.X+56, y, w-56, o.Label+mark, widget.Sans, small, col)
			y += widget.LineHeight(small)
		}
		y += 8
	}
	if len(brief.Links) > 0 {
		u.Text(right.X, y, i18n.T("brief.links"), widget.SansBold, small, th.TextMuted)
		y += widget.LineHeight(small) + 4
		for _, l := range brief.Links {
			line := i18n.T("brief.link", "points", signed(l.Points),
				"a", sc.Slots[l.If.Slot].Options[l.If.Option].Label, "aslot", sc.Slots[l.If.Slot].Name,
				"b", sc.Slots[l.And.Slot].Options[l.And.Option].Label, "bslot", sc.Slots[l.And.Slot].Name)
			y += u.Para(right.X, y, w, line, widget.Sans, small, th.Text) + 4
		}
	}
	u.EndScroll(y)

	label := i18n.T("brief.done")
	btn := footerButtons(body, 320)
	if u.Button("brief.done", btn[0], label, widget.ButtonStyle{Primary: true}) || (!b.initial && u.In.Back) {
		if b.initial {
			b.s.Briefed[b.party] = true
			b.s.Lock()
			return goTo(ToBriefs)
		}
		if b.party != b.s.Actor() {
			// Read between turns: lock the table again, so the next
			// delegation to act takes the device behind its own screen.
			b.s.Lock()
		}
		return goTo(ToTable)
	}
	return stay()
}

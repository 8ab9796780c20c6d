package ui

import (
	"bindingwords/game/i18n"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// projectorStub stands in for the projector view (game/ui/projector.go,
// written on another branch) so that this branch builds and the lobby
// can hand over to something. This file is deleted when the two meet.
type projectorStub struct {
	a *App
	c *class
}

func newProjector(a *App, c *class) Scene { return &projectorStub{a: a, c: c} }

func (p *projectorStub) Busy() bool { return false }

func (p *projectorStub) Update(u *widget.UI) Outcome {
	body := screenFrame(u, p.c.sc.Title, p.c.code)
	u.Para(body.X, body.Y, body.W, i18n.T("lobby.start"), widget.Sans, u.Size(theme.Large), u.Th.Text)
	btn := footerButtons(body, 200)
	if u.Button("stub.back", btn[0], i18n.T("common.back"), widget.ButtonStyle{}) {
		return goTo(ToTitle)
	}
	return stay()
}

package ui

import (
	"errors"
	"image/color"
	"strconv"

	"bindingwords/game/host"
	"bindingwords/game/i18n"
	"bindingwords/game/match"
	"bindingwords/game/ui/theme"
	"bindingwords/game/ui/widget"
)

// A lobbyModel is what the lobby shows, made from the table's public
// lobby snapshot: the delegations taking part, each with who has it.
type lobbyModel struct {
	code            string
	locked, started bool
	rows            []lobbyRow
	spectators      int
	teams           int
	// empty names the delegations nobody plays yet, in table order.
	empty []string
}

// A lobbyRow is one delegation taking part.
type lobbyRow struct {
	party   int
	name    string
	kind    match.SeatKind
	team    string
	devices []host.Device
	away    bool
}

// modelOf makes the lobby's model; optional delegations left out are not
// listed.
func modelOf(l host.Lobby) lobbyModel {
	m := lobbyModel{code: l.Code, locked: l.Locked, started: l.Started, spectators: l.Spectators}
	for _, s := range l.Seats {
		if s.Kind.Role == match.Out {
			continue
		}
		r := lobbyRow{party: s.Party, name: s.Name, kind: s.Kind, team: s.Team, devices: s.Devices, away: s.Away}
		m.rows = append(m.rows, r)
		if r.empty() {
			m.empty = append(m.empty, r.name)
		}
		if r.hasTeam() {
			m.teams++
		}
	}
	return m
}

// canStart: every delegation is played, by a team or an AI delegate.
func (m lobbyModel) canStart() bool { return len(m.empty) == 0 && len(m.rows) > 0 }

// summary counts the teams and the devices watching.
func (m lobbyModel) summary() string {
	return i18n.T("lobby.summary", "teams", m.teams, "watching", m.spectators)
}

// row is the row of party p, if it takes part.
func (m lobbyModel) row(p int) (lobbyRow, bool) {
	for _, r := range m.rows {
		if r.party == p {
			return r, true
		}
	}
	return lobbyRow{}, false
}

func (r lobbyRow) hasTeam() bool {
	return r.kind.Role == match.Human && (r.team != "" || len(r.devices) > 0)
}

// empty: people are to play the delegation and no team has taken it.
func (r lobbyRow) empty() bool { return r.kind.Role == match.Human && !r.hasTeam() }

// connected counts the devices of the team that are connected now.
func (r lobbyRow) connected() int {
	n := 0
	for _, d := range r.devices {
		if d.Connected {
			n++
		}
	}
	return n
}

// status says who plays the delegation, in words.
func (r lobbyRow) status() string {
	team := r.team
	if team == "" {
		team = i18n.T("lobby.noname")
	}
	return r.statusWith(team)
}

// statusWith is the status with the team's name as given: the lobby
// shortens a long name rather than the number of devices after it.
func (r lobbyRow) statusWith(team string) string {
	switch {
	case r.kind.Role == match.AI:
		return i18n.T("lobby.ai", "level", levelLabel(r.kind.Level))
	case r.empty():
		return i18n.T("lobby.emptyseat")
	case r.away || r.connected() == 0:
		return i18n.T("lobby.team.away", "team", team)
	}
	return i18n.T("lobby.team", "team", team, "devices", r.connected())
}

// fitStatus is the status shortened to width w, the team's name first.
func (r lobbyRow) fitStatus(u *widget.UI, f widget.Font, size, w float64) string {
	st := r.status()
	if !r.hasTeam() || u.Measure(st, f, size) <= w {
		return st
	}
	rest := u.Measure(r.statusWith(""), f, size)
	return u.Fonts.Fit(r.statusWith(u.Fonts.Fit(r.team, f, size, max(40, w-rest))), f, size, w)
}

// levelLabel names an AI level on screen.
func levelLabel(level string) string {
	switch level {
	case "easy":
		return i18n.T("lobby.level.easy")
	case "hard":
		return i18n.T("lobby.level.hard")
	}
	return i18n.T("lobby.level.normal")
}

// openSheet opens party p's seat sheet. A device would move to the first
// delegation nobody plays, where a team sent to the wrong seat most
// likely belongs, else to the next delegation.
func (l *lobbyScene) openSheet(p int) {
	l.sheet, l.msg = p, ""
	ts := l.targets()
	l.moveTo = ts[0]
	for i, r := range l.model.rows {
		if r.party == p && i+1 < len(l.model.rows) {
			l.moveTo = l.model.rows[i+1].party
		}
	}
	for _, r := range l.model.rows {
		if r.party != p && r.empty() {
			l.moveTo = r.party
			break
		}
	}
}

// targets are where a device of the open seat can go: another delegation
// taking part, or the spectators (-1), last.
func (l *lobbyScene) targets() []int {
	var out []int
	for _, r := range l.model.rows {
		if r.party != l.sheet {
			out = append(out, r.party)
		}
	}
	return append(out, -1)
}

// stepTarget moves the device's destination d steps along targets.
func (l *lobbyScene) stepTarget(d int) {
	ts := l.targets()
	i := 0
	for j, p := range ts {
		if p == l.moveTo {
			i = j
		}
	}
	l.moveTo = ts[(i+d+len(ts))%len(ts)]
}

// act reports what went wrong with a teacher's action, or clears the
// last message; the table's version makes the lobby show the change.
func (l *lobbyScene) act(err error) {
	l.msg = ""
	if err != nil {
		l.msg = err.Error()
	}
}

// drawSheet is one delegation's seat: who plays it (people or an AI
// delegate of a level), and the devices of the team that has it, each of
// which can be moved to another delegation or removed.
func (l *lobbyScene) drawSheet(u *widget.UI) {
	th := u.Th
	row, ok := l.model.row(l.sheet)
	if !ok || u.In.Back {
		l.closeSheet(u)
		return
	}
	u.Fill(widget.R(0, 0, u.W, u.H), th.Overlay)
	w := min(820, u.W-2*margin)
	body, small, large := u.Size(theme.Body), u.Size(theme.Small), u.Size(theme.Head)
	devH := 52.0
	h := 28 + widget.LineHeight(large) + widget.LineHeight(body) + 20 + widget.LineHeight(small) + 6 + 52 + 24 + 52 + 28
	if len(row.devices) > 0 {
		h += widget.LineHeight(small) + 6 + float64(len(row.devices)+1)*(devH+8) + 12
	}
	p := widget.R((u.W-w)/2, max(margin, (u.H-h)/2), w, h)
	u.Fill(p, th.Surface)
	u.Stroke(p, 2, th.Accent)
	x, y, iw := p.X+28, p.Y+28, w-56
	u.Fill(widget.R(x, y+widget.LineHeight(large)/2-10, 20, 20), th.Party(row.party))
	u.TextFit(x+32, y, iw-32, row.name, widget.SansBold, large, th.Text)
	y += widget.LineHeight(large)
	u.TextFit(x, y, iw, row.status(), widget.Sans, body, th.TextMuted)
	y += widget.LineHeight(body) + 20

	// Who plays it.
	u.Text(x, y, i18n.T("lobby.who"), widget.SansBold, small, th.TextMuted)
	y += widget.LineHeight(small) + 6
	choices := seatChoices(false)
	u.DefaultFocus("lobby.kind.0")
	for i, r := range widget.R(x, y, iw, 52).Row(len(choices), 10) {
		k := choices[i]
		label := i18n.T("lobby.people")
		if k.Role == match.AI {
			label = seatLabel(k)
		}
		tip := i18n.T("lobby.people.tip")
		if k.Role == match.AI {
			tip = i18n.T("lobby.ai.tip")
		}
		if u.Button("lobby.kind."+strconv.Itoa(i), r, label, widget.ButtonStyle{Selected: k == row.kind, Tip: tip}) && k != row.kind {
			l.act(l.c.t.SetSeat(row.party, k))
		}
	}
	y += 52 + 24

	if len(row.devices) > 0 {
		u.Text(x, y, i18n.T("lobby.devices"), widget.SansBold, small, th.TextMuted)
		y += widget.LineHeight(small) + 6
		name, chip := i18n.T("lobby.spectate"), (*color.RGBA)(nil)
		if target, ok := l.model.row(l.moveTo); ok {
			name, chip = target.name, partyColour(u, target.party)
		}
		allW := 260.0
		if d := u.Choice("lobby.moveto", widget.R(x, y, iw-allW-10, devH), i18n.T("lobby.moveto"), name, i18n.T("lobby.moveto.tip"), chip); d != 0 {
			l.stepTarget(d)
		}
		// A team sent to the wrong delegation moves with all its devices.
		if u.Button("lobby.moveall", widget.R(x+iw-allW, y, allW, devH), i18n.T("lobby.moveall"), widget.ButtonStyle{Tip: i18n.T("lobby.moveall.tip")}) {
			var err error
			for _, d := range row.devices {
				err = errors.Join(err, l.c.t.MoveDevice(d.Handle, l.moveTo))
			}
			l.act(err)
		}
		y += devH + 8
		for i, d := range row.devices {
			l.deviceRow(u, i, d, name, widget.R(x, y, iw, devH))
			y += devH + 8
		}
	}

	if l.msg != "" {
		u.TextFit(x, p.Bottom()-28-52+(52-widget.LineHeight(small))/2, iw-200, l.msg, widget.Sans, small, th.Bad)
	}
	btn := footerButtons(p.Inset(28), 180)
	if u.Button("lobby.done", btn[0], i18n.T("common.done"), widget.ButtonStyle{Primary: true}) {
		l.closeSheet(u)
	}
}

// closeSheet goes back to the list, with the focus on the delegation
// whose sheet it was; the list is built again at once, with its controls.
func (l *lobbyScene) closeSheet(u *widget.UI) {
	u.SetFocus("lobby.seat." + strconv.Itoa(l.sheet))
	l.sheet = -1
	u.RequestAgain()
}

// deviceRow is one device of the team on the open seat, with its move
// to the chosen destination and its removal.
func (l *lobbyScene) deviceRow(u *widget.UI, i int, d host.Device, to string, r widget.Rect) {
	th := u.Th
	small := u.Size(theme.Small)
	state := i18n.T("lobby.device.on")
	if !d.Connected {
		state = i18n.T("lobby.device.off")
	}
	label := i18n.T("lobby.device", "team", d.Team, "handle", d.Handle, "state", state)
	moveW, btnW := 260.0, 150.0
	textW := r.W - moveW - btnW - 2*10
	u.Para(r.X, r.Y+max(0, (r.H-u.ParaHeight(textW, label, widget.Sans, small))/2), textW, label, widget.Sans, small, th.Text)
	x := r.X + textW + 10
	n := strconv.Itoa(i)
	if u.Button("lobby.move."+n, widget.R(x, r.Y, moveW, r.H), i18n.T("lobby.move", "to", to), widget.ButtonStyle{}) {
		l.act(l.c.t.MoveDevice(d.Handle, l.moveTo))
	}
	x += moveW + 10
	if u.Button("lobby.remove."+n, widget.R(x, r.Y, btnW, r.H), i18n.T("lobby.remove"), widget.ButtonStyle{Tip: i18n.T("lobby.remove.tip")}) {
		l.act(l.c.t.RemoveDevice(d.Handle))
	}
}

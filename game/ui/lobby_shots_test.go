//go:build !js

package ui

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	qr "github.com/piglig/go-qr"

	"bindingwords/game/host"
	"bindingwords/game/host/client"
	"bindingwords/game/match"
	"bindingwords/game/save"
	"bindingwords/scenarios"
)

// TestMain runs the package's tests, or, with BW_LOBBY_SHOTS set to a
// folder, opens a window and saves screenshots of the class setup and
// the lobby there (Ebitengine wants the main thread, which only TestMain
// has). Under Xvfb, on a screen larger than the largest shot so that the
// pointer, which Xvfb leaves in the middle of its screen, is outside the
// window and shows no hover or tooltip:
//
//	BW_LOBBY_SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 3840x2160x24" go test ./game/ui -run XXX
func TestMain(m *testing.M) {
	if dir := os.Getenv("BW_LOBBY_SHOTS"); dir != "" {
		if err := lobbyShots(dir); err != nil {
			fmt.Fprintln(os.Stderr, "lobby shots:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A shot is one screen at one window size.
type shot struct {
	name  string
	w, h  int
	scene func(a *App) Scene
	// qr, when set, is the text the QR code on screen must read as.
	qr string
}

// shooter plays the App in a real window and saves each shot once its
// window has the shot's size and a few frames have settled.
type shooter struct {
	a     *App
	dir   string
	shots []shot
	i     int
	ticks int
	err   error
}

func (s *shooter) Update() error {
	if s.err != nil {
		return s.err
	}
	if s.i == len(s.shots) {
		return ebiten.Termination
	}
	if s.ticks == 0 {
		sh := s.shots[s.i]
		ebiten.SetWindowSize(sh.w, sh.h)
		ebiten.SetWindowPosition(0, 0)
		s.a.scene = sh.scene(s.a)
		s.a.ui.ResetFocus()
		s.a.primed = false
	}
	s.ticks++
	return s.a.Update()
}

func (s *shooter) Draw(screen *ebiten.Image) {
	s.a.drawn = drawKey{} // draw every frame: the screen is cleared
	s.a.fade = 0
	s.a.Draw(screen)
	if s.i == len(s.shots) || s.ticks < 30 {
		return
	}
	sh := s.shots[s.i]
	b := screen.Bounds()
	if b.Dx() != sh.w || b.Dy() != sh.h {
		if s.ticks > 600 {
			s.err = fmt.Errorf("%s: the window stayed %dx%d", sh.name, b.Dx(), b.Dy())
		}
		return
	}
	img := image.NewRGBA(b)
	screen.ReadPixels(img.Pix)
	if sh.qr != "" {
		// The code as the window drew it, read back from its pixels: the
		// left half of the screen below the heading holds it.
		left := img.SubImage(image.Rect(0, b.Dy()/6, b.Dx()/2, b.Dy()*7/8))
		got, err := qr.Decode(left)
		if err != nil || got != sh.qr {
			s.err = fmt.Errorf("%s: the QR code on screen reads %q (%v), want %q", sh.name, got, err, sh.qr)
			return
		}
	}
	name := filepath.Join(s.dir, sh.name+"-"+strconv.Itoa(sh.w)+"x"+strconv.Itoa(sh.h)+".png")
	f, err := os.Create(name)
	if err == nil {
		err = png.Encode(f, img)
		f.Close()
	}
	if err != nil {
		s.err = err
		return
	}
	s.i++
	s.ticks = 0
}

func (s *shooter) Layout(w, h int) (int, int) { return s.a.Layout(w, h) }

// lobbyShots opens Berlin's five core delegations to a real host on
// loopback, joins two teams, gives Germany to an AI delegate, and shoots
// the setup and the lobby at 1280×720 and 1024×768.
func lobbyShots(dir string) error {
	tmp, err := os.MkdirTemp("", "bw-lobby-shots")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	store, err := save.Open(tmp)
	if err != nil {
		return err
	}
	a, err := NewApp(Options{Scenarios: scenarios.Builtin(), Load: scenarios.LoadBuiltin, Scenario: "berlin", Seed: 5, Store: store})
	if err != nil {
		return err
	}
	sc, err := scenarios.LoadBuiltin("berlin")
	if err != nil {
		return err
	}
	out := make([]bool, len(sc.Parties))
	for p := range sc.Parties {
		out[p] = sc.Parties[p].Optional
	}
	c, err := openClass(store, classSetup{ScenarioID: "berlin", Scenario: sc, Preset: lessonPresets[0], Out: out, Seed: 5}, "127.0.0.1", []int{0})
	if err != nil {
		return err
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	base := "http://127.0.0.1:" + strconv.Itoa(c.srv.Port())
	for _, j := range [][2]string{{"us", "The Eagles"}, {"ukraine", "Team Kyiv"}, {"ukraine", "Team Kyiv"}} {
		cl, err := client.Join(ctx, base, c.code, j[0], j[1])
		if err != nil {
			return err
		}
		if err := cl.Connect(ctx); err != nil {
			return err
		}
		defer cl.Close()
	}
	if err := c.t.SetSeat(sc.PartyIndex("germany"), match.AISeat(match.DefaultLevel)); err != nil {
		return err
	}
	connected := func() int {
		n := 0
		for _, r := range modelOf(c.t.Lobby()).rows {
			n += r.connected()
		}
		return n
	}
	for deadline := time.Now().Add(5 * time.Second); connected() < 3; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			return errors.New("the teams never showed in the lobby")
		}
	}
	a.class = c
	// The host listens on loopback only (no traffic beyond it from a
	// test), so it offers 127.0.0.1 and warns that only this machine can
	// join. The pictures show what a classroom laptop on the school's
	// network shows: a LAN address, as the host would list it.
	offline := &class{h: c.h, srv: c.srv, t: c.t, sc: c.sc, urls: c.urls, joinURLs: c.joinURLs, code: c.code, onNetwork: c.onNetwork}
	lan := "http://192.168.1.23:8080/"
	c.urls, c.joinURLs, c.onNetwork = []string{lan}, []string{host.JoinURL(lan, c.code)}, true
	// All seven delegations, one team with a long name: nothing may run
	// off its row.
	all, err := openClass(store, classSetup{ScenarioID: "berlin", Scenario: sc, Preset: lessonPresets[1], Seed: 6}, "127.0.0.1", []int{0})
	if err != nil {
		return err
	}
	defer all.Close()
	long, err := client.Join(ctx, "http://127.0.0.1:"+strconv.Itoa(all.srv.Port()), all.code, "uk", "The Very Long Team Name of Class 10B Group Four")
	if err != nil {
		return err
	}
	all.urls = c.urls
	all.joinURLs = []string{host.JoinURL(c.urls[0], all.code)}
	all.onNetwork = true
	if err := long.Connect(ctx); err != nil {
		return err
	}
	defer long.Close()
	// An earlier lesson's class, stopped in round 3, to go on with.
	prev, err := openClass(store, classSetup{ScenarioID: "berlin", Scenario: sc, Preset: lessonPresets[0], Out: out, Seed: 7}, "127.0.0.1", []int{0})
	if err != nil {
		return err
	}
	for p := range sc.Parties {
		if !out[p] && p != sc.PartyIndex("us") {
			if err := prev.t.SetSeat(p, match.AISeat(match.DefaultLevel)); err != nil {
				return err
			}
		}
	}
	if err := prev.t.Start(); err != nil {
		return err
	}
	if err := prev.t.Do(func(m *match.Match) {
		for m.Game().Round() < 3 && m.Advance() == nil {
		}
	}); err != nil {
		return err
	}
	if err := prev.Close(); err != nil {
		return err
	}
	setup := func(a *App) Scene { return newClassSetup(a) }
	resume := func(a *App) Scene {
		s := newClassSetup(a)
		s.saves.wait()
		s.takeSaves()
		s.resume = 1
		return s
	}
	lobby := func(a *App) Scene { return newLobby(a, c) }
	sheet := func(a *App) Scene {
		l := newLobby(a, c)
		l.openSheet(sc.PartyIndex("ukraine"))
		return l
	}
	confirm := func(a *App) Scene {
		l := newLobby(a, c)
		l.confirm = true
		return l
	}
	s := &shooter{a: a, dir: dir, shots: []shot{
		{"title", 1280, 720, func(a *App) Scene { return newTitle(a) }, ""},
		{"class-setup", 1280, 720, setup, ""}, {"class-setup", 1024, 768, setup, ""},
		{"class-setup-resume", 1280, 720, resume, ""},
		{"lobby", 1280, 720, lobby, c.joinURLs[0]}, {"lobby", 1024, 768, lobby, c.joinURLs[0]},
		{"lobby", 1920, 1080, lobby, c.joinURLs[0]},
		{"lobby-seat", 1280, 720, sheet, ""}, {"lobby-seat", 1024, 768, sheet, ""},
		{"lobby-confirm", 1280, 720, confirm, ""},
		{"lobby-seven", 1280, 720, func(a *App) Scene { return newLobby(a, all) }, all.joinURLs[0]},
		{"lobby-offline", 1280, 720, func(a *App) Scene { return newLobby(a, offline) }, offline.joinURLs[0]},
	}}
	ebiten.SetWindowTitle("Binding Words: lobby screenshots")
	ebiten.SetWindowSize(1280, 720)
	ebiten.SetWindowPosition(0, 0)
	if err := ebiten.RunGame(s); err != nil {
		return err
	}
	return s.err
}

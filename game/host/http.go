package host

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"bindingwords/game/match"
	"bindingwords/game/wire"
)

// The wire's paths, as the handler routes them.
const (
	roomPath     = wire.RoomPath
	joinPath     = wire.JoinPath
	scenarioPath = wire.ScenarioPath
	socketPath   = wire.SocketPath
)

// maxRequest bounds what a device may POST.
const maxRequest = 4096

// MaxTeamName is the longest team name kept, in characters.
const MaxTeamName = 40

//go:embed web
var web embed.FS

// files is the team page, compressed once when the host starts.
type files struct {
	byPath map[string]file
}

type file struct {
	typ       string
	plain, gz []byte
}

func pageFiles() *files {
	f := &files{byPath: map[string]file{}}
	_ = fs.WalkDir(web, "web", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := web.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "web")
		if name == "/index.html" {
			name = "/"
		}
		f.byPath[name] = file{typ: mime.TypeByExtension(path.Ext(p)), plain: data, gz: gzipped(data)}
		return nil
	})
	return f
}

func gzipped(data []byte) []byte {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	_, _ = w.Write(data)
	_ = w.Close()
	return b.Bytes()
}

func (f *files) serve(w http.ResponseWriter, r *http.Request) {
	f.serveFile(w, r, r.URL.Path)
}

// serveFile answers r with the page's file at name.
func (f *files) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	file, ok := f.byPath[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	// The page and its script change only with a new build of the game:
	// the browser revalidates, which costs a round trip, not a download.
	w.Header().Set("Cache-Control", "no-cache")
	writeBody(w, r, file.typ, file.plain, file.gz)
}

// writeBody sends plain, or gz when the browser takes gzip.
func writeBody(w http.ResponseWriter, r *http.Request, typ string, plain, gz []byte) {
	h := w.Header()
	h.Set("Content-Type", typ)
	h.Add("Vary", "Accept-Encoding")
	if gz != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		_, _ = w.Write(gz)
		return
	}
	_, _ = w.Write(plain)
}

// securityHeaders keeps the team page to itself: no scripts but its own,
// no framing, no referrer leaving the room.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// tableOf is the table a request names by its "room" query, or an answer
// saying there is none.
func (h *Host) tableOf(w http.ResponseWriter, r *http.Request) (*Table, bool) {
	return h.findTable(w, r, r.URL.Query().Get("room"))
}

// findTable is the table with room code, or an answer saying there is
// none; an address that tries too many wrong codes is told to wait.
func (h *Host) findTable(w http.ResponseWriter, r *http.Request, code string) (*Table, bool) {
	addr, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		addr = r.RemoteAddr
	}
	now := time.Now()
	if h.guard.blocked(addr, now) {
		http.Error(w, "Too many wrong room codes from this device: wait a minute, then check the code on the projector.", http.StatusTooManyRequests)
		return nil, false
	}
	t, ok := h.Table(code)
	if !ok {
		h.guard.wrong(addr, now)
		http.Error(w, "There is no room with that code on this host: check the code on the projector.", http.StatusNotFound)
	}
	return t, ok
}

func (h *Host) serveRoom(w http.ResponseWriter, r *http.Request) {
	t, ok := h.tableOf(w, r)
	if !ok {
		return
	}
	var room wire.Room
	err := t.do(func() {
		pub := t.m.Public().Scenario()
		room = wire.Room{Code: t.code, Title: pub.Title, Scenario: pub.ID, Teams: t.teamList()}
	})
	if err != nil {
		http.Error(w, "This room has closed.", http.StatusGone)
		return
	}
	writeJSON(w, r, room)
}

func (h *Host) serveScenario(w http.ResponseWriter, r *http.Request) {
	t, ok := h.tableOf(w, r)
	if !ok {
		return
	}
	etag := `"` + t.scenarioHash + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeBody(w, r, "application/json", t.scenarioJSON, t.scenarioGz)
}

func writeJSON(w http.ResponseWriter, r *http.Request, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeBody(w, r, "application/json", data, nil)
}

// serveRoomPage serves the team page at a room's own address, /CODE, with
// the code filled in (the page reads it from its address). A path that is
// no room code is not found, without counting as a wrong guess: browsers
// ask for /favicon.ico and the like.
func (h *Host) serveRoomPage(w http.ResponseWriter, r *http.Request) {
	code := NormalCode(r.PathValue("code"))
	if len(code) != CodeLength || strings.Trim(code, codeLetters) != "" {
		http.NotFound(w, r)
		return
	}
	h.files.serveFile(w, r, "/")
}

func (h *Host) serveJoin(w http.ResponseWriter, r *http.Request) {
	var req wire.JoinRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxRequest))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		http.Error(w, "The join request is not valid: "+err.Error(), http.StatusBadRequest)
		return
	}
	t, ok := h.findTable(w, r, req.Room)
	if !ok {
		return
	}
	team := TeamName(req.Team)
	var (
		reply wire.JoinReply
		why   string
	)
	err := t.do(func() { reply, why = t.join(req.Party, team) })
	if err != nil {
		http.Error(w, "This room has closed.", http.StatusGone)
		return
	}
	if why != "" {
		http.Error(w, why, http.StatusConflict)
		return
	}
	writeJSON(w, r, reply)
}

// join hands out a token for the delegation with id party ("" to watch),
// or says why not in a sentence for the team.
func (t *Table) join(party, team string) (wire.JoinReply, string) {
	if t.Locked() {
		return wire.JoinReply{}, WhyLocked
	}
	if t.tokens >= t.h.limits.TokensPerRoom {
		return wire.JoinReply{}, "This room has handed out as many seats as it can; ask the teacher."
	}
	seat := -1
	if party != "" {
		if seat = t.m.Public().Scenario().PartyIndex(party); seat < 0 {
			return wire.JoinReply{}, "There is no such delegation in this game."
		}
		switch t.m.Kind(seat).Role {
		case match.AI:
			return wire.JoinReply{}, "An AI delegate plays this delegation; choose another."
		case match.Out:
			return wire.JoinReply{}, "This delegation is not taking part in this game."
		}
	}
	t.tokens++
	mb := &member{token: newToken(), handle: newHandle(), team: team, party: seat, devices: map[*device]struct{}{}}
	for t.byHandle[mb.handle] != nil {
		mb.handle = newHandle()
	}
	t.members[mb.token], t.byHandle[mb.handle] = mb, mb
	t.order = append(t.order, mb)
	// The token is known to the host before the device can use it.
	t.h.mu.Lock()
	t.h.seats[mb.token] = &seatRef{t: t, party: seat}
	t.h.mu.Unlock()
	t.teamsChanged()
	t.changed()
	return wire.JoinReply{Token: mb.token, Seat: seat}, ""
}

// TeamName is a name a team typed, made safe to keep: trimmed, without
// control or invisible formatting characters (which could reorder text
// on another screen), at most [MaxTeamName] characters.
func TeamName(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			// Before controls: tabs and line breaks are controls too.
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > MaxTeamName {
		s = strings.TrimSpace(string(r[:MaxTeamName]))
	}
	return s
}

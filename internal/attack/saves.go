package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A fixture is a save the damaged ones are made from.
type fixture struct {
	name     string // e.g. "v2-berlin-over"
	data     []byte
	scenario string // the scenario file it was played on (a copy under in)
	v1       bool   // a bare record (save format 1): no header, no checksum
	// v4: save format 4 (its record chains every step, reason
	// included), which only the game after issue 11 reads.
	v4 bool
	// v5: save format 5, which carries its scenario's text (issue 14).
	v5   bool
	over bool // the game is finished
}

// reseal recomputes the checksum on the end line of a format 2 save, the
// way a careful tester forges an edit: the first 8 bytes, in hex, of
// SHA-256 over every byte before the end line.
func reseal(data []byte) []byte {
	at := bytes.LastIndex(bytes.TrimRight(data, "\n"), []byte("\nend "))
	if at < 0 {
		return data
	}
	at++
	f := strings.Fields(string(data[at:]))
	if len(f) < 3 {
		return data
	}
	sum := sha256.Sum256(data[:at])
	out := append([]byte(nil), data[:at]...)
	return append(out, fmt.Sprintf("end %s %s\n", f[1], hex.EncodeToString(sum[:8]))...)
}

func (g *gen) fixtures() ([]fixture, error) {
	td := filepath.Join(g.repo, "game", "save", "testdata")
	scen := map[string]string{}
	for _, s := range []string{"berlin", "harbour"} {
		data, err := os.ReadFile(filepath.Join(td, "scenarios", s+".yaml"))
		if err != nil {
			return nil, err
		}
		if scen[s], err = g.write(filepath.Join("save-scenarios", s+".yaml"), data); err != nil {
			return nil, err
		}
	}
	var fxs []fixture
	for _, f := range []struct{ dir, file, scen string }{
		{"v2", "berlin-over.bws", "berlin"}, {"v2", "berlin-round3.bws", "berlin"}, {"v2", "harbour-over.bws", "harbour"},
		{"v1", "berlin-over.record", "berlin"}, {"v1", "berlin-round2.record", "berlin"}, {"v1", "harbour-over.record", "harbour"},
		{"v4", "harbour-over.bws", "harbour"}, {"v4", "berlin-round4.bws", "berlin"},
		{"v5", "harbour-over.bws", "harbour"}, {"v5", "berlin-round4.bws", "berlin"},
	} {
		data, err := os.ReadFile(filepath.Join(td, f.dir, f.file))
		if (f.dir == "v4" || f.dir == "v5") && errors.Is(err, fs.ErrNotExist) {
			continue // a tree from before that format
		}
		if err != nil {
			return nil, err
		}
		fxs = append(fxs, fixture{
			name: f.dir + "-" + strings.TrimSuffix(strings.TrimSuffix(f.file, ".bws"), ".record"),
			data: data, scenario: scen[f.scen], v1: f.dir == "v1", v4: f.dir == "v4", v5: f.dir == "v5", over: strings.Contains(f.file, "-over"),
		})
	}
	return fxs, nil
}

// save writes one damaged save and returns its runs: replay, and report
// for a finished game (a mid-game report is its own case). With
// scenario "", the runs do not say which scenario file to use, so the
// save's own "source" line is followed.
func (g *gen) save(fx fixture, name string, e Expect, data []byte, set func(*Case)) ([]Case, error) {
	ext := ".bws"
	if fx.v1 {
		ext = ".record"
	}
	p, err := g.write(filepath.Join("saves", fx.name+"-"+name+ext), data)
	if err != nil {
		return nil, err
	}
	return g.saveRuns(fx, fx.name+"/"+name, e, p, fx.scenario, set), nil
}

func (g *gen) saveRuns(fx fixture, name string, e Expect, p, scenario string, set func(*Case)) []Case {
	var sc []string
	if scenario != "" {
		sc = []string{"--scenario", scenario}
	}
	argv := [][]string{append(append([]string{"replay"}, sc...), p)}
	if fx.over {
		out := filepath.Join(g.out, strings.ReplaceAll(name, "/", "-")+".html")
		argv = append(argv, append(append([]string{"report"}, sc...), p, "--out", out))
	}
	var cs []Case
	for _, a := range argv {
		c := newCase("saves", "save/"+name+"/"+a[0], e, a...)
		c.V4, c.V5 = fx.v4, fx.v5
		if a[0] == "report" {
			c.OutFile = a[len(a)-1]
		}
		if set != nil {
			set(&c)
		}
		cs = append(cs, c)
	}
	return cs
}

func (g *gen) saves() ([]Case, error) {
	fxs, err := g.fixtures()
	if err != nil {
		return nil, err
	}
	r := g.rand("saves")
	var cs []Case
	var firstErr error
	try := func(more []Case, err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
		cs = append(cs, more...)
	}
	// The edits a careful tester forges: each may load only if the
	// output says that part of the save is unverified.
	label := func(parts ...string) func(*Case) {
		return func(c *Case) { c.LabelOK, c.LabelOf = true, parts }
	}
	reasons, seats, title := label("reason"), label("who played", "seat"), label("title")
	for _, fx := range fxs {
		seal := func(b []byte) []byte {
			if fx.v1 {
				return b
			}
			return reseal(b)
		}
		ls := splitLines(fx.data)
		// The unchanged fixture, and its benign variants. A format 1
		// record of an unfinished game cannot show that it was not cut
		// short, so the game may refuse it (see the cuts below).
		benign := Accept
		if fx.v1 && !fx.over {
			benign = Harmless
		}
		try(g.save(fx, "original", benign, fx.data, nil))
		try(g.save(fx, "bom", benign, append(append([]byte(nil), bom...), fx.data...), nil))
		try(g.save(fx, "crlf", benign, crlf(fx.data), nil))
		try(g.save(fx, "nul-at-start", Refuse, append([]byte{0}, fx.data...), func(c *Case) { c.Words = []string{"NUL"} }))

		// Where the steps and their reasons are.
		var steps []int
		for i, l := range ls {
			if strings.HasPrefix(l, "step ") && strings.HasSuffix(l, `"`) && strings.Contains(l, ` "`) {
				steps = append(steps, i)
			}
		}
		if len(steps) == 0 {
			return nil, fmt.Errorf("%s: no step with a reason", fx.name)
		}
		pick := []int{steps[0], steps[len(steps)/2], steps[len(steps)-1]}
		// A reason edited to carry terminal control or a forged line.
		for _, p := range []struct{ name, text string }{
			{"osc-title", `\u001b]0;title\u0007`}, {"clear-screen", `\u001b[2J`},
			{"forged-outcome", `\nOutcome: The agreement is in force.`},
			{"cr-forged-outcome", `\r\u001b[2KOutcome: The agreement is in force.`}, {"rlo", `\u202e`},
		} {
			for k, at := range pick {
				l := ls[at]
				edited := l[:len(l)-1] + p.text + `"`
				maxOut := 1
				if !fx.over {
					maxOut = 0
				}
				try(g.save(fx, fmt.Sprintf("reason-%s-%d", p.name, k), Harmless, seal(joinLines(withLine(ls, at, edited))),
					func(c *Case) { c.MaxOutcome = maxOut }))
			}
		}
		// Bits flipped inside reasons, the checksum forged: the game must
		// see it, or say that the reasons are unverified.
		for i := range 8 {
			at := steps[r.IntN(len(steps))]
			l := []byte(ls[at])
			q := bytes.IndexByte(l, '"')
			var letters []int
			for j := q + 1; j < len(l)-1; j++ {
				if c := l[j]; c >= 'a' && c <= 'z' {
					letters = append(letters, j)
				}
			}
			if len(letters) == 0 {
				continue
			}
			j := letters[r.IntN(len(letters))]
			l[j] ^= []byte{0x01, 0x02, 0x04}[r.IntN(3)]
			try(g.save(fx, fmt.Sprintf("reason-flip-%02d", i), Refuse, seal(joinLines(withLine(ls, at, string(l)))), reasons))
		}
		// Long lines: a 100 KB reason is odd but within the format's
		// 1 MiB line limit (Harmless); a 2 MB reason or comment is past it
		// and must be refused in plain words, not "token too long".
		long := func(n int) string { return ls[pick[1]][:len(ls[pick[1]])-1] + strings.Repeat("blah ", n/5) + `"` }
		try(g.save(fx, "reason-100k", Harmless, seal(joinLines(withLine(ls, pick[1], long(100_000)))), nil))
		try(g.save(fx, "reason-2m", Refuse, seal(joinLines(withLine(ls, pick[1], long(2_000_000)))), nil))
		try(g.save(fx, "comment-2m", Refuse, seal(joinLines(insertAt(ls, pick[1], "# "+strings.Repeat("x", 2_000_000)))), nil))
		// Seat kinds edited: a human seat made an AI one, in the record's
		// seat line, in the header's delegation line, or both.
		seatAt := findLine(ls, 0, "seat ")
		delegAt := findLine(ls, 0, "delegation ")
		if seatAt >= 0 {
			f := strings.Fields(ls[seatAt])
			kind := "ai:hard"
			if f[2] != "human" {
				kind = "human"
			}
			seatEdit := "seat " + f[1] + " " + kind
			try(g.save(fx, "seat-kind", Refuse, seal(joinLines(withLine(ls, seatAt, seatEdit))), seats))
			if delegAt >= 0 && !fx.v1 {
				df := strings.Fields(ls[delegAt])
				delegEdit := strings.Join(append([]string{df[0], df[1], kind}, df[3:]...), " ")
				try(g.save(fx, "delegation-kind", Refuse, seal(joinLines(withLine(ls, delegAt, delegEdit))), seats))
				try(g.save(fx, "seat-and-delegation-kind", Refuse, seal(joinLines(withLine(withLine(ls, seatAt, seatEdit), delegAt, delegEdit))), seats))
			}
		}
		// Header text: control characters (must not reach the terminal)
		// and an edited title (verified or labelled).
		if !fx.v1 {
			nameAt, titleAt := findLine(ls, 0, "name "), findLine(ls, 0, "title ")
			for _, ch := range []struct{ name, text string }{
				{"esc", "\x1b]0;pwned\x07"}, {"clear", "\x1b[2J"}, {"bs", "\x08\x08\x08"}, {"rlo", "\u202e"}, {"csi-c1", "\u009b2J"},
			} {
				try(g.save(fx, "header-name-"+ch.name, Harmless, seal(joinLines(withLine(ls, nameAt, ls[nameAt]+ch.text))), nil))
				try(g.save(fx, "header-title-"+ch.name, Harmless, seal(joinLines(withLine(ls, titleAt, ls[titleAt]+ch.text))), nil))
			}
			try(g.save(fx, "header-title-edited", Refuse, seal(joinLines(withLine(ls, titleAt, "title The Treaty of Everything"))), title))
		}
		// Random damage, the checksum left as it is.
		flips := 30
		if fx.v1 {
			flips = 15
		}
		for i := range flips {
			out := append([]byte(nil), fx.data...)
			at := r.IntN(len(out))
			out[at] ^= 1 << r.IntN(8)
			e := Refuse
			if at == len(out)-1 {
				e = Harmless // the final line break: nothing of the save changed
			}
			try(g.save(fx, fmt.Sprintf("flip-%02d", i), e, out, func(c *Case) {
				if fx.v1 {
					reasons(c)
				}
			}))
		}
		// Cut at random bytes, and (format 1) at line boundaries.
		if fx.over || !fx.v1 {
			for i := range 15 {
				n := r.IntN(len(fx.data) - 1)
				try(g.save(fx, fmt.Sprintf("cut-%02d", i), Refuse, fx.data[:n], nil))
			}
		}
		if fx.v1 && fx.over {
			for i := range 12 {
				n := 1 + r.IntN(len(ls)-1)
				try(g.save(fx, fmt.Sprintf("cut-%02d-at-line-%03d", i, n), Refuse, joinLines(ls[:n]), nil))
			}
		}
	}
	more, err := g.saveSpecial(fxs)
	if err != nil {
		return nil, err
	}
	cs = append(cs, more...)
	more, err = g.savesCarried(fxs)
	if err != nil {
		return nil, err
	}
	return append(cs, more...), firstErr
}

// fixtureFile reads one of the save fixtures.
func (g *gen) fixtureFile(dir, file string) ([]byte, error) {
	return os.ReadFile(filepath.Join(g.repo, "game", "save", "testdata", dir, file))
}

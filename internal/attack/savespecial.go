package main

import (
	"os"
	"path/filepath"
	"strings"
)

// saveSpecial builds the saves issue 11 names one by one: a header whose
// "source" line points somewhere it must not, files that are not saves
// at all, and a report on an unfinished game.
func (g *gen) saveSpecial(fxs []fixture) ([]Case, error) {
	fifo, folder, zero, err := g.special("save-special")
	if err != nil {
		return nil, err
	}
	// A real copy of the right scenario, outside any scenario folder the
	// game trusts: a save must not make the game open it.
	var cs []Case
	for _, fx := range fxs {
		// A save of format 5 carries its scenario and never opens the
		// file it names (see savesCarried).
		if fx.v1 || !fx.over || fx.v5 {
			continue
		}
		scen, err := os.ReadFile(fx.scenario)
		if err != nil {
			return nil, err
		}
		elsewhere, err := g.write(filepath.Join("elsewhere", fx.name, filepath.Base(fx.scenario)), scen)
		if err != nil {
			return nil, err
		}
		ls := splitLines(fx.data)
		titleAt := findLine(ls, 0, "title ")
		for _, src := range []struct{ name, path string }{
			{"dev-zero", "/dev/zero"}, {"fifo", fifo}, {"folder", folder}, {"link-to-dev-zero", zero},
			{"etc-passwd", "/etc/passwd"}, {"dev-stdin", "/dev/stdin"},
			{"yaml-outside-scenario-folders", elsewhere},
			// Relative to the working folder, and to the save's own folder.
			{"relative-dotdot", "../in/elsewhere/" + fx.name + "/" + filepath.Base(fx.scenario)},
			{"relative-dotdot-from-save", "../elsewhere/" + fx.name + "/" + filepath.Base(fx.scenario)},
		} {
			data := reseal(joinLines(insertAt(ls, titleAt+1, "source "+src.path)))
			p, err := g.write(filepath.Join("saves", fx.name+"-source-"+src.name+".bws"), data)
			if err != nil {
				return nil, err
			}
			// No --scenario: the game is left to follow the save's source line.
			cs = append(cs, g.saveRuns(fx, fx.name+"/source-"+src.name, Refuse, p, "", nil)...)
		}
	}
	// Not saves at all.
	over := fxs[0]
	for _, s := range []struct{ name, path string }{
		{"dev-zero", "/dev/zero"}, {"fifo", fifo}, {"folder", folder}, {"link-to-dev-zero", zero},
		{"missing", filepath.Join(g.in, "no-such.bws")},
	} {
		cs = append(cs, g.saveRuns(over, "not-a-save/"+s.name, Refuse, s.path, over.scenario, nil)...)
	}
	for _, s := range []struct {
		name string
		data []byte
	}{
		{"empty", nil}, {"blank-lines", []byte("\n\n\n")}, {"scenario-file", []byte("id: berlin\ntitle: x\n")},
		{"junk", junk(g.rand("save-junk"), 4096)}, {"over-4mib", append(append([]byte(nil), over.data...), make([]byte, 5<<20)...)},
		{"future-format", []byte(strings.Replace(string(over.data), "bindingwords-save 2", "bindingwords-save 99", 1))},
	} {
		p, err := g.write(filepath.Join("saves", "not-a-save-"+s.name+".bws"), s.data)
		if err != nil {
			return nil, err
		}
		cs = append(cs, g.saveRuns(over, "not-a-save/"+s.name, Refuse, p, over.scenario, nil)...)
	}
	// A report on an unfinished game reveals every private brief: refused
	// unless a teacher's copy is asked for. (The game before issue 11 had
	// no --teacher flag; refusing it is fine, hence Harmless.)
	for _, fx := range fxs {
		if fx.over || fx.v1 {
			continue
		}
		p, err := g.write(filepath.Join("saves", fx.name+"-mid-game.bws"), fx.data)
		if err != nil {
			return nil, err
		}
		out := filepath.Join(g.out, fx.name+"-mid-game")
		for _, c := range []Case{
			newCase("saves", "save/"+fx.name+"/mid-game/report", Refuse, "report", "--scenario", fx.scenario, p, "--out", out+".html"),
			newCase("saves", "save/"+fx.name+"/mid-game/report-md-stdout", Refuse, "report", "--scenario", fx.scenario, p, "--out", "-", "--format", "md"),
			newCase("saves", "save/"+fx.name+"/mid-game/report-teacher", Harmless, "report", "--teacher", "--scenario", fx.scenario, p, "--out", out+"-teacher.html"),
		} {
			c.V4, c.V5 = fx.v4, fx.v5
			cs = append(cs, c)
		}
	}
	return cs, nil
}

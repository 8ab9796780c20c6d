package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// savesCarried builds the broken scenario sections of format 5 saves
// (issue 14, item 4): a section cut short, one larger than any scenario,
// one edited so it is no longer the scenario the game was played on, and
// one that is the record's scenario but fails the scenario checks. Each
// must be refused with a message that says so. The runs follow the save
// alone (no --scenario): the section is what is under test.
func (g *gen) savesCarried(fxs []fixture) ([]Case, error) {
	var cs []Case
	for _, fx := range fxs {
		if !fx.v5 {
			continue
		}
		ls := splitLines(fx.data)
		at := findLine(ls, 0, "scenario ")
		rec := findLine(ls, 0, "bindingwords-record")
		if at < 0 || rec < at+10 {
			return nil, fmt.Errorf("%s: no scenario section", fx.name)
		}
		// A line of the section with a letter to change.
		edit := -1
		for i := at + 1; i < rec && edit < 0; i++ {
			if strings.HasPrefix(ls[i], "| title: ") {
				edit = i
			}
		}
		if edit < 0 {
			return nil, fmt.Errorf("%s: no title in the scenario section", fx.name)
		}
		f := strings.Fields(ls[at])
		padding := make([]string, 20000)
		for i := range padding {
			padding[i] = "| " + strings.Repeat("x", 100)
		}
		for _, c := range []struct {
			name  string
			data  []byte
			words []string
		}{
			{"carried-truncated", reseal(joinLines(append(append([]string(nil), ls[:rec-5]...), ls[rec:]...))), []string{"cut or altered"}},
			{"carried-cut-mid-section", []byte(strings.Join(ls[:at+20], "\n")), []string{"cut off"}},
			{"carried-oversized", reseal(joinLines(withLine(ls, at, "scenario 2000000 "+f[2]))), []string{"larger than any scenario file"}},
			{"carried-runs-on", reseal(joinLines(insertAt(ls, rec, padding...))), []string{"runs on past"}},
			{"carried-hash-mismatch", reseal(joinLines(withLine(ls, edit, ls[edit][:len(ls[edit])-1]+"Z"))), []string{"not the one the game was played on"}},
			{"carried-bad-encoding", reseal(joinLines(withLine(ls, at, "scenario "+f[1]+" base64"))), []string{"base64"}},
			{"carried-in-format-4", reseal(joinLines(withLine(ls, 0, "bindingwords-save 4"))), []string{"only saves of format 5"}},
		} {
			p, err := g.write(filepath.Join("saves", fx.name+"-"+c.name+".bws"), c.data)
			if err != nil {
				return nil, err
			}
			words := c.words
			cs = append(cs, g.saveRuns(fx, fx.name+"/"+c.name, Refuse, p, "", func(c *Case) { c.Words = words })...)
		}
		// The file a carrying save names is never opened: a source line
		// naming a device loads as the original does.
		titleAt := findLine(ls, 0, "title ")
		p, err := g.write(filepath.Join("saves", fx.name+"-carried-source-dev-zero.bws"), reseal(joinLines(insertAt(ls, titleAt+1, "source /dev/zero"))))
		if err != nil {
			return nil, err
		}
		cs = append(cs, g.saveRuns(fx, fx.name+"/carried-source-dev-zero", Accept, p, "", nil)...)
	}
	// The record's own scenario, which fails the scenario checks: made by
	// the save package's tests (a record cannot be forged here).
	data, err := g.fixtureFile("broken", "v5-scenario-fails-to-load.bws")
	if os.IsNotExist(err) {
		return cs, nil // a tree from before format 5
	}
	if err != nil {
		return nil, err
	}
	p, err := g.write(filepath.Join("saves", "v5-carried-fails-to-load.bws"), data)
	if err != nil {
		return nil, err
	}
	fx := fixture{name: "v5-broken", v5: true, over: true}
	return append(cs, g.saveRuns(fx, "v5-broken/carried-fails-to-load", Refuse, p, "", func(c *Case) {
		c.Words = []string{"does not load"}
	})...), nil
}

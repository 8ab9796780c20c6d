package main

import (
	"os"
	"path/filepath"
)

// flags builds the runs on command-line values and on output: numbers
// the flags must refuse, --out over an input, the game with no display,
// and every command writing to a full disk.
func (g *gen) flags() ([]Case, error) {
	fxs, err := g.fixtures()
	if err != nil {
		return nil, err
	}
	over := fxs[0]
	var cs []Case
	add := func(name string, e Expect, set func(*Case), args ...string) {
		c := newCase("flags", "flags/"+name, e, args...)
		if set != nil {
			set(&c)
		}
		cs = append(cs, c)
	}
	usage := func(c *Case) { c.WantStatus = 2 }

	// The window's flags: refused as a usage mistake (status 2) before any
	// window is opened. Anything else means the value got through.
	for _, v := range []string{"NaN", "nan", "Inf", "+Inf", "-Inf", "1e309", "-1", "0", "0.49", "3.01", "1e-320", "0x1p1", "1_0"} {
		add("scale-"+v, Refuse, usage, "--scale", v)
	}
	add("seed-010", Refuse, usage, "--seed", "010")
	add("seed-0x10", Refuse, usage, "--seed", "0x10")
	add("seed-negative", Refuse, usage, "--seed", "-1")
	// No display: the game must say what is missing, not "fbdev".
	add("no-display", Refuse, nil)
	add("no-display-scenario-berlin", Refuse, nil, "--scenario", "berlin")
	add("scenario-dev-zero", Refuse, nil, "--scenario", "/dev/zero")
	fifo, folder, _, err := g.special("flags-special")
	if err != nil {
		return nil, err
	}
	add("scenario-fifo", Refuse, nil, "--scenario", fifo)
	add("scenario-folder", Refuse, nil, "--scenario", folder)
	add("unknown-command", Refuse, nil, "frobnicate")

	// Numbers with leading zeros or other bases where commands take numbers.
	for _, a := range [][]string{
		{"games-010", "--games", "010"}, {"games-08", "--games", "08"}, {"games-0x4", "--games", "0x4"},
		{"games-negative", "--games", "-1"}, {"games-huge", "--games", "99999999999999999999"},
		{"games-1e3", "--games", "1e3"}, {"seed-010", "--games", "2", "--seed", "010"},
		{"cpus-02", "--games", "2", "--cpus", "02"},
		{"bots-unknown", "--games", "2", "--bots", "genius"},
	} {
		add("sim-"+a[0], Refuse, usage, append([]string{"sim"}, a[1:]...)...)
	}
	add("replay-no-save", Refuse, usage, "replay")
	add("report-no-out", Refuse, usage, "report", "--scenario", over.scenario, writeCopy(g, over, "no-out.bws"))
	add("report-format-pdf", Refuse, usage, "report", "--scenario", over.scenario, writeCopy(g, over, "pdf.bws"), "--out", filepath.Join(g.out, "x.pdf"), "--format", "pdf")
	add("handouts-paper-a5", Refuse, usage, "handouts", "--scenario", "berlin", "--out", filepath.Join(g.out, "a5"), "--paper", "a5")

	// --out over an input.
	self := writeCopy(g, over, "self.bws")
	add("report-out-over-its-save", Refuse, func(c *Case) { c.Unchanged = self }, "report", "--scenario", over.scenario, self, "--out", self)
	selfHTML := writeCopy(g, over, "self-html.bws")
	add("report-out-over-its-save-format-html", Refuse, func(c *Case) { c.Unchanged = selfHTML }, "report", "--scenario", over.scenario, selfHTML, "--out", selfHTML, "--format", "html")
	self2 := writeCopy(g, over, "self2.bws")
	scen := filepath.Join(g.in, "flags", "own-scenario.yaml")
	data, err := os.ReadFile(over.scenario)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(scen, data, 0o644); err != nil {
		return nil, err
	}
	add("report-out-over-its-scenario", Refuse, func(c *Case) { c.Unchanged = scen }, "report", "--scenario", scen, self2, "--out", scen, "--format", "html")

	// A full disk: standard output goes to /dev/full, so the output is
	// lost and the command must fail.
	full := func(c *Case) { c.FullStdout = true }
	save := writeCopy(g, over, "full.bws")
	for _, a := range [][]string{
		{"check-berlin", "check", "berlin"}, {"check-all", "check"}, {"analyze-berlin", "analyze", "berlin"},
		{"sim", "sim", "--games", "2"}, {"sim-json", "sim", "--games", "2", "--json"},
		{"replay", "replay", "--scenario", over.scenario, save}, {"replay-verify", "replay", "--verify", "--scenario", over.scenario, save},
		{"report-to-stdout", "report", "--scenario", over.scenario, save, "--out", "-", "--format", "md"},
		{"help-game", "--help-game"}, {"help", "help"}, {"check-help", "check", "--help"},
		{"handouts-help", "handouts", "--help"},
	} {
		add("full-disk-"+a[0], Refuse, full, a[1:]...)
	}
	return cs, nil
}

// writeCopy writes a copy of a fixture under in/flags and returns its path.
func writeCopy(g *gen, fx fixture, name string) string {
	p, err := g.write(filepath.Join("flags", name), fx.data)
	if err != nil {
		return filepath.Join(g.in, "flags", name)
	}
	return p
}

package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The negotiation itself (rules, bots, analysis, generated scenarios and
// the scenario loader), the table that plays it (match), what is built on
// it without a screen (saves, replays, the debrief and handouts, the event
// renderer, the translation tables, bot-only play) and the command-line
// tools must build and test without a display, so they must never reach
// Ebitengine, not even through a test; and the rules engine imports
// nothing but the standard library, like a chess core that knows nothing
// of boards on screens. The class network's host and wire types are
// headless too: the host runs on a teacher's machine from the command line.
var (
	headless = []string{
		"./game/rules", "./game/bots", "./game/analysis", "./game/scengen", "./scenarios",
		"./game/match", "./game/save", "./game/replay", "./game/report", "./game/narrate",
		"./game/i18n", "./game/sim", "./game/ui/prefs", "./internal/cli",
		"./game/wire", "./game/host", "./game/host/client", "./internal/browsertest",
	}
	display = "github.com/hajimehoshi/ebiten"
)

// pkgGraph is what go list says of a package and everything it depends
// on: each package's imports, and which packages are in the standard
// library.
type pkgGraph struct {
	imports  map[string][]string
	standard map[string]bool
	order    []string // as go list printed them
}

func goList(t *testing.T, args ...string) pkgGraph {
	t.Helper()
	const format = `{{.ImportPath}}|{{.Standard}}|{{join .Imports " "}}`
	cmd := exec.Command("go", append([]string{"list", "-deps", "-f", format}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
	g := pkgGraph{imports: map[string][]string{}, standard: map[string]bool{}}
	for line := range strings.Lines(strings.TrimSpace(string(out))) {
		f := strings.SplitN(strings.TrimSpace(line), "|", 3)
		if len(f) != 3 {
			t.Fatalf("go list printed %q", line)
		}
		g.order = append(g.order, f[0])
		g.standard[f[0]] = f[1] == "true"
		g.imports[f[0]] = strings.Fields(f[2])
	}
	return g
}

// path returns a chain of imports from a package whose path starts with
// from to one that satisfies to, or nil.
func (g pkgGraph) path(from string, to func(string) bool) []string {
	prev := map[string]string{}
	var queue []string
	for _, p := range g.order {
		if isPackageOf(p, from) {
			queue = append(queue, p)
			prev[p] = ""
		}
	}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if to(p) {
			var chain []string
			for ; p != ""; p = prev[p] {
				chain = append(chain, p)
			}
			slices.Reverse(chain)
			return chain
		}
		for _, q := range g.imports[p] {
			if _, seen := prev[q]; !seen {
				prev[q] = p
				queue = append(queue, q)
			}
		}
	}
	return nil
}

// isPackageOf reports whether p is the package pkg or, with go list -test,
// one of its test variants: "pkg [pkg.test]", "pkg_test [pkg.test]" or the
// test binary "pkg.test".
func isPackageOf(p, pkg string) bool {
	rest, ok := strings.CutPrefix(p, pkg)
	return ok && (rest == "" || rest == ".test" || strings.HasPrefix(rest, " [") || strings.HasPrefix(rest, "_test ["))
}

func TestHeadlessPackagesNeverImportEbitengine(t *testing.T) {
	// The check must see Ebitengine where it is: the game itself opens a
	// window. If it does not, go list or Ebitengine's path has changed
	// and the check below would pass for nothing.
	g := goList(t, ".")
	if g.path("bindingwords", func(p string) bool { return strings.HasPrefix(p, display) }) == nil {
		t.Fatalf("the check does not find %s in the game's own dependencies", display)
	}
	for _, dir := range headless {
		// -test includes what the package's tests import.
		g := goList(t, "-test", dir)
		root := "bindingwords" + strings.TrimPrefix(dir, ".")
		chain := g.path(root, func(p string) bool { return strings.HasPrefix(p, display) })
		if chain != nil {
			t.Errorf("%s depends on Ebitengine, but must run without a display:\n\t%s", root, strings.Join(chain, "\n\t→ "))
		}
	}
}

func TestRulesImportOnlyTheStandardLibrary(t *testing.T) {
	const rules = "bindingwords/game/rules"
	g := goList(t, "./game/rules")
	for _, p := range g.order {
		if p != rules && !g.standard[p] {
			chain := g.path(rules, func(q string) bool { return q == p })
			t.Errorf("game/rules depends on %s, but may import only the standard library:\n\t%s", p, strings.Join(chain, "\n\t→ "))
		}
	}
}

// The wire types are the one language of the class network: the host, the
// team page's tests and any later client share them, so they may lean on
// the rules' types and the standard library, and on nothing else of ours
// or anyone's.
func TestWireImportsOnlyTheRules(t *testing.T) {
	const wire = "bindingwords/game/wire"
	g := goList(t, "./game/wire")
	for _, p := range g.order {
		if p != wire && !g.standard[p] && p != "bindingwords/game/rules" {
			chain := g.path(wire, func(q string) bool { return q == p })
			t.Errorf("game/wire depends on %s, but may import only the rules and the standard library:\n\t%s", p, strings.Join(chain, "\n\t→ "))
		}
	}
}

package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"bindingwords/game/match"
	"bindingwords/game/rules"
	"bindingwords/game/save"
	"bindingwords/game/scengen"
	"bindingwords/scenarios"
)

// A recorder writes the games of a sim run to a folder (--records) as
// saves that replay and report open: a .bws save per game and, for a
// scenario that is not built in, its scenario file beside them. A save
// names its scenario file (absolute, so it opens from any working
// folder), and the save loader trusts a scenario file in the save's own
// folder (game/save/trust.go). If the folder moves, --scenario FILE names
// the file again.
type recorder struct {
	dir string
	// fixed is the scenario file of a scenario run from a file (its path
	// in dir), "" for a built-in scenario or a generated run.
	fixed string
	// generated: the run plays generated cases, each written on first use.
	generated bool
	mu        sync.Mutex
	files     map[string]string // generated case id → its scenario file
	games     int
	ids       []string // every scenario file written, for the README
	err       error    // the first write that failed
}

// newRecorder makes dir and, for a scenario loaded from a file, copies
// that file into it.
func newRecorder(dir, scenario string, sc *rules.Scenario) (*recorder, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	r := &recorder{dir: abs, files: map[string]string{}, generated: sc == nil}
	if sc != nil && !scenarios.IsBuiltin(scenario) {
		data, err := os.ReadFile(scenario)
		if err != nil {
			return nil, err
		}
		if scengen.Hash(data) != sc.Hash {
			return nil, fmt.Errorf("%s changed while the games were set up; run sim again", scenario)
		}
		r.fixed = filepath.Join(abs, sc.ID+".yaml")
		if err := os.WriteFile(r.fixed, data, 0o644); err != nil {
			return nil, err
		}
		r.ids = append(r.ids, sc.ID)
	}
	return r, nil
}

// played is the run's [sim.Config.Played]: it writes game i's save, and
// the first time a generated case is played, its scenario file. It is
// called from the goroutines that play, so it locks what it shares.
func (r *recorder) played(i int, m *match.Match) {
	g, sc := m.Game(), m.Scenario()
	source, err := r.scenarioFile(sc)
	if err == nil {
		var f *save.File
		name := fmt.Sprintf("sim game %d (seed %d, %s)", i, g.Seed(), sc.ID)
		if f, err = save.FileOf(g, m.RecordSeats(), save.Meta{Name: name, Source: source}); err == nil {
			var data []byte
			if data, err = f.Marshal(); err == nil {
				err = os.WriteFile(filepath.Join(r.dir, fmt.Sprintf("game%06d-seed%d.bws", i, g.Seed())), data, 0o644)
			}
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("writing the record of game %d to %s: %w", i, r.dir, err)
	}
	if err == nil {
		r.games++
	}
}

// scenarioFile is the file a save of sc names: "" for a built-in
// scenario, the copy in dir for a scenario file, and for a generated case
// the file scengen writes, made on first use.
func (r *recorder) scenarioFile(sc *rules.Scenario) (string, error) {
	if r.fixed != "" || !r.generated {
		return r.fixed, nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if path, ok := r.files[sc.ID]; ok {
		return path, nil
	}
	data, err := scengen.Marshal(sc)
	if err != nil {
		return "", err
	}
	path := filepath.Join(r.dir, sc.ID+".yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return "", err
	}
	r.files[sc.ID] = path
	r.ids = append(r.ids, sc.ID)
	return path, nil
}

// finish writes the folder's README and returns the first error.
func (r *recorder) finish() error {
	if r.err != nil {
		return r.err
	}
	sort.Strings(r.ids)
	var b strings.Builder
	fmt.Fprintf(&b, "Games played by \"bindingwords sim\": %s, one save (.bws) per game.\n\n", count(r.games, "game", "games"))
	b.WriteString("Open one with\n\n    bindingwords replay FILE.bws\n    bindingwords report --out report.html FILE.bws\n\n")
	if len(r.ids) > 0 {
		b.WriteString("Each save names its scenario file in this folder by its full path. If the\nfolder has moved, name the file yourself:\n\n")
		b.WriteString("    bindingwords replay --scenario ID.yaml FILE.bws\n\n")
		b.WriteString("where ID is the scenario id the save's name ends with. Scenario files here:\n")
		for _, id := range r.ids {
			fmt.Fprintf(&b, "    %s.yaml\n", id)
		}
	} else {
		b.WriteString("The scenario is built in, so the saves need no scenario file.\n")
	}
	return os.WriteFile(filepath.Join(r.dir, "README.txt"), []byte(b.String()), 0o644)
}

// tell says on w where the records went, if any were written.
func (r *recorder) tell(w io.Writer) {
	if r != nil {
		fmt.Fprintf(w, "bindingwords sim: wrote %s to %s (README.txt there says how to open them)\n", count(r.games, "record", "records"), r.dir)
	}
}

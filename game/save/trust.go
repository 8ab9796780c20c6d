package save

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"bindingwords/internal/fileread"
)

// This file is the rule for the scenario file a save names (its "source"
// header line). A save is a file from outside — copied from a USB stick,
// sent by mail — and loading one must not make the game open whatever
// path it names. So a save's source is opened only if, once every symbolic
// link and ".." in it is resolved, it is:
//
//   - inside the user's scenarios folder ([ScenarioDir]), at any depth;
//   - a file the user named on the command line (--scenario), marked by
//     [TrustScenarioFile];
//   - or directly in the folder the save itself is in: whoever put the
//     save there could put the scenario there too, and a teacher keeps a
//     game and its scenario side by side (on a USB stick, say).
//
// Anything else is not opened; the scenario is then looked up by its id
// among the built-in ones, and if that fails the message says where the
// file must go. The built-in scenarios are compiled in and never opened
// as files.

// ScenariosEnv names the environment variable that overrides the user's
// scenarios folder.
const ScenariosEnv = "BINDINGWORDS_SCENARIOS"

// ScenarioDir is the user's scenarios folder, where a save may find the
// scenario file it was played on: $BINDINGWORDS_SCENARIOS if set, else
// "BindingWords/scenarios" in the user's configuration folder, next to the
// saves folder ([Dir]).
func ScenarioDir() (string, error) {
	return userFolder(ScenariosEnv, "scenarios", "no scenarios folder")
}

// userFolder is $env if set, else BindingWords/sub in the user's
// configuration folder; what starts the error when there is none.
func userFolder(env, sub, what string) (string, error) {
	if d := os.Getenv(env); d != "" {
		return d, nil
	}
	base, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("%s: %w (set %s to choose one)", what, err, env)
	}
	return filepath.Join(base, "BindingWords", sub), nil
}

var trustedFiles struct {
	sync.Mutex
	paths []string
}

// TrustScenarioFile marks the scenario file at path, which the user named
// (the --scenario flag), as one a save may name. A path that does not
// resolve is ignored: a save cannot name it either.
func TrustScenarioFile(path string) {
	p, err := resolve(path)
	if err != nil {
		return
	}
	trustedFiles.Lock()
	defer trustedFiles.Unlock()
	trustedFiles.paths = append(trustedFiles.paths, p)
}

// resolve is path made absolute with every symbolic link and ".."
// resolved, as the system would follow them.
func resolve(path string) (string, error) {
	p, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", err
	}
	return filepath.Abs(p)
}

// folder is dir resolved as well as it can be: a folder that does not
// exist yet holds nothing, but its name still serves the comparison.
func folder(dir string) string {
	if p, err := resolve(dir); err == nil {
		return p
	}
	p, _ := filepath.Abs(dir)
	return p
}

// within reports whether path lies in dir, at any depth. Both are
// resolved and absolute.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// checkSource decides whether source, the scenario file a save names, may
// be opened; saveFile is the save's path. It looks at the path and at what
// it names (a plain file?) without opening anything, so a device or a pipe
// is named as what it is and nothing waits.
func checkSource(source, saveFile string) error {
	if !scenarioFileName(source) {
		return fmt.Errorf("the save names %q as its scenario file, which is not a scenario file (.yaml or .yml)", source)
	}
	dir, dirErr := ScenarioDir()
	where := "your scenarios folder"
	if dirErr == nil {
		where = dir
	}
	p, err := resolve(source)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
			return fmt.Errorf("this save was played from %s, which is not there: copy the file into %s or pass it with --scenario", source, where)
		}
		return fmt.Errorf("this save was played from %s, which cannot be opened (%v): copy the file into %s or pass it with --scenario", source, err, where)
	}
	st, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("this save was played from %s, which cannot be opened (%v)", source, err)
	}
	if !st.Mode().IsRegular() {
		return &fileread.NotRegularError{Path: source, Mode: st.Mode()}
	}
	if dirErr == nil && within(p, folder(dir)) {
		return nil
	}
	trustedFiles.Lock()
	for _, t := range trustedFiles.paths {
		if t == p {
			trustedFiles.Unlock()
			return nil
		}
	}
	trustedFiles.Unlock()
	if s, err := resolve(saveFile); err == nil && filepath.Dir(p) == filepath.Dir(s) {
		return nil
	}
	shown := source
	if p != source {
		shown = fmt.Sprintf("%s (%s)", source, p)
	}
	return fmt.Errorf("this save was played from %s, which is outside the scenario folders: copy the file into %s or pass it with --scenario", shown, where)
}

//go:build !js

package ui

import (
	"fmt"
	"os"
	"path/filepath"

	"bindingwords/game/i18n"
	"bindingwords/game/save"
)

// ReportsEnv names the environment variable that chooses the folder
// exported debriefs go to (for tests, or a class's shared folder).
const ReportsEnv = "BINDINGWORDS_REPORTS"

// reportsDir is where exported debriefs go: $BINDINGWORDS_REPORTS; else
// "Reports" beside a saves folder set with $BINDINGWORDS_SAVES; else
// "Binding Words" in the user's Documents folder when there is one, where
// a teacher looks for files; else "Reports" beside the saves.
func reportsDir() (string, error) {
	if d := os.Getenv(ReportsEnv); d != "" {
		return d, nil
	}
	saves, err := save.Dir()
	if os.Getenv(save.DirEnv) == "" {
		if home, herr := os.UserHomeDir(); herr == nil {
			docs := filepath.Join(home, "Documents")
			if fi, serr := os.Stat(docs); serr == nil && fi.IsDir() {
				return filepath.Join(docs, "Binding Words"), nil
			}
		}
	}
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(filepath.Clean(saves)), "Reports"), nil
}

// deliver writes the exported files to the reports folder and says where,
// with full paths.
func (e *export) deliver() (string, error) {
	dir, err := reportsDir()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("cannot create %s: %w", dir, err)
	}
	html, md := filepath.Join(dir, e.htmlName), filepath.Join(dir, e.mdName)
	if err := writeAtomic(html, e.html); err != nil {
		return "", err
	}
	if err := writeAtomic(md, e.md); err != nil {
		return "", err
	}
	return i18n.T("export.done", "dir", dir, "html", e.htmlName, "md", e.mdName), nil
}

// writeAtomic writes a temporary file beside path and renames it over
// path, so a half-written report never lies where a teacher would open it.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
	return err
}

// saveWhere says where a save is kept, in full.
func saveWhere(file string) string {
	dir, err := save.Dir()
	if err != nil {
		return file
	}
	return filepath.Join(dir, file)
}

// savesFolder says where saves are kept, in full.
func savesFolder() string {
	dir, err := save.Dir()
	if err != nil {
		return err.Error()
	}
	return dir
}
